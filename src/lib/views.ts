/**
 * What each page shows, computed from the corpus, in the page's language. Pages call one
 * function here and render the result; no sorting, filtering, wording or URL building happens
 * in a page.
 */
import type { Feature } from 'geojson';
import { ui } from '../i18n/ui';
import type { Timestamp } from '../schemas/dates';
import { SITE, type Locale } from '../settings';
import { citePage } from './citation';
import {
  countCurrentAllies,
  firstDesignation,
  sortByDesignation,
  sortLifecycle,
} from './countries';
import { correctionsFor, lastUpdated, sortCorrections } from './corrections';
import {
  datePhrase,
  dayOf,
  formatBoundedDate,
  formatPartialDate,
  formatTimeOfDay,
  formatTimestamp,
  zoned,
} from './dates';
import { wordDiff } from './diff';
import type { Article, Corpus, Correction, Country, Reference, Source, Topic } from './entry';
import { formatFactAsOf, formatFactValue } from './facts';
import { citeLongform } from './footnotes';
import {
  correctionText,
  countryName,
  countrySummary,
  factLabel,
  lifecycleNote,
  originalOf,
  originals,
  storyEventTitle,
  translationKey,
  versionFor,
  type LocalText,
} from './localize';
import { buildLocatorMap, buildWorldMap, type CountryFeature, type MapAlly } from './map';
import { byId } from './lookup';
import { absoluteUrl, ogImagePath, pathTo, type Route } from './paths';
import { shareLinks } from './share';
import { sinceThen, type SinceThenItem } from './since-then';

