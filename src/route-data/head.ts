/**
 * What every page's `<head>` and frame say, computed once from the page's title, description and
 * route: the document title, canonical and language alternates, Open Graph and Twitter tags, the
 * feeds, JSON-LD, the last-modified date, Pagefind metadata, breadcrumbs and the untranslated
 * notice. BaseLayout renders it as given.
 */
import type { Thing } from 'schema-dts';
import { ui } from '../i18n/ui';
import { breadcrumbsFor, type Crumb } from '../lib/breadcrumbs';
import { cardAlt, cardFor } from '../lib/cards';
import type { PageContext } from '../lib/context';
import type { Corpus } from '../lib/entry';
import {
  breadcrumbsLd,
  graph,
  serializeJsonLd,
  webPageLd,
  websiteLd,
  type LdContext,
} from '../lib/jsonld';
import { lastModified } from '../lib/lastmod';
import {
  absoluteUrl,
  FAVICON,
  feedPath,
  isListRoute,
  listPage,
  ogImagePath,
  type Feed,
  pathTo,
  withBase,
  type Route,
} from '../lib/paths';
import { documentTitle } from '../lib/titles';
import { DEFAULT_LOCALE, LOCALE_REGISTRY, LOCALES, SITE, type Locale } from '../settings';

/**
 * The kinds of page search finds, as the index stores them. A key, not a word: each language
 * names it from `search.types` in its dictionary, the one place both the type filter and the
 * label over each result read it from.
 */
