import { describe, expect, test } from 'vitest';
import { socialCards } from '../../src/lib/cards';
import { correctionFeedItems, storyFeedItems } from '../../src/lib/feeds';
import { countryLd, graph, newsArticleLd, serializeJsonLd } from '../../src/lib/jsonld';
import { lastModified } from '../../src/lib/lastmod';
import { buildDataset, datasetCsv, datasetJsonSchema } from '../../src/lib/open-data';
import { AWKWARD, article, corpus, country, designated, source, treaty } from './fixtures';

const TZ = 'America/New_York';
const SITE = 'https://example.org/';
const ld = {
  site: SITE,
  timeZone: TZ,
  siteName: 'Allies Beyond NATO',
  description: 'd',
  desk: 'The desk',
  locale: 'en',
} as const;

describe('lastmod comes from the content, never the clock', () => {
  test.each([
    // Its "Since then" list shows Colombia's designation (May 23), which came after the correction.
    [{ page: 'article', slug: 'lead' }, '2022-05-23T00:00:00-04:00'],
    [{ page: 'ally', slug: 'colombia' }, '2022-05-23T00:00:00-04:00'],
    [{ page: 'correction', slug: 'lead-fix' }, '2022-03-10T21:40:00-05:00'],
    [{ page: 'corrections' }, '2022-03-10T21:40:00-05:00'],
    [{ page: 'allies' }, '2022-05-23T00:00:00-04:00'],
    [{ page: 'home' }, '2022-05-23T00:00:00-04:00'],
    [{ page: 'not-found' }, undefined],
  ] as const)('%o → %s', (route, expected) => {
    expect(lastModified(route, corpus(), TZ)).toBe(expected);
  });

  test('an article corrected at 21:40 ET the day it was published changed then, not at midnight UTC', () => {
    expect(lastModified({ page: 'article', slug: 'lead' }, corpus({ countries: [] }), TZ)).toBe(
      '2022-03-10T21:40:00-05:00',
    );
  });

  test('no page changed before the site first published anything', () => {
    const thailand = country('thailand', {
      iso2: 'TH',
      isoNumeric: '764',
      lifecycle: [designated('2003-12-30')],
    });
    expect(
      lastModified({ page: 'ally', slug: 'thailand' }, corpus({ countries: [thailand] }), TZ),
    ).toBe('2022-03-10T00:00:00-05:00');
  });

  test('an edit to what a page shows dates it: a country, a treaty or a source marked updated', () => {
    const ally = { page: 'ally', slug: 'colombia' } as const;
    const edited = (overrides: Parameters<typeof corpus>[0]) =>
      lastModified(ally, corpus(overrides), TZ);
    expect(edited({}), 'before any edit').toBe('2022-05-23T00:00:00-04:00');
    expect(
      edited({ countries: [country('colombia', { updated: '2026-11-30' })] }),
      'its own file',
    ).toBe('2026-11-30T00:00:00-05:00');
    expect(
      edited({ treaties: [treaty('pact', { countries: ['colombia'], updated: '2026-10-01' })] }),
      'a treaty that names it',
    ).toBe('2026-10-01T00:00:00-04:00');
    expect(
      edited({ treaties: [treaty('pact', { countries: ['qatar'], updated: '2026-10-01' })] }),
      'a treaty that does not',
    ).toBe('2022-05-23T00:00:00-04:00');
    expect(
      edited({ sources: [source('src', { updated: '2026-09-15' })] }),
      'a source one of its steps cites',
    ).toBe('2026-09-15T00:00:00-04:00');
  });

  test('a date known only to the year counts from its first day, not a future December', () => {
    const saudi = country('saudi-arabia', {
      iso2: 'SA',
      isoNumeric: '682',
      lifecycle: [
        {
          kind: 'designated',
          date: 2026,
          dateBound: 'by',
          track: 'title-22',
          administration: 'trump-47',
          sources: ['src'],
        },
      ],
    });
    expect(
      lastModified(
        { page: 'ally', slug: 'saudi-arabia' },
        corpus({ countries: [country('colombia'), saudi] }),
        TZ,
      ),
    ).toBe('2026-01-01T00:00:00-05:00');
  });
});

describe('feeds', () => {
  test('stories are dated by publication and link absolutely', () => {
    const items = storyFeedItems(corpus(), SITE, 'en', TZ);
    expect(items.map((i) => i.link)).toEqual([
      `${SITE}articles/lead/`,
      `${SITE}topics/background/`,
    ]);
    // Published "2022-03-10": the start of March 10 in New York, not the evening of March 9.
    expect(items[0]?.pubDate.toISOString()).toBe('2022-03-10T05:00:00.000Z');
  });

  test('each correction links its notice, dated to the minute', () => {
    const [item] = correctionFeedItems(corpus(), SITE, 'en');
    expect(item?.link).toBe(`${SITE}corrections/lead-fix/`);
    expect(item?.pubDate.toISOString()).toBe('2022-03-11T02:40:00.000Z');
    expect(item?.title).toBe('Correction: A headline');
  });
});

