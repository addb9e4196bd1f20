/**
 * The reader-view checks, tried on small pages that are broken on purpose: each must report the
 * fault, so no check passes because it cannot fail. One test per check and fault.
 */
import { expect, test } from '@playwright/test';
import { measureReflow } from '../support/reader/reflow';

test.describe('the reflow check', () => {
  test.beforeEach(async ({ page }) => page.setViewportSize({ width: 320, height: 600 }));

  test('reports a form control that sizes itself to its longest option', async ({ page }) => {
    await page.setContent(
      `<body style="margin:0"><select><option>${'A very long topic name '.repeat(3)}</option></select></body>`,
    );
    const report = await page.evaluate(measureReflow);
    expect(report.overflow).toBeGreaterThan(0);
    expect(report.culprits.join()).toContain('<select>');
  });

  test('reports a word that runs out of a heading that itself fits', async ({ page }) => {
    await page.setContent(
      `<body style="margin:0"><h1 style="font-size:40px;width:300px">Internationalization</h1></body>`,
    );
    const report = await page.evaluate(measureReflow);
    expect(report.overflow).toBeGreaterThan(0);
    expect(report.culprits.join()).toContain('<h1>');
  });

  test('reports a wide table with no scroll region', async ({ page }) => {
    await page.setContent(
      `<table><caption>Figures</caption><tr>${'<td>wide-cell-content</td>'.repeat(8)}</tr></table>`,
    );
    const report = await page.evaluate(measureReflow);
    expect(report.tables).toEqual([expect.stringContaining('has no scroll region')]);
  });

  test('reports a scrolling table whose region has no name, no tab stop and no cue', async ({
    page,
  }) => {
    await page.setContent(
      `<div style="overflow-x:auto"><table><tr>${'<td>wide-cell-content</td>'.repeat(8)}</tr></table></div>`,
    );
    const report = await page.evaluate(measureReflow);
    expect(report.overflow).toBe(0);
    expect(report.tables.join()).toMatch(
      /role="region".*accessible name.*tabindex="0".*scroll cue/,
    );
  });

  test('accepts a wide table in a named, focusable region with edge shadows', async ({ page }) => {
    await page.setContent(
      `<div role="region" aria-label="Figures" tabindex="0" style="overflow-x:auto;background:linear-gradient(white,white) local"><table><tr>${'<td>wide-cell-content</td>'.repeat(8)}</tr></table></div>`,
    );
    const report = await page.evaluate(measureReflow);
    expect(report).toEqual({ overflow: 0, culprits: [], tables: [] });
  });
});