export const SEARCH_TYPES = ['Article', 'Topic', 'Country'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * What Pagefind indexes on a page: its type and filter values. Absent: the page is not indexed.
 * Every value is an identifier, the same in both languages (the page's words are in its own
 * language's index), so a search's address, filters included, means the same on either edition
 * of the search page and survives the language switch.
 */
export interface SearchIndexing {
  /** The key the search page's type filter uses. */
  type: SearchType;
  /**
   * The slugs of the countries and topics the page is about. On an original with no translation
   * in some locales: those locales (`untranslated`), whose search pages look for it in its own
   * index, and, under {@link fallbackFilter}, the address of its fallback page in each, which
   * their results open. That address is a filter value, not Pagefind metadata, because Pagefind
   * searches the words of metadata: "articles" would find every untranslated original.
   */
  filters?: {
    country?: readonly string[];
    topic?: readonly string[];
    untranslated?: readonly Locale[];
  } & { readonly [fallback: `fallback_${string}`]: readonly string[] };
}

/**
 * The search filter under which an untranslated original gives the address of its fallback page
 * in `locale` (`fallback_es`): the search page of that locale opens its results there.
 */
export function fallbackFilter(locale: Locale): `fallback_${string}` {
  return `fallback_${locale}`;
}

/** What a page says about itself; the rest of its head is derived from this and its route. */
export interface PageMeta {
  /** The page's own title (the `<h1>`); the site name is appended in `<title>`. */
  title: string;
  /** Meta description for search results and previews. */
  description: string;
  /** The schema.org type of the page node: `AboutPage` on the About page. Default `WebPage`. */
  pageType?: 'WebPage' | 'AboutPage';
  /** Open Graph type: `article` for articles and topics. Default `website`. */
  ogType?: 'website' | 'article';
  /** Page-specific JSON-LD nodes; the page node and breadcrumbs (and WebSite at home) are added. */
  structuredData?: readonly Thing[];
  /** Search indexing for Pagefind; content pages only. */
  search?: SearchIndexing | undefined;
  /** Set on pages that must not be indexed (the 404). */
  noindex?: boolean;
  /**
   * How much of the page is shown in English for want of a translation: `all` (an untranslated
   * article or topic), `partly` (some notes), or false.
   */
  untranslated?: false | 'all' | 'partly';
  /** The language of the page's social card, when not the page's (an untranslated article). */
  cardLocale?: Locale;
  /**
   * The locales the page is translated into (default: all). A locale's page that only shows the
   * English original for want of a translation is a fallback for readers: its canonical is the
   * English page, and no language alternate points at it (README, "Languages").
   */
  translatedIn?: readonly Locale[];
  /** The page's own feed (a topic's or an ally's stories), listed before the site's feeds. */
  feed?: { feed: Feed; title: string } | undefined;
  /** On a page of a paginated list: how many pages the list has, for `rel="prev"`/`"next"`. */
  pageCount?: number;
  /** The page the breadcrumb trail passes through before this one (a topic, an ally). */
  parent?: Crumb | undefined;
}

/** A `<link rel="alternate">`: a language version or a feed. */
export interface AlternateLink {
  href: string;
  hreflang?: string;
  /** For feeds: the feed's MIME type and title. */
  type?: string;
  title?: string;
}

/** Everything BaseLayout writes into `<head>`. */
export interface HeadData {
  /** `<html lang>`. */
  lang: Locale;
  /** The document title: "Page: Site", or the site's own title at home (≤ 70 characters). */
  title: string;
  description: string;
  /** Absolute canonical URL; absent on pages not to be indexed. */
  canonical?: string | undefined;
  noindex: boolean;
  /** `dcterms.modified`, an instant with its offset; also the sitemap's `<lastmod>`. */
  modified?: string | undefined;
  openGraph: {
    siteName: string;
    type: 'website' | 'article';
    /** The title shared on social networks: the page's title, or the site's name at home. */
    title: string;
    /** `og:locale` and `og:locale:alternate`, as `ll_CC`. */
    locale: string;
    localeAlternates: readonly string[];
    /** Absolute URL of the 1200 × 630 PNG card, and its text alternative. */
    image: string;
    imageAlt: string;
  };
  /** The RSS feeds of the page's language, root-relative: the page's own first, if it has one. */
  feeds: readonly AlternateLink[];
  /** On a page of a paginated list: the previous and next pages, root-relative. */
  prev?: string | undefined;
  next?: string | undefined;
  /** Language versions (`hreflang`) including `x-default`; empty on pages not to be indexed. */
  alternates: readonly AlternateLink[];
  /** The sitemap index, root-relative (under the site's base path). */
  sitemap: string;
  /** The site's icon, root-relative. */
  icon: string;
  /** Pagefind type and filters, when the page is indexed. */
  search?: SearchIndexing | undefined;
  /** Serialized JSON-LD graph for `<script type="application/ld+json">`. */
  jsonLd?: string | undefined;
}

/** The frame every page shares: its route, language, head, breadcrumbs and untranslated notice. */
export interface PageFrame {
  route: Route;
  locale: Locale;
  head: HeadData;
  /** The trail from home to this page; empty at home. */
  crumbs: readonly Crumb[];
  /** How much of the page is untranslated (see {@link PageMeta.untranslated}). */
  untranslated: false | 'all' | 'partly';
  /** The locales the page's text is written in (see {@link PageMeta.translatedIn}). */
  translatedIn: readonly Locale[];
}

/** `og:locale` value for a locale (the locale registry in settings.ts). */
function openGraphLocale(locale: Locale): string {
  return LOCALE_REGISTRY[locale].openGraph;
}

/** The context for structured data: the site's name, address and desk. */
export function ldContext(ctx: PageContext): LdContext {
  return {
    site: ctx.site,
    timeZone: ctx.timeZone,
    siteName: SITE.name[ctx.locale],
    description: SITE.tagline[ctx.locale],
    desk: SITE.publisher.desk[ctx.locale],
    locale: ctx.locale,
  };
}

/** The previous and next pages of a paginated list, root-relative; nothing on other pages. */
function neighbours(
  route: Route,
  pageCount: number | undefined,
  { locale, base }: PageContext,
): { prev?: string; next?: string } {
  if (!isListRoute(route) || pageCount === undefined) return {};
  const n = route.n ?? 1;
  return {
    ...(n > 1 ? { prev: withBase(pathTo(listPage(route, n - 1), locale), base) } : {}),
    ...(n < pageCount ? { next: withBase(pathTo(listPage(route, n + 1), locale), base) } : {}),
  };
}

/** The frame and head of the page at `route`, from what the page says about itself. */
export function pageFrame(
  route: Route,
  meta: PageMeta,
  corpus: Corpus,
  ctx: PageContext,
): PageFrame {
  const { locale, site, base } = ctx;
  const t = ui(locale);
  const noindex = meta.noindex ?? false;
  const translatedIn = meta.translatedIn ?? LOCALES;
  // A fallback page is a copy of the English original: that is the page to index.
  const canonical = absoluteUrl(
    pathTo(route, translatedIn.includes(locale) ? locale : DEFAULT_LOCALE),
    site,
  );
  const isHome = route.page === 'home';
  // An untranslated page's title is the original's, in the default language.
  const crumbs = breadcrumbsFor(
    route,
    meta.title,
    locale,
    meta.untranslated === 'all' ? DEFAULT_LOCALE : locale,
    meta.parent,
  );
  const cardLocale = meta.cardLocale ?? locale;
  // The image's text alternative says what the card says (the card may be the English one).
  const card = cardFor(route, corpus, { ...ctx, locale: cardLocale });
  const ld = ldContext(ctx);
  const head: HeadData = {
    lang: locale,
    title: isHome
      ? `${SITE.name[locale]}: ${t.home.documentTitle}`
      : documentTitle(meta.title, SITE.name[locale]),
    description: meta.description,
    canonical: noindex ? undefined : canonical,
    noindex,
    modified: noindex ? undefined : lastModified(route, corpus, ctx.timeZone),
    openGraph: {
      siteName: SITE.name[locale],
      type: meta.ogType ?? 'website',
      title: isHome ? SITE.name[locale] : meta.title,
      locale: openGraphLocale(locale),
      localeAlternates: LOCALES.filter((l) => l !== locale).map(openGraphLocale),
      image: absoluteUrl(ogImagePath(route, cardLocale), site),
      imageAlt: card ? cardAlt(card, locale) : SITE.name[locale],
    },
    feeds: [
      ...(meta.feed ? [meta.feed] : []),
      ...(['stories', 'corrections'] as const).map((feed) => ({
        feed: { feed },
        title: t.feeds[feed],
      })),
    ].map(({ feed, title }) => ({
      type: 'application/rss+xml',
      title: `${SITE.name[locale]}: ${title}`,
      href: withBase(feedPath(feed, locale), base),
    })),
    ...neighbours(route, meta.pageCount, ctx),
    alternates: noindex
      ? []
      : [
          ...translatedIn.map((l) => ({ hreflang: l, href: absoluteUrl(pathTo(route, l), site) })),
          { hreflang: 'x-default', href: absoluteUrl(pathTo(route, DEFAULT_LOCALE), site) },
        ],
    sitemap: withBase(pathTo({ page: 'sitemap' }), base),
    icon: withBase(FAVICON, base),
    search: meta.search,
    jsonLd: noindex
      ? undefined
      : serializeJsonLd(
          graph([
            ...(isHome ? [websiteLd(ld)] : []),
            ...(meta.structuredData ?? []),
            webPageLd(
              {
                name: meta.title,
                url: canonical,
                description: meta.description,
                ...(meta.pageType ? { type: meta.pageType } : {}),
              },
              ld,
            ),
            breadcrumbsLd(crumbs.length > 0 ? crumbs : [{ label: t.nav.home, route }], ld),
          ]),
        ),
  };
  return { route, locale, head, crumbs, untranslated: meta.untranslated ?? false, translatedIn };
}
