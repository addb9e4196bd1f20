import { describe, expect, test } from 'vitest';
import { publicationDay, sinceThen } from '../../src/lib/since-then';
import { AWKWARD, article, corpus, country, designated, event, fact } from './fixtures';

const TZ = 'America/New_York';

describe('"since then" is generated from dated records after publication', () => {
  const lead = article(
    'lead',
    { published: '2022-03-10', countries: ['colombia'], topics: ['background'] },
    'Venezuelans: <Fact id="v-2021" />.',
  );
  const all = corpus({
    articles: [lead],
    countries: [
      country('colombia', { lifecycle: [designated('2022-05-23')] }),
      country('qatar', { iso2: 'QA', isoNumeric: '634', lifecycle: [designated('2022-03-10')] }),
      AWKWARD.revoked(),
    ],
    facts: [
      fact('v-2021', { series: 'v', asOf: '2021-08-31' }),
      fact('v-2022-02', { series: 'v', asOf: '2022-02-28' }),
      fact('v-peak', { series: 'v', asOf: '2022-12' }),
      fact('other', { series: 'w', asOf: '2023-01' }),
    ],
    events: [
      event('runoff', { date: '2022-06-19', topics: ['background'] }),
      event('unrelated', { date: '2022-07-01' }),
      event('before', { date: '2022-03-08', countries: ['colombia'] }),
    ],
  });
  const items = sinceThen(lead, all, TZ);

  test('lists designations and revocations, later figures of cited series, and related events, in date order', () => {
    expect(items.map((i) => i.from)).toEqual([
      { kind: 'lifecycle', country: 'colombia', event: 'designated', bound: 'on' },
      { kind: 'event', event: 'runoff' },
      { kind: 'lifecycle', country: 'afghanistan', event: 'revoked', bound: 'on' },
      { kind: 'fact', fact: 'v-peak' },
    ]);
  });

  test('leaves out the same-day designation, earlier figures, unrelated events and other series', () => {
    const ids = JSON.stringify(items);
    for (const absent of ['qatar', 'v-2022-02', 'unrelated', 'before', 'other']) {
      expect(ids, absent).not.toContain(`"${absent}"`);
    }
  });

  test('every item is dated after the publication day', () => {
    const day = publicationDay(lead.data.published, TZ);
    for (const item of items) expect(item.date.iso > day).toBe(true);
  });

  test('a translation lists the same developments as its original, whatever its body cites', () => {
    // The Spanish body leaves out a figure: the list must not lose that figure's series.
    const spanish = article('es/lead', { locale: 'es', published: '2022-03-10' }, 'Sin cifras.');
    expect(sinceThen(spanish, all, TZ, lead)).toEqual(items);
  });

  test('a late-evening publication counts in the newsroom zone', () => {
    expect(publicationDay({ iso: '2022-03-10T23:30:00-05:00', precision: 'minute' }, TZ)).toBe(
      '2022-03-10',
    );
  });
});
