/**
 * Search in both editions, as a reader of each language uses it: every word a result or a filter
 * shows comes from the page's own dictionary, excerpts quote content and never the interface,
 * switching language keeps the search, and an article is found once in each edition: in the
 * edition's language where it is translated, else as the original, said to be in English.
 */
import { expect, test, type Page } from '@playwright/test';
import { ui } from '../../src/i18n/ui';
import { languageNote } from '../../src/route-data/parts';
import { SEARCH_TYPES } from '../../src/route-data/head';
import { DEFAULT_LOCALE, type Locale } from '../../src/settings';
import { CHROME_LABELS, chromePhrasesIn } from '../support/interface-text';
import { longformCases } from './search-words';

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
  /** Where its link goes, and the language its title and excerpt are marked in, if any. */
  href: string;
  lang: { title: string | null; excerpt: string | null };
  /** What the result says between its title and its excerpt ("(en inglés)"), if anything. */
  note: string;
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
        const a = li.querySelector('a');
        const note = a?.nextElementSibling === last ? null : a?.nextElementSibling;
        return {
          label: first?.tagName === 'P' ? (first.textContent ?? '').trim() : undefined,
          title: (a?.textContent ?? '').trim(),
          excerpt: last?.textContent ?? '',
          marked: [...(last?.querySelectorAll('mark') ?? [])].map((m) => m.textContent ?? ''),
          href: a?.getAttribute('href') ?? '',
          lang: {
            title: a?.getAttribute('lang') ?? null,
            excerpt: last?.getAttribute('lang') ?? null,
          },
          note: (note?.textContent ?? '').trim(),
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

// Every article and topic, with a word that finds it, read from the build under test. The real
// content has every one translated; the fixture site (npm run test:fixtures) has originals that
// are not, so the first group runs there.
const cases = longformCases();
const untranslated = cases.flatMap((c) =>
  c.editions.filter((e) => !e.translated).map((edition) => ({ ...c, edition })),
);
const translated = cases.flatMap((c) =>
  c.editions.filter((e) => e.translated).map((edition) => ({ ...c, edition })),
);

if (untranslated.length === 0) {
  test.skip('no article here lacks a translation: npm run test:fixtures searches for those', () => {});
}
for (const { original, title, edition, query } of untranslated) {
  const path = `/${edition.locale}/search/`;
  test(`${path}: a word only ${original} has finds it once, said to be in English, opening its ${edition.locale} page`, async ({
    page,
  }) => {
    expect(query, `a word no other page has, in ${original}`).toBeDefined();
    const results = await search(page, path, edition.locale, query ?? '');
    const found = results.filter((r) => [original, edition.path].includes(r.href));
    expect(found.map(({ title, href, lang, note }) => ({ title, href, lang, note }))).toEqual([
      {
        title,
        href: edition.path,
        lang: { title: DEFAULT_LOCALE, excerpt: DEFAULT_LOCALE },
        note: languageNote(DEFAULT_LOCALE, edition.locale),
      },
    ]);
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await expect(
      item.getByText(languageNote(DEFAULT_LOCALE, edition.locale), { exact: true }),
    ).toBeVisible();

    // The English edition lists it as it always has: once, in English, with nothing to say.
    const english = await search(page, '/search/', DEFAULT_LOCALE, query ?? '');
    const there = english.filter((r) => [original, edition.path].includes(r.href));
    expect(there.map(({ href, lang, note }) => ({ href, lang, note }))).toEqual([
      { href: original, lang: { title: null, excerpt: null }, note: '' },
    ]);
  });
}

for (const { original, edition, query } of translated) {
  const path = `/${edition.locale}/search/`;
  test(`${path}: a word ${original} shares with its translation finds the translation alone`, async ({
    page,
  }) => {
    expect(query, `a word both versions of ${original} have`).toBeDefined();
    const results = await search(page, path, edition.locale, query ?? '');
    const hrefs = results.map((r) => r.href);
    expect(
      hrefs.filter((h, i) => hrefs.indexOf(h) !== i),
      'listed twice',
    ).toEqual([]);
    const found = results.filter((r) => [original, edition.path].includes(r.href));
    expect(found.map(({ href, lang, note }) => ({ href, lang, note }))).toEqual([
      { href: edition.path, lang: { title: null, excerpt: null }, note: '' },
    ]);
    const english = await search(page, '/search/', DEFAULT_LOCALE, query ?? '');
    expect(
      english.filter((r) => [original, edition.path].includes(r.href)).map((r) => r.href),
    ).toEqual([original]);
  });
}
