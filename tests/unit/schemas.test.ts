import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { countrySchema, lifecycleEventSchema } from '../../src/schemas/country';
import { correctionSchema } from '../../src/schemas/correction';
import { parsePartialDate, partialDate, timestamp, zonedDateTime } from '../../src/schemas/dates';
import { factSchema } from '../../src/schemas/fact';
import { articleSchema, topicSchema } from '../../src/schemas/page';
import { SLUG, SLUG_PATH } from '../../src/schemas/slug';
import { sourceSchema } from '../../src/schemas/source';
import { countryFileFields } from '../support/content-files';

/** The first issue's path and message, for asserting what an editor would see. */
function firstIssue(schema: z.ZodType, input: unknown): { path: string; message: string } {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  const issue = result.error.issues[0];
  return { path: issue?.path.join('.') ?? '', message: issue?.message ?? '' };
}

const validSource = {
  title: 'Title',
  publisher: 'Publisher',
  url: 'https://example.org/a',
  kind: 'statute',
};

const validEvent = {
  kind: 'designated',
  date: '2022-05-23',
  track: 'title-22',
  administration: 'biden',
  sources: ['tass'],
};

const validCountry = {
  ...countryFileFields('colombia'),
  name: 'Colombia',
  iso2: 'CO',
  isoNumeric: '170',
  region: 'americas',
  status: 'designated',
  summary: 'Summary.',
  lifecycle: [validEvent],
};

describe('partial dates', () => {
  test.each([
    ['1987', 'year'],
    ['2004-06', 'month'],
    ['2022-05-23', 'day'],
    ['2024-02-29', 'day'],
  ])('%s is read as a date known to the %s', (text, precision) => {
    expect(parsePartialDate(text)).toEqual({ iso: text, precision });
  });

  test.each(['2022-02-30', '2023-02-29', '2022-13', '22-05-23', '2022/05/23', 'May 2022', ''])(
    '%s is rejected',
    (text) => {
      expect(parsePartialDate(text)).toBeNull();
      expect(partialDate.safeParse(text).success).toBe(false);
    },
  );

  test('an unquoted YAML date (a Date object) and a bare year (a number) are accepted', () => {
    expect(partialDate.parse(new Date('2022-05-23T00:00:00Z'))).toEqual({
      iso: '2022-05-23',
      precision: 'day',
    });
    expect(partialDate.parse(1987)).toEqual({ iso: '1987', precision: 'year' });
  });
});

describe('date-times', () => {
  test.each(['2022-03-10T21:40:00-05:00', '2022-03-10T21:40-05:00', '2022-03-11T02:40:00Z'])(
    '%s states its offset and is accepted',
    (text) => expect(zonedDateTime.safeParse(text).success).toBe(true),
  );

  test.each(['2022-03-10T21:40:00', '2022-03-10 21:40', '2022-03-10T25:00:00Z', 'yesterday'])(
    '%s is rejected',
    (text) => expect(zonedDateTime.safeParse(text).success).toBe(false),
  );

  test('an unquoted YAML date-time tells the author to quote it', () => {
    const { message } = firstIssue(zonedDateTime, new Date('2022-03-11T02:40:00Z'));
    expect(message).toMatch(/in quotes/);
  });

  test('a publication timestamp may be a day or a date-time', () => {
    expect(timestamp.parse('2022-03-10')).toEqual({ iso: '2022-03-10', precision: 'day' });
    expect(timestamp.parse('2022-03-10T21:40:00-05:00')).toEqual({
      iso: '2022-03-10T21:40:00-05:00',
      precision: 'minute',
    });
    expect(timestamp.safeParse('2022-03').success).toBe(false);
  });
});

describe('sources', () => {
  test('a complete source is accepted and defaults to English', () => {
    expect(sourceSchema.parse(validSource).language).toBe('en');
  });

  test.each([
    [{ url: 'http://example.org/a' }, 'url', /https/],
    [{ url: 'not a url' }, 'url', /absolute URL/],
    [{ kind: 'blog' }, 'kind', /./],
    [{ title: '' }, 'title', /empty/],
    [{ published: '2022-02-30' }, 'published', /not a real date/],
    [{ extra: 1 }, '', /extra/],
  ])('%o is rejected at "%s"', (change, path, message) => {
    const issue = firstIssue(sourceSchema, { ...validSource, ...change });
    expect(issue.path).toBe(path);
    expect(issue.message).toMatch(message);
  });
});

describe('facts', () => {
  const valid = {
    label: 'L',
    value: 1,
    unit: 'people',
    asOf: '2021-08',
    source: 's',
    confidence: 'high',
  };

  test('a fact resolves its source to a reference and defaults to exact', () => {
    const fact = factSchema.parse(valid);
    expect(fact.source).toEqual({ id: 's', collection: 'sources' });
    expect(fact.qualifier).toBe('exact');
  });

  test.each([
    [{ value: '1.8 million' }, 'value'],
    [{ unit: 'dollars' }, 'unit'],
    [{ confidence: 'certain' }, 'confidence'],
    [{ series: 'Venezuelans In Colombia' }, 'series'],
  ])('%o is rejected at "%s"', (change, path) => {
    expect(firstIssue(factSchema, { ...valid, ...change }).path).toBe(path);
  });
});

