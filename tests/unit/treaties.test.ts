/**
 * Treaty allies: the schema of content/treaties (fake entries through the real schema), the
 * rules in src/lib/treaties.ts, the integrity checks on treaty dates and the words the pages
 * show (src/route-data/treaties.ts), on fixtures and on the real content.
 */
import { describe, expect, test } from 'vitest';
import { plainText } from '../../src/lib/credit';
import { findIntegrityProblems } from '../../src/lib/integrity';
import {
  countCurrentMnnaTreatyAllies,
  countMnnaTreatyAlliesOn,
  isTreatyAllyOn,
  mnnaTreatyAlliesOn,
  treatyInForceOn,
  treatyStandings,
} from '../../src/lib/treaties';
import { alliesSummary } from '../../src/route-data/allies';
import { allyRouteData } from '../../src/route-data/ally';
import { treatyList } from '../../src/route-data/treaties';
import { worldMapData } from '../../src/route-data/maps';
import { treatySchema } from '../../src/schemas/treaty';
import type { PageContext } from '../../src/lib/context';
import { loadCorpus } from '../support/content-corpus';
import { AWKWARD, corpus, country, designated, treaty } from './fixtures';

const NO_ATLAS = { features: [], fallback: [] };
const en: PageContext = {
  locale: 'en',
  timeZone: 'America/New_York',
  site: 'https://example.org/',
  base: '/',
};
const es: PageContext = { ...en, locale: 'es' };

const VALID = {
  name: 'Security Treaty between Australia, New Zealand and the United States of America',
  shortName: 'ANZUS Treaty',
  signed: { date: '1951-09-01' },
  inForce: { date: '1952-04-29' },
  countries: ['australia', 'new-zealand'],
  suspensions: [
    {
      country: 'new-zealand',
      date: '1986-09-17',
      confidence: 'medium',
      note: 'Why.',
      sources: ['src'],
    },
  ],
  sources: ['src'],
};

