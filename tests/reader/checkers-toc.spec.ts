/**
 * The table-of-contents check (tests/support/reader/toc.ts), tried on small pages broken on
 * purpose: each fault must be reported, and a page built like the site's passes.
 */
import { expect, test } from '@playwright/test';
import { measureToc } from '../support/reader/toc';

const LABEL = 'On this page';
const PHONE = { label: LABEL, layout: 'phone' } as const;
const WIDE = { label: LABEL, layout: 'wide' } as const;

/** Styles like the site's: a grid from 1024 px, the contents sticky in the second column. */
const STYLE = `
  body { margin: 0; font: 16px/1.5 sans-serif; }
  main { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
  @media (width >= 1024px) {
    .layout { display: grid; grid-template-columns: minmax(0, 1fr) 220px; gap: 48px; align-items: start; }
    nav { grid-column: 2; grid-row: 1; position: sticky; top: 16px; }
    .text { grid-column: 1; grid-row: 1; min-width: 0; }
    details::details-content { content-visibility: visible; }
    summary { display: none; }
  }`;

const sections = ['Alpha', 'Beta', 'Gamma'];
const TOC = (open = '') =>
  `<nav aria-labelledby="label"><p id="label">${LABEL}</p><details${open}><summary>${LABEL}</summary><ol>${sections
    .map((s) => `<li><a href="#${s}">${s}</a></li>`)
    .join('')}</ol></details></nav>`;
const TEXT = `<div class="text"><h1>A title</h1>${sections
  .map((s) => `<h2 id="${s}">${s}</h2><p style="height:1200px">Words about ${s}.</p>`)
  .join('')}</div>`;

const html = ({ style = STYLE, toc = TOC(), text = TEXT, tocFirst = true } = {}) =>
  `<style>${style}</style><main><div class="layout">${tocFirst ? toc + text : text + toc}</div></main>`;

test.describe('the table-of-contents check on a phone', () => {
  test.beforeEach(async ({ page }) => page.setViewportSize({ width: 320, height: 640 }));

  test('accepts closed contents above the title', async ({ page }) => {
    await page.setContent(html());
    expect(await page.evaluate(measureToc, PHONE)).toEqual([]);
  });

  test('reports contents that are open', async ({ page }) => {
    await page.setContent(html({ toc: TOC(' open') }));
    const report = await page.evaluate(measureToc, PHONE);
    expect(report.join('\n')).toMatch(/open on a phone[\s\S]*3 of 3 links are shown/);
  });

  test('reports contents that come after the title', async ({ page }) => {
    await page.setContent(html({ tocFirst: false }));
    const report = await page.evaluate(measureToc, PHONE);
    expect(report.join('\n')).toMatch(/not at the top/);
  });

  test('reports a page with no contents of that name', async ({ page }) => {
    await page.setContent(html({ toc: TOC().replaceAll(LABEL, 'Contents') }));
    const report = await page.evaluate(measureToc, PHONE);
    expect(report.join('\n')).toMatch(/expected one <nav> named “On this page”, found 0/);
  });
});

test.describe('the table-of-contents check on a wide screen', () => {
  test.beforeEach(async ({ page }) => page.setViewportSize({ width: 1280, height: 800 }));

  test('accepts contents beside the text that stay in view', async ({ page }) => {
    await page.setContent(html());
    expect(await page.evaluate(measureToc, WIDE)).toEqual([]);
  });

  test('reports links left closed in the disclosure', async ({ page }) => {
    await page.setContent(html({ style: STYLE.replace('content-visibility: visible;', '') }));
    const report = await page.evaluate(measureToc, WIDE);
    expect(report.join('\n')).toMatch(/3 of 3 links are hidden on a wide screen/);
  });

  test('reports contents that scroll away with the page', async ({ page }) => {
    await page.setContent(html({ style: STYLE.replace('position: sticky;', '') }));
    const report = await page.evaluate(measureToc, WIDE);
    expect(report.join('\n')).toMatch(/scroll away with the page/);
  });

  test('reports contents drawn over the text', async ({ page }) => {
    await page.setContent(
      html({ style: `${STYLE} @media (width >= 1024px) { nav { grid-column: 1; } }` }),
    );
    const report = await page.evaluate(measureToc, WIDE);
    expect(report.join('\n')).toMatch(
      /not beside the text[\s\S]*drawn over the contents: .*<h1> “A title”/,
    );
  });
});
