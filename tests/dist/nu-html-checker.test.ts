/**
 * Every HTML file in dist/ passes the W3C Nu HTML Checker (the checker behind
 * validator.w3.org/nu) with no error and no warning, besides html-validate's rules. The
 * checker parses like a browser, so it catches what html-validate does not, such as markup
 * after </html>. It runs once over all pages (Java starts once); each page's test lists its
 * messages with line, column and the markup they point at. Warnings the checker gets wrong are
 * set aside in tests/support/nu-html-checker.ts, each with the reason.
 * Run after `npm run build`; needs Java (see README).
 */
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  formatNuMessage,
  isKnownFalsePositive,
  runNuChecker,
  type NuMessage,
} from '../support/nu-html-checker';
import { DIST, loadPages, sitemapLocations } from './built-site';

const pages = loadPages();
let problems: NuMessage[] = [];

beforeAll(async () => {
  const started = performance.now();
  const messages = await runNuChecker(pages.map((p) => p.file));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.info(`Nu HTML Checker: ${pages.length} pages in ${seconds} s`);
  problems = messages.filter((m) => !isKnownFalsePositive(m));
}, 180_000);

describe('the Nu HTML Checker', () => {
  test('has pages to check: every page the sitemap lists', () => {
    const checked = new Set(pages.map((p) => p.path));
    const listed = sitemapLocations().map((loc) => new URL(loc).pathname);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((path) => !checked.has(path))).toEqual([]);
  });

  test('reports nothing outside the pages it was given', () => {
    const files = new Set(pages.map((p) => p.file));
    const stray = problems.filter((m) => !files.has(m.file)).map((m) => formatNuMessage(m, DIST));
    expect(stray).toEqual([]);
  });

  test.each(pages.map((p) => [p.path, p] as const))(
    '%s has no errors or warnings',
    (path, page) => {
      const mine = problems
        .filter((m) => m.file === page.file)
        .map((m) => formatNuMessage(m, DIST));
      expect(mine, `Nu HTML Checker on ${path}`).toEqual([]);
    },
  );
});
