/**
 * `getStaticPaths` for every page type: one entry per page in each locale (English at the root,
 * Spanish under /es/, from the optional `[...lang]` segment), each carrying its `Route` as a prop.
 * The middleware turns that route into the page's route data (src/data/page-locals.ts). Every
 * page's items go through `withCacheKeys` (src/data/cache-keys.ts), which gives each the
 * `cacheKey` Astro's incremental build compares; paginated routes must too.
 */
import type { PaginateFunction } from 'astro';
import type { Corpus } from '../lib/entry';
import { originals, translationKey } from '../lib/localize';
import { hrefTo, listPage, type ListRoute, type Route } from '../lib/paths';
import { sortCorrections } from '../lib/corrections';
import { archiveYears, storiesOn, type StoryListRoute } from '../lib/stories';
import type { InfoPage } from '../schemas/info-page';
import { DEFAULT_LOCALE, LOCALES, SITE, type Locale } from '../settings';
import { pageContext } from './context';
import { withCacheKeys } from './cache-keys';
import { loadCorpus } from './corpus';

/** Page types with a single page per locale. */
type SinglePage = Exclude<Route, { slug: string } | { n?: number }>['page'];
/** Page types with one page per entry. */
type EntryPage = Exclude<
  Extract<Route, { slug: string }>,
  { n?: number } | { page: 'info' }
>['page'];

/** What each page's `getStaticPaths` returns: its `[...lang]` (and `[slug]`) params and route. */
export interface StaticPath {
  params: { lang: string | undefined; slug?: string; year?: string; page?: string | undefined };
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

/**
 * The paths of the About, Methodology or Corrections policy page (`slug`), one per locale. Each
 * has its own route file (`src/pages/[...lang]/about.astro`, …): a fixed address beside the
 * other top-level pages, which a dynamic `[slug]` there would compete with.
 */
export function infoPagePaths(slug: InfoPage): Promise<StaticPath[]> {
  return withCacheKeys(
    LOCALES.map((locale) => ({
      params: { lang: lang(locale) },
      props: { route: { page: 'info', slug } as Route },
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

/**
 * The lists of a paginated page type in `locale`, each as its route without a page number and
 * the keys of its items, in list order. Every locale lists the same stories (a story without a
 * translation is listed by its English title), so a list has the same pages in each language.
 */
/** Kinds of paginated list, one per route file: the archive by year has its own. */
export type ListKind = ListRoute['page'] | 'archive-year';

function listsOf(kind: ListKind, corpus: Corpus): { route: ListRoute; keys: string[] }[] {
  const { timeZone } = SITE;
  const list = (route: StoryListRoute) => ({
    route,
    keys: storiesOn(corpus, route, timeZone).map(translationKey),
  });
  switch (kind) {
    case 'archive':
      return [list({ page: 'archive' })];
    case 'archive-year':
      return archiveYears(corpus, timeZone).map((year) => list({ page: 'archive', year }));
    case 'corrections':
      return [
        {
          route: { page: 'corrections' },
          keys: sortCorrections(corpus.corrections).map((c) => c.id),
        },
      ];
    // A topic or an ally has a list of its own only when it holds more stories than its page
    // shows (moreStories in src/route-data/stories.ts): otherwise the page shows them all.
    case 'topic-stories':
      return originals(corpus.topics)
        .map((tp) => list({ page: kind, slug: translationKey(tp) }))
        .filter((l) => l.keys.length > SITE.lists.latest);
    case 'ally-stories':
      return corpus.countries
        .map((c) => list({ page: kind, slug: c.id }))
        .filter((l) => l.keys.length > SITE.lists.latest);
  }
}

/**
 * The paths of a paginated list type: Astro's `paginate()` splits each list into pages of
 * `SITE.lists.pageSize` (page 1 at the list's own address, page n at `n/`); each page's route
 * carries its number, and its route data picks the same items (src/lib/pagination.ts). Throws if
 * `paginate()` and the site's URL builder ever disagree on a page's address.
 */
export async function listPagePaths(
  kind: ListKind,
  paginate: PaginateFunction,
): Promise<StaticPath[]> {
  const corpus = await loadCorpus();
  const paths = LOCALES.flatMap((locale: Locale) =>
    listsOf(kind, corpus).flatMap(({ route, keys }) =>
      paginate(keys, {
        pageSize: SITE.lists.pageSize,
        params: {
          lang: lang(locale),
          ...('slug' in route ? { slug: route.slug } : {}),
          ...('year' in route && route.year !== undefined ? { year: String(route.year) } : {}),
        },
      }).map(({ params, props }) => {
        const numbered = listPage(route, props.page.currentPage);
        const href = hrefTo(numbered, locale, pageContext(locale).base);
        if (props.page.url.current !== href) {
          throw new Error(
            `paginate() put page ${props.page.currentPage} of ${hrefTo(route, locale, '/')} at ${props.page.url.current}, the site's URLs at ${href}`,
          );
        }
        return { params: params as StaticPath['params'], props: { route: numbered } };
      }),
    ),
  );
  return withCacheKeys(paths);
}

/** One path per locale and topic or country, for their feeds (`/topics/<slug>/rss.xml`, …). */
export async function feedPaths(
  feed: 'topic' | 'ally',
): Promise<{ params: { lang: string | undefined; slug: string } }[]> {
  const corpus = await loadCorpus();
  const slugs =
    feed === 'topic'
      ? originals(corpus.topics).map(translationKey)
      : corpus.countries.map((c) => c.id);
  return LOCALES.flatMap((locale) =>
    slugs.map((slug) => ({ params: { lang: lang(locale), slug } })),
  );
}
