/**
 * Every built page, in both languages, against the table-of-contents rule
 * (tests/support/table-of-contents.ts): three or more sections, one table of contents listing
 * them in order; fewer, none.
 */
import { expect, test } from 'vitest';
import { ui } from '../../src/i18n/ui';
import { LOCALES, type Locale } from '../../src/settings';
import { pageSections, tocProblems } from '../support/table-of-contents';
import { loadPages } from './built-site';

const pages = loadPages();

/** The page's locale, from `<html lang>` (the 404 page is English). */
function localeOf(lang: string | undefined): Locale {
  return LOCALES.find((l) => l === lang) ?? 'en';
}

test.each(pages.map((p) => [p.path, p] as const))(
  '%s has a table of contents exactly when it has three or more sections, listing them',
  (_path, page) => {
    const locale = localeOf(page.root.querySelector('html')?.getAttribute('lang'));
    expect(tocProblems(page.root, ui(locale).toc.label), page.path).toEqual([]);
  },
);

test('the long pages of both editions have one, so the check above is not vacuous', () => {
  const withContents = pages
    .filter((p) => {
      const main = p.root.querySelector('main');
      return main && pageSections(main).length >= 3;
    })
    .map((p) => p.path);
  expect(withContents).toEqual(
    expect.arrayContaining([
      '/articles/colombia-major-non-nato-ally/',
      '/es/articles/colombia-major-non-nato-ally/',
      '/topics/what-mnna-status-means/',
      '/es/topics/plan-colombia/',
      '/allies/',
      '/es/allies/',
      '/allies/colombia/',
      '/es/allies/colombia/',
    ]),
  );
});
