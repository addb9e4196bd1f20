/**
 * The search indexes as built (dist/pagefind/<lang>/, one Pagefind bundle per language): which
 * pages they hold, what text they hold for them, the filter values they store, and what each
 * edition's search can reach: every article and topic once, in the edition's language where it
 * has a version in it, else the original, pointing at the edition's fallback page. Pagefind's
 * fragments are the text results are matched against and quoted from, so they are read here
 * directly. Run after `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { fallbackFilter, SEARCH_TYPES } from '../../src/route-data/head';
import type { SearchSource } from '../../src/route-data/listings';
import { pathTo } from '../../src/lib/paths';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/settings';
import { countryFiles } from '../support/content-files';
import { chromePhrasesIn } from '../support/interface-text';
import { DIST, isFallbackPage, loadPages, SITE_URL, type BuiltPage } from './built-site';

interface Fragment {
  /** The bundle it is in: `en` or `es`. */
  bundle: string;
  /** The index it belongs to, by its file name: `en` or `es`. */
  language: string;
  /** The page's path within the site (under the site's base path, as Pagefind gives it). */
  url: string;
  content: string;
  meta: Partial<Record<string, string>>;
  filters: Record<string, string[]>;
}

const BUNDLES = join(DIST, 'pagefind');
/** The path the site is served under (`/` here); Pagefind's URLs and fallback addresses start with it. */
const BASE = new URL(SITE_URL).pathname;
const sitePath = (url: string) => `/${url.slice(BASE.length)}`;

/** Every page record in a bundle: gzipped files, each a `pagefind_dcd` header then JSON. */
function fragments(bundle: string): Fragment[] {
  const folder = join(BUNDLES, bundle, 'fragment');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.pf_fragment'))
    .sort()
    .flatMap((file) => {
      const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
      const data = JSON.parse(text.slice(text.indexOf('{'))) as Record<string, unknown>;
      // Pagefind groups the fragments of a large index into shared files, keyed by page.
      const records = (typeof data['url'] === 'string' ? [data] : Object.values(data)) as Omit<
        Fragment,
        'bundle' | 'language'
      >[];
      return records.map((r) => ({ ...r, bundle, language: file.split('_')[0] ?? '' }));
    });
}

/** The folder of each Pagefind bundle under dist/pagefind/ (`''` for one written there itself). */
const bundles = ['', ...(existsSync(BUNDLES) ? readdirSync(BUNDLES).sort() : [])].filter((b) =>
  existsSync(join(BUNDLES, b, 'pagefind-entry.json')),
);
const index = bundles.flatMap(fragments);
const pages = loadPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const lang = (page: BuiltPage | undefined) =>
  page?.root.querySelector('html')?.getAttribute('lang');

/** Adds the characters of the text under `el` that Pagefind indexes to `counts`, by language. */
function countText(el: HTMLElement, inherited: string, counts: Map<string, number>): void {
  if (el.hasAttribute('data-pagefind-ignore')) return;
  const here = el.getAttribute('lang') ?? inherited;
  for (const child of el.childNodes) {
    if (child instanceof HTMLElement) countText(child, here, counts);
    else counts.set(here, (counts.get(here) ?? 0) + child.text.trim().length);
  }
}

/** The same page in every language: its path without the locale prefix. */
function key(path: string): string {
  return path.replace(new RegExp(`^/(?:${LOCALES.join('|')})/`), '/');
}

/**
 * What a search on `locale`'s search page can list, as that page asks for it (the `indexes` of
 * its route data, in its form's `data-indexes`): each index it searches, narrowed by the filters
 * it adds, each result opening the address its link filter gives, or the page itself.
 */
