import { dateFormat } from './intl';
import { ui } from '../i18n/ui';
import { intlLocale, type Locale } from '../settings';
import { parsePartialDate, type PartialDate, type Timestamp } from '../schemas/dates';

/** First day a partial date can mean, as `YYYY-MM-DD` (1987 → 1987-01-01). */
export function startOfPartialDate(date: PartialDate): string {
  if (date.precision === 'day') return date.iso;
  if (date.precision === 'month') return `${date.iso}-01`;
  return `${date.iso}-01-01`;
}

/** Last day a partial date can mean, as `YYYY-MM-DD` (2004-06 → 2004-06-30). */
export function endOfPartialDate(date: PartialDate): string {
  if (date.precision === 'day') return date.iso;
  if (date.precision === 'year') return `${date.iso}-12-31`;
  const [y, m] = date.iso.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date.iso}-${String(last).padStart(2, '0')}`;
}

/**
 * Orders partial dates by the last day they can mean, then the more precise first. So a date
 * known only to the year (or month) comes after every full date of that year (or month): Jordan,
 * designated in "1996", never sorts before the law of July 21, 1996, since nothing says it came
 * earlier. `2002-03-14` < `2002-03` < `2002` < `2003-01-05`.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byEnd = endOfPartialDate(a).localeCompare(endOfPartialDate(b));
  if (byEnd !== 0) return byEnd;
  // Same last day: the one with the later first day is the more precise.
  return startOfPartialDate(b).localeCompare(startOfPartialDate(a));
}

/** A date as the content writes it: a partial date, a timestamp, or the ISO text of either. */
export type DateLike = PartialDate | Timestamp | string;

/**
 * Pure results by their arguments, for the few functions a build calls with the same few
 * thousand dates millions of times (every sort and every page's last change compares dates).
 */
function memoized<R>(memo: Map<string, R>, key: string, compute: () => R): R {
  let value = memo.get(key);
  if (value === undefined && !memo.has(key)) memo.set(key, (value = compute()));
  return value as R;
}

const partialDates = new Map<string, PartialDate | undefined>();

/** A date without a time of day as a partial date; undefined for a moment (it has a `T`). */
function asPartialDate(date: DateLike): PartialDate | undefined {
  const iso = typeof date === 'string' ? date : date.iso;
  return memoized(partialDates, iso, () => {
    if (iso.includes('T')) return undefined;
    const parsed = parsePartialDate(iso);
    if (!parsed) throw new Error(`"${iso}" is not a date`);
    return Object.freeze(parsed);
  });
}

/**
 * THE chronological order of the site, earliest first, for dates of one kind:
 * - dates without a time (lifecycle steps, events, figures, sources) by
 *   {@link comparePartialDates}: by the last day they can mean, the more precise first;
 * - moments (a correction, an edit, a publication with its time) by the instant they name;
 *   a day compared with a moment is the start of that day in `timeZone` ({@link instantIso}),
 *   which is then required.
 * The two rules agree where they meet: days compare the same either way. Equal dates give 0;
 * sorts break the tie by id ({@link byDate}), never by the order files were read in.
 */
export function compareDates(a: DateLike, b: DateLike, timeZone?: string): number {
  const pa = asPartialDate(a);
  const pb = asPartialDate(b);
  if (pa && pb) return comparePartialDates(pa, pb);
  return instantOf(a, timeZone) - instantOf(b, timeZone);
}

interface ByDateOptions<T> {
  /** The tie-break key; the entry's `id` unless given. */
  key?: (item: T) => string;
  /** Latest first; ties still go by key, ascending. */
  newestFirst?: boolean;
  /** The newsroom's time zone, for days compared with moments (see {@link compareDates}). */
  timeZone?: string;
}

/**
 * A sort comparator in {@link compareDates} order, with the stated tie-break: the entries' ids
 * (or another `key`, such as a URL) in English collation.
 */
export function byDate<T>(
  dateOf: (item: T) => DateLike,
  options: ByDateOptions<T> & { key: (item: T) => string },
): (a: T, b: T) => number;
export function byDate<T extends { id: string }>(
  dateOf: (item: T) => DateLike,
  options?: ByDateOptions<T>,
): (a: T, b: T) => number;
export function byDate<T>(
  dateOf: (item: T) => DateLike,
  { key, newestFirst = false, timeZone }: ByDateOptions<T> = {},
): (a: T, b: T) => number {
  const keyOf = key ?? ((item: T) => (item as { id: string }).id);
  const sign = newestFirst ? -1 : 1;
  return (a, b) =>
    sign * compareDates(dateOf(a), dateOf(b), timeZone) || keyOf(a).localeCompare(keyOf(b), 'en');
}

/** A partial date for readers, to the precision known: "1987", "June 2004", "May 23, 2022". */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  return memoized(formattedDates, `${date.iso} ${date.precision} ${locale}`, () =>
    formatUncached(date, locale),
  );
}

const formattedDates = new Map<string, string>();

function formatUncached(date: PartialDate, locale: Locale): string {
  const [y, m = 1, d = 1] = date.iso.split('-').map(Number) as [number, number?, number?];
  const utc = new Date(Date.UTC(y, m - 1, d));
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'year'
      ? { year: 'numeric' }
      : date.precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  return dateFormat(intlLocale(locale), { ...options, timeZone: 'UTC' }).format(utc);
}

/**
 * A lifecycle date with its bound: "May 23, 2022", or "no later than 2026" when only the latest
 * possible date is known.
 */
export function formatBoundedDate(date: PartialDate, bound: 'on' | 'by', locale: Locale): string {
  const text = formatPartialDate(date, locale);
  if (bound === 'on') return text;
  return ui(locale).dates.noLaterThan({ date: text, precision: date.precision });
}

/**
 * A date as it reads inside a sentence: English needs no preposition ("designated May 23,
 * 2022"); Spanish does, and it depends on the precision ("el 23 de mayo de 2022", "en 1987",
 * "a más tardar en 2026").
 */
export function datePhrase(date: PartialDate, bound: 'on' | 'by', locale: Locale): string {
  if (bound === 'by') return formatBoundedDate(date, bound, locale);
  return ui(locale).dates.inSentence({
    date: formatPartialDate(date, locale),
    precision: date.precision,
  });
}

/**
 * Offsets already looked up, by zone and instant. `formatToParts` is slow, and a build asks for
 * the same few hundred days millions of times: every page's last change is compared with the
 * site's first publication (src/lib/lastmod.ts), at 1,000 articles over half the build's time.
 */
const offsets = new Map<string, string>();

/** The UTC offset of `timeZone` at an instant, as `±HH:MM` (e.g. `-05:00` for New York in March). */
function offsetAt(utcMs: number, timeZone: string): string {
  const key = `${timeZone} ${utcMs}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const name =
    dateFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(utcMs))
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  const offset = m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
  offsets.set(key, offset);
  return offset;
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number) as [number, number];
  return sign * (h * 60 + m);
}

