/**
 * When each page's content last changed, as an ISO 8601 instant with the newsroom's offset,
 * taken from the content itself and never from the build clock. Feeds the sitemap's <lastmod>
 * and each page's dcterms.modified.
 *
 * The rule: a page's lastmod is never before any dated change it shows. An article changed when
 * it was published, updated or corrected, and again whenever its generated "Since then" list or
 * its source list gained a later entry; an ally page changed with its latest lifecycle step or
 * source, or its treaty lines. An entry authors edit (a country, a treaty, a source) may carry
 * `updated`, the day its words last changed on the site, and every page that shows it counts
 * that day too: a replaced source or a reworded treaty line moves the page's date, though the
 * dates it shows stay old. The records a body's components show (`<AllyCount>`,
 * `<TreatyAllies>`, src/lib/mdx-reads.ts) count as the body's. A date without a time counts from the start of that day (or month, or year) in the
 * newsroom's time zone (`instantIso` in src/lib/dates.ts). And no page changed before the site
 * first published anything.
 */
import { lastUpdated } from './corrections';
import { compareDates, instantIso } from './dates';
import type { Article, Corpus, Country, Source, Topic, Treaty } from './entry';
import { citeLongform } from './footnotes';
import { byId } from './lookup';
import { originalOf, translationKey } from './localize';
import { entriesReadByBody } from './mdx-reads';
import type { Route } from './paths';
import { sinceThen } from './since-then';
import { storiesOn } from './stories';
import type { PartialDate, Timestamp } from '../schemas/dates';

type Dated = Timestamp | PartialDate | string | undefined;

/**
 * The latest (or, with `earliest`, the first) of several dates, as an instant with offset;
 * undefined if there are none.
 */
function latest(dates: readonly Dated[], timeZone: string, earliest = false): string | undefined {
  let best: string | undefined;
  for (const date of dates) {
    if (!date) continue;
    const iso = instantIso(date, timeZone);
    if (!best || compareDates(iso, best) * (earliest ? -1 : 1) > 0) best = iso;
  }
  return best;
}

function sourceDates(sources: readonly (Source | undefined)[]): Dated[] {
  return sources.flatMap((s) => [s?.data.published, s?.data.updated]);
}

/**
 * Results computed once per corpus: every page's cache key and render ask for their date, and
 * list pages read every article's, each article its countries', each country its treaties'.
 */
const memos = new WeakMap<Corpus, Map<string, string | undefined>>();

function remember(corpus: Corpus, key: string, compute: () => string | undefined) {
  let memo = memos.get(corpus);
  if (!memo) memos.set(corpus, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, compute());
  return memo.get(key);
}

/** The last change of a treaty's lines: its dates, its sources, its entry's last edit. */
function treatyLast(treaty: Treaty, corpus: Corpus, timeZone: string): string | undefined {
  return remember(corpus, `treaty ${treaty.id} ${timeZone}`, () => {
    const sources = byId(corpus.sources);
    const refs = [
      ...treaty.data.sources,
      ...treaty.data.suspensions.flatMap((s) => s.sources),
      ...treaty.data.notes.flatMap((n) => n.sources),
    ];
    return latest(
      [
        treaty.data.updated,
        treaty.data.signed.date,
        treaty.data.inForce?.date,
        ...treaty.data.suspensions.map((s) => s.date),
        ...sourceDates(refs.map((ref) => sources.get(ref.id))),
      ],
      timeZone,
    );
  });
}

/** The last change of what an ally's page shows: its steps, their sources, its treaties' lines. */
function countryLast(country: Country, corpus: Corpus, timeZone: string): string | undefined {
  return remember(corpus, `country ${country.id} ${timeZone}`, () => {
    const sources = byId(corpus.sources);
    return latest(
      [
        country.data.updated,
        ...country.data.lifecycle.flatMap((step) => [
          step.date,
          ...sourceDates(step.sources.map((s) => sources.get(s.id))),
        ]),
        ...corpus.treaties
          .filter((t) => t.data.countries.some((c) => c.id === country.id))
          .map((t) => treatyLast(t, corpus, timeZone)),
      ],
      timeZone,
    );
  });
}

/** The last changes of the records a body's components show (src/lib/mdx-reads.ts). */
function readByBodyDates(body: string | undefined, corpus: Corpus, timeZone: string): Dated[] {
  const read = entriesReadByBody(body ?? '', corpus);
  return [
    ...read.countries.map((c) => countryLast(c, corpus, timeZone)),
    ...read.treaties.map((t) => treatyLast(t, corpus, timeZone)),
  ];
}

