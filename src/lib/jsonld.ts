/**
 * Structured data (schema.org JSON-LD), typed with schema-dts so a misspelt property fails the
 * type check. Every page gets a BreadcrumbList; the rest depends on the page type.
 */
import type {
  AboutPage,
  Article as ArticleLd,
  BreadcrumbList,
  Country as CountryLd,
  CorrectionComment,
  DefinedTerm,
  DefinedTermSet,
  Event as EventLd,
  Legislation,
  NewsArticle,
  Organization,
  Thing,
  WebPage,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { Crumb } from './breadcrumbs';
import { sortLifecycle } from './countries';
import { byDate, instantIso, zoned } from './dates';
import type { Timestamp } from '../schemas/dates';
import type { Article, Corpus, Country, Correction, Topic } from './entry';
import { lastUpdated } from './corrections';
import { citeLongform } from './footnotes';
import { absoluteUrl, glossaryTermPath, ogImagePath, pathTo } from './paths';
import {
  correctionText,
  countryName,
  countrySummary,
  originalOf,
  originals,
  storyEventTitle,
  translationKey,
  versionFor,
} from './localize';
import { ui } from '../i18n/ui';
import type { Locale } from '../settings';

export interface LdContext {
  site: string;
  /** The newsroom's time zone: a date without a time is the start of that day there. */
  timeZone: string;
  siteName: string;
  description: string;
  desk: string;
  locale: Locale;
}

/** Statutes that get a Legislation node wherever a page cites them. */
const STATUTES: Record<string, { name: string; identifier: string }> = {
  'usc-22-2321k': { name: 'Designation of major non-NATO allies', identifier: '22 U.S.C. 2321k' },
  'usc-10-2350a': {
    name: 'Cooperative research and development agreements',
    identifier: '10 U.S.C. 2350a',
  },
};

/** The sources a page lists, as ids: a translation cites what its original declares. */
function citedSourceIds(shown: Article | Topic, original: Article | Topic, corpus: Corpus) {
  return citeLongform(
    shown.body ?? '',
    original.data.sources.map((s) => s.id),
    corpus,
    shown.data.locale,
  ).sources.map((s) => s.id);
}

function organization(ctx: LdContext): Organization {
  return { '@type': 'Organization', name: ctx.siteName, url: ctx.site };
}

function desk(ctx: LdContext): Organization {
  return { '@type': 'Organization', name: ctx.desk, url: ctx.site };
}

function legislationFor(sourceIds: readonly string[], corpus: Corpus): Legislation[] {
  return sourceIds.flatMap((id) => {
    const statute = STATUTES[id];
    const source = corpus.sources.find((s) => s.id === id);
    if (!statute || !source) return [];
    return [
      {
        '@type': 'Legislation',
        name: statute.name,
        legislationIdentifier: statute.identifier,
        legislationJurisdiction: 'US',
        // The statute's name is its official English one, whatever the page's language.
        inLanguage: source.data.language,
        url: source.data.url,
      },
    ];
  });
}

function countryRef(country: Country, ctx: LdContext): CountryLd {
  return {
    '@type': 'Country',
    name: countryName(country, ctx.locale),
    identifier: country.data.iso2,
    url: absoluteUrl(pathTo({ page: 'ally', slug: country.id }, ctx.locale), ctx.site),
  };
}

export function breadcrumbsLd(crumbs: readonly Crumb[], ctx: LdContext): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: absoluteUrl(pathTo(c.route, ctx.locale), ctx.site),
    })),
  };
}

/**
 * The page itself, so every page states its language (articles and topics add their own). The
 * About page is an `AboutPage`, every other page a `WebPage`.
 */
export function webPageLd(
  page: { name: string; url: string; description: string; type?: 'WebPage' | 'AboutPage' },
  ctx: LdContext,
): WebPage | AboutPage {
  return {
    '@type': page.type ?? 'WebPage',
    name: page.name,
    url: page.url,
    description: page.description,
    inLanguage: ctx.locale,
    isPartOf: { '@type': 'WebSite', name: ctx.siteName, url: ctx.site },
  };
}

export function websiteLd(ctx: LdContext): WebSite {
  return {
    '@type': 'WebSite',
    name: ctx.siteName,
    url: ctx.site,
    description: ctx.description,
    inLanguage: ctx.locale,
    publisher: organization(ctx),
  };
}

/** A date for schema.org: always an instant with its offset (see `instantIso`). */
function isoOf(stamp: Timestamp | string, ctx: LdContext): string {
  return instantIso(stamp, ctx.timeZone);
}

export function newsArticleLd(
  article: Article,
  corpus: Corpus,
  ctx: LdContext & { url: string; image: string },
): NewsArticle {
  const key = translationKey(article);
  const original = originalOf(corpus.articles, key);
  const corrections: Correction[] = corpus.corrections
    .filter((c) => c.data.article.id === (original ?? article).id)
    .sort(byDate((c) => c.data.issued));
  // The later of its latest correction and its last update, as its byline says "Updated".
  const latest = lastUpdated(original ?? article, corpus.corrections);
  // A translation is about what its original is about, and cites what it cites.
  const about = original ?? article;
  const countries = about.data.countries.flatMap((r) =>
    corpus.countries.filter((c) => c.id === r.id),
  );
  const cited = citedSourceIds(article, about, corpus);
  return {
    '@type': 'NewsArticle',
    headline: article.data.title,
    description: article.data.description,
    url: ctx.url,
    mainEntityOfPage: ctx.url,
    image: ctx.image,
    inLanguage: ctx.locale,
    datePublished: isoOf(article.data.published, ctx),
    dateModified: isoOf(latest ?? article.data.published, ctx),
    author: desk(ctx),
    publisher: organization(ctx),
    ...(corrections.length > 0
      ? {
          correction: corrections.map((c): CorrectionComment => ({
            '@type': 'CorrectionComment',
            datePublished: c.data.issued,
            // In the page's language, like the notice readers see.
            text: `${correctionText(c, ctx.locale).wrong.text} ${correctionText(c, ctx.locale).right.text}`,
            url: absoluteUrl(pathTo({ page: 'correction', slug: c.id }, ctx.locale), ctx.site),
          })),
        }
      : {}),
    about: countries.slice(0, 1).map((c) => countryRef(c, ctx)),
    mentions: countries.slice(1).map((c) => countryRef(c, ctx)),
    citation: legislationFor(cited, corpus),
  };
}