/**
 * THE rule for a date without a time: `2022-03-10` means the start of that day in the newsroom's
 * time zone (`2022-03-10T00:00:00-05:00`), never UTC midnight, which is the evening before in
 * New York. Feeds, the sitemap, JSON-LD and `<time>` all go through here. Also takes a partial
 * date (`2026`, `2004-06`: the start of that year or month) and returns a date-time that states
 * its own offset as written. Returns ISO 8601 with the zone's offset.
 */
export function instantIso(stamp: Timestamp | PartialDate | string, timeZone: string): string {
  const iso = typeof stamp === 'string' ? stamp : stamp.iso;
  if (iso.includes('T')) return iso;
  return memoized(instants, `${iso} ${timeZone}`, () => startOfDayIso(iso, timeZone));
}

const instants = new Map<string, string>();

function startOfDayIso(iso: string, timeZone: string): string {
  const [y, m = 1, d = 1] = iso.split('-').map(Number) as [number, number?, number?];
  const wall = Date.UTC(y, m - 1, d);
  // The offset at local midnight; midnight is never inside a daylight-saving jump in this zone
  // (US changes happen at 2 a.m.), and the second lookup settles a guess from the wrong side.
  let offset = offsetAt(wall, timeZone);
  offset = offsetAt(wall - offsetMinutes(offset) * 60_000, timeZone);
  const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return `${day}T00:00:00${offset === '+00:00' ? 'Z' : offset}`;
}

