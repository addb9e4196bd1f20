/**
 * What article and topic pages share around their MDX body: dates, the "Since then" list, the
 * figures and sources the body cites (with each `<Fact>`'s footnote), related links, citation
 * formats and share links.
 */
import { plainText } from '../lib/credit';
import { ui } from '../i18n/ui';
import { citePage, type Citations } from '../lib/citation';
import type { PageContext } from '../lib/context';
import { lastUpdated } from '../lib/corrections';
import {
  dayOf,
  formatBoundedDate,
  formatPartialDate,
  formatTimeOfDay,
  formatTimestamp,
} from '../lib/dates';
import type { Article, Corpus, Topic } from '../lib/entry';
import { formatFactAsOf, formatFactValue } from '../lib/facts';
import { citeLongform } from '../lib/footnotes';
import { capitalize } from '../lib/intl';
import { byId } from '../lib/lookup';
import {
  countryGender,
  countryNameInSentence,
  factLabel,
  originalOf,
  storyEventTitle,
  translationKey,
} from '../lib/localize';
import { absoluteUrl, hrefTo, ogImagePath, pathTo, type Route } from '../lib/paths';
import { shareLinks, type ShareLink } from '../lib/share';
import { sinceThen, type SinceThenItem } from '../lib/since-then';
import type { Timestamp } from '../schemas/dates';
import { SITE, intlLocale, type Locale } from '../settings';
import { glossaryLinking, type GlossaryLinking } from './glossary';
import {
  countryLink,
  dated,
  foreign,
  longformLink,
  resolve,
  sourceItem,
  type Dated,
  type Link,
  type LongformLink,
  type SourceItem,
} from './parts';

/** What one `<Fact>` of a body shows (src/components/mdx/Fact.astro reads it by position). */
export interface FactView {
  id: string;
  /** "more than $10 billion", in the language of the text around it. */
  value: string;
  /** "as of August 2021"; absent when the paragraph already says when (see citeLongform). */
  asOf?: string | undefined;
  /** Its footnote: the source's number in the page's list, its anchor and accessible name. */
  footnote?: { number: number; href: string; label: string } | undefined;
}