describe('JSON-LD', () => {
  test('a corrected article is modified at its correction and carries it', () => {
    const all = corpus();
    const node = newsArticleLd(all.articles[0]!, all, {
      ...ld,
      url: `${SITE}articles/lead/`,
      image: `${SITE}og/a.png`,
    });
    expect(node).toMatchObject({
      '@type': 'NewsArticle',
      dateModified: '2022-03-10T21:40:00-05:00',
      correction: [{ '@type': 'CorrectionComment', datePublished: '2022-03-10T21:40:00-05:00' }],
    });
  });

  test('a country lists its lifecycle as events and the statutes it was designated under', () => {
    const all = corpus();
    const us = { '@type': 'Country', name: 'United States', identifier: 'US' };
    const events = (c: Parameters<typeof countryLd>[0]) =>
      (countryLd(c, all, ld) as unknown as { event: unknown[] }).event;
    // Designated and revoked under 22 U.S.C. 2321k; Congress's notice was under no statute.
    expect(events(AWKWARD.revoked())).toEqual([
      {
        '@type': 'Event',
        name: 'Afghanistan: Designated (Title 22 (22 U.S.C. 2321k): the State Department list)',
        startDate: '2012-07-06',
        location: us,
      },
      {
        '@type': 'Event',
        name: 'Afghanistan: Congress notified',
        startDate: '2022-07-06',
        location: us,
      },
      {
        '@type': 'Event',
        name: 'Afghanistan: Designation revoked (Title 22 (22 U.S.C. 2321k): the State Department list)',
        startDate: '2022-09-23',
        location: us,
      },
    ]);
    // Two statutes for one country, written out of date order: the events read in date order.
    const newZealand = country('new-zealand', {
      iso2: 'NZ',
      isoNumeric: '554',
      lifecycle: [designated('2002', { track: 'title-10' }), designated('1996-07-21')],
    });
    expect(events(newZealand)).toEqual([
      expect.objectContaining({
        name: 'New Zealand: Designated (Title 22 (22 U.S.C. 2321k): the State Department list)',
        startDate: '1996-07-21',
      }),
      expect.objectContaining({
        name: 'New Zealand: Designated (Title 10 (10 U.S.C. 2350a): cooperative research with the Pentagon)',
        startDate: '2002',
      }),
    ]);
    // Taiwan is treated as an ally by the law itself.
    expect(events(AWKWARD.treatedAs())).toEqual([
      expect.objectContaining({
        name: 'Taiwan: Written into law (By statute)',
        startDate: '2002-09-30',
      }),
    ]);
  });

  test('serialisation escapes "<" so a title cannot close the script tag', () => {
    const text = serializeJsonLd(
      graph([{ '@type': 'Thing', name: '</script><script>alert(1)</script>' }]),
    );
    expect(text).not.toContain('<');
    expect(JSON.parse(text)['@graph'][0].name).toBe('</script><script>alert(1)</script>');
  });
});

describe('open data', () => {
  const dataset = buildDataset(
    corpus({ countries: [country('colombia'), AWKWARD.revoked()] }),
    SITE,
    'Allies',
  );

  test('lists countries in order of designation, each step with precision, bound and sources', () => {
    expect(dataset.allies.map((a) => a.slug)).toEqual(['afghanistan', 'colombia']);
    expect(dataset.allies[0]?.lifecycle[2]).toMatchObject({
      kind: 'revoked',
      datePrecision: 'day',
      dateBound: 'on',
      confidence: 'medium',
    });
    expect(dataset.allies[1]?.lifecycle[0]?.sources[0]?.url).toBe('https://example.org/src');
  });

  test('the CSV has one row per step and quotes fields with commas', () => {
    const csv = datasetCsv(dataset).trimEnd().split('\r\n');
    expect(csv).toHaveLength(1 + 4);
    expect(csv[1]).toMatch(
      /^afghanistan,Afghanistan,AF,004,south-asia,revoked,designated,2012-07-06,day,on,high,title-22,/,
    );
  });

  test('the JSON Schema is generated from the same definition', () => {
    const schema = datasetJsonSchema(SITE) as { $id: string; properties: Record<string, unknown> };
    expect(schema.$id).toBe(`${SITE}data/allies.schema.json`);
    expect(Object.keys(schema.properties)).toEqual(['title', 'license', 'source', 'allies']);
  });
});

test('social cards: one for home, each article, topic and country, with the key date', () => {
  const cards = socialCards(corpus(), { locale: 'en', timeZone: TZ, site: SITE, base: '/' });
  expect(cards.map((c) => c.path)).toEqual([
    'home',
    'articles/lead',
    'topics/background',
    'allies/colombia',
    'allies/qatar',
  ]);
  expect(cards.find((c) => c.path === 'allies/colombia')?.card.detail).toBe(
    'Designated May 23, 2022 · Biden',
  );
});

test('Spanish social cards: translated articles and topics get one; an untranslated one shares the English card', () => {
  const translated = article('es/lead', { title: 'Un titular', locale: 'es' });
  const cards = socialCards(corpus({ articles: [...corpus().articles, translated] }), {
    locale: 'es',
    timeZone: TZ,
    site: SITE,
    base: '/',
  });
  expect(cards.map((c) => c.path)).toEqual([
    'es/home',
    'es/articles/lead',
    'es/allies/colombia',
    'es/allies/qatar',
  ]);
  expect(cards.find((c) => c.path === 'es/articles/lead')?.card).toMatchObject({
    title: 'Un titular',
    detail: '10 de marzo de 2022',
  });
});
