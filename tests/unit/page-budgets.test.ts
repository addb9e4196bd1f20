/**
 * The page weighing the dist tier and the build benchmark share (tests/support/page-budgets.ts),
 * tried on a small built site with a page over each budget: each must be reported, so neither can
 * pass because the check cannot fail.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  BUDGET,
  heaviestPages,
  LEAD_ARTICLE,
  readReaderPages,
  weighSite,
} from '../support/page-budgets';

/** `bytes` of text brotli cannot shrink below three quarters: base64 of a chain of hashes. */
function noise(bytes: number, seed: number): string {
  let text = '';
  for (let i = 0; text.length < bytes; i++)
    text += createHash('sha256').update(`${seed}:${i}`).digest('base64');
  return text.slice(0, bytes);
}

const THEME = '<script>document.documentElement.dataset.theme="dark"</script>';
const pageWith = (body: string, extra = '') =>
  `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css">${THEME}${extra}</head><body>${body}</body></html>`;

const dist = mkdtempSync(join(tmpdir(), 'page-budgets-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const files: Record<string, string> = {
  '_astro/site.css': 'body{margin:0}',
  'index.html': pageWith(noise(60 * 1024, 1)),
  [`${LEAD_ARTICLE.slice(1)}index.html`]: pageWith(noise(45 * 1024, 2)),
  'topics/index.html': pageWith('<p>A light page.</p>'),
  'allies/index.html': pageWith('<p>A page with a script.</p>', '<script>alert(1)</script>'),
  'search/index.html': pageWith('<p>Search.</p>', `<script>${noise(6 * 1024, 3)}</script>`),
  '404.html': pageWith(noise(60 * 1024, 4)),
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
}
const site = await weighSite(dist, readReaderPages(dist));
const overBudget = (path: string) => site.pages.find((p) => p.path === path)?.overBudget ?? [];

describe('page budgets', () => {
  test('every page readers reach is weighed, and the 404 page is not', () => {
    expect(site.pages.map((p) => p.path).sort()).toEqual(
      ['/', LEAD_ARTICLE, '/allies/', '/search/', '/topics/'].sort(),
    );
  });

  test('a page over 40 KB of HTML + CSS is over budget', () => {
    expect(overBudget('/')).toEqual([expect.stringContaining('over its 40.0 KB budget')]);
  });

  test('the lead article is held to 30 KB, not 40', () => {
    expect(BUDGET.leadArticle).toBeLessThan(BUDGET.page);
    expect(overBudget(LEAD_ARTICLE)).toEqual([expect.stringContaining('over its 30.0 KB budget')]);
  });

  test('a script of its own is over budget anywhere but on the search pages', () => {
    expect(overBudget('/allies/')).toEqual([expect.stringContaining('script of its own')]);
    expect(overBudget('/search/')).toEqual([expect.stringContaining('over the 4.0 KB budget')]);
  });

  test('the script every page carries is the theme script, not any page’s own', () => {
    expect(site.themeScript.count).toBe(1);
    expect(overBudget('/topics/')).toEqual([]);
  });

  test('the heaviest pages come first', () => {
    expect(heaviestPages(site.pages, 2).map((p) => p.path)).toEqual(['/', LEAD_ARTICLE]);
  });
});
