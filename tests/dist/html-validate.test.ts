/**
 * Every HTML file in dist/ passes html-validate's recommended rules (configured in
 * .htmlvalidate.mjs): valid nesting, unique ids and landmarks, titles that fit search results.
 * Run after `npm run build`.
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { loadPages, sitemapLocations } from './built-site';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = loadPages();

describe('html-validate (recommended rules)', () => {
  test('has pages to check: every page the sitemap lists', () => {
    const checked = new Set(pages.map((p) => p.path));
    const listed = sitemapLocations().map((loc) => new URL(loc).pathname);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((path) => !checked.has(path))).toEqual([]);
  });

  test.each(pages.map((p) => [p.path, p] as const))('%s has no errors', async (_path, page) => {
    const report = await validator.validateString(page.html, page.file);
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
