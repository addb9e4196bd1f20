/**
 * Search in both editions, as a reader of each language uses it: every word a result or a filter
 * shows comes from the page's own dictionary, excerpts quote content and never the interface, and
 * switching language keeps the search.
 */
import { expect, test, type Page } from '@playwright/test';
import { ui } from '../../src/i18n/ui';
import { SEARCH_TYPES } from '../../src/route-data/head';
import type { Locale } from '../../src/settings';
import { CHROME_LABELS, chromePhrasesIn } from '../support/interface-text';

const EDITIONS = [
  { locale: 'en', path: '/search/', other: 'es' },
  { locale: 'es', path: '/es/search/', other: 'en' },
] as const satisfies readonly { locale: Locale; path: string; other: Locale }[];

/** What a result shows: the label over it, its title and its excerpt (with the matched words). */
interface Shown {
  label: string | undefined;
  title: string;
  excerpt: string;
  marked: string[];
}

/** Opens the search page at `path`, searches `query` with the form, and reads the results. */
async function search(page: Page, path: string, locale: Locale, query: string): Promise<Shown[]> {
  const t = ui(locale).search;
  await page.goto(path);
  const box = page.getByRole('searchbox', { name: t.label });
  await box.fill(query);
  await box.press('Enter');
  await expect(page.getByRole('status')).toContainText(query);
  return page
    .getByRole('list', { name: t.results })
    .locator(':scope > li')
    .evaluateAll((items) =>
      items.map((li) => {
        // A label, when there is one, is the paragraph before the result's link.
        const first = li.firstElementChild;
        const last = li.lastElementChild;
        return {
          label: first?.tagName === 'P' ? (first.textContent ?? '').trim() : undefined,
          title: (li.querySelector('a')?.textContent ?? '').trim(),
          excerpt: last?.textContent ?? '',
          marked: [...(last?.querySelectorAll('mark') ?? [])].map((m) => m.textContent ?? ''),
        };
      }),
    );
}

for (const { locale, path, other } of EDITIONS) {
  const t = ui(locale).search;
  const own = SEARCH_TYPES.map((type) => t.types[type]);
  // Words for the types that are not this page's: the index's keys, the other language's labels.
  const foreign = [...SEARCH_TYPES, ...SEARCH_TYPES.map((type) => ui(other).search.types[type])];

  test(`${path}: filters and results name each type with one word, from the ${locale} dictionary`, async ({
    page,
  }) => {
    const shown = await search(page, path, locale, 'Colombia');
    const filters = await page
      .getByRole('group', { name: t.show })
      .getByRole('radio')
      .evaluateAll((radios) => radios.map((r) => (r.closest('label')?.textContent ?? '').trim()));
    expect(filters).toEqual([t.everything, ...own]);
    const labels = shown.map((r) => r.label);
    // "Colombia" finds an article, background pages and ally pages: every type is seen.
    expect(new Set(labels)).toEqual(new Set(own));
    for (const word of [...filters, ...labels]) {
      if (!own.includes(word ?? '')) expect(foreign).not.toContain(word);
    }
  });

  test(`${path}: excerpts quote pages' content, never the site's interface`, async ({ page }) => {
    const l = ui(locale).longform;
    // Names in the story, and the interface's own words: searching for "Cite this page" must
    // not find every page that has the box.
    const queries = ['Colombia', 'Qatar', 'MNNA', 'cite', 'citar', l.cite, l.figures, l.shareNav];
    const problems: string[] = [];
    for (const query of queries) {
      for (const result of await search(page, path, locale, query)) {
        for (const phrase of chromePhrasesIn(result.excerpt)) {
          problems.push(`“${query}” → ${result.title}: quotes “${phrase}”`);
        }
        for (const word of result.marked) {
          const bare = word.replace(/^\p{P}+|\p{P}+$/gu, '');
          if (CHROME_LABELS.includes(bare)) {
            problems.push(`“${query}” → ${result.title}: matched the label “${bare}”`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
}

test('switching language keeps the search: its query, and its filters', async ({ page }) => {
  const en = ui('en');
  const es = ui('es');
  await page.goto('/search/?q=Colombia');
  await expect(
    page.getByRole('list', { name: en.search.results }).getByRole('link').first(),
  ).toBeVisible();
  await page.getByRole('link', { name: en.switchLabel }).click();
  await expect(page).toHaveURL('/es/search/?q=Colombia');
  await expect(page.getByRole('searchbox', { name: es.search.label })).toHaveValue('Colombia');
  const spanish = page.getByRole('list', { name: es.search.results });
  await expect(spanish.getByRole('link').first()).toBeVisible();

  // A new search with filters on the Spanish page, then back to English.
  await page.getByRole('radio', { name: es.search.types.Country }).check();
  await page.getByRole('combobox', { name: es.search.country }).selectOption({ label: 'Catar' });
  const box = page.getByRole('searchbox', { name: es.search.label });
  await box.fill('Biden');
  await box.press('Enter');
  await expect(spanish.getByRole('link', { name: 'Catar' })).toBeVisible();
  await page.getByRole('link', { name: es.switchLabel }).click();
  await expect(page).toHaveURL('/search/?q=Biden&type=Country&country=qatar');
  await expect(page.getByRole('radio', { name: en.search.types.Country })).toBeChecked();
  await expect(page.getByRole('combobox', { name: en.search.country })).toHaveValue('qatar');
  const english = page.getByRole('list', { name: en.search.results });
  await expect(english.getByRole('link')).toHaveText(['Qatar']);
});

test('without JavaScript the language switch still leads to the other search page', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/es/search/?q=Colombia');
  await page.getByRole('link', { name: ui('es').switchLabel }).click();
  await expect(page).toHaveURL('/search/');
  await context.close();
});
