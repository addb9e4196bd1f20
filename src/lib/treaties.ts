/**
 * Treaty allies, computed from content/treaties: which countries a defense treaty binds to the
 * United States on a day, and which major non-NATO allies are also treaty allies. MNNA status
 * carries no defense commitment; a treaty does. Nothing here is typed into prose: the count the
 * site states ("five of them are also U.S. treaty allies") comes from {@link countMnnaTreatyAlliesOn}
 * or {@link countCurrentMnnaTreatyAllies}.
 *
 * A day is `YYYY-MM-DD`. A date known only to the month or year counts from its last possible day,
 * as designations do (src/lib/countries.ts): "1986" has certainly happened by 1986-12-31. Without
 * a day, every recorded date counts: the state "after every recorded event", the site's today.
 */
import type { TreatySuspensionData } from '../schemas/treaty';
import { alliesOn, statusOn } from './countries';
import { compareDates, endOfPartialDate } from './dates';
import type { Corpus, Country, Treaty } from './entry';
import { fileOf, type IntegrityProblem } from './integrity-problem';

/** Where a country stands under one treaty on a day. */
export interface TreatyStanding {
  treaty: Treaty;
  /**
   * `bound`: the treaty is in force for it. `suspended`: it is still a party, but the United
   * States has suspended its obligations toward it ({@link suspension} says when and why).
   */
  status: 'bound' | 'suspended';
  suspension: TreatySuspensionData | undefined;
}

/** True once a partial date has certainly passed by `day` (every date counts without a day). */
function passed(date: { iso: string; precision: 'year' | 'month' | 'day' }, day?: string): boolean {
  return day === undefined || endOfPartialDate(date) <= day;
}

/** The date a treaty binds from: its entry into force, or its signature when that is not known. */
export function treatyStart(treaty: Treaty) {
  return (treaty.data.inForce ?? treaty.data.signed).date;
}

/** True when `treaty` is in force on `day` (or, without a day, after every recorded event). */
export function treatyInForceOn(treaty: Treaty, day?: string): boolean {
  return passed(treatyStart(treaty), day);
}

/**
 * Where `countryId` stands under each treaty that names it and is in force on `day`, in the
 * order the treaties were signed. Empty when no treaty binds it.
 */
export function treatyStandings(
  treaties: readonly Treaty[],
  countryId: string,
  day?: string,
): TreatyStanding[] {
  return [...treaties]
    .filter((t) => t.data.countries.some((c) => c.id === countryId) && treatyInForceOn(t, day))
    .sort(
      (a, b) => compareDates(a.data.signed.date, b.data.signed.date) || a.id.localeCompare(b.id),
    )
    .map((treaty) => {
      const suspension = treaty.data.suspensions.find(
        (s) => s.country.id === countryId && passed(s.date, day),
      );
      return { treaty, status: suspension ? 'suspended' : 'bound', suspension };
    });
}

/** True when some treaty in force on `day` binds `countryId` to the United States, unsuspended. */
export function isTreatyAllyOn(
  treaties: readonly Treaty[],
  countryId: string,
  day?: string,
): boolean {
  return treatyStandings(treaties, countryId, day).some((s) => s.status === 'bound');
}

/**
 * The major non-NATO allies (formal designations in force, as {@link alliesOn} counts them) that
 * are also U.S. treaty allies on `day`, in the countries' own order. A party whose treaty the
 * United States has suspended toward it (New Zealand under ANZUS since 1986) is not one.
 */
export function mnnaTreatyAlliesOn(
  countries: readonly Country[],
  treaties: readonly Treaty[],
  day: string,
): Country[] {
  return alliesOn(countries, day).filter((c) => isTreatyAllyOn(treaties, c.id, day));
}

/** How many major non-NATO allies are also U.S. treaty allies on `day` (`YYYY-MM-DD`). */
export function countMnnaTreatyAlliesOn(
  countries: readonly Country[],
  treaties: readonly Treaty[],
  day: string,
): number {
  return mnnaTreatyAlliesOn(countries, treaties, day).length;
}

/**
 * The major non-NATO allies that are also U.S. treaty allies after every recorded event (the
 * site's today, as `countCurrentAllies` counts allies).
 */
export function currentMnnaTreatyAllies(
  countries: readonly Country[],
  treaties: readonly Treaty[],
): Country[] {
  return countries.filter((c) => statusOn(c) === 'designated' && isTreatyAllyOn(treaties, c.id));
}

/** How many major non-NATO allies are also U.S. treaty allies after every recorded event. */
export function countCurrentMnnaTreatyAllies(
  countries: readonly Country[],
  treaties: readonly Treaty[],
): number {
  return currentMnnaTreatyAllies(countries, treaties).length;
}

/**
 * Treaty dates that contradict each other, which no schema can see across fields: in force
 * before signed, suspended before in force, a note dated before the signature.
 */
export function treatyProblems(corpus: Pick<Corpus, 'treaties'>): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  for (const treaty of corpus.treaties) {
    const file = fileOf('treaties', treaty);
    const { signed, inForce, suspensions, notes } = treaty.data;
    const before = (field: string, date: { iso: string }, than: string, other: { iso: string }) =>
      problems.push({
        file,
        field,
        message: `is ${date.iso}, before ${than} (${other.iso}); check the dates`,
      });
    if (inForce && compareDates(inForce.date, signed.date) < 0) {
      before('inForce.date', inForce.date, 'the signature', signed.date);
    }
    const start = treatyStart(treaty);
    suspensions.forEach((s, i) => {
      if (compareDates(s.date, start) < 0) {
        before(`suspensions[${i}].date`, s.date, 'the treaty bound anyone', start);
      }
    });
    notes.forEach((n, i) => {
      if (n.date && compareDates(n.date, signed.date) < 0) {
        before(`notes[${i}].date`, n.date, 'the signature', signed.date);
      }
    });
  }
  return problems;
}

/** Every date in a treaty, with its field path, for the check that nothing is dated after today. */
export function treatyDates(treaty: Treaty): { field: string; date: { iso: string } }[] {
  const { signed, inForce, suspensions, notes } = treaty.data;
  return [
    { field: 'signed.date', date: signed.date },
    ...(inForce ? [{ field: 'inForce.date', date: inForce.date }] : []),
    ...suspensions.map((s, i) => ({ field: `suspensions[${i}].date`, date: s.date })),
    ...notes.flatMap((n, i) => (n.date ? [{ field: `notes[${i}].date`, date: n.date }] : [])),
  ];
}
