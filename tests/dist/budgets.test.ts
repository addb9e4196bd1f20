/**
 * Reader budgets over the built site, in brotli-compressed bytes as a CDN would send them.
 * The figures are printed on every run so a change in weight is visible in the log.
 * Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { DIST, loadPages } from './built-site';

const KB = 1024;
const BUDGET = {
  /** The lead article: HTML + CSS (+ fonts; the site uses the system font stack). */
  leadArticle: 30 * KB,
  /** Any other page. */
  page: 40 * KB,
  /** The one site stylesheet. */
  css: 12 * KB,
  /** Script every page carries: the theme's first-paint snippet and its toggle. */
  themeScript: 2 * KB,
  /** The search page's own script (Pagefind's files load only after a query). */
  searchScript: 4 * KB,
};
const LEAD = '/articles/colombia-major-non-nato-ally/';
const SEARCH = ['/search/', '/es/search/'];

const brotli = (data: string | Buffer) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const pages = loadPages().filter((p) => p.path !== '/404.html');
const scriptsOf = (html: string) =>
  [...html.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g)].map(
    (m) => {
      const src = /src="([^"]+)"/.exec(m[1] ?? '')?.[1];
      return src ? readFileSync(join(DIST, src), 'utf8') : (m[2] ?? '');
    },
  );
const stylesheetsOf = (html: string) =>
  [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);

/** Scripts on every page are the theme's; anything else belongs to that page alone. */
const everywhere = pages
  .map((p) => new Set(scriptsOf(p.html)))
  .reduce((a, b) => new Set([...a].filter((s) => b.has(s))));

const report: string[] = [];
afterAll(() => console.log(`Page weight (brotli):\n${report.join('\n')}`));

describe('reader budgets', () => {
  test('the site has one stylesheet, within budget', () => {
    const sheets = new Set(pages.flatMap((p) => stylesheetsOf(p.html)));
    expect(sheets.size).toBe(1);
    const css = brotli(readFileSync(join(DIST, [...sheets][0]!)));
    report.push(`  CSS: ${(css / KB).toFixed(1)} KB (budget ${BUDGET.css / KB} KB)`);
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
    const bytes = brotli([...everywhere].join('\n'));
    report.push(`  theme script: ${bytes} B (budget ${BUDGET.themeScript} B)`);
    expect(everywhere.size).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(BUDGET.themeScript);
  });

  test.each(pages.map((p) => [p.path, p] as const))('%s stays within its budgets', (path, page) => {
    const own = scriptsOf(page.html).filter((s) => !everywhere.has(s));
    const js = own.length > 0 ? brotli(own.join('\n')) : 0;
    if (SEARCH.includes(path)) expect(js).toBeLessThanOrEqual(BUDGET.searchScript);
    else expect(js, 'JavaScript of its own').toBe(0);

    const html = brotli(page.html);
    const css = stylesheetsOf(page.html).reduce(
      (sum, href) => sum + brotli(readFileSync(join(DIST, href))),
      0,
    );
    const total = html + css;
    const budget = path === LEAD ? BUDGET.leadArticle : BUDGET.page;
    if (!path.startsWith('/es/allies/') && !(path.startsWith('/allies/') && path !== '/allies/')) {
      report.push(
        `  ${path}: ${(total / KB).toFixed(1)} KB (HTML ${(html / KB).toFixed(1)} + CSS ${(css / KB).toFixed(1)}${js ? ` + own JS ${(js / KB).toFixed(1)}` : ''}; budget ${budget / KB} KB)`,
      );
    }
    expect(total).toBeLessThanOrEqual(budget);
  });
});
