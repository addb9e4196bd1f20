import { describe, expect, test } from 'vitest';
import type { PartialDate } from '../../src/schemas/dates';
import {
  byDate,
  compareDates,
  comparePartialDates,
  dayOf,
  endOfPartialDate,
  formatPartialDate,
  formatTimestamp,
  instantIso,
  instantOf,
  laterOf,
  startOfPartialDate,
} from '../../src/lib/dates';

const year = (iso: string): PartialDate => ({ iso, precision: 'year' });
const month = (iso: string): PartialDate => ({ iso, precision: 'month' });
const day = (iso: string): PartialDate => ({ iso, precision: 'day' });

describe('partial dates span the days they could mean', () => {
  test.each([
    [year('1987'), '1987-01-01', '1987-12-31'],
    [month('2004-06'), '2004-06-01', '2004-06-30'],
    [month('2024-02'), '2024-02-01', '2024-02-29'],
    [day('2022-05-23'), '2022-05-23', '2022-05-23'],
  ])('%o runs from %s to %s', (date, start, end) => {
    expect(startOfPartialDate(date)).toBe(start);
    expect(endOfPartialDate(date)).toBe(end);
  });

  test('a date known only to its year or month sorts after the full dates within it', () => {
    expect(comparePartialDates(day('2002-01-01'), year('2002'))).toBeLessThan(0);
    expect(comparePartialDates(day('1996-07-21'), year('1996'))).toBeLessThan(0);
    expect(comparePartialDates(day('2002-12-31'), year('2002'))).toBeLessThan(0);
    expect(comparePartialDates(month('2004-06'), year('2004'))).toBeLessThan(0);
    expect(comparePartialDates(year('1996'), day('1997-01-05'))).toBeLessThan(0);
    const sorted = [year('2002'), day('2003-01-05'), month('2002-03'), day('2002-03-14')].sort(
      comparePartialDates,
    );
    expect(sorted.map((d) => d.iso)).toEqual(['2002-03-14', '2002-03', '2002', '2003-01-05']);
  });
});

describe('one date order', () => {
  const NY = 'America/New_York';

  test('dates without a time follow comparePartialDates, written or parsed', () => {
    expect(compareDates(day('2002-03-14'), year('2002'))).toBeLessThan(0);
    expect(compareDates('2002', '2002-03')).toBeGreaterThan(0);
    expect(compareDates('2022-05-23', day('2022-05-23'))).toBe(0);
  });

  test('moments go by the instant they name, whatever their offset', () => {
    expect(compareDates('2022-03-10T21:40:00-05:00', '2022-03-11T01:00:00Z')).toBeGreaterThan(0);
    expect(compareDates('2022-03-10T21:40:00-05:00', '2022-03-11T02:40:00Z')).toBe(0);
  });

  test('a day against a moment is the start of that day in the newsroom, and needs its zone', () => {
    const evening = { iso: '2022-03-10T21:40:00-05:00', precision: 'minute' } as const;
    const sameDay = { iso: '2022-03-10', precision: 'day' } as const;
    expect(compareDates(sameDay, evening, NY)).toBeLessThan(0);
    expect(compareDates('2022-03-10', '2022-03-10T00:00:00-05:00', NY)).toBe(0);
    expect(() => compareDates(sameDay, evening)).toThrow(/needs a time zone/);
  });

  test('byDate breaks ties by id, or by the key given, ascending even when newest first', () => {
    const entries = [
      { id: 'b', date: '2022' },
      { id: 'c', date: '2021-06' },
      { id: 'a', date: '2022' },
      { id: 'd', date: '2022-12-31' },
    ];
    expect(entries.sort(byDate((e) => e.date)).map((e) => e.id)).toEqual(['c', 'd', 'a', 'b']);
    expect(entries.sort(byDate((e) => e.date, { newestFirst: true })).map((e) => e.id)).toEqual([
      'a',
      'b',
      'd',
      'c',
    ]);
    const links = [
      { link: 'https://x/b', at: '2022-03-10T09:00:00-05:00' },
      { link: 'https://x/a', at: '2022-03-10T14:00:00Z' },
    ];
    expect(links.sort(byDate((l) => l.at, { key: (l) => l.link })).map((l) => l.link)).toEqual([
      'https://x/a',
      'https://x/b',
    ]);
  });
});

