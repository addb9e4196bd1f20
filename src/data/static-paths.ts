/**
 * `getStaticPaths` for every page type: one entry per page in each locale (English at the root,
 * Spanish under /es/, from the optional `[...lang]` segment), each carrying its `Route` as a prop.
 * The middleware turns that route into the page's route data (src/data/page-locals.ts). Every
 * page's items go through `withCacheKeys` (src/data/cache-keys.ts), which gives each the
 * `cacheKey` Astro's incremental build compares; paginated routes must too.
 */
import type { Corpus } from '../lib/entry';
import { originals, translationKey } from '../lib/localize';
import type { Route } from '../lib/paths';
import { DEFAULT_LOCALE, LOCALES } from '../settings';
import { withCacheKeys } from './cache-keys';
import { loadCorpus } from './corpus';

/** Page types with a single page per locale. */
type SinglePage = Exclude<Route, { slug: string }>['page'];
/** Page types with one page per entry. */
type EntryPage = Extract<Route, { slug: string }>['page'];

/** What each page's `getStaticPaths` returns: its `[...lang]` (and `[slug]`) params and route. */
export interface StaticPath {
  params: { lang: string | undefined; slug?: string };
  props: { route: Route };
  /** What Astro's incremental build compares with the last build's (src/data/cache-keys.ts). */
  cacheKey?: string;
}

function slugsOf(page: EntryPage, corpus: Corpus): string[] {
  switch (page) {
    case 'ally':
      return corpus.countries.map((c) => c.id);
    case 'article':
      return originals(corpus.articles).map(translationKey);
    case 'topic':
      return originals(corpus.topics).map(translationKey);
    case 'correction':
      return corpus.corrections.map((c) => c.id);
  }
}

function lang(locale: (typeof LOCALES)[number]): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/**
 * One path per locale, for endpoints under `[...lang]` (the feeds); they read `locals.locale`.
 * Without a cache key: a feed is cheap, and it is written afresh in every build.
 */
export function localePaths(): { params: { lang: string | undefined } }[] {
  return LOCALES.map((locale) => ({ params: { lang: lang(locale) } }));
}

/** The paths of a page type that exists once per locale (home, allies, search, …). */
export function singlePagePaths(page: SinglePage): Promise<StaticPath[]> {
  return withCacheKeys(
    LOCALES.map((locale) => ({
      params: { lang: lang(locale) },
      props: { route: { page } as Route },
    })),
  );
}

/** The paths of a page type that exists once per entry and locale (ally, article, …). */
export async function entryPagePaths(page: EntryPage): Promise<StaticPath[]> {
  const slugs = slugsOf(page, await loadCorpus());
  return withCacheKeys(
    LOCALES.flatMap((locale) =>
      slugs.map((slug) => ({
        params: { lang: lang(locale), slug },
        props: { route: { page, slug } },
      })),
    ),
  );
}