describe('countries', () => {
  test('a complete country is accepted; events default to high confidence', () => {
    const country = countrySchema.parse(validCountry);
    expect(country.lifecycle[0]?.confidence).toBe('high');
    expect(country.lifecycle[0]?.sources).toEqual([{ id: 'tass', collection: 'sources' }]);
  });

  test.each([
    [{ iso2: 'co' }, 'iso2', /upper-case/],
    [{ iso2: 'XX' }, 'iso2', /not an ISO/],
    [{ isoNumeric: '171' }, 'isoNumeric', /"170"/],
    [{ isoNumeric: 170 }, 'isoNumeric', /three digits/],
    [{ region: 'latin-america' }, 'region', /./],
    [{ status: 'ally' }, 'status', /./],
    [{ lifecycle: [] }, 'lifecycle', /at least one/],
    [{ name: 42 }, 'name', /text/],
    [{ summary: undefined }, 'summary', /required field is missing/],
    [
      { translations: { es: { name: 'Arabia Saudita' } } },
      'translations.es.gender',
      /grammatical gender of "Arabia Saudita"/,
    ],
    [{ translations: { es: { name: 'Perú', gender: 'male' } } }, 'translations.es.gender', /./],
    [{ nameInSentence: 'the Colombians' }, 'nameInSentence', /must end with the name "Colombia"/],
    [
      { translations: { es: { name: 'Perú', gender: 'masculine', nameInSentence: 'el Peru' } } },
      'translations.es.nameInSentence',
      /must end with the name "Perú"/,
    ],
  ])('%o is rejected at "%s"', (change, path, message) => {
    const issue = firstIssue(countrySchema, { ...validCountry, ...change });
    expect(issue.path).toBe(path);
    expect(issue.message).toMatch(message);
  });

  test('a designation without a legal track is rejected at its track', () => {
    const { track: _omit, ...noTrack } = validEvent;
    const issue = firstIssue(lifecycleEventSchema, noTrack);
    expect(issue.path).toBe('track');
  });

  test('an announcement needs no track, but every event needs a source', () => {
    expect(
      lifecycleEventSchema.safeParse({ ...validEvent, kind: 'announced', track: undefined })
        .success,
    ).toBe(true);
    expect(firstIssue(lifecycleEventSchema, { ...validEvent, sources: [] }).message).toMatch(
      /source/,
    );
  });
});

describe('articles and topics', () => {
  const valid = {
    title: 'Headline',
    description: 'A description that is long enough to be useful in search results.',
    published: '2022-03-10',
  };

  test.each([
    ['article', articleSchema],
    ['topic', topicSchema],
  ])('a minimal %s gets empty lists, English, and is not a draft', (_name, schema) => {
    const data = schema.parse(valid);
    expect(data).toMatchObject({
      countries: [],
      sources: [],
      topics: [],
      draft: false,
      locale: 'en',
    });
  });

  test.each([
    [{ description: 'Too short.' }, 'description'],
    [{ title: 'x'.repeat(101) }, 'title'],
    [{ published: 'March 10' }, 'published'],
    [{ updated: '2022-03-10' }, 'updated'],
    [{ locale: 'fr' }, 'locale'],
    [{ draft: 'yes' }, 'draft'],
    [{ byline: 'Someone' }, ''],
  ])('%o is rejected at "%s"', (change, path) => {
    expect(firstIssue(articleSchema, { ...valid, ...change }).path).toBe(path);
  });
});

describe('corrections', () => {
  const valid = {
    article: 'lead',
    issued: '2022-03-10T21:40:00-05:00',
    wrong: 'W',
    right: 'R',
    before: 'B',
    after: 'A',
    sources: ['s'],
  };

  test('a correction references its article', () => {
    expect(correctionSchema.parse(valid).article).toEqual({ id: 'lead', collection: 'articles' });
  });

  test.each([
    [{ issued: '2022-03-10' }, 'issued'],
    [{ sources: [] }, 'sources'],
    [{ before: '' }, 'before'],
  ])('%o is rejected at "%s"', (change, path) => {
    expect(firstIssue(correctionSchema, { ...valid, ...change }).path).toBe(path);
  });
});

describe('slugs', () => {
  test('one pattern, with the wording authors already see', () => {
    const fact = {
      label: 'L',
      value: 1,
      unit: 'people',
      asOf: '2021',
      source: 's',
      confidence: 'high',
      series: 'Venezuelans In Colombia',
    };
    expect(firstIssue(factSchema, fact).message).toBe('use lower-case words joined by hyphens');
    const article = {
      title: 'Headline',
      description: 'A description that is long enough to be useful in search results.',
      published: '2022-03-10',
      translationKey: 'Bad Key',
    };
    expect(firstIssue(articleSchema, article)).toEqual({
      path: 'translationKey',
      message: 'Invalid string: must match pattern /^[a-z0-9]+(?:-[a-z0-9]+)*$/',
    });
  });

  test.each([
    ['south-korea', true, true],
    ['es/colombia', false, true],
    ['plan-colombia-2000', true, true],
    ['South-Korea', false, false],
    ['south--korea', false, false],
    ['-korea', false, false],
    ['es//colombia', false, false],
    ['es/', false, false],
  ])('"%s": a slug %s, a slug path %s', (text, slug, path) => {
    expect(SLUG.test(text)).toBe(slug);
    expect(SLUG_PATH.test(text)).toBe(path);
  });
});