export function topicLd(
  topic: Topic,
  corpus: Corpus,
  ctx: LdContext & { url: string; image: string },
): ArticleLd {
  const original = originalOf(corpus.topics, translationKey(topic)) ?? topic;
  const countries = original.data.countries.flatMap((r) =>
    corpus.countries.filter((c) => c.id === r.id),
  );
  const events: EventLd[] = corpus.events
    .filter((e) => e.data.topics.some((t) => t.id === translationKey(topic)))
    .sort(byDate((e) => e.data.date))
    .map((e) => {
      const where = corpus.countries.find((c) => e.data.countries.some((r) => r.id === c.id));
      return {
        '@type': 'Event',
        name: storyEventTitle(e, ctx.locale).text,
        startDate: e.data.date.iso,
        ...(where
          ? { location: { '@type': 'Country', name: countryName(where, ctx.locale) } }
          : {}),
      };
    });
  const about: Thing[] = [...countries.map((c) => countryRef(c, ctx)), ...events];
  return {
    '@type': 'Article',
    headline: topic.data.title,
    description: topic.data.description,
    url: ctx.url,
    mainEntityOfPage: ctx.url,
    image: ctx.image,
    inLanguage: ctx.locale,
    datePublished: isoOf(topic.data.published, ctx),
    dateModified: isoOf(original.data.updated ?? topic.data.published, ctx),
    author: desk(ctx),
    publisher: organization(ctx),
    about,
    citation: legislationFor(citedSourceIds(topic, original, corpus), corpus),
  };
}

export function countryLd(country: Country, corpus: Corpus, ctx: LdContext): CountryLd {
  const t = ui(ctx.locale);
  const name = countryName(country, ctx.locale);
  // What this site has written about the country, in the page's language where translated.
  const works = (['article', 'topic'] as const).flatMap((page) => {
    const all = page === 'article' ? corpus.articles : corpus.topics;
    return originals<Article | Topic>(all)
      .filter((e) => e.data.countries.some((c) => c.id === country.id))
      .map((original): ArticleLd | NewsArticle => {
        const key = translationKey(original);
        const shown = versionFor(all, key, ctx.locale)?.entry ?? original;
        const modified =
          page === 'article'
            ? lastUpdated(original, corpus.corrections)
            : original.data.updated && zoned(original.data.updated);
        return {
          '@type': page === 'article' ? 'NewsArticle' : 'Article',
          headline: shown.data.title,
          inLanguage: shown.data.locale,
          url: absoluteUrl(pathTo({ page, slug: key }, ctx.locale), ctx.site),
          image: absoluteUrl(ogImagePath({ page, slug: key }, shown.data.locale), ctx.site),
          datePublished: isoOf(original.data.published, ctx),
          dateModified: isoOf(modified ?? original.data.published, ctx),
          author: desk(ctx),
          publisher: organization(ctx),
        };
      });
  });
  return {
    '@type': 'Country',
    name,
    identifier: country.data.iso2,
    url: absoluteUrl(pathTo({ page: 'ally', slug: country.id }, ctx.locale), ctx.site),
    description: countrySummary(country, ctx.locale).text,
    event: sortLifecycle(country.data.lifecycle).map((e): EventLd => ({
      '@type': 'Event',
      name: `${name}: ${t.kinds[e.kind]}${e.track ? ` (${t.tracks[e.track]})` : ''}`,
      startDate: e.date.iso,
      location: { '@type': 'Country', name: t.unitedStates, identifier: 'US' },
    })),
    ...(works.length > 0 ? { subjectOf: works } : {}),
  };
}

/** Wraps nodes in one JSON-LD document. */
export function graph(nodes: readonly Thing[]): WithContext<Thing> {
  return { '@context': 'https://schema.org', '@graph': nodes } as unknown as WithContext<Thing>;
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the tag. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The glossary page as a DefinedTermSet, one DefinedTerm per entry, each at its place on the page
 * (`/glossary/#mnna`) and identified by its file name, the same in both languages.
 */
export function definedTermSetLd(
  set: { title: string; description: string },
  terms: readonly {
    id: string;
    term: string;
    abbreviations: readonly string[];
    definition: string;
  }[],
  ctx: LdContext,
): DefinedTermSet {
  const url = absoluteUrl(pathTo({ page: 'glossary' }, ctx.locale), ctx.site);
  return {
    '@type': 'DefinedTermSet',
    name: set.title,
    description: set.description,
    url,
    inLanguage: ctx.locale,
    hasDefinedTerm: terms.map((t): DefinedTerm => ({
      '@type': 'DefinedTerm',
      name: t.term,
      ...(t.abbreviations.length > 0 ? { alternateName: [...t.abbreviations] } : {}),
      description: t.definition,
      identifier: t.id,
      url: absoluteUrl(glossaryTermPath(t.id, ctx.locale), ctx.site),
      inDefinedTermSet: url,
    })),
  };
}
