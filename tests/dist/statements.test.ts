/**
 * What pages say about other pages and about themselves, checked against the built site: a
 * correction quotes this site's own article (its "after" text is in the article, its "before"
 * text no longer is), and each page's sharing metadata points at a real page and describes the
 * image rather than repeating the page's name.
 */
import { describe, expect, test } from 'vitest';
import { findRepeatedWords } from '../support/reader/text';
import { fileOfPath, loadPages, SITE_URL } from './built-site';

const pages = loadPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('corrections quote this site’s article', () => {
  const notices = pages.filter((p) => /^(\/es)?\/corrections\/[^/]+\/$/.test(p.path));
  test('there are correction pages to check', () => expect(notices.length).toBeGreaterThan(0));

  test.each(notices.map((p) => [p.path, p] as const))('%s', (path, page) => {
    const quotes = page.root.querySelectorAll('blockquote').map((q) => text(q.innerHTML));
    expect(quotes, `before and after quotes on ${path}`).toHaveLength(2);
    const [before, after] = quotes as [string, string];
    const link = page.root.querySelector('main p a[href*="/articles/"]')?.getAttribute('href');
    // The quotes are of the English article, which both editions quote.
    const article = byPath.get((link ?? '').replace(/^\/es\//, '/'));
    expect(article, `the corrected article linked from ${path}`).toBeDefined();
    const body = text(article?.root.querySelector('main article .prose')?.innerHTML ?? '');
    expect(body, `the "after" quote on ${path} is in the article`).toContain(after);
    expect(body, `the "before" quote on ${path} is gone from the article`).not.toContain(before);
  });
});

describe('sharing metadata', () => {
  test.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
    const meta = (property: string) =>
      page.root.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? undefined;
    const problems: string[] = [];
    const url = meta('og:url');
    if (url && !fileOfPath(new URL(url, SITE_URL).pathname)) {
      problems.push(`og:url ${url} is not a page of the site`);
    }
    const alt = meta('og:image:alt') ?? '';
    if (!alt) problems.push('no og:image:alt');
    if (alt === meta('og:title')) problems.push('og:image:alt only repeats the title');
    const twice = findRepeatedWords(alt.replace(/[:,.;]/g, ' '));
    if (twice.length > 0) problems.push(`og:image:alt says "${twice.join('", "')}"`);
    const repeated = /^(.{8,}): \1$/.exec(alt);
    if (repeated) problems.push(`og:image:alt repeats "${repeated[1]}"`);
    expect(problems, `sharing metadata of ${path}`).toEqual([]);
  });
});
