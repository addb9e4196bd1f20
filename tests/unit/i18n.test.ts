import { describe, expect, test } from 'vitest';
import { type Dictionary, ui } from '../../src/i18n/ui';
import { datePhrase, formatPartialDate, formatTimestamp, zoned } from '../../src/lib/dates';
import { formatFactValue } from '../../src/lib/facts';
import { findIntegrityProblems } from '../../src/lib/integrity';
import {
  countryNameInSentence,
  countrySummary,
  groupGender,
  namesInSentence,
  versionFor,
} from '../../src/lib/localize';
import { allyRouteData } from '../../src/route-data/ally';
import { articleRouteData } from '../../src/route-data/article';
import { article, corpus, country, fact } from './fixtures';

const es = {
  locale: 'es',
  timeZone: 'America/New_York',
  site: 'https://example.org/',
  base: '/',
} as const;

describe('the Spanish dictionary', () => {
  test('has every key the English one has, at every depth', () => {
    const shape = (o: object): unknown =>
      Object.fromEntries(
        Object.entries(o).map(([k, v]) => [
          k,
          v && typeof v === 'object' && !Array.isArray(v) ? shape(v as object) : typeof v,
        ]),
      );
    expect(shape(ui('es'))).toEqual(shape(ui('en')));
  });

  test('is a type error when a key is missing (checked by `npm run check`)', () => {
    const { skipToContent, ...incomplete } = ui('es');
    // @ts-expect-error — a dictionary without skipToContent is not a Dictionary
    const broken: Dictionary = incomplete;
    expect(skipToContent).toBe('Saltar al contenido');
    expect(broken).not.toHaveProperty('skipToContent');
  });
});

describe('dates, numbers and times in Spanish', () => {
  test('write dates the Spanish way', () => {
    expect(formatPartialDate({ iso: '2022-05-23', precision: 'day' }, 'es')).toBe(
      '23 de mayo de 2022',
    );
    expect(formatPartialDate({ iso: '2021-08', precision: 'month' }, 'es')).toBe('agosto de 2021');
  });

  test('put the right preposition before a bounded or in-sentence date', () => {
    const day = { iso: '2004-04-01', precision: 'day' } as const;
    const year = { iso: '2026', precision: 'year' } as const;
    expect(datePhrase(day, 'by', 'es')).toBe('a más tardar el 1 de abril de 2004');
    expect(datePhrase(year, 'by', 'es')).toBe('a más tardar en 2026');
    expect(datePhrase(day, 'on', 'es')).toBe('el 1 de abril de 2004');
    expect(datePhrase(year, 'on', 'es')).toBe('en 2026');
    expect(datePhrase(day, 'by', 'en')).toBe('no later than April 1, 2004');
  });

  test('use a decimal comma and Spanish words for round millions', () => {
    expect(formatFactValue(fact('f', { value: 2870000 }).data, 'es')).toBe('2,87 millones');
    expect(formatFactValue(fact('f', { value: 2870000 }).data, 'en')).toBe('2.87 million');
    expect(formatFactValue(fact('f', { value: 40.32, unit: 'percent' }).data, 'es')).toMatch(
      /^40,32\s?%$/,
    );
  });

  test('keep the time zone explicit', () => {
    expect(formatTimestamp(zoned('2022-03-10T21:40:00-05:00'), 'es', 'America/New_York')).toMatch(
      /21:40 hora del Este/,
    );
  });
});

describe('translations and their fallback', () => {
  const translated = country('colombia', {
    translations: { es: { name: 'Colombia', gender: 'feminine', summary: 'Un resumen corto.' } },
  });
  const untranslated = country('qatar', { iso2: 'QA', isoNumeric: '634' });

  test('show the Spanish text when there is one', () => {
    expect(countrySummary(translated, 'es')).toEqual({ text: 'Un resumen corto.', lang: 'es' });
  });

  test('fall back to English, marked as English, when there is not', () => {
    expect(countrySummary(untranslated, 'es')).toEqual({ text: 'A short summary.', lang: 'en' });
    const view = allyRouteData(
      corpus({ countries: [untranslated] }),
      { features: [], fallback: [] },
      untranslated,
      es,
    );
    expect(view.summaryLang).toBe('en');
    expect(view.untranslated).toBe('partly');
    expect(
      allyRouteData(
        corpus({ countries: [translated] }),
        { features: [], fallback: [] },
        translated,
        es,
      ).untranslated,
    ).toBe(false);
  });

  test('show a Spanish article when one exists, otherwise the English original', () => {
    const original = article('lead');
    const spanish = article('es/lead', { locale: 'es', title: 'Un titular' });
    expect(versionFor([original, spanish], 'lead', 'es')).toEqual({
      entry: spanish,
      translated: true,
    });
    expect(versionFor([original], 'lead', 'es')).toEqual({ entry: original, translated: false });
  });

  test('take countries and sources of a translation from its English original', () => {
    const c = corpus();
    const spanish = article('es/lead', { locale: 'es', title: 'Un titular' });
    const view = articleRouteData({ ...c, articles: [...c.articles, spanish] }, spanish, es);
    expect(view.translated).toBe(true);
    expect(view.countries.map((l) => l.href)).toEqual(['/es/allies/colombia/']);
  });

  test('refuse a translation that retypes what it shares with the original', () => {
    const c = corpus();
    const spanish = article('es/lead', {
      locale: 'es',
      countries: ['colombia'],
      published: '2022-03-11',
    });
    const problems = findIntegrityProblems({ ...c, articles: [...c.articles, spanish] });
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/articles/es/lead.mdx countries',
      'content/articles/es/lead.mdx published',
    ]);
  });
});

describe('words that agree with several country names at once', () => {
  const named = (id: string, name: string, gender: string) =>
    country(id, { translations: { es: { name, gender, summary: 'Resumen.' } } });
  const colombia = named('colombia', 'Colombia', 'feminine');
  const jordan = named('jordan', 'Jordania', 'feminine');
  const taiwan = named('taiwan', 'Taiwán', 'masculine');

  test('are feminine only when every name is', () => {
    expect(groupGender([colombia, jordan], 'es')).toBe('feminine');
    expect(groupGender([colombia, taiwan], 'es')).toBe('masculine');
    expect(groupGender([taiwan], 'es')).toBe('masculine');
  });

  test('have no gender in English', () => {
    expect(groupGender([colombia, taiwan], 'en')).toBe('other');
  });
});

describe('a country’s name inside a sentence', () => {
  const philippines = country('philippines', {
    nameInSentence: 'the Philippines',
    translations: { es: { name: 'Filipinas', gender: 'feminine', summary: 'Resumen.' } },
  });
  const peru = country('peru');
  const thailand = country('thailand');

  test('takes its article where it has one, and is its name elsewhere', () => {
    expect(countryNameInSentence(philippines, 'en')).toBe('the Philippines');
    expect(countryNameInSentence(philippines, 'es')).toBe('Filipinas');
    expect(countryNameInSentence(peru, 'en')).toBe('Peru');
  });

  test('is listed in the alphabetical order of the name, not of its article', () => {
    expect(namesInSentence([thailand, philippines, peru], 'en')).toEqual([
      'Peru',
      'the Philippines',
      'Thailand',
    ]);
  });
});