/** A "since then" development as a page lists it. */
export interface SinceThenLine {
  date: string;
  iso: string;
  text: string;
  lang?: Locale | undefined;
  href?: string | undefined;
  sources: SourceItem[];
  /** Said after its sources when they are all state media (`stateMediaOnly`). */
  stateMediaOnly?: string | undefined;
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

/** What an article or topic page shows around its body. */
export interface LongformData {
  /** The translation key: the slug shared by the English original and its translations. */
  key: string;
  /** The collection and entry id whose MDX body the page renders. */
  body: { collection: 'articles' | 'topics'; id: string };
  /** Absolute URL of the version shown: the page itself, or for a fallback page its original. */
  url: string;
  title: string;
  description: string;
  /** The language the title, description and body are actually in. */
  lang: Locale;
  /** False when the page shows the English original for want of a translation. */
  translated: boolean;
  published: Dated;
  updated?: Dated | undefined;
  /** The label above the body: "As published on March 10, 2022; corrected …". */
  asPublished: string;
  /** The publisher's credit line: the desk's name in the page's language. */
  byline: string;
  /** Text read around the body (headline, notices, "Since then"), for the reading time. */
  readAround: readonly string[];
  /** What each `<Fact>` of the body shows, in reading order. */
  facts: readonly FactView[];
  citations: Citations;
  share: readonly ShareLink[];
  sinceThen: readonly SinceThenLine[];
  figures: readonly FigureLine[];
  /** Sources in the order the body first cites them (the footnote numbers). */
  sources: readonly SourceItem[];
  countries: readonly Link[];
  topics: readonly LongformLink[];
  /** The slugs of `countries` and `topics`: what the page is about, for the search filters. */
  about: { countries: readonly string[]; topics: readonly string[] };
  /** The glossary terms the body's words are linked to, first use only (src/lib/glossary.ts). */
  glossary: GlossaryLinking;
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

function sinceThenLine(item: SinceThenItem, corpus: Corpus, ctx: PageContext): SinceThenLine {
  const t = ui(ctx.locale);
  const sources = byId(corpus.sources);
  const base = {
    iso: item.date.iso,
    sources: resolve(item.sources, sources).map((s) => sourceItem(s, ctx)),
    stateMediaOnly: item.stateMediaOnly && t.credit.stateMediaOnly,
  };
  const from = item.from;
  if (from.kind === 'lifecycle') {
    const country = corpus.countries.find((c) => c.id === from.country);
    const name = country ? countryNameInSentence(country, ctx.locale) : from.country;
    return {
      ...base,
      date: capitalize(formatBoundedDate(item.date, from.bound, ctx.locale)),
      // The line opens with the name, which may start with an article ("the Philippines").
      text: capitalize(
        from.event === 'designated'
          ? t.longform.designatedLine({
              name,
              gender: country ? countryGender(country, ctx.locale) : 'other',
            })
          : t.longform.revokedLine({ name }),
        intlLocale(ctx.locale),
      ),
      href: hrefTo({ page: 'ally', slug: from.country }, ctx.locale, ctx.base),
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

/** The facts a body cites through <Fact>, in order of first use. */
function figuresIn(
  cited: readonly { id: string }[],
  corpus: Corpus,
  ctx: PageContext,
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

/** The label over the body: when it was published and, if it changed since, how and when. */
function asPublished(
  entry: Article | Topic,
  lastChange: { kind: 'corrected' | 'updated'; at: Timestamp } | undefined,
  ctx: PageContext,
): string {
  const t = ui(ctx.locale).longform;
  const date = formatPartialDate(
    { iso: dayOf(entry.data.published, ctx.timeZone), precision: 'day' },
    ctx.locale,
  );
  if (!lastChange) return t.asPublished({ date });
  const sameDay = dayOf(lastChange.at, ctx.timeZone) === dayOf(entry.data.published, ctx.timeZone);
  return t.asChanged({
    date,
    change: sameDay ? `${lastChange.kind}-same-day` : lastChange.kind,
    at: sameDay
      ? formatTimeOfDay(lastChange.at, ctx.locale, ctx.timeZone)
      : formatTimestamp(lastChange.at, ctx.locale, ctx.timeZone),
  });
}

/** The route of an article or topic page, by its translation key. */
export function longformRoute(entry: Article | Topic, kind: 'article' | 'topic'): Route {
  return { page: kind, slug: translationKey(entry) };
}

/** Shared by article and topic pages: dates, links and sources around the MDX body. */
export function longformData(
  corpus: Corpus,
  entry: Article | Topic,
  kind: 'article' | 'topic',
  ctx: PageContext,
  /**
   * Other text the reader reads around the body (correction notices, the updated time), for the
   * reading time.
   */
  alsoRead: readonly string[] = [],
  /** The body's latest change since publication, for the label above it. */
  lastChange?: { kind: 'corrected' | 'updated'; at: Timestamp },
): LongformData {
  const t = ui(ctx.locale);
  const countries = byId(corpus.countries);
  const published = dated(entry.data.published, ctx);
  const key = translationKey(entry);
  // A fallback page (an original shown under another language) points at the original itself:
  // its citation, share links and structured data name the canonical address.
  const url = absoluteUrl(pathTo(longformRoute(entry, kind), entry.data.locale), ctx.site);
  const original =
    kind === 'article' ? originalOf(corpus.articles, key) : originalOf(corpus.topics, key);
  // A translation carries only its words; what it is about and what it cites come from the original.
  const meta = original ?? entry;
  const about = resolve(meta.data.countries, countries);
  const relatedTopics = meta.data.topics.flatMap((ref) =>
    corpus.topics.filter((tp) => tp.id === ref.id && tp.data.locale === 'en'),
  );
  const cited = citeLongform(
    entry.body ?? '',
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
              // The number only, as on ally pages: an attribute cannot mark a publisher's
              // name with its language, and the source list it links to names it.
              label: t.fact.source({ number: use.source.number }),
            }
          : undefined,
    };
  });
  const sinceThenLines = sinceThen(entry, corpus, ctx.timeZone, meta).map((item) =>
    sinceThenLine(item, corpus, ctx),
  );
  const byline = t.longform.byline({ desk: SITE.publisher.desk[ctx.locale] });
  const label = asPublished(entry, lastChange, ctx);
  // Read around the body: the layout adds the rendered body itself for the reading time. The
  // words the article element shows around it count too (the credit and date, the "as published"
  // line, the "Since then" heading): on a short article they decide the minute.
  const readAround = [
    entry.data.title,
    entry.data.description,
    byline,
    `${t.longform.published} ${published.text}`,
    label,
    ...(sinceThenLines.length > 0 ? [`${t.longform.sinceThen} ${t.longform.sinceThenIntro}`] : []),
    ...sinceThenLines.map(
      (l) => `${l.date} ${l.text} ${l.sources.map((s) => plainText(s.credit)).join(' ')}`,
    ),
    ...alsoRead,
  ];
  return {
    key,
    body: { collection: kind === 'article' ? 'articles' : 'topics', id: entry.id },
    url,
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
      titleLang: entry.data.locale,
    }),
    share: shareLinks(entry.data.title, url, t.longform.shareEmail),
    title: entry.data.title,
    description: entry.data.description,
    published,
    byline,
    asPublished: label,
    sinceThen: sinceThenLines,
    countries: about.map((c) => countryLink(c, ctx)),
    topics: relatedTopics.map((tp) => longformLink(corpus.topics, tp, 'topic', ctx)),
    about: { countries: about.map((c) => c.id), topics: relatedTopics.map(translationKey) },
    sources: cited.sources.map((s) => sourceItem(s, ctx)),
    figures: figuresIn(cited.facts, corpus, ctx),
    glossary: glossaryLinking(corpus, entry.data.locale, ctx),
  };
}

/** The absolute URL of the social card a longform page shares (in the language of its text). */
export function longformImage(data: LongformData, kind: 'article' | 'topic', ctx: PageContext) {
  return absoluteUrl(ogImagePath({ page: kind, slug: data.key }, data.lang), ctx.site);
}
