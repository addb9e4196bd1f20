import { describe, expect, test } from 'vitest';
import {
  alliesOn,
  countAlliesOn,
  designationDate,
  sortByDesignation,
  sortLifecycle,
  statusOn,
} from '../../src/lib/countries';
import { AWKWARD, country, designated } from './fixtures';

describe('status is derived from the lifecycle', () => {
  test.each([
    ['a designated country', () => country('colombia'), 'designated'],
    ['a revoked designation', AWKWARD.revoked, 'revoked'],
    ['a country treated as an ally by law', AWKWARD.treatedAs, 'treated-as'],
    ['a designation known only to the year', AWKWARD.yearOnly, 'designated'],
  ])('%s is %s after its last event', (_name, make, expected) => {
    expect(statusOn(make())).toBe(expected);
  });

  test('Afghanistan was designated before its revocation and revoked after', () => {
    const afghanistan = AWKWARD.revoked();
    expect(statusOn(afghanistan, '2011-12-31')).toBeUndefined();
    expect(statusOn(afghanistan, '2022-07-06')).toBe('designated');
    expect(statusOn(afghanistan, '2022-09-23')).toBe('revoked');
  });

  test('a designation known only to the year counts from the end of that year', () => {
    const australia = AWKWARD.yearOnly();
    expect(statusOn(australia, '1987-06-30')).toBeUndefined();
    expect(statusOn(australia, '1987-12-31')).toBe('designated');
  });

  test('an announcement alone is not a designation', () => {
    const announced = country('colombia', {
      lifecycle: [
        { kind: 'announced', date: '2022-03-10', administration: 'biden', sources: ['s'] },
      ],
    });
    expect(statusOn(announced)).toBeUndefined();
  });
});

describe('counting allies on a day', () => {
  const all = [
    country('colombia'),
    country('qatar', { iso2: 'QA', isoNumeric: '634', lifecycle: [designated('2022-03-10')] }),
    AWKWARD.revoked(),
    AWKWARD.treatedAs(),
    AWKWARD.yearOnly(),
  ];

  test.each([
    ['2022-03-09', 2],
    ['2022-03-10', 3],
    ['2022-05-23', 4],
    ['2022-09-23', 3],
  ])('on %s there were %i formal designations in force', (day, expected) => {
    expect(countAlliesOn(all, day)).toBe(expected);
  });

  test('Taiwan, treated as an ally by law, is never counted as a formal designation', () => {
    expect(alliesOn(all, '2030-01-01').map((c) => c.id)).not.toContain('taiwan');
  });
});

describe('ordering', () => {
  test('lifecycle events sort by date, then notice before designation on the same day', () => {
    const events = sortLifecycle([
      { ...designated('2022-03-10'), date: { iso: '2022-03-10', precision: 'day' } },
      {
        kind: 'notified-congress',
        date: { iso: '2022-03-10', precision: 'day' },
        administration: 'biden',
        sources: [],
        confidence: 'high',
      },
      {
        kind: 'announced',
        date: { iso: '2022-01-31', precision: 'day' },
        administration: 'biden',
        sources: [],
        confidence: 'high',
      },
    ] as never);
    expect(events.map((e) => e.kind)).toEqual(['announced', 'notified-congress', 'designated']);
  });

  test('countries sort by first designation; the law-only entry by its law; ties by name', () => {
    const list = [
      country('colombia'),
      AWKWARD.treatedAs(),
      AWKWARD.yearOnly(),
      country('brazil', { iso2: 'BR', isoNumeric: '076', lifecycle: [designated('2022-05-23')] }),
    ];
    expect(sortByDesignation(list).map((c) => c.id)).toEqual([
      'australia',
      'taiwan',
      'brazil',
      'colombia',
    ]);
  });

  test('the first designation is the earliest under either track', () => {
    const nz = country('new-zealand', {
      iso2: 'NZ',
      isoNumeric: '554',
      lifecycle: [designated('2002', { track: 'title-10' }), designated('1996-07-21')],
    });
    expect(designationDate(nz)).toEqual({ iso: '1996-07-21', precision: 'day' });
  });
});

test('a designation known to the day beats one known only to the same year', () => {
  const jordan = country('jordan', {
    iso2: 'JO',
    isoNumeric: '400',
    lifecycle: [
      designated('1996', { track: 'title-10', administration: 'clinton' }),
      designated('1996-11-12', { administration: 'clinton' }),
    ],
  });
  expect(designationDate(jordan)).toEqual({ iso: '1996-11-12', precision: 'day' });
});
