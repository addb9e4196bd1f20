import type { InfoPage } from '../schemas/info-page';
import { SLUG } from '../schemas/slug';
import { DEFAULT_LOCALE, type Locale } from '../settings';

/**
 * Every kind of page the site builds. The only place URLs are built from. A paginated list's
 * route carries its page number `n` (from 1; absent means 1): page 1 is the list's own address,
 * page n is that address followed by `n/`, as Astro's `paginate()` builds them.
 */
export type Route =
  | { page: 'home' }
  | { page: 'allies' }
  | { page: 'ally'; slug: string }
  | { page: 'ally-stories'; slug: string; n?: number }
  | { page: 'topics' }
  | { page: 'topic'; slug: string }
  | { page: 'topic-stories'; slug: string; n?: number }
  | { page: 'article'; slug: string }
  | { page: 'archive'; year?: number; n?: number }
  | { page: 'corrections'; n?: number }
  | { page: 'sources' }
  | { page: 'correction'; slug: string }
  | { page: 'search' }
  | { page: 'data' }
  | { page: 'glossary' }
  /** About, Methodology, Corrections policy: `/about/`, `/es/methodology/`, … */
  | { page: 'info'; slug: InfoPage }
  | { page: 'not-found' }
  | { page: 'sitemap' };

/** The routes of paginated lists. */
export type ListRoute = Extract<Route, { n?: number }>;

/** Whether `route` is a page of a paginated list. */
export function isListRoute(route: Route): route is ListRoute {
  return (
    route.page === 'archive' ||
    route.page === 'corrections' ||
    route.page === 'ally-stories' ||
    route.page === 'topic-stories'
  );
}

/** Page `n` of the same list as `route`. Page 1 carries no number, as its address has none. */
export function listPage<R extends ListRoute>(route: R, n: number): R {
  const { n: _current, ...rest } = route;
  return (n === 1 ? rest : { ...rest, n }) as R;
}

function segment(slug: string): string {
  if (!SLUG.test(slug)) {
    throw new Error(`"${slug}" is not a URL slug (lower-case words joined by hyphens)`);
  }
  return slug;
}

/** A year in an address: four digits. */
function yearSegment(year: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new Error(`${year} is not a four-digit year`);
  }
  return String(year);
}

/** The segment a paginated list adds for its page `n`: none for page 1. */
function pageSegment(n: number | undefined): string[] {
  if (n === undefined || n === 1) return [];
  if (!Number.isInteger(n) || n < 1) throw new Error(`${n} is not a page number`);
  return [String(n)];
}

/** Path segments after the locale prefix, without slashes. */
function segments(route: Route): string[] {
  switch (route.page) {
    case 'home':
      return [];
    case 'allies':
      return ['allies'];
    case 'ally':
      return ['allies', segment(route.slug)];
    case 'ally-stories':
      return ['allies', segment(route.slug), 'stories', ...pageSegment(route.n)];
    case 'topics':
      return ['topics'];
    case 'topic':
      return ['topics', segment(route.slug)];
    case 'topic-stories':
      return ['topics', segment(route.slug), 'stories', ...pageSegment(route.n)];
    case 'article':
      return ['articles', segment(route.slug)];
    case 'archive':
      return [
        'archive',
        ...(route.year === undefined ? [] : [yearSegment(route.year)]),
        ...pageSegment(route.n),
      ];
    case 'corrections':
      return ['corrections', ...pageSegment(route.n)];
    case 'sources':
      return ['sources'];
    case 'correction':
      return ['corrections', segment(route.slug)];
    case 'search':
      return ['search'];
    case 'data':
      return ['data'];
    case 'glossary':
      return ['glossary'];
    case 'info':
      return [segment(route.slug)];
    case 'not-found':
      return ['404'];
    case 'sitemap':
      return ['sitemap-index.xml'];
  }
}

/**
 * The site-relative path of a page, e.g. `/allies/colombia/` or `/es/allies/colombia/`: where it
 * is within the site, whatever path the site is served under. Links in a page use `hrefTo`;
 * absolute URLs, `absoluteUrl`. Pages end in `/` (the site uses `trailingSlash: 'always'`); files
 * such as the sitemap don't.
 */
