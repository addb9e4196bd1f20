import type { CountryStatus, EventKind, LifecycleEventData } from '../schemas/country';
import type { PartialDate } from '../schemas/dates';
import { compareDates, endOfPartialDate } from './dates';
import type { Country } from './entry';

/** Order of kinds on the same day: notice before designation, designation before revocation. */
const KIND_ORDER: Record<EventKind, number> = {
  announced: 0,
  'notified-congress': 1,
  legislated: 2,
  designated: 3,
  revoked: 4,
};

/**
 * A country's lifecycle in date order. On the same date, a step known only to have happened no
 * later than it (`dateBound: by`) comes first, since it may be earlier; then the natural order
 * of steps.
 */
export function sortLifecycle(events: readonly LifecycleEventData[]): LifecycleEventData[] {
  const bound = (e: LifecycleEventData) => (e.dateBound === 'by' ? 0 : 1);
  return [...events].sort(
    (a, b) =>
      compareDates(a.date, b.date) ||
      bound(a) - bound(b) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}

/**
 * When the country first became an ally: the designation (under either track) that had
 * certainly happened earliest, i.e. with the earliest last possible day — so "1996" does not
 * beat November 12, 1996. For a country treated as one by law, that law. Undefined if neither.
 */
export function firstDesignation(country: Country): LifecycleEventData | undefined {
  // compareDates orders by the last possible day first.
  const events = [...country.data.lifecycle].sort((a, b) => compareDates(a.date, b.date));
  return events.find((e) => e.kind === 'designated') ?? events.find((e) => e.kind === 'legislated');
}

/** The date {@link firstDesignation} happened, if it has. */
export function designationDate(country: Country): PartialDate | undefined {
  return firstDesignation(country)?.date;
}

/** True once an event has certainly happened by `day` (`YYYY-MM-DD`): its last possible day is on or before it. */
function happenedBy(event: LifecycleEventData, day: string): boolean {
  return endOfPartialDate(event.date) <= day;
}

/**
 * The status the lifecycle implies on `day` (or after the last event when `day` is omitted):
 * revoked if a revocation follows the latest designation, designated if any designation stands,
 * treated-as if only a law treats it as one, undefined if nothing has happened yet.
 */
export function statusOn(country: Country, day?: string): CountryStatus | undefined {
  const events = sortLifecycle(country.data.lifecycle).filter(
    (e) => day === undefined || happenedBy(e, day),
  );
  let status: CountryStatus | undefined;
  for (const event of events) {
    if (event.kind === 'designated') status = 'designated';
    else if (event.kind === 'revoked') status = 'revoked';
    else if (event.kind === 'legislated' && status === undefined) status = 'treated-as';
  }
  return status;
}

/** The countries formally designated and not revoked on `day` (Taiwan-style legal treatment excluded). */
export function alliesOn(countries: readonly Country[], day: string): Country[] {
  return countries.filter((c) => statusOn(c, day) === 'designated');
}

/** How many formal designations were in force on `day` (`YYYY-MM-DD`). */
export function countAlliesOn(countries: readonly Country[], day: string): number {
  return alliesOn(countries, day).length;
}

/** How many formal designations stand after every recorded event: "today" for the site. */
export function countCurrentAllies(countries: readonly Country[]): number {
  return countries.filter((c) => statusOn(c) === 'designated').length;
}

/**
 * Countries in the order they first became allies; same-date entries by name, so the order
 * never depends on file-system order.
 */
export function sortByDesignation(countries: readonly Country[]): Country[] {
  return [...countries].sort((a, b) => {
    const da = designationDate(a);
    const db = designationDate(b);
    if (da && db) {
      const byDate = compareDates(da, db);
      if (byDate !== 0) return byDate;
    } else if (da || db) {
      return da ? -1 : 1;
    }
    return a.data.name.localeCompare(b.data.name, 'en');
  });
}