function reachableFrom(locale: Locale): { entry: Fragment; href: string }[] {
  const page = byPath.get(pathTo({ page: 'search' }, locale));
  const sources = JSON.parse(
    page?.root.querySelector('form[data-indexes]')?.getAttribute('data-indexes') ?? '[]',
  ) as SearchSource[];
  expect(sources.length, `${locale} search page: the indexes it searches`).toBeGreaterThan(0);
  return sources.flatMap((source) => {
    const bundle = /\/pagefind\/([^/]+)\/$/.exec(source.bundle)?.[1];
    return index
      .filter((f) => f.bundle === bundle)
      .filter((f) =>
        Object.entries(source.filters ?? {}).every(
          ([name, value]) => value === undefined || f.filters[name]?.includes(value),
        ),
      )
      .map((entry) => ({
        entry,
        href: (source.linkFilter && entry.filters[source.linkFilter]?.[0]) || entry.url,
      }));
  });
}

describe('the search indexes', () => {
  test('are one bundle per language, each holding only its own language', () => {
    expect(bundles).toEqual([...LOCALES].sort());
    for (const bundle of bundles) {
      const entry = JSON.parse(
        readFileSync(join(BUNDLES, bundle, 'pagefind-entry.json'), 'utf8'),
      ) as { languages: Record<string, unknown> };
      expect(Object.keys(entry.languages), bundle).toEqual([bundle]);
    }
  });

  test('hold every page that asks to be indexed, in its own language, under its headline', () => {
    const asking = pages.filter((p) => p.root.querySelector('meta[name="search:type"]'));
    expect(index.map((f) => sitePath(f.url)).sort()).toEqual(asking.map((p) => p.path).sort());
    for (const fragment of index) {
      const page = byPath.get(sitePath(fragment.url));
      expect(fragment.language, fragment.url).toBe(fragment.bundle);
      expect(fragment.language, fragment.url).toBe(lang(page));
      expect(fragment.meta['title'], fragment.url).toBe(
        page?.root.querySelector('h1')?.text.trim(),
      );
      expect(fragment.content.startsWith(fragment.meta['title'] ?? '\u0000'), fragment.url).toBe(
        true,
      );
    }
  });

  // Pagefind searches the words of every metadata field: an address kept there ("/es/articles/…")
  // would make "articles" find every page that has one. Addresses are kept as filter values.
  test('keep no metadata but what Pagefind reads from the page itself', () => {
    const extra = index.flatMap((f) =>
      Object.keys(f.meta)
        .filter((name) => !['title', 'image', 'image_alt'].includes(name))
        .map((name) => `${f.url}: ${name}`),
    );
    expect(extra).toEqual([]);
  });

  // A fallback page is the original's text in another edition's frame: indexing it would put
  // English text in the Spanish index, stemmed as Spanish, beside the original itself.
  test('hold no fallback page: none of them marks anything for search', () => {
    const fallbacks = pages.filter(isFallbackPage);
    const marked = fallbacks
      .filter((p) => p.root.querySelector('[data-pagefind-body], meta[name^="search:"]'))
      .map((p) => p.path);
    expect(marked, 'fallback pages marked for search').toEqual([]);
  });

  // A partly translated page (an ally whose summary is still English) is a page of its language
  // with a few marked English parts; a fallback page would be all English.
  test("hold pages whose indexed text is mostly in the index's language", () => {
    const foreign = pages.flatMap((page) => {
      const counts = new Map<string, number>();
      for (const el of page.root.querySelectorAll('[data-pagefind-body]')) {
        countText(el, el.closest('[lang]')?.getAttribute('lang') ?? '', counts);
      }
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      const own = counts.get(lang(page) ?? '') ?? 0;
      return total > 0 && own / total < 0.5
        ? [`${page.path}: ${Math.round((100 * own) / total)}% in ${lang(page)}`]
        : [];
    });
    expect(foreign).toEqual([]);
  });

  test('hold no article, topic or ally twice in one language', () => {
    for (const locale of LOCALES) {
      const keys = index.filter((f) => f.language === locale).map((f) => key(sitePath(f.url)));
      const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect(twice, locale).toEqual([]);
    }
  });

  // What a search reaches, edition by edition: an article with a Spanish version is found once,
  // in Spanish; one without is found once, as the English original, and opens the Spanish
  // edition's fallback page (the English text, in the Spanish frame).
  test.each(LOCALES)(
    "a search in the %s edition reaches every article, topic and ally once, in the edition's language where it has one",
    (locale) => {
      const reached = reachableFrom(locale);
      const keys = reached.map(({ href }) => key(sitePath(href)));
      expect(
        keys.filter((k, i) => keys.indexOf(k) !== i),
        'reached twice',
      ).toEqual([]);
      const everything = index
        .filter((f) => f.bundle === DEFAULT_LOCALE)
        .map((f) => key(sitePath(f.url)));
      expect([...keys].sort(), 'reached, by page').toEqual([...everything].sort());
      for (const { entry, href } of reached) {
        const shown = byPath.get(sitePath(href));
        expect(shown, `${entry.url} → ${href}: a built page`).toBeDefined();
        expect(lang(shown), `${href}: in the ${locale} edition`).toBe(locale);
        if (entry.bundle === locale) {
          expect(shown && isFallbackPage(shown), `${href}: a page in ${locale}`).toBe(false);
        } else {
          // An original listed in another edition's search: its page there is the fallback.
          expect(shown && isFallbackPage(shown), `${href}: the ${locale} fallback page`).toBe(true);
          expect(
            shown?.root.querySelector('link[rel="canonical"]')?.getAttribute('href'),
            `${href}: its canonical is the original`,
          ).toBe(new URL(entry.url, SITE_URL).href);
        }
      }
    },
  );

  // What a reader searches is the page's content. Chrome in the index makes a search for
  // "citar" or "Colombia" match every page that merely frames or links to it, and results quote
  // "Cómo citar esta página" or "Cada cifra citada en esta página" instead of the page.
  test("hold each page's content, not the interface around it (in either language)", () => {
    const found = index.flatMap((f) =>
      chromePhrasesIn(f.content).map((phrase) => `${f.url}: “${phrase}”`),
    );
    expect(found).toEqual([]);
  });

  // A search's address carries its filters; the language switch takes it to the other edition,
  // so a filter value must mean the same in both: slugs and keys, never words.
  test('store filter values as slugs and keys, the same in both languages', () => {
    const countries = new Set(countryFiles().map((c) => c.slug));
    const topics = new Set(
      readdirSync(join(DIST, '..', 'content', 'topics'))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.replace(/\.mdx$/, '')),
    );
    for (const { url, filters, language } of index) {
      expect(filters['type'], url).toHaveLength(1);
      expect(SEARCH_TYPES, url).toContain(filters['type']?.[0]);
      for (const c of filters['country'] ?? []) expect(countries, `${url}: ${c}`).toContain(c);
      for (const t of filters['topic'] ?? []) expect(topics, `${url}: ${t}`).toContain(t);
      // An untranslated original: the locales it lacks, and in each the address of its fallback
      // page, which that edition's search opens (checked against the pages below).
      const untranslated = filters['untranslated'] ?? [];
      for (const l of untranslated) {
        expect(
          LOCALES.filter((other) => other !== language),
          `${url}: ${l}`,
        ).toContain(l);
        expect(filters[fallbackFilter(l as Locale)], `${url}: its ${l} page`).toHaveLength(1);
      }
      const names = ['type', 'country', 'topic', 'untranslated'];
      names.push(...untranslated.map((l) => fallbackFilter(l as Locale)));
      expect(
        Object.keys(filters).filter((name) => !names.includes(name)),
        `${url}: filters`,
      ).toEqual([]);
    }
    const spanish = index.filter((f) => f.language === 'es');
    expect(spanish.length).toBeGreaterThan(0);
    for (const es of spanish) {
      const en = index.find((f) => f.language === 'en' && `/es${f.url}` === es.url);
      expect(es.filters, es.url).toEqual(en?.filters);
    }
  });
});