/** The last change of what an article or topic page shows. */
function longformLast(
  entry: Article | Topic,
  corpus: Corpus,
  timeZone: string,
): string | undefined {
  return remember(corpus, `longform ${entry.filePath ?? entry.id} ${timeZone}`, () => {
    const cited = citeLongform(
      entry.body ?? '',
      entry.data.sources.map((s) => s.id),
      corpus,
      entry.data.locale,
    );
    return latest(
      [
        entry.data.published,
        entry.data.updated,
        ...sinceThen(entry, corpus, timeZone).map((item) => item.date),
        ...sourceDates(cited.sources),
        ...readByBodyDates(entry.body, corpus, timeZone),
      ],
      timeZone,
    );
  });
}

/** An article's last change: what its page shows, or its latest correction. */
function articleLast(entry: Article, corpus: Corpus, timeZone: string): string | undefined {
  return latest(
    [longformLast(entry, corpus, timeZone), lastUpdated(entry, corpus.corrections)],
    timeZone,
  );
}

/**
 * When the site first published anything: its earliest article or topic. No page can have
 * changed before the site existed, though it shows older dates (a 2003 designation).
 */
function firstPublication(corpus: Corpus, timeZone: string): string | undefined {
  return remember(corpus, `first publication ${timeZone}`, () =>
    latest(
      [...corpus.articles, ...corpus.topics].map((e) => e.data.published),
      timeZone,
      true,
    ),
  );
}

/** The page's last change, e.g. `2022-03-10T21:40:00-05:00`; undefined for the 404 page. */
export function lastModified(route: Route, corpus: Corpus, timeZone: string): string | undefined {
  // Every page of a list has the list's date (see lastChange), so the page number is not in the key.
  const { n: _samePerPage, ...list } = route as Route & { n?: number };
  return remember(corpus, `route ${JSON.stringify(list)} ${timeZone}`, () => {
    const changed = lastChange(route, corpus, timeZone);
    return changed && latest([changed, firstPublication(corpus, timeZone)], timeZone);
  });
}

function lastChange(route: Route, corpus: Corpus, timeZone: string): string | undefined {
  const sources = byId(corpus.sources);
  const articles = (): Dated[] =>
    corpus.articles
      .filter((a) => a.data.locale === 'en')
      .map((a) => articleLast(a, corpus, timeZone));
  const topics = (): Dated[] =>
    corpus.topics
      .filter((t) => t.data.locale === 'en')
      .map((t) => longformLast(t, corpus, timeZone));
  const countries = (): Dated[] => corpus.countries.map((c) => countryLast(c, corpus, timeZone));
  const corrections = (): Dated[] =>
    corpus.corrections.flatMap((c) => [
      c.data.issued,
      ...sourceDates(c.data.sources.map((s) => sources.get(s.id))),
    ]);
  switch (route.page) {
    case 'article': {
      // A translation shows what its original shows: the same facts, sources and developments.
      const original = originalOf<Article>(corpus.articles, route.slug);
      return original && articleLast(original, corpus, timeZone);
    }
    case 'topic': {
      const original = originalOf<Topic>(corpus.topics, route.slug);
      return original && longformLast(original, corpus, timeZone);
    }
    case 'ally': {
      const country = corpus.countries.find((c) => c.id === route.slug);
      return country && countryLast(country, corpus, timeZone);
    }
    case 'correction': {
      const correction = corpus.corrections.find((c) => c.id === route.slug);
      return (
        correction &&
        latest(
          [
            correction.data.issued,
            ...sourceDates(correction.data.sources.map((s) => sources.get(s.id))),
          ],
          timeZone,
        )
      );
    }
    case 'archive':
    case 'topic-stories':
    case 'ally-stories': {
      // A list changes when a story joins it (on any of its pages) or one it holds is updated or
      // corrected: what it shows of each is its title, standfirst and day of publication.
      const listed = storiesOn(corpus, route, timeZone);
      return latest(
        listed.flatMap((a) => [
          a.data.published,
          a.data.updated,
          lastUpdated(a, corpus.corrections),
        ]),
        timeZone,
      );
    }
    case 'info': {
      // The text's own date in any language, and the records its components show (the count of
      // allies an <AllyCount> prints changes with the lifecycles).
      const versions = corpus.pages.filter((p) => translationKey(p) === route.slug);
      return latest(
        [
          ...versions.map((p) => p.data.updated),
          ...versions.flatMap((p) => readByBodyDates(p.body, corpus, timeZone)),
        ],
        timeZone,
      );
    }
    case 'allies':
      return latest(countries(), timeZone);
    case 'topics':
      return latest(topics(), timeZone);
    case 'corrections':
      return latest(corrections(), timeZone);
    case 'sources':
      return latest(sourceDates(corpus.sources), timeZone);
    case 'glossary':
      return latest(
        corpus.glossary.map((g) => g.data.updated),
        timeZone,
      );
    case 'home':
    case 'search':
    case 'data':
      return latest([...countries(), ...topics(), ...corrections(), ...articles()], timeZone);
    default:
      return undefined;
  }
}
