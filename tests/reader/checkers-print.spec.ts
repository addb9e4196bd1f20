/** The print check, tried on pages broken on purpose: each fault must be reported. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { measurePrint } from '../support/reader/print';

test('reports an internal link printed as a bare path, and a box that may split', async ({
  page,
}) => {
  await page.setContent(`
    <style>@media print { main a[href^='/']::after { content: ' (' attr(href) ')'; } }</style>
    <main><p><a href="/allies/colombia/">Colombia</a> <a href="mailto:fixes@example.org">Write to us</a></p><aside>Correction: …</aside></main>`);
  await page.emulateMedia({ media: 'print' });
  const report = await page.evaluate(measurePrint);
  expect(report.links).toEqual([
    expect.stringContaining('(/allies/colombia/) prints'),
    expect.stringContaining('(mailto:fixes@example.org) prints'),
  ]);
  expect(report.boxes).toEqual([expect.stringContaining('<aside>')]);
});

test('accepts full addresses and boxes kept whole', async ({ page }) => {
  await page.setContent(`
    <style>@media print {
      main a[href^='/']::after { content: ' (https://example.org' attr(href) ')'; }
      aside { break-inside: avoid; } }</style>
    <main><p><a href="/x/">X</a> <a href="#n">note</a> <a href="mailto:fixes@example.org">fixes@example.org</a></p><aside>Correction</aside></main>`);
  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate(measurePrint)).toEqual({ links: [], boxes: [] });
});

test('reports a glossary link that prints an address after its word', async ({ page }) => {
  await page.setContent(`
    <style>@media print {
      main a[href^='/']::after { content: ' (https://example.org' attr(href) ')'; } }</style>
    <main><p>A <a href="/glossary/#mnna" data-glossary="mnna">major non-NATO ally</a>.</p></main>`);
  await page.emulateMedia({ media: 'print' });
  expect((await page.evaluate(measurePrint)).links).toEqual([
    expect.stringContaining('glossary link "major non-NATO ally" prints'),
  ]);
});

test('axe reports black text on a dark box, as printed from the dark theme', async ({ page }) => {
  await page.setContent(
    `<html lang="en"><body><main><aside style="background:#2d2612;color:#000">Correction: the status brings no security guarantee.</aside></main></body></html>`,
  );
  await page.emulateMedia({ media: 'print' });
  const result = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expect(result.violations.map((v) => v.id)).toEqual(['color-contrast']);
});
