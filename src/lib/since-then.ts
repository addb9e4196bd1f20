/**
 * "Since then": what has happened after a piece was published, generated from dated data —
 * designations and revocations in the countries' lifecycles, later figures in the series the
 * piece cites, and events on its topics or countries. Nothing here is typed by hand.
 */
import type { PartialDate, Timestamp } from '../schemas/dates';
import { compareDates, dayOf, startOfPartialDate } from './dates';
import type { Article, Corpus, Reference, Topic } from './entry';
import { findFactIds } from './mdx-tags';
import { translationKey } from './localize';

/** Where an item comes from; decides its wording and link. */
export type SinceThenSource =
  | { kind: 'lifecycle'; country: string; event: 'designated' | 'revoked'; bound: 'on' | 'by' }
  | { kind: 'fact'; fact: string }
  | { kind: 'event'; event: string };

/** One dated development after publication. */
export interface SinceThenItem {
  date: PartialDate;
  from: SinceThenSource;
  sources: readonly Reference[];
  /** Set when its every source is state media and its entry says so (`stateMediaOnly`). */
  stateMediaOnly?: true | undefined;
}

const ORDER: Record<SinceThenSource['kind'], number> = { lifecycle: 0, event: 1, fact: 2 };

/** True when a partial date certainly falls after `day` (its first possible day is later). */
function isAfter(date: PartialDate, day: string): boolean {
  return startOfPartialDate(date) > day;
}

/** The day a piece was published, in the newsroom's time zone. */
export function publicationDay(published: Timestamp, timeZone: string): string {
  return dayOf(published, timeZone);
}

/**
 * Every development after `entry` was published that bears on it, oldest first:
 * all later designations and revocations (any change to the list of allies), later figures
 * in the series the piece cites through <Fact>, and later events sharing a topic or country.
 */
export function sinceThen(
  entry: Article | Topic,
  corpus: Corpus,
  timeZone: string,
  /**
   * The original the piece translates (or the piece itself). Everything the list is drawn from
   * comes from it: its publication day, topics, countries and the figures its body cites. A
   * translation carries no topics or countries of its own, and its body may cite fewer figures,
   * so reading them from the translation made items drop out of one edition only.
   */
  about: Article | Topic = entry,
): SinceThenItem[] {
  const day = publicationDay(about.data.published, timeZone);
  const items: SinceThenItem[] = [];

  for (const country of corpus.countries) {
    for (const event of country.data.lifecycle) {
      if (event.kind !== 'designated' && event.kind !== 'revoked') continue;
      if (!isAfter(event.date, day)) continue;
      items.push({
        date: event.date,
        from: { kind: 'lifecycle', country: country.id, event: event.kind, bound: event.dateBound },
        sources: event.sources,
        stateMediaOnly: event.stateMediaOnly,
      });
    }
  }

  const cited = new Set(findFactIds(about.body ?? '').map((f) => f.id));
  const series = new Set(
    corpus.facts.filter((f) => cited.has(f.id) && f.data.series).map((f) => f.data.series),
  );
  for (const fact of corpus.facts) {
    if (!fact.data.series || !series.has(fact.data.series) || cited.has(fact.id)) continue;
    if (!isAfter(fact.data.asOf, day)) continue;
    items.push({
      date: fact.data.asOf,
      from: { kind: 'fact', fact: fact.id },
      sources: [fact.data.source],
    });
  }

  const topics = new Set([translationKey(entry), ...about.data.topics.map((t) => t.id)]);
  const countries = new Set(about.data.countries.map((c) => c.id));
  for (const event of corpus.events) {
    const related =
      event.data.topics.some((t) => topics.has(t.id)) ||
      event.data.countries.some((c) => countries.has(c.id));
    if (!related || !isAfter(event.data.date, day)) continue;
    items.push({
      date: event.data.date,
      from: { kind: 'event', event: event.id },
      sources: event.data.sources,
      stateMediaOnly: event.data.stateMediaOnly,
    });
  }

  return items.sort(
    (a, b) =>
      compareDates(a.date, b.date) ||
      ORDER[a.from.kind] - ORDER[b.from.kind] ||
      JSON.stringify(a.from).localeCompare(JSON.stringify(b.from)),
  );
}