/** A link to another page: its label and site-relative href. */
export interface Link {
  label: string;
  href: string;
  /** Set when the label is in another language than the page (an untranslated title). */
  lang?: Locale | undefined;
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

function resolve<T extends { id: string }>(refs: readonly Reference[], index: Map<string, T>): T[] {
  return refs.flatMap((ref) => {
    const found = index.get(ref.id);
    return found ? [found] : [];
  });
}

/** `lang` to set on an element only when its text is not in the page's language. */
function foreign(text: LocalText, ctx: ViewContext): Locale | undefined {
  return text.lang === ctx.locale ? undefined : text.lang;
}

function countryLink(country: Country, locale: Locale): Link {
  return {
    label: countryName(country, locale),
    href: pathTo({ page: 'ally', slug: country.id }, locale),
  };
}

/** A cited source as a numbered list item shows it. */
export interface SourceItem {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** When it was published, for readers ("May 24, 2022"), and as written (`2022-05-24`). */
  published?: string | undefined;
  publishedIso?: string | undefined;
  /** The source's own language, when it differs from the page's. */
  lang?: string | undefined;
}

function sourceItem(source: Source, ctx: ViewContext): SourceItem {
  return {
    id: source.id,
    title: source.data.title,
    publisher: source.data.publisher,
    url: source.data.url,
    published: source.data.published && formatPartialDate(source.data.published, ctx.locale),
    publishedIso: source.data.published?.iso,
    lang: source.data.language === ctx.locale ? undefined : source.data.language,
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

/** The /allies/ page: every entry in the order it became an ally, and today's count. */
export function alliesView(corpus: Corpus, ctx: ViewContext) {
  const t = ui(ctx.locale);
  const ordered = sortByDesignation(corpus.countries);
  const rows: AllyRow[] = ordered.map((country) => {
    const first = firstDesignation(country);
    return {
      link: countryLink(country, ctx.locale),
      region: t.regions[country.data.region],
      designated: first
        ? formatBoundedDate(first.date, first.dateBound, ctx.locale)
        : t.allies.notDesignated,
      designatedIso: first?.date.iso ?? '',
      administration: first ? t.administrations[first.administration] : '',
      status: t.status[country.data.status],
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
  const t = ui(ctx.locale);
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
  const events = sortLifecycle(country.data.lifecycle).map((event) => {
    const note = lifecycleNote(event, ctx.locale);
    return {
      kind: event.kind,
      kindLabel: t.kinds[event.kind],
      date: capitalize(formatBoundedDate(event.date, event.dateBound, ctx.locale)),
      bound: event.dateBound,
      dateIso: event.date.iso,
      precision: event.date.precision,
      confidence: event.confidence,
      track: event.track,
      trackLabel: event.track && t.tracks[event.track],
      instrument: event.instrument,
      citation: event.citation,
      administration: t.administrations[event.administration],
      note: note?.text,
      noteLang: note && foreign(note, ctx),
      dateNote: [
        event.dateBound === 'by' ? t.ally.bound : '',
        t.ally.precision[event.date.precision],
        t.ally.confidence[event.confidence],
      ]
        .filter(Boolean)
        .join('; '),
      // Numbered in order of first citation; a cluster reads in ascending order ([2][3]).
      citations: event.sources
        .map((ref) => ({ n: cite(ref), id: ref.id }))
        .sort((a, b) => a.n - b.n),
    };
  });
  const mentions = (entry: Article | Topic) =>
    entry.data.countries.some((c) => c.id === country.id);
  const first = firstDesignation(country);
  const revocation =
    country.data.status === 'revoked'
      ? sortLifecycle(country.data.lifecycle).findLast((e) => e.kind === 'revoked')
      : undefined;
  const tracks = (['title-10', 'title-22', 'statute'] as const).flatMap((track) => {
    const steps = events.filter((e) => e.track === track);
    if (steps.length === 0) return [];
    return [
      { track, label: t.tracks[track], steps: steps.map((e) => `${e.kindLabel}: ${e.date}`) },
    ];
  });
  const summary = countrySummary(country, ctx.locale);
  const name = countryName(country, ctx.locale);
  const status = t.status[country.data.status];
  return {
    tracks,
    name,
    summary: summary.text,
    summaryLang: foreign(summary, ctx),
    /** Some of the page's words (summary, notes) are shown in English for want of a translation. */
    partlyUntranslated: Boolean(foreign(summary, ctx)) || events.some((e) => e.noteLang),
    status,
    region: t.regions[country.data.region],
    description: t.ally.description(name, {
      status: country.data.status,
      since:
        first &&
        (country.data.status === 'treated-as'
          ? datePhrase(first.date, first.dateBound, ctx.locale)
          : formatBoundedDate(first.date, first.dateBound, ctx.locale)),
      revoked: revocation && formatBoundedDate(revocation.date, revocation.dateBound, ctx.locale),
    }),
    events,
    sources: citedSources,
    articles: originals(corpus.articles)
      .filter(mentions)
      .map((a) => longformLink(corpus.articles, a, 'article', ctx)),
    topics: originals(corpus.topics)
      .filter(mentions)
      .map((tp) => longformLink(corpus.topics, tp, 'topic', ctx)),
    previous: previous && countryLink(previous, ctx.locale),
    next: next && countryLink(next, ctx.locale),
  };
}

/** A link to an article or topic in the page's language, titled in the version shown. */
function longformLink<T extends Article | Topic>(
  all: readonly T[],
  original: T,
  page: 'article' | 'topic',
  ctx: ViewContext,
): Link & { description: string } {
  const key = translationKey(original);
  const shown = versionFor(all, key, ctx.locale)?.entry ?? original;
  return {
    label: shown.data.title,
    href: pathTo({ page, slug: key }, ctx.locale),
    lang: shown.data.locale === ctx.locale ? undefined : shown.data.locale,
    description: shown.data.description,
  };
}

/** A correction notice as it appears on its article and in the log. */
export interface CorrectionNotice {
  id: string;
  href: string;
  issued: Dated;
  wrong: string;
  right: string;
  /** Set when the notice's words are untranslated. */
  lang?: Locale | undefined;
}

function notice(correction: Correction, ctx: ViewContext): CorrectionNotice {
  const { wrong, right } = correctionText(correction, ctx.locale);
  return {
    id: correction.id,
    href: pathTo({ page: 'correction', slug: correction.id }, ctx.locale),
    issued: dated(zoned(correction.data.issued), ctx),
    wrong: wrong.text,
    right: right.text,
    lang: foreign(wrong, ctx),
  };
}

/** A "since then" development as a page lists it. */
export interface SinceThenLine {
  date: string;
  iso: string;
  text: string;
  lang?: Locale | undefined;
  href?: string | undefined;
  sources: SourceItem[];
}

function sinceThenLine(item: SinceThenItem, corpus: Corpus, ctx: ViewContext): SinceThenLine {
  const t = ui(ctx.locale);
  const sources = byId(corpus.sources);
  const base = {
    iso: item.date.iso,
    sources: resolve(item.sources, sources).map((s) => sourceItem(s, ctx)),
  };
  const from = item.from;
  if (from.kind === 'lifecycle') {
    const country = corpus.countries.find((c) => c.id === from.country);
    const name = country ? countryName(country, ctx.locale) : from.country;
    return {
      ...base,
      date: capitalize(formatBoundedDate(item.date, from.bound, ctx.locale)),
      text:
        from.event === 'designated'
          ? t.longform.designatedLine(name)
          : t.longform.revokedLine(name),
      href: pathTo({ page: 'ally', slug: from.country }, ctx.locale),
    };
  }
  const date = capitalize(formatPartialDate(item.date, ctx.locale));
  if (from.kind === 'fact') {
    const fact = corpus.facts.find((f) => f.id === from.fact);
    if (!fact) return { ...base, date, text: from.fact };
    const label = factLabel(fact, ctx.locale);
    return {
      ...base,
      date,
      text: `${label.text}: ${formatFactValue(fact.data, ctx.locale)}`,
      lang: foreign(label, ctx),
    };
  }
  const event = corpus.events.find((e) => e.id === from.event);
  if (!event) return { ...base, date, text: from.event };
  const title = storyEventTitle(event, ctx.locale);
  return { ...base, date, text: title.text, lang: foreign(title, ctx) };
}

/** What one `<Fact>` of a body shows (handed to the component on `Astro.locals.longform`). */
export interface FactView {
  id: string;
  /** "more than $10 billion", in the language of the text around it. */
  value: string;
  /** "as of August 2021"; absent when the paragraph already says when (see citeLongform). */
  asOf?: string | undefined;
  /** Its footnote: the source's number in the page's list, its anchor and accessible name. */
  footnote?: { number: number; href: string; label: string } | undefined;
}

/** Average adult silent reading speed for non-fiction (Brysbaert 2019: 238 wpm), rounded down. */
const WORDS_PER_MINUTE = 230;

/**
 * Minutes to read `text` at {@link WORDS_PER_MINUTE}, rounded up: 431 words take 2 minutes, not 1.
 * Give it everything the reader reads: the rendered body (see {@link readableText}) and the text
 * around it (headline, standfirst, notices, "Since then").
 */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/**
 * The words of rendered HTML that a reader reads: tags, scripts, styles, drawings (SVG),
 * footnote numbers and closed disclosures (a chart's data table) left out, entities decoded
 * enough to count words.
 */
export function readableText(html: string): string {
  return html
    .replace(/<(script|style|svg|sup)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<details\b[\s\S]*?<\/details>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');
}

/** Shared by article and topic pages: dates, links and sources around the MDX body. */
function longformView(
  corpus: Corpus,
  entry: Article | Topic,
  kind: 'article' | 'topic',
  ctx: ViewContext,
  /** Other text the reader reads around the body (correction notices), for the reading time. */
  alsoRead: readonly string[] = [],
  /** The body's latest change since publication, for the label above it. */
  lastChange?: { kind: 'corrected' | 'updated'; at: Timestamp },
) {
  const t = ui(ctx.locale);
  const countries = byId(corpus.countries);
  const published = dated(entry.data.published, ctx);
  const key = translationKey(entry);
  const route: Route = { page: kind, slug: key };
  const url = absoluteUrl(pathTo(route, ctx.locale), ctx.site);
  const original =
    kind === 'article' ? originalOf(corpus.articles, key) : originalOf(corpus.topics, key);
  // A translation carries only its words; what it is about and what it cites come from the original.
  const meta = original ?? entry;
  const relatedTopics = meta.data.topics.flatMap((ref) =>
    corpus.topics.filter((tp) => tp.id === ref.id && tp.data.locale === 'en'),
  );
  const body = entry.body ?? '';
  const cited = citeLongform(
    body,
    meta.data.sources.map((s) => s.id),
    corpus,
    entry.data.locale,
  );
  const facts = byId(corpus.facts);
  const sources = byId(corpus.sources);
  const factViews: FactView[] = cited.facts.map((use) => {
    const fact = facts.get(use.id);
    const source = use.source && sources.get(use.source.id);
    return {
      id: use.id,
      // An untranslated page shows the English text, so its figures read in English too.
      value: fact ? formatFactValue(fact.data, entry.data.locale) : use.id,
      asOf: fact && use.showAsOf ? formatFactAsOf(fact.data, entry.data.locale) : undefined,
      footnote:
        use.source && source
          ? {
              number: use.source.number,
              href: `#source-${use.source.id}`,
              label: t.fact.source(use.source.number, source.data.publisher),
            }
          : undefined,
    };
  });
  const sinceThenLines = sinceThen(entry, corpus, ctx.timeZone, meta).map((item) =>
    sinceThenLine(item, corpus, ctx),
  );
  const changedSameDay =
    !!lastChange &&
    dayOf(lastChange.at, ctx.timeZone) === dayOf(entry.data.published, ctx.timeZone);
  // Read around the body: the layout adds the rendered body itself for the reading time.
  const readAround = [
    entry.data.title,
    entry.data.description,
    ...sinceThenLines.map(
      (l) => `${l.date} ${l.text} ${l.sources.map((s) => s.publisher).join(' ')}`,
    ),
    ...alsoRead,
  ];
  return {
    key,
    url,
    image: absoluteUrl(ogImagePath(route, entry.data.locale), ctx.site),
    lang: entry.data.locale,
    translated: entry.data.locale === ctx.locale,
    readAround,
    facts: factViews,
    citations: citePage({
      title: entry.data.title,
      author: SITE.publisher.desk[ctx.locale],
      publisher: SITE.name[ctx.locale],
      published: entry.data.published,
      updated: lastUpdated(original ?? entry, corpus.corrections),
      url,
      locale: ctx.locale,
    }),
    share: shareLinks(entry.data.title, url, ctx.locale),
    title: entry.data.title,
    description: entry.data.description,
    published,
    asPublished: t.longform.asPublished(
      formatPartialDate(
        { iso: dayOf(entry.data.published, ctx.timeZone), precision: 'day' },
        ctx.locale,
      ),
      lastChange && {
        kind: lastChange.kind,
        sameDay: changedSameDay,
        at: changedSameDay
          ? formatTimeOfDay(lastChange.at, ctx.locale, ctx.timeZone)
          : formatTimestamp(lastChange.at, ctx.locale, ctx.timeZone),
      },
    ),
    sinceThen: sinceThenLines,
    countries: resolve(meta.data.countries, countries).map((c) => countryLink(c, ctx.locale)),
    topics: relatedTopics.map((tp) => longformLink(corpus.topics, tp, 'topic', ctx)),
    sources: cited.sources.map((s) => sourceItem(s, ctx)),
    figures: figuresIn(cited.facts, corpus, ctx),
  };
}

/** The /articles/<slug>/ page, for the version shown in `ctx.locale` (or its English fallback). */
export function articleView(corpus: Corpus, article: Article, ctx: ViewContext) {
  const key = translationKey(article);
  const original = originalOf(corpus.articles, key) ?? article;
  const updated = lastUpdated(original, corpus.corrections);
  const issued = correctionsFor(original.id, corpus.corrections);
  const corrections = issued.map((c) => notice(c, ctx));
  const latestCorrection = issued.at(-1);
  return {
    // Each notice is shown above and below the body.
    ...longformView(
      corpus,
      article,
      'article',
      ctx,
      corrections.flatMap((c) => [c.wrong, c.right, c.wrong, c.right]),
      updated && {
        kind:
          latestCorrection && zoned(latestCorrection.data.issued).iso === updated.iso
            ? 'corrected'
            : 'updated',
        at: updated,
      },
    ),
    updated: updated && dated(updated, ctx),
    corrections,
  };
}

/** A figure cited on a page, listed with its date and source. */
export interface FigureLine {
  id: string;
  label: string;
  lang?: Locale | undefined;
  value: string;
  asOf: string;
  source?: SourceItem | undefined;
}

/** The facts a body cites through <Fact>, in order of first use. */
function figuresIn(
  cited: readonly { id: string }[],
  corpus: Corpus,
  ctx: ViewContext,
): FigureLine[] {
  const facts = byId(corpus.facts);
  const sources = byId(corpus.sources);
  const ids = [...new Set(cited.map((f) => f.id))];
  return ids.flatMap((id) => {
    const fact = facts.get(id);
    if (!fact) return [];
    const source = sources.get(fact.data.source.id);
    const label = factLabel(fact, ctx.locale);
    return [
      {
        id,
        label: label.text,
        lang: foreign(label, ctx),
        value: formatFactValue(fact.data, ctx.locale),
        asOf: formatFactAsOf(fact.data, ctx.locale),
        source: source && sourceItem(source, ctx),
      },
    ];
  });
}

/** The /topics/<slug>/ page. */
export function topicView(corpus: Corpus, topic: Topic, ctx: ViewContext) {
  const key = translationKey(topic);
  const articles = originals(corpus.articles)
    .filter((a) => a.data.topics.some((tp) => tp.id === key))
    .map((a) => longformLink(corpus.articles, a, 'article', ctx));
  const updated = topic.data.updated ? zoned(topic.data.updated) : undefined;
  return {
    ...longformView(corpus, topic, 'topic', ctx, [], updated && { kind: 'updated', at: updated }),
    articles,
    updated: topic.data.updated ? dated(zoned(topic.data.updated), ctx) : undefined,
  };
}

/** The /corrections/ log, newest first. */
export function correctionsView(corpus: Corpus, ctx: ViewContext) {
  const articles = byId(corpus.articles);
  return sortCorrections(corpus.corrections).map((c) => {
    const article = articles.get(c.data.article.id);
    return {
      ...notice(c, ctx),
      article: article && longformLink(corpus.articles, article, 'article', ctx),
    };
  });
}

/** The /corrections/<slug>/ page. */
export function correctionView(corpus: Corpus, correction: Correction, ctx: ViewContext) {
  const t = ui(ctx.locale);
  const original = byId(corpus.articles).get(correction.data.article.id);
  const article = original && longformLink(corpus.articles, original, 'article', ctx);
  const sources = byId(corpus.sources);
  const shown = notice(correction, ctx);
  return {
    ...shown,
    title: article ? t.correction.title(article.label) : t.correction.fallbackTitle,
    description: t.correction.description(shown.issued.text, shown.right),
    before: correction.data.before,
    after: correction.data.after,
    segments: wordDiff(correction.data.before, correction.data.after),
    article,
    sources: resolve(correction.data.sources, sources).map((s) => sourceItem(s, ctx)),
  };
}

/** The home page: the lead story, today's count, the latest correction, the topics. */
export function homeView(corpus: Corpus, ctx: ViewContext) {
  const allies = alliesView(corpus, ctx);
  const latest = sortCorrections(corpus.corrections)[0];
  return {
    count: allies.count,
    latest: allies.latest.map((row) => ({
      ...row,
      when: row.designated,
    })),
    articles: originals(corpus.articles)
      .slice()
      .sort(
        (a, b) =>
          b.data.published.iso.localeCompare(a.data.published.iso) || a.id.localeCompare(b.id),
      )
      .map((a) => longformLink(corpus.articles, a, 'article', ctx)),
    topics: topicsView(corpus, ctx),
    latestCorrection: latest && correctionsView({ ...corpus, corrections: [latest] }, ctx)[0],
  };
}

/** The /topics/ index, alphabetical in the page's language. */
export function topicsView(corpus: Corpus, ctx: ViewContext) {
  return originals(corpus.topics)
    .map((tp) => longformLink(corpus.topics, tp, 'topic', ctx))
    .sort((a, b) => a.label.localeCompare(b.label, ctx.locale));
}

/** The /sources/ page: every source, grouped by kind, each group by title. */
export function sourcesView(corpus: Corpus, ctx: ViewContext) {
  const t = ui(ctx.locale);
  return (['statute', 'government', 'report', 'news'] as const)
    .map((kind) => ({
      kind,
      label: t.sources.kinds[kind],
      sources: corpus.sources
        .filter((s) => s.data.kind === kind)
        .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'))
        .map((s) => sourceItem(s, ctx)),
    }))
    .filter((g) => g.sources.length > 0);
}

/** The atlas a map is drawn from (see src/data/atlas.ts). */
export interface AtlasInput {
  features: readonly CountryFeature[];
  fallback: readonly CountryFeature[];
  land?: Feature;
}

function mapAlly(country: Country, ctx: ViewContext): MapAlly {
  const t = ui(ctx.locale);
  const first = firstDesignation(country);
  const when = first ? datePhrase(first.date, first.dateBound, ctx.locale) : '';
  const name = countryName(country, ctx.locale);
  const label =
    country.data.status === 'designated'
      ? t.map.label.designated(name, when)
      : country.data.status === 'revoked'
        ? t.map.label.revoked(name, when)
        : t.map.label.treated(name, when);
  return {
    isoNumeric: country.data.isoNumeric,
    name,
    status: country.data.status,
    href: pathTo({ page: 'ally', slug: country.id }, ctx.locale),
    label,
  };
}

/**
 * The world map of every ally, in order of designation (the order its table lists them in), and
 * the same allies by name: the list of links a page without a table of allies shows beside the
 * map, so each small country has a link a finger can hit (WCAG 2.2 SC 2.5.8's "equivalent").
 */
export function worldMapView(corpus: Corpus, atlas: AtlasInput, ctx: ViewContext) {
  const allies = sortByDesignation(corpus.countries).map((c) => mapAlly(c, ctx));
  const map = buildWorldMap(atlas.features, allies, {
    width: 960,
    // 22 of 960 units are 24 CSS px (WCAG 2.2 SC 2.5.8) once the map is drawn 873 px wide or
    // more: 1,098 px in a 1,280 px window. Narrower, the links listed beside the map stand in.
    target: 22,
    fallback: atlas.fallback,
    ...(atlas.land ? { land: atlas.land } : {}),
  });
  const byName = [...map.allies]
    .sort((a, b) => a.name.localeCompare(b.name, ctx.locale))
    .map(({ name, href }) => ({ name, href }));
  return { ...map, byName };
}

/** The small locator map on a country's page, coloured by the country's status. */
export function locatorMapView(country: Country, atlas: AtlasInput) {
  const map = buildLocatorMap(atlas.features, country.data.isoNumeric, {
    width: 320,
    height: 200,
    fallback: atlas.fallback,
  });
  return map && { ...map, status: country.data.status };
}
