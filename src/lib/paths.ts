import { SLUG } from '../schemas/slug';
import { DEFAULT_LOCALE, type Locale } from '../settings';

/** Every kind of page the site builds. The only place URLs are built from. */
export type Route =
  | { page: 'home' }
  | { page: 'allies' }
  | { page: 'ally'; slug: string }
  | { page: 'topics' }
  | { page: 'topic'; slug: string }
  | { page: 'article'; slug: string }
  | { page: 'corrections' }
  | { page: 'sources' }
  | { page: 'correction'; slug: string }
  | { page: 'search' }
  | { page: 'data' }
  | { page: 'not-found' }
  | { page: 'sitemap' };

function segment(slug: string): string {
  if (!SLUG.test(slug)) {
    throw new Error(`"${slug}" is not a URL slug (lower-case words joined by hyphens)`);
  }
  return slug;
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
    case 'topics':
      return ['topics'];
    case 'topic':
      return ['topics', segment(route.slug)];
    case 'article':
      return ['articles', segment(route.slug)];
    case 'corrections':
      return ['corrections'];
    case 'sources':
      return ['sources'];
    case 'correction':
      return ['corrections', segment(route.slug)];
    case 'search':
      return ['search'];
    case 'data':
      return ['data'];
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

/** A feed's path in a locale: `/rss.xml`, `/es/rss.xml`. */
export function feedPath(feed: keyof typeof FEEDS, locale: Locale = DEFAULT_LOCALE): string {
  return locale === DEFAULT_LOCALE ? FEEDS[feed] : `/${locale}${FEEDS[feed]}`;
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

/** Feeds the site publishes. */
export const FEEDS = {
  stories: '/rss.xml',
  corrections: '/corrections/rss.xml',
} as const;

/** The site's icon, in public/. */
export const FAVICON = '/favicon.svg';

/** Open-data files. */
export const DATA_FILES = {
  json: '/data/allies.json',
  csv: '/data/allies.csv',
  schema: '/data/allies.schema.json',
} as const;