export function pathTo(route: Route, locale: Locale = DEFAULT_LOCALE): string {
  const parts = segments(route);
  if (locale !== DEFAULT_LOCALE) parts.unshift(locale);
  const path = `/${parts.join('/')}`;
  if (route.page === 'sitemap') return path;
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * The site-relative path of a term's entry on the glossary page: `/glossary/#mnna`,
 * `/es/glossary/#mnna`. The entry's id is its file name in content/glossary/.
 */
export function glossaryTermPath(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${pathTo({ page: 'glossary' }, locale)}#${segment(id)}`;
}

/**
 * The root-relative URL of a site-relative path, for a site served under `base`: `/` at a
 * domain's root, `/allies-beyond-nato/` for a GitHub Pages project site (Astro's `base`, which
 * astro.config.mjs takes from SITE_URL). Every link and asset a page writes goes through here.
 */
export function withBase(path: string, base: string): string {
  if (!/^\/(?:.*\/)?$/.test(base)) {
    throw new Error(`A base path starts and ends with "/", got "${base}"`);
  }
  return base + path.replace(/^\//, '');
}

/** The link to a page, for a site served under `base`: `/es/allies/` or `/repo/es/allies/`. */
export function hrefTo(route: Route, locale: Locale, base: string): string {
  return withBase(pathTo(route, locale), base);
}

/** An absolute URL for a site-relative path, against the site's address (base path included). */
export function absoluteUrl(path: string, site: string | URL): string {
  const base = new URL(site);
  // Keep any base path the site is deployed under (e.g. https://host/allies-beyond-nato/).
  const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return new URL(basePath + path.replace(/^\//, ''), base.origin).href;
}

/** The social-card image of a page: its own for the home page, articles, topics and allies. */
export function ogImagePath(route: Route, locale: Locale = DEFAULT_LOCALE): string {
  const prefix = locale === DEFAULT_LOCALE ? '/og' : `/og/${locale}`;
  switch (route.page) {
    case 'article':
      return `${prefix}/articles/${segment(route.slug)}.png`;
    case 'topic':
      return `${prefix}/topics/${segment(route.slug)}.png`;
    case 'ally':
      return `${prefix}/allies/${segment(route.slug)}.png`;
    default:
      return `${prefix}/home.png`;
  }
}

/**
 * The site's RSS feeds: every story, every correction, and the stories of one topic or about
 * one ally.
 */
export type Feed =
  | { feed: 'stories' }
  | { feed: 'corrections' }
  | { feed: 'topic'; slug: string }
  | { feed: 'ally'; slug: string };

/**
 * A feed's path in a locale: `/rss.xml`, `/es/corrections/rss.xml`, `/topics/plan-colombia/rss.xml`,
 * `/allies/colombia/rss.xml`. Each sits beside the page that lists the same items.
 */
export function feedPath(feed: Feed, locale: Locale = DEFAULT_LOCALE): string {
  const prefix = locale === DEFAULT_LOCALE ? '' : `/${locale}`;
  switch (feed.feed) {
    case 'stories':
      return `${prefix}/rss.xml`;
    case 'corrections':
      return `${prefix}/corrections/rss.xml`;
    case 'topic':
      return `${prefix}/topics/${segment(feed.slug)}/rss.xml`;
    case 'ally':
      return `${prefix}/allies/${segment(feed.slug)}/rss.xml`;
  }
}

/**
 * The folder of a language's search index, Pagefind's bundle for that language alone
 * (src/postbuild/search-index.ts writes one per language): `/pagefind/es/`. Each bundle has its
 * own `pagefind.js`, so a search page can load two languages side by side, each searched with
 * its own language's word forms (README, Search).
 */
export function searchIndexPath(locale: Locale): string {
  return `/pagefind/${locale}/`;
}

/** The site's icon, in public/. */
export const FAVICON = '/favicon.svg';

/** Open-data files. */
export const DATA_FILES = {
  json: '/data/allies.json',
  csv: '/data/allies.csv',
  schema: '/data/allies.schema.json',
} as const;