/**
 * The instant a timestamp names, in ms since the epoch. A date without a time follows
 * {@link instantIso}; it needs the newsroom's time zone, and throws without one.
 */
export function instantOf(stamp: Timestamp | PartialDate | string, timeZone?: string): number {
  const iso = typeof stamp === 'string' ? stamp : stamp.iso;
  if (iso.includes('T')) return Date.parse(iso);
  if (!timeZone) throw new Error(`instantOf("${iso}"): a date without a time needs a time zone`);
  return Date.parse(instantIso(iso, timeZone));
}

/** A date-time with offset as a {@link Timestamp}. */
export function zoned(iso: string): Timestamp {
  return { iso, precision: iso.length === 10 ? 'day' : 'minute' };
}

/** The later of two timestamps (a bare day read in `timeZone`). */
export function laterOf(a: Timestamp, b: Timestamp, timeZone?: string): Timestamp {
  return compareDates(b, a, timeZone) > 0 ? b : a;
}

/** The calendar day (`YYYY-MM-DD`) a timestamp falls on in a time zone. */
export function dayOf(stamp: Timestamp, timeZone: string): string {
  if (stamp.precision === 'day') return stamp.iso;
  return memoized(days, `${stamp.iso} ${timeZone}`, () =>
    dateFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date(stamp.iso)),
  );
}

const days = new Map<string, string>();

/**
 * The time of day of a timestamp for readers, in the newsroom's time zone with the zone named:
 * "9:40 p.m. ET" in English; "21:40 hora del Este" in Spanish, whose newsrooms use the 24-hour
 * clock and name the zone in words.
 */
export function formatTimeOfDay(stamp: Timestamp, locale: Locale, timeZone: string): string {
  const when = new Date(stamp.iso);
  const zoneNames: Record<string, string> = ui(locale).dates.zoneNames;
  const zoneName = zoneNames[timeZone];
  if (zoneName) {
    const hhmm = dateFormat(intlLocale(locale), {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(when);
    // Spanish wire style ("a las 21:40 hora del Este"): no brackets, which would nest inside a
    // bracketed date ("Corrección (10 de marzo de 2022, 21:40 hora del Este)").
    return `${hhmm} ${zoneName}`;
  }
  return (
    dateFormat(intlLocale(locale), {
      timeZone,
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'shortGeneric',
    })
      .format(when)
      // ICU puts a narrow no-break space before AM/PM; newsroom style is "9:40 p.m.".
      .replace(/[\s\u202f]?AM\b/, '\u00a0a.m.')
      .replace(/[\s\u202f]?PM\b/, '\u00a0p.m.')
  );
}

/**
 * A timestamp for readers, in the newsroom's time zone with the zone named:
 * "March 10, 2022, 9:40 p.m. ET". A bare day prints as the day alone.
 */
export function formatTimestamp(stamp: Timestamp, locale: Locale, timeZone: string): string {
  if (stamp.precision === 'day') {
    return formatPartialDate({ iso: stamp.iso, precision: 'day' }, locale);
  }
  const day = dateFormat(intlLocale(locale), {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(stamp.iso));
  return `${day}, ${formatTimeOfDay(stamp, locale, timeZone)}`;
}
