/** The page of one ally: /allies/<slug>/. */
import { ui } from '../i18n/ui';
import type { PageContext } from '../lib/context';
import { firstDesignation, sortByDesignation, sortLifecycle } from '../lib/countries';
import { datePhrase, formatBoundedDate } from '../lib/dates';
import type { Corpus, Country, Reference } from '../lib/entry';
import { countryLd } from '../lib/jsonld';
import { capitalize, lowerFirst } from '../lib/intl';
import { byId } from '../lib/lookup';
import { tableOfContents, type TocEntry } from '../lib/toc';
import {
  countryGender,
  countryName,
  countryNameInSentence,
  countrySummary,
  lifecycleNote,
  localized,
  originals,
  translationKey,
} from '../lib/localize';
import { LEGAL_TRACKS, type LifecycleEventData } from '../schemas/country';
import type { Locale } from '../settings';
import { glossaryLinking, type GlossaryLinking } from './glossary';
import { ldContext, pageFrame, type PageFrame } from './head';
import { locatorMapData, type AtlasInput, type LocatorMapData } from './maps';
import { about, storiesOn } from '../lib/stories';
import { feedLink, latestStories, moreStories, type StoriesLink } from './stories';
import { allyTreatyLines, type AllyTreatyLine } from './treaties';
import {
  countryLink,
  foreign,
  longformLink,
  sourceItem,
  type Link,
  type LongformLink,
  type SourceItem,
} from './parts';

/** One step of an ally's designation, as its list shows it. */
export interface LifecycleStep {
  kind: LifecycleEventData['kind'];
  kindLabel: string;
  /** The date as read, capitalised to open a line ("No later than April 1, 2004"). */
  date: string;
  bound: LifecycleEventData['dateBound'];
  dateIso: string;
  precision: LifecycleEventData['date']['precision'];
  confidence: LifecycleEventData['confidence'];
  track: LifecycleEventData['track'];
  trackLabel: string | undefined;
  /**
   * The document that did it, in the page's language ("Determinación presidencial n.º 97-4");
   * `lang` is set when it is shown untranslated.
   */
  instrument: { text: string; lang: Locale | undefined } | undefined;
  /** The English wording a translation renders ("Presidential Determination No. 97-4"), shown under it. */
  instrumentEnglish: string | undefined;
  citation: string | undefined;
  administration: string;
  note: string | undefined;
  noteLang: Locale | undefined;
  /** What the date's bound, precision and confidence mean, one short sentence each. */
  dateNote: string;
  /** Footnote numbers in the page's source list, ascending ([2][3]). */
  citations: readonly { n: number; id: string }[];
  /** Said under the step when its every source is state media (`stateMediaOnly`). */
  stateMediaOnly: string | undefined;
}

/** Everything the ally page shows. */
export interface AllyRouteData extends PageFrame {
  page: 'ally';
  /** The country's name in the page's language. */
  name: string;
  /** The name as a sentence uses it ("the Philippines"): src/lib/localize.ts. */
  nameInSentence: string;
  summary: string;
  summaryLang: Locale | undefined;
  /** Its status ("Designated") and region, as the line under the name shows them. */
  status: string;
  region: string;
  /**
   * Its place under U.S. defense treaties, one line per treaty that names it (none for most
   * allies): a treaty ally, or a party whose treaty the United States has suspended.
   */
  treaties: readonly AllyTreatyLine[];
  /** The designation tracks it went through, each with its steps in one line. */
  tracks: readonly { track: string; label: string; steps: readonly string[] }[];
  events: readonly LifecycleStep[];
  /** Sources in order of first citation. */
  sources: readonly SourceItem[];
  /** The newest articles about it, then the link to them all and their feed. */
  articles: readonly LongformLink[];
  allArticles: StoriesLink | undefined;
  feed: Link;
  topics: readonly LongformLink[];
  /** Its neighbours in order of designation. */
  previous: Link | undefined;
  next: Link | undefined;
  /** The small map of where it is; absent when the atlas has no shape for it. */
  locator: LocatorMapData | undefined;
  /** The table of contents: its sections, when it has enough (see src/lib/toc.ts). */
  toc: readonly TocEntry[];
  /** The glossary terms its text links, first use only (src/lib/glossary.ts). */
  glossary: GlossaryLinking;
}

