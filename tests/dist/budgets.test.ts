/**
 * Reader budgets over the built site, in brotli-compressed bytes as a CDN would send them.
 * The budgets and the weighing live in tests/support/page-budgets.ts, which the build benchmark
 * uses too. The figures are printed on every run so a change in weight is visible in the log.
 * Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DIST, loadPages } from './built-site';
import {
  BUDGET,
  describeWeight,
  isReaderPage,
  KB,
  stylesheetsOf,
  weighSite,
} from '../support/page-budgets';

const pages = loadPages().filter((p) => isReaderPage(p.path));
const site = await weighSite(DIST, pages);

const report: string[] = [];
afterAll(() => console.log(`Page weight (brotli):\n${report.join('\n')}`));

describe('reader budgets', () => {
  test('the site has one stylesheet, within budget', () => {
    expect(site.stylesheets.size).toBe(1);
    const [css] = [...site.stylesheets.values()];
    report.push(`  CSS: ${(css! / KB).toFixed(1)} KB (budget ${BUDGET.css / KB} KB)`);
    expect(css).toBeLessThanOrEqual(BUDGET.css);
  });

  test('text uses the system font stack, so no web font can shift the layout', () => {
    const sheets = new Set(pages.flatMap((p) => stylesheetsOf(p.html)));
    for (const href of sheets)
      expect(readFileSync(join(DIST, href), 'utf8')).not.toContain('@font-face');
  });

  test('every image has its size and only the first one on a page loads eagerly', () => {
    // Maps and charts are inline SVG; this guards any <img> an author adds through <Figure>.
    const problems: string[] = [];
    for (const page of pages) {
      page.root.querySelectorAll('main img').forEach((img, i) => {
        const where = `${page.path} <img src="${img.getAttribute('src') ?? ''}">`;
        if (!img.getAttribute('width') || !img.getAttribute('height'))
          problems.push(`${where} has no width/height`);
        if (i > 0 && img.getAttribute('loading') !== 'lazy') problems.push(`${where} is not lazy`);
        if (!/\.(avif|webp|svg)$/.test(img.getAttribute('src') ?? ''))
          problems.push(`${where} is not AVIF, WebP or SVG`);
      });
    }
    expect(problems).toEqual([]);
  });

  test('the theme script every page carries is within budget', () => {
    const { count, bytes } = site.themeScript;
    report.push(`  theme script: ${bytes} B (budget ${BUDGET.themeScript} B)`);
    expect(count).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(BUDGET.themeScript);
  });

  test.each(site.pages.map((w) => [w.path, w] as const))(
    '%s stays within its budgets',
    (path, weight) => {
      if (!path.startsWith('/es/allies/') && !(path.startsWith('/allies/') && path !== '/allies/'))
        report.push(`  ${describeWeight(weight)}`);
      expect(weight.overBudget, `${path} is over budget`).toEqual([]);
    },
  );
});
