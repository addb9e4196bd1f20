/**
 * What to search for, read from the built site rather than pinned: for every article and topic,
 * a word that finds it. The text is what each page marks for search (`data-pagefind-body`, less
 * `data-pagefind-ignore`), so the words come from the content under test, the fixture site's too.
 */
import type { HTMLElement } from 'node-html-parser';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/settings';
import { isFallbackPage, loadPages, type BuiltPage } from '../dist/built-site';

/** An article or topic as each edition shows it. */
export interface LongformCase {
  /** The original's path, `/articles/<slug>/`. */
  original: string;
  /** Its title there. */
  title: string;
  /** Its page in another edition, and whether that page is a translation or the fallback. */
  editions: { locale: Locale; path: string; translated: boolean }[];
  /**
   * A word to search for: for an untranslated original, one no other searchable page has (nor any
   * word starting with its first six letters, so no stemmed form matches elsewhere); for a
   * translated one, the rarest word both versions share, so both editions list it.
   */
  query: string | undefined;
}

const WORD = /\p{L}{6,}/gu;
const prefix = (word: string) => word.slice(0, 6);

/** The words of a page's searchable text, lower-cased. */
function searchableWords(page: BuiltPage): Set<string> {
  const words = new Set<string>();
  const walk = (el: HTMLElement) => {
    if (el.hasAttribute('data-pagefind-ignore')) return;
    for (const child of el.childNodes) {
      if (child.nodeType === 1) walk(child as HTMLElement);
      else for (const w of child.text.toLowerCase().match(WORD) ?? []) words.add(w);
    }
  };
  for (const el of page.root.querySelectorAll('[data-pagefind-body]')) walk(el);
  return words;
}

/** Every article and topic original, with its other editions and a word that finds it. */
export function longformCases(pages: readonly BuiltPage[] = loadPages()): LongformCase[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const searchable = pages.filter((p) => p.root.querySelector('[data-pagefind-body]'));
  const words = new Map(searchable.map((p) => [p.path, searchableWords(p)]));
  const others = (paths: readonly string[]) =>
    searchable.filter((p) => !paths.includes(p.path)).map((p) => words.get(p.path)!);
  return pages
    .filter((p) => /^\/(articles|topics)\/[^/]+\/$/.test(p.path))
    .map((page) => {
      const editions = LOCALES.filter((l) => l !== DEFAULT_LOCALE).flatMap((locale) => {
        const other = byPath.get(`/${locale}${page.path}`);
        return other ? [{ locale, path: other.path, translated: !isFallbackPage(other) }] : [];
      });
      const own = [...(words.get(page.path) ?? [])].sort();
      const versions = [page.path, ...editions.filter((e) => e.translated).map((e) => e.path)];
      // Other articles' pages: none of this one's editions, which would be found as this article.
      const rest = others([page.path, ...editions.map((e) => e.path)]);
      let query: string | undefined;
      if (editions.every((e) => e.translated)) {
        // Shared by every version, and found on the fewest other pages.
        const shared = own.filter((w) => versions.every((v) => words.get(v)?.has(w)));
        const spread = (w: string) => rest.filter((set) => set.has(w)).length;
        query = shared.sort((a, b) => spread(a) - spread(b) || a.localeCompare(b))[0];
      } else {
        const taken = new Set(rest.flatMap((set) => [...set].map(prefix)));
        query = own.find((w) => !taken.has(prefix(w)));
      }
      const title = page.root.querySelector('h1')?.text.trim() ?? '';
      return { original: page.path, title, editions, query };
    });
}
