/**
 * The search index as built (dist/pagefind/): which pages it holds, what text it holds for them,
 * and the filter values it stores. Pagefind's fragments are the text results are matched
 * against and quoted from, so they are read here directly. Run after `npm run build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { SEARCH_TYPES } from '../../src/route-data/head';
import { countryFiles } from '../support/content-files';
import { chromePhrasesIn } from '../support/interface-text';
import { DIST, loadPages } from './built-site';

interface Fragment {
  /** The index it belongs to: `en` or `es`. */
  language: string;
  url: string;
  content: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

/** Every page record in the index: a gzipped `pagefind_dcd` header, then JSON. */
function fragments(): Fragment[] {
  const folder = join(DIST, 'pagefind', 'fragment');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.pf_fragment'))
    .sort()
    .map((file) => {
      const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
      const data = JSON.parse(text.slice(text.indexOf('{'))) as Omit<Fragment, 'language'>;
      return { ...data, language: file.split('_')[0] ?? '' };
    });
}

const index = fragments();
const pages = loadPages();

describe('the search index', () => {
  test('holds every page that asks to be indexed, in its own language, under its headline', () => {
    const asking = pages.filter((p) => p.root.querySelector('meta[name="search:type"]'));
    expect(index.map((f) => f.url).sort()).toEqual(asking.map((p) => p.path).sort());
    for (const fragment of index) {
      const page = asking.find((p) => p.path === fragment.url);
      expect(fragment.language, fragment.url).toBe(
        page?.root.querySelector('html')?.getAttribute('lang'),
      );
      expect(fragment.meta.title, fragment.url).toBe(page?.root.querySelector('h1')?.text.trim());
      expect(fragment.content.startsWith(fragment.meta.title ?? '\u0000'), fragment.url).toBe(true);
    }
  });

  // What a reader searches is the page's content. Chrome in the index makes a search for
  // "citar" or "Colombia" match every page that merely frames or links to it, and results quote
  // "Cómo citar esta página" or "Cada cifra citada en esta página" instead of the page.
  test("holds each page's content, not the interface around it (in either language)", () => {
    const found = index.flatMap((f) =>
      chromePhrasesIn(f.content).map((phrase) => `${f.url}: “${phrase}”`),
    );
    expect(found).toEqual([]);
  });

  // A search's address carries its filters; the language switch takes it to the other edition,
  // so a filter value must mean the same in both: slugs and keys, never words.
  test('stores filter values as slugs and keys, the same in both languages', () => {
    const countries = new Set(countryFiles().map((c) => c.slug));
    const topics = new Set(
      readdirSync(join(DIST, '..', 'content', 'topics'))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.replace(/\.mdx$/, '')),
    );
    for (const { url, filters } of index) {
      expect(filters['type'], url).toHaveLength(1);
      expect(SEARCH_TYPES, url).toContain(filters['type']?.[0]);
      for (const c of filters['country'] ?? []) expect(countries, `${url}: ${c}`).toContain(c);
      for (const t of filters['topic'] ?? []) expect(topics, `${url}: ${t}`).toContain(t);
    }
    const spanish = index.filter((f) => f.language === 'es');
    expect(spanish.length).toBeGreaterThan(0);
    for (const es of spanish) {
      const en = index.find((f) => f.language === 'en' && `/es${f.url}` === es.url);
      expect(es.filters, es.url).toEqual(en?.filters);
    }
  });
});