describe('dates read as a newsroom writes them', () => {
  test.each([
    [year('1987'), 'en', '1987'],
    [month('2004-06'), 'en', 'June 2004'],
    [day('2022-05-23'), 'en', 'May 23, 2022'],
    [day('2022-05-23'), 'es', '23 de mayo de 2022'],
  ] as const)('%o in %s is "%s"', (date, locale, expected) => {
    expect(formatPartialDate(date, locale)).toBe(expected);
  });

  test('a date-time is shown in Eastern Time with the zone named', () => {
    expect(
      formatTimestamp(
        { iso: '2022-03-10T21:40:00-05:00', precision: 'minute' },
        'en',
        'America/New_York',
      ),
    ).toBe('March 10, 2022, 9:40\u00a0p.m. ET');
  });

  test('the same instant written in UTC shows the same Eastern time', () => {
    expect(
      formatTimestamp(
        { iso: '2022-03-11T02:40:00Z', precision: 'minute' },
        'en',
        'America/New_York',
      ),
    ).toBe('March 10, 2022, 9:40\u00a0p.m. ET');
  });

  test('a bare publication day prints without a time', () => {
    expect(formatTimestamp({ iso: '2022-03-10', precision: 'day' }, 'en', 'America/New_York')).toBe(
      'March 10, 2022',
    );
  });

  test('dayOf gives the calendar day in the newsroom zone', () => {
    expect(dayOf({ iso: '2022-03-11T02:40:00Z', precision: 'minute' }, 'America/New_York')).toBe(
      '2022-03-10',
    );
  });

  test('laterOf and instantOf compare days and date-times', () => {
    const dayStamp = { iso: '2022-03-10', precision: 'day' } as const;
    const evening = { iso: '2022-03-10T21:40:00-05:00', precision: 'minute' } as const;
    expect(laterOf(dayStamp, evening, 'America/New_York')).toBe(evening);
    expect(instantOf(evening)).toBe(Date.UTC(2022, 2, 11, 2, 40));
  });

  test.each([
    // A date without a time starts at midnight in the newsroom's zone, whatever its offset that day.
    ['2022-03-10', 'America/New_York', '2022-03-10T00:00:00-05:00'],
    ['2022-05-23', 'America/New_York', '2022-05-23T00:00:00-04:00'],
    // The day the clocks went forward (2 a.m.): midnight was still standard time.
    ['2022-03-13', 'America/New_York', '2022-03-13T00:00:00-05:00'],
    ['2022-11-06', 'America/New_York', '2022-11-06T00:00:00-04:00'],
    ['2026', 'America/New_York', '2026-01-01T00:00:00-05:00'],
    ['2004-06', 'America/New_York', '2004-06-01T00:00:00-04:00'],
    ['2022-03-10', 'UTC', '2022-03-10T00:00:00Z'],
    ['2022-03-10', 'Asia/Kolkata', '2022-03-10T00:00:00+05:30'],
    ['2022-03-10T21:40:00-05:00', 'Asia/Kolkata', '2022-03-10T21:40:00-05:00'],
  ])('instantIso("%s", %s) is %s', (date, zone, expected) => {
    expect(instantIso(date, zone)).toBe(expected);
  });

  test('a date without a time is never read without a time zone', () => {
    expect(() => instantOf('2022-03-10')).toThrow(/needs a time zone/);
    expect(instantOf('2022-03-10', 'America/New_York')).toBe(Date.UTC(2022, 2, 10, 5));
  });
});
