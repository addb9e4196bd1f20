/**
 * What each page shows, computed from the corpus. Pages call one function here and render
 * the result; no sorting, filtering or URL building happens in a page.
 */
import type { Timestamp } from '../schemas/dates';
import type { Locale } from '../settings';
import {
  ADMINISTRATION_LABELS,
  countCurrentAllies,
  firstDesignation,
  sortByDesignation,
  sortLifecycle,
} from './countries';
import { correctionsFor, lastUpdated, sortCorrections } from './corrections';
import { formatBoundedDate, formatPartialDate, formatTimestamp, zoned } from './dates';
import { formatFactAsOf, formatFactValue } from './facts';
import { findFactIds } from './integrity';
import { sinceThen, type SinceThenItem } from './since-then';
import type { Article, Corpus, Correction, Country, Reference, Source, Topic } from './entry';
import type { Feature } from 'geojson';
import { buildLocatorMap, buildWorldMap, type CountryFeature, type MapAlly } from './map';
import { absoluteUrl, ogImagePath, pathTo } from './paths';
import { citePage } from './citation';
import { wordDiff } from './diff';
import { shareLinks } from './share';
import { SITE } from '../settings';

/** A link to another page: its label and site-relative href. */
export interface Link {
  label: string;
  href: string;
}

/** A formatted date or date-time with its machine-readable value. */
export interface Dated {
  /** For readers, in the page's locale (and the newsroom's time zone for date-times). */
  text: string;
  /** For `<time datetime>`. */
  iso: string;
}

/** Options every view needs: the page's language and the newsroom's time zone. */
export interface ViewContext {
  locale: Locale;
  timeZone: string;
  /** The site's absolute base URL, for canonical links in citations and share links. */
  site: string;
}