const issues = (raw: Record<string, unknown>) =>
  (treatySchema.safeParse(raw).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('the treaty schema', () => {
  test('reads a full entry, with defaults for what is left out', () => {
    const data = treatySchema.parse(VALID);
    expect(data.signed).toEqual({
      date: { iso: '1951-09-01', precision: 'day' },
      confidence: 'high',
    });
    expect(data.countries.map((c) => c.id)).toEqual(['australia', 'new-zealand']);
    expect(data.suspensions[0]?.confidence).toBe('medium');
    expect(data.notes).toEqual([]);
    expect(data.translations).toEqual({});
  });

  test('accepts a treaty with no date in force, dated to the year, with a medium note', () => {
    const data = treatySchema.parse({
      ...VALID,
      signed: { date: 1954 },
      inForce: undefined,
      suspensions: [],
      notes: [{ text: 'A note.', date: 1977, confidence: 'medium', sources: ['src'] }],
    });
    expect(data.inForce).toBeUndefined();
    expect(data.signed.date).toEqual({ iso: '1954', precision: 'year' });
    expect(data.notes[0]?.confidence).toBe('medium');
  });

  test.each([
    [{ ...VALID, sources: [] }, 'sources: every treaty needs at least one source'],
    [
      { ...VALID, countries: [] },
      'countries: a treaty binds at least one country to the United States',
    ],
    [
      { ...VALID, countries: ['japan', 'japan'], suspensions: [] },
      'countries.1: "japan" is listed twice',
    ],
    [
      { ...VALID, countries: ['australia'] },
      'suspensions.0.country: "new-zealand" is not among the treaty\'s countries (australia); add it there or fix the name',
    ],
    [
      { ...VALID, signed: '1951-09-01' },
      'signed: write the date under `date:`, with its confidence beside it if not high, e.g. `{ date: 1954-11-18, confidence: medium }`',
    ],
    [
      { ...VALID, inForce: { date: '1952-02-30' } },
      'inForce.date: "1952-02-30" is not a real date; write it as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-05-23)',
    ],
    [
      { ...VALID, inForce: { date: '1952', confidence: 'sure' } },
      'inForce.confidence: Invalid option: expected one of "high"|"medium"|"low"',
    ],
    [{ ...VALID, parties: ['japan'] }, ': Unrecognized key: "parties"'],
    [
      { ...VALID, suspensions: [{ ...VALID.suspensions[0], sources: [] }] },
      'suspensions.0.sources: a suspension needs at least one source',
    ],
  ])('rejects a broken entry (%#)', (raw, message) => {
    expect(issues(raw as Record<string, unknown>)).toContain(message);
  });
});

/** Fixture allies: Colombia (designated 2022) and two treaty parties designated in 1996. */
const allies = () => [
  country('colombia'),
  country('australia', { iso2: 'AU', isoNumeric: '036', lifecycle: [designated('1996-07-21')] }),
  country('new-zealand', { iso2: 'NZ', isoNumeric: '554', lifecycle: [designated('1996-07-21')] }),
  AWKWARD.revoked(),
];
const anzus = () =>
  treaty('anzus', {
    countries: ['australia', 'new-zealand', 'afghanistan'],
    suspensions: VALID.suspensions,
  });

describe('treaty allies, computed', () => {
  test('a treaty binds from its entry into force, or from its signature when that is unknown', () => {
    expect(treatyInForceOn(anzus(), '1952-04-28')).toBe(false);
    expect(treatyInForceOn(anzus(), '1952-04-29')).toBe(true);
    const unknown = treaty('pact', { signed: { date: '1954-09-08' }, inForce: undefined });
    expect(treatyInForceOn(unknown, '1954-09-07')).toBe(false);
    expect(treatyInForceOn(unknown, '1954-09-08')).toBe(true);
    // A date known to the year counts once the year is over.
    const yearOnly = treaty('year', { signed: { date: 1954 }, inForce: undefined });
    expect(treatyInForceOn(yearOnly, '1954-12-30')).toBe(false);
    expect(treatyInForceOn(yearOnly, '1954-12-31')).toBe(true);
  });

  test('a suspended party is a party but not a treaty ally from the suspension on', () => {
    const treaties = [anzus()];
    expect(isTreatyAllyOn(treaties, 'new-zealand', '1986-09-16')).toBe(true);
    expect(isTreatyAllyOn(treaties, 'new-zealand', '1986-09-17')).toBe(false);
    expect(isTreatyAllyOn(treaties, 'new-zealand')).toBe(false);
    expect(treatyStandings(treaties, 'new-zealand').map((s) => s.status)).toEqual(['suspended']);
    expect(isTreatyAllyOn(treaties, 'australia')).toBe(true);
    expect(isTreatyAllyOn(treaties, 'colombia')).toBe(false);
    expect(treatyStandings(treaties, 'colombia')).toEqual([]);
  });

  test('only formal allies in force count: not a suspended party, not a revoked designation', () => {
    const countries = allies();
    const treaties = [anzus()];
    expect(mnnaTreatyAlliesOn(countries, treaties, '2023-01-01').map((c) => c.id)).toEqual([
      'australia',
    ]);
    // Afghanistan was a party here and an ally in 2012, revoked since.
    expect(countMnnaTreatyAlliesOn(countries, treaties, '2013-01-01')).toBe(2);
    expect(countMnnaTreatyAlliesOn(countries, treaties, '1990-01-01')).toBe(0);
    expect(countCurrentMnnaTreatyAllies(countries, treaties)).toBe(1);
    expect(countCurrentMnnaTreatyAllies(countries, [])).toBe(0);
  });

  test('the real content: five allies are treaty allies, and New Zealand is not one', () => {
    const real = loadCorpus();
    const ids = (day: string) =>
      mnnaTreatyAlliesOn(real.countries, real.treaties, day)
        .map((c) => c.id)
        .sort();
    expect(ids('2022-03-10')).toEqual([
      'australia',
      'japan',
      'philippines',
      'south-korea',
      'thailand',
    ]);
    expect(countCurrentMnnaTreatyAllies(real.countries, real.treaties)).toBe(5);
    expect(isTreatyAllyOn(real.treaties, 'new-zealand')).toBe(false);
    expect(isTreatyAllyOn(real.treaties, 'new-zealand', '1985-01-01')).toBe(true);
  });
});

describe('treaty dates are checked across fields', () => {
  const problems = (t: ReturnType<typeof treaty>, today?: string) =>
    findIntegrityProblems(
      corpus({ countries: allies(), treaties: [t] }),
      'America/New_York',
      today,
    ).map((p) => `${p.file} → ${p.field}: ${p.message}`);

  test('a consistent treaty has no problems', () => {
    expect(problems(anzus(), '2026-11-30')).toEqual([]);
  });

  test.each([
    [
      { inForce: { date: '1950-01-01' } },
      'content/treaties/x.yaml → inForce.date: is 1950-01-01, before the signature (1951-09-01); check the dates',
    ],
    [
      { suspensions: [{ ...VALID.suspensions[0], country: 'colombia', date: '1951' }] },
      'content/treaties/x.yaml → suspensions[0].date: is 1951, before the treaty bound anyone (1952-04-29); check the dates',
    ],
    [
      { notes: [{ text: 'A note.', date: '1950', sources: ['src'] }] },
      'content/treaties/x.yaml → notes[0].date: is 1950, before the signature (1951-09-01); check the dates',
    ],
    [
      { sources: ['no-such-source'] },
      'content/treaties/x.yaml → sources[0]: refers to source "no-such-source", but there is no content/sources/no-such-source.* file',
    ],
    [
      { countries: ['narnia'] },
      'content/treaties/x.yaml → countries[0]: refers to country "narnia", but there is no content/countries/narnia.* file',
    ],
    [
      { signed: { date: '2031-01-01' }, inForce: undefined },
      'content/treaties/x.yaml → signed.date: is 2031-01-01, after today (2026-11-30); content cannot date what has not happened: check the year',
    ],
  ])('reports a broken treaty (%#)', (raw, message) => {
    expect(problems(treaty('x', raw), '2026-11-30')).toContain(message);
  });
});

describe('the pages say it from the data', () => {
  const fixture = () => corpus({ countries: allies(), treaties: [anzus()] });

  test("a party's page has its line; a suspended party's says so; others have none", () => {
    const all = fixture();
    const page = (id: string, ctx = en) =>
      allyRouteData(
        all,
        NO_ATLAS,
        all.countries.find((c) => c.id === id)!,
        ctx,
      ).treaties;
    expect(page('australia').map((l) => l.status)).toEqual(['bound']);
    expect(plainText(page('australia')[0]?.text ?? [])).toContain(
      'is also a U.S. treaty ally, under the anzus',
    );
    expect(page('new-zealand').map((l) => l.status)).toEqual(['suspended']);
    expect(plainText(page('new-zealand')[0]?.text ?? [])).toContain(
      'the United States suspended its obligations toward New Zealand on September 17, 1986 (medium confidence',
    );
    expect(page('new-zealand')[0]?.notes.map((n) => n.text)).toEqual(['Why.']);
    expect(plainText(page('new-zealand')[0]?.text ?? [])).toContain(
      'It remains a major non-NATO ally',
    );
    // The treaty's source and the suspension's are numbered in the page's source list.
    expect(page('new-zealand')[0]?.citations).toEqual([{ n: 1, id: 'src' }]);
    expect(page('colombia')).toEqual([]);
    // An untranslated treaty name is shown in English, marked so, and the page says it is partly
    // untranslated.
    expect(page('australia', es)[0]?.untranslated).toBe(true);
    expect(page('australia', es)[0]?.text).toContainEqual({ text: 'anzus', lang: 'en' });
  });

  test('a suspended party whose designation was revoked is not said to remain an ally', () => {
    const all = corpus({
      countries: allies(),
      treaties: [
        treaty('pact', {
          countries: ['afghanistan'],
          suspensions: [{ ...VALID.suspensions[0], country: 'afghanistan', date: '2023' }],
        }),
      ],
    });
    const afghanistan = all.countries.find((c) => c.id === 'afghanistan')!;
    const [line] = allyRouteData(all, NO_ATLAS, afghanistan, en).treaties;
    expect(line?.status).toBe('suspended');
    expect(plainText(line?.text ?? [])).not.toContain('remains');
  });

  test('the allies table has a treaty column, and the summary counts treaty allies', () => {
    const view = alliesSummary(fixture(), en);
    const cells = Object.fromEntries(
      view.rows.map((r) => [
        r.link.label,
        { status: r.treaty.status, text: plainText(r.treaty.text) },
      ]),
    );
    expect(cells['Australia']).toEqual({ status: 'bound', text: 'Yes: anzus' });
    expect(cells['New Zealand']).toEqual({
      status: 'suspended',
      text: 'Suspended since 1986: anzus',
    });
    expect(cells['Colombia']).toEqual({ status: 'none', text: 'No' });
    expect(view.treatyAllies).toBe(1);
  });

  test('the map legend names the treaty allies and the suspension; nothing without treaties', () => {
    expect(plainText(worldMapData(fixture(), NO_ATLAS, en).legend.treaties)).toBe(
      'Colors show major non-NATO ally status only. Australia is also a U.S. treaty ally, through a separate treaty. The United States suspended its anzus obligations toward New Zealand in 1986.',
    );
    expect(worldMapData(corpus(), NO_ATLAS, en).legend.treaties).toEqual([]);
  });

  test('the real treaties read in Spanish, with medium dates marked', () => {
    const real = loadCorpus();
    const { intro, items } = treatyList(real, es);
    expect(intro).toContain(' cinco aliados principales extra-OTAN son también aliados');
    const korea = items.find((i) => i.id === 'us-south-korea-mutual-defense-treaty');
    expect(korea?.dates).toBe(
      'Firmado el 1 de octubre de 1953; en vigor desde el 18 de noviembre de 1954 (confianza media: una sola fuente, o fuentes que difieren levemente)',
    );
    expect(korea?.shortName.lang).toBeUndefined();
    const pact = items.find((i) => i.id === 'manila-pact');
    expect(pact?.dates).toBe('Firmado el 8 de septiembre de 1954');
    expect(pact?.notes.map((n) => n.confidence)).toEqual([
      '',
      'Confianza media: una sola fuente, o fuentes que difieren levemente.',
    ]);
  });
});