/** The ally page of `country`. */
export function allyRouteData(
  corpus: Corpus,
  atlas: AtlasInput,
  country: Country,
  ctx: PageContext,
): AllyRouteData {
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
  // Shown above the steps, so cited first.
  const treaties = allyTreatyLines(corpus, country.id, ctx, cite);
  const events = sortLifecycle(country.data.lifecycle).map((event): LifecycleStep => {
    const note = lifecycleNote(event, ctx.locale);
    const instrument = localized(event, 'instrument', ctx.locale);
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
      instrument: instrument && { text: instrument.text, lang: foreign(instrument, ctx) },
      // A translation is shown with the English wording it renders.
      instrumentEnglish: instrument && instrument.lang !== 'en' ? event.instrument : undefined,
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
        // One short sentence each: four clauses joined by semicolons read as a pile.
        .map((clause) => `${capitalize(clause)}.`)
        .join(' '),
      // Numbered in order of first citation; a cluster reads in ascending order ([2][3]).
      citations: event.sources
        .map((ref) => ({ n: cite(ref), id: ref.id }))
        .sort((a, b) => a.n - b.n),
      stateMediaOnly: event.stateMediaOnly && t.credit.stateMediaOnly,
    };
  });
  const mentions = about(country.id);
  const first = firstDesignation(country);
  const revocation =
    country.data.status === 'revoked'
      ? sortLifecycle(country.data.lifecycle).findLast((e) => e.kind === 'revoked')
      : undefined;
  // After "Designated:" the date continues the line, so it is not capitalised ("no later than").
  const tracks = LEGAL_TRACKS.flatMap((track) => {
    const steps = sortLifecycle(country.data.lifecycle).filter((e) => e.track === track);
    if (steps.length === 0) return [];
    // The steps are read as one line joined by semicolons: only the first label opens it.
    const step = (e: LifecycleEventData, i: number) => {
      const kind = t.kinds[e.kind];
      const label = i === 0 ? kind : lowerFirst(kind, ctx.locale);
      return `${label}: ${formatBoundedDate(e.date, e.dateBound, ctx.locale)}`;
    };
    return [{ track, label: t.tracks[track], steps: steps.map(step) }];
  });
  const summary = countrySummary(country, ctx.locale);
  const name = countryName(country, ctx.locale);
  const nameInSentence = countryNameInSentence(country, ctx.locale);
  const mentioned = originals(corpus.topics).filter(mentions);
  const stories = storiesOn(corpus, { page: 'ally-stories', slug: country.id }, ctx.timeZone);
  const topics = mentioned.map((tp) => longformLink(corpus.topics, tp, 'topic', ctx));
  const status = country.data.status;
  const since =
    first &&
    (status === 'treated-as'
      ? datePhrase(first.date, first.dateBound, ctx.locale)
      : formatBoundedDate(first.date, first.dateBound, ctx.locale));
  // The description is a sentence: "The Philippines: designated … on October 6, 2003."
  const description = t.ally.description({
    name: capitalize(nameInSentence),
    status,
    gender: countryGender(country, ctx.locale),
    since:
      since && first
        ? t.ally.descriptionSince({
            status,
            date: since,
            when: first.dateBound === 'by' ? 'by' : first.date.precision,
          })
        : '',
    revoked: revocation
      ? t.ally.descriptionRevoked({
          date: formatBoundedDate(revocation.date, revocation.dateBound, ctx.locale),
        })
      : '',
  });
  // Some of the page's words (summary, notes) are shown in English for want of a translation.
  const partlyUntranslated =
    Boolean(foreign(summary, ctx)) ||
    events.some((e) => e.noteLang) ||
    treaties.some((l) => l.untranslated);
  const articles = latestStories(stories, corpus, ctx);
  return {
    ...pageFrame(
      { page: 'ally', slug: country.id },
      {
        title: name,
        description,
        untranslated: partlyUntranslated && 'partly',
        structuredData: [countryLd(country, corpus, ldContext(ctx))],
        feed: {
          feed: { feed: 'ally', slug: country.id },
          title: t.lists.allyFeed({ country: nameInSentence }),
        },
        search: {
          type: 'Country',
          filters: { country: [country.id], topic: mentioned.map(translationKey) },
        },
      },
      corpus,
      ctx,
    ),
    page: 'ally',
    name,
    nameInSentence,
    summary: summary.text,
    summaryLang: foreign(summary, ctx),
    status: t.status[country.data.status]({ gender: countryGender(country, ctx.locale) }),
    region: t.regions[country.data.region],
    treaties,
    tracks,
    events,
    sources: citedSources,
    articles,
    allArticles: moreStories({ page: 'ally-stories', slug: country.id }, stories.length, ctx),
    feed: feedLink({ feed: 'ally', slug: country.id }, t.lists.feed, ctx),
    topics,
    previous: previous && countryLink(previous, ctx),
    next: next && countryLink(next, ctx),
    locator: locatorMapData(country, atlas),
    // In the order the page shows them; the lists show only when they have items.
    toc: tableOfContents([
      { id: 'tracks', text: t.ally.tracks },
      { id: 'lifecycle', text: t.ally.steps },
      citedSources.length > 0 && { id: 'sources', text: t.longform.sources },
      articles.length > 0 && { id: 'articles', text: t.ally.articles },
      topics.length > 0 && { id: 'topics', text: t.ally.topics },
    ]),
    glossary: glossaryLinking(corpus, ctx.locale, ctx),
  };
}