/** "no later than 2026" → "No later than 2026", for dates that open a line. */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dated(stamp: Timestamp, ctx: ViewContext): Dated {
  return { text: formatTimestamp(stamp, ctx.locale, ctx.timeZone), iso: stamp.iso };
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function resolve<T extends { id: string }>(refs: readonly Reference[], index: Map<string, T>): T[] {
  return refs.flatMap((ref) => {
    const found = index.get(ref.id);
    return found ? [found] : [];
  });
}

function countryLink(country: Country, locale: Locale): Link {
  return { label: country.data.name, href: pathTo({ page: 'ally', slug: country.id }, locale) };
}

/** A cited source as a numbered list item shows it. */
export interface SourceItem {
  id: string;
  title: string;
  publisher: string;
  url: string;
  published?: string | undefined;
}

function sourceItem(source: Source, ctx: ViewContext): SourceItem {
  return {
    id: source.id,
    title: source.data.title,
    publisher: source.data.publisher,
    url: source.data.url,
    published: source.data.published && formatPartialDate(source.data.published, ctx.locale),
  };
}

/** One row of the allies table. */
export interface AllyRow {
  link: Link;
  region: string;
  designated: string;
  designatedIso: string;
  administration: string;
  status: string;
}

const STATUS_LABELS = {
  designated: 'Designated',
  revoked: 'Designation revoked',
  'treated-as': 'Treated as an ally by law',
} as const;

const TRACK_LABELS = {
  'title-10': 'Title 10 (10 U.S.C. 2350a): cooperative research with the Pentagon',
  'title-22': 'Title 22 (22 U.S.C. 2321k): the State Department list',
  statute: 'By statute',
} as const;

const KIND_LABELS = {
  announced: 'announced',
  'notified-congress': 'Congress notified',
  designated: 'designated',
  revoked: 'revoked',
  legislated: 'written into law',
} as const;

const REGION_LABELS = {
  africa: 'Africa',
  americas: 'Americas',
  'east-asia': 'East Asia',
  europe: 'Europe',
  'middle-east': 'Middle East',
  oceania: 'Oceania',
  'south-asia': 'South Asia',
} as const;

/** The /allies/ page: every entry in the order it became an ally, and today's count. */
export function alliesView(corpus: Corpus, ctx: ViewContext) {
  const ordered = sortByDesignation(corpus.countries);
  const rows: AllyRow[] = ordered.map((country) => {
    const first = firstDesignation(country);
    return {
      link: countryLink(country, ctx.locale),
      region: REGION_LABELS[country.data.region],
      designated: first
        ? formatBoundedDate(first.date, first.dateBound, ctx.locale)
        : 'Not designated',
      designatedIso: first?.date.iso ?? '',
      administration: first ? ADMINISTRATION_LABELS[first.administration] : '',
      status: STATUS_LABELS[country.data.status],
    };
  });
  const formal = rows.filter((_, i) => ordered[i]?.data.status === 'designated');
  return {
    rows,
    count: countCurrentAllies(corpus.countries),
    revoked: corpus.countries.filter((c) => c.data.status === 'revoked').length,
    treatedAs: corpus.countries.filter((c) => c.data.status === 'treated-as').length,
    /** The two most recent formal designations, newest last. */
    latest: formal.slice(-2),
  };
}

/** The /allies/<slug>/ page. */
export function allyView(corpus: Corpus, country: Country, ctx: ViewContext) {
  const sources = byId(corpus.sources);
  const ordered = sortByDesignation(corpus.countries);
  const index = ordered.findIndex((c) => c.id === country.id);
  const previous = index > 0 ? ordered[index - 1] : undefined;
  const next = index >= 0 && index < ordered.length - 1 ? ordered[index + 1] : undefined;
  const cited = new Map<string, number>();
  const citedSources: SourceItem[] = [];
  const cite = (ref: Reference): number => {
    let n = cited.get(ref.id);
    const source = sources.get(ref.id);
    if (n === undefined && source) {
      citedSources.push(sourceItem(source, ctx));
      n = citedSources.length;
      cited.set(ref.id, n);
    }
    return n ?? 0;
  };
  const events = sortLifecycle(country.data.lifecycle).map((event) => ({
    kind: event.kind,
    date: capitalize(formatBoundedDate(event.date, event.dateBound, ctx.locale)),
    bound: event.dateBound,
    dateIso: event.date.iso,
    precision: event.date.precision,
    confidence: event.confidence,
    track: event.track,
    instrument: event.instrument,
    citation: event.citation,
    administration: ADMINISTRATION_LABELS[event.administration],
    note: event.note,
    citations: event.sources.map((ref) => ({ n: cite(ref), id: ref.id })),
  }));
  const mentions = (entry: Article | Topic) =>
    entry.data.countries.some((c) => c.id === country.id);
  const first = firstDesignation(country);
  const tracks = (['title-10', 'title-22', 'statute'] as const).flatMap((track) => {
    const steps = events.filter((e) => e.track === track);
    if (steps.length === 0) return [];
    return [
      {
        track,
        label: TRACK_LABELS[track],
        steps: steps.map((e) => `${KIND_LABELS[e.kind]} ${e.date}`),
      },
    ];
  });
  return {
    tracks,
    name: country.data.name,
    summary: country.data.summary,
    status: STATUS_LABELS[country.data.status],
    region: REGION_LABELS[country.data.region],
    designated: first && formatBoundedDate(first.date, first.dateBound, ctx.locale),
    events,
    sources: citedSources,
    articles: corpus.articles.filter(mentions).map((a) => articleLink(a, ctx.locale)),
    topics: corpus.topics.filter(mentions).map((t) => topicLink(t, ctx.locale)),
    previous: previous && countryLink(previous, ctx.locale),
    next: next && countryLink(next, ctx.locale),
  };
}

function articleLink(article: Article, locale: Locale): Link {
  return { label: article.data.title, href: pathTo({ page: 'article', slug: article.id }, locale) };
}

function topicLink(topic: Topic, locale: Locale): Link {
  return { label: topic.data.title, href: pathTo({ page: 'topic', slug: topic.id }, locale) };
}

/** A correction notice as it appears on its article and in the log. */
export interface CorrectionNotice {
  id: string;
  href: string;
  issued: Dated;
  wrong: string;
  right: string;
}

function notice(correction: Correction, ctx: ViewContext): CorrectionNotice {
  return {
    id: correction.id,
    href: pathTo({ page: 'correction', slug: correction.id }, ctx.locale),
    issued: dated(zoned(correction.data.issued), ctx),
    wrong: correction.data.wrong,
    right: correction.data.right,
  };
}

/** A "since then" development as a page lists it. */
export interface SinceThenLine {
  date: string;
  iso: string;
  text: string;
  href?: string | undefined;
  sources: SourceItem[];
}

function sinceThenLine(item: SinceThenItem, corpus: Corpus, ctx: ViewContext): SinceThenLine {
  const sources = byId(corpus.sources);
  const base = {
    iso: item.date.iso,
    sources: resolve(item.sources, sources).map((s) => sourceItem(s, ctx)),
  };
  const from = item.from;
  if (from.kind === 'lifecycle') {
    const country = corpus.countries.find((c) => c.id === from.country);
    const name = country?.data.name ?? from.country;
    return {
      ...base,
      date: capitalize(formatBoundedDate(item.date, from.bound, ctx.locale)),
      text:
        from.event === 'designated'
          ? `${name} formally designated a major non-NATO ally`
          : `${name}'s designation as a major non-NATO ally revoked`,
      href: pathTo({ page: 'ally', slug: from.country }, ctx.locale),
    };
  }
  const date = formatPartialDate(item.date, ctx.locale);
  if (from.kind === 'fact') {
    const fact = corpus.facts.find((f) => f.id === from.fact);
    const text = fact ? `${fact.data.label}: ${formatFactValue(fact.data, ctx.locale)}` : from.fact;
    return { ...base, date, text };
  }
  const event = corpus.events.find((e) => e.id === from.event);
  return { ...base, date, text: event?.data.title ?? from.event };
}

/**
 * The numbered source list of an article or topic: its declared sources, then the sources of
 * any figure it cites that it did not declare. <Fact> footnotes point into this list.
 */
export function citedSources(entry: Article | Topic, corpus: Corpus): Source[] {
  const sources = byId(corpus.sources);
  const facts = byId(corpus.facts);
  const ids = entry.data.sources.map((s) => s.id);
  for (const { id } of findFactIds(entry.body ?? '')) {
    const source = facts.get(id)?.data.source.id;
    if (source && !ids.includes(source)) ids.push(source);
  }
  return ids.flatMap((id) => {
    const source = sources.get(id);
    return source ? [source] : [];
  });
}

/** Shared by article and topic pages: dates, links and sources around the MDX body. */
function longformView(
  corpus: Corpus,
  entry: Article | Topic,
  kind: 'article' | 'topic',
  ctx: ViewContext,
) {
  const countries = byId(corpus.countries);
  const topics = byId(corpus.topics);
  const published = dated(entry.data.published, ctx);
  const route = { page: kind, slug: entry.id } as const;
  const url = absoluteUrl(pathTo(route, ctx.locale), ctx.site);
  return {
    url,
    image: absoluteUrl(ogImagePath(route), ctx.site),
    readingMinutes: readingMinutes(entry.body ?? ''),
    citations: citePage({
      title: entry.data.title,
      author: SITE.publisher.desk,
      publisher: SITE.name[ctx.locale],
      published: entry.data.published,
      updated: lastUpdated(entry, corpus.corrections),
      url,
    }),
    share: shareLinks(entry.data.title, url),
    title: entry.data.title,
    description: entry.data.description,
    published,
    asPublished: `As published on ${formatPartialDate({ iso: entry.data.published.iso.slice(0, 10), precision: 'day' }, ctx.locale)}`,
    sinceThen: sinceThen(entry, corpus, ctx.timeZone).map((item) =>
      sinceThenLine(item, corpus, ctx),
    ),
    countries: resolve(entry.data.countries, countries).map((c) => countryLink(c, ctx.locale)),
    topics: resolve(entry.data.topics, topics).map((t) => topicLink(t, ctx.locale)),
    sources: citedSources(entry, corpus).map((s) => sourceItem(s, ctx)),
  };
}

/** The /articles/<slug>/ page. */
export function articleView(corpus: Corpus, article: Article, ctx: ViewContext) {
  const updated = lastUpdated(article, corpus.corrections);
  return {
    ...longformView(corpus, article, 'article', ctx),
    figures: figuresIn(article, corpus, ctx),
    updated: updated && dated(updated, ctx),
    corrections: correctionsFor(article.id, corpus.corrections).map((c) => notice(c, ctx)),
  };
}

/** A figure cited on a page, listed with its date and source. */
export interface FigureLine {
  id: string;
  label: string;
  value: string;
  asOf: string;
  source?: SourceItem | undefined;
}

/** The facts a body cites through <Fact>, in order of first use. */
function figuresIn(entry: Article | Topic, corpus: Corpus, ctx: ViewContext): FigureLine[] {
  const facts = byId(corpus.facts);
  const sources = byId(corpus.sources);
  const ids = [...new Set(findFactIds(entry.body ?? '').map((f) => f.id))];
  return ids.flatMap((id) => {
    const fact = facts.get(id);
    if (!fact) return [];
    const source = sources.get(fact.data.source.id);
    return [
      {
        id,
        label: fact.data.label,
        value: formatFactValue(fact.data, ctx.locale),
        asOf: formatFactAsOf(fact.data, ctx.locale),
        source: source && sourceItem(source, ctx),
      },
    ];
  });
}

/** The /topics/<slug>/ page. */
export function topicView(corpus: Corpus, topic: Topic, ctx: ViewContext) {
  const articles = corpus.articles
    .filter((a) => a.data.topics.some((t) => t.id === topic.id))
    .map((a) => articleLink(a, ctx.locale));
  return {
    ...longformView(corpus, topic, 'topic', ctx),
    articles,
    figures: figuresIn(topic, corpus, ctx),
    updated: topic.data.updated ? dated(zoned(topic.data.updated), ctx) : undefined,
  };
}

/** The /corrections/ log, newest first. */
export function correctionsView(corpus: Corpus, ctx: ViewContext) {
  const articles = byId(corpus.articles);
  return sortCorrections(corpus.corrections).map((c) => {
    const article = articles.get(c.data.article.id);
    return { ...notice(c, ctx), article: article && articleLink(article, ctx.locale) };
  });
}

/** The /corrections/<slug>/ page. */
export function correctionView(corpus: Corpus, correction: Correction, ctx: ViewContext) {
  const article = byId(corpus.articles).get(correction.data.article.id);
  const sources = byId(corpus.sources);
  return {
    ...notice(correction, ctx),
    title: article ? `Correction to “${article.data.title}”` : 'Correction',
    before: correction.data.before,
    after: correction.data.after,
    segments: wordDiff(correction.data.before, correction.data.after),
    article: article && articleLink(article, ctx.locale),
    sources: resolve(correction.data.sources, sources).map((s) => sourceItem(s, ctx)),
  };
}

/** The home page: the lead story, today's count, the latest correction, the topics. */
export function homeView(corpus: Corpus, ctx: ViewContext) {
  const allies = alliesView(corpus, ctx);
  const latest = sortCorrections(corpus.corrections)[0];
  return {
    count: allies.count,
    latest: allies.latest,
    articles: corpus.articles
      .slice()
      .sort(
        (a, b) =>
          b.data.published.iso.localeCompare(a.data.published.iso) || a.id.localeCompare(b.id),
      )
      .map((a) => ({ ...articleLink(a, ctx.locale), description: a.data.description })),
    topics: corpus.topics
      .slice()
      .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'))
      .map((t) => ({ ...topicLink(t, ctx.locale), description: t.data.description })),
    latestCorrection: latest && correctionsView({ ...corpus, corrections: [latest] }, ctx)[0],
  };
}

/** The atlas a map is drawn from (see src/data/atlas.ts). */
export interface AtlasInput {
  features: readonly CountryFeature[];
  fallback: readonly CountryFeature[];
  land?: Feature;
}

function mapAlly(country: Country, ctx: ViewContext): MapAlly {
  const first = firstDesignation(country);
  const when = first ? formatBoundedDate(first.date, first.dateBound, ctx.locale) : '';
  const status =
    country.data.status === 'designated'
      ? `designated ${when}`
      : country.data.status === 'revoked'
        ? `designated ${when}, designation revoked`
        : `treated as an ally by law since ${when}`;
  return {
    isoNumeric: country.data.isoNumeric,
    name: country.data.name,
    status: country.data.status,
    href: pathTo({ page: 'ally', slug: country.id }, ctx.locale),
    label: `${country.data.name}: ${status}`,
  };
}

/** The world map of every ally, in order of designation (so tab order follows history). */
export function worldMapView(corpus: Corpus, atlas: AtlasInput, ctx: ViewContext) {
  const allies = sortByDesignation(corpus.countries).map((c) => mapAlly(c, ctx));
  return buildWorldMap(atlas.features, allies, {
    width: 960,
    fallback: atlas.fallback,
    ...(atlas.land ? { land: atlas.land } : {}),
  });
}

/** The small locator map on a country's page. */
export function locatorMapView(country: Country, atlas: AtlasInput) {
  return buildLocatorMap(atlas.features, country.data.isoNumeric, {
    width: 320,
    height: 200,
    fallback: atlas.fallback,
  });
}

/** Minutes to read a body at 230 words a minute, at least one. */
export function readingMinutes(body: string): number {
  const words = body
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`[\]()-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}

/** The /topics/ index, alphabetical. */
export function topicsView(corpus: Corpus, ctx: ViewContext) {
  return [...corpus.topics]
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'))
    .map((t) => ({ ...topicLink(t, ctx.locale), description: t.data.description }));
}

const SOURCE_KIND_LABELS = {
  statute: 'Statutes and legal texts',
  government: 'Government documents',
  report: 'Reports and analysis',
  news: 'News reports',
} as const;

/** The /sources/ page: every source, grouped by kind, each group by title. */
export function sourcesView(corpus: Corpus, ctx: ViewContext) {
  return (Object.keys(SOURCE_KIND_LABELS) as (keyof typeof SOURCE_KIND_LABELS)[])
    .map((kind) => ({
      kind,
      label: SOURCE_KIND_LABELS[kind],
      sources: corpus.sources
        .filter((s) => s.data.kind === kind)
        .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'))
        .map((s) => sourceItem(s, ctx)),
    }))
    .filter((g) => g.sources.length > 0);
}
