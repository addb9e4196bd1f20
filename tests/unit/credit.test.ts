/**
 * A source's credit line: names keep their language and are marked with it; the words that
 * connect them ("via", "copy at", "citing") come from the page's dictionary.
 */
import { describe, expect, test } from 'vitest';
import { plainText, sourceCredit, wordRuns } from '../../src/lib/credit';
import { sourceSchema, type SourceData } from '../../src/schemas/source';

const source = (fields: Record<string, unknown>): SourceData =>
  sourceSchema.parse({
    title: 'A report',
    url: 'https://example.org/report',
    kind: 'news',
    ...fields,
  });

describe('sourceCredit', () => {
  test('a publisher alone is its name', () => {
    expect(sourceCredit(source({ publisher: 'Reuters' }), 'en')).toEqual([{ text: 'Reuters' }]);
  });

  test('a republished story names its publisher and the site it was read on', () => {
    const s = source({ publisher: 'Sputnik', via: { site: 'UrduPoint News', form: 'syndicated' } });
    expect(plainText(sourceCredit(s, 'en'))).toBe('Sputnik via UrduPoint News');
    expect(plainText(sourceCredit(s, 'es'))).toBe('Sputnik vía UrduPoint News');
  });

  test.each([
    ['copy', 'CRS, copy at Docslib', 'CRS, copia en Docslib'],
    ['text', 'CRS, text at Docslib', 'CRS, texto en Docslib'],
    ['summary', 'CRS, summary at Docslib', 'CRS, resumen en Docslib'],
    ['archive', 'CRS, archived at Docslib', 'CRS, archivado en Docslib'],
    ['translation', 'CRS, English copy at Docslib', 'CRS, copia en inglés en Docslib'],
  ])('a %s is worded in each language', (form, en, es) => {
    const s = source({ publisher: 'CRS', via: { site: 'Docslib', form } });
    expect(plainText(sourceCredit(s, 'en'))).toBe(en);
    expect(plainText(sourceCredit(s, 'es'))).toBe(es);
  });

  test('a report relaying figures names whose they are', () => {
    const s = source({ publisher: 'Semana', citing: 'Migración Colombia', language: 'es' });
    expect(plainText(sourceCredit(s, 'en'))).toBe('Semana, citing Migración Colombia');
    expect(plainText(sourceCredit(s, 'es'))).toBe('Semana, citando a Migración Colombia');
  });

  test('names are marked with their language where it is not the page’s; connecting words are not', () => {
    const s = source({
      publisher: 'Associated Press',
      publisherLanguage: 'en',
      via: { site: 'Publimetro', form: 'syndicated' },
      language: 'es',
    });
    expect(sourceCredit(s, 'es')).toEqual([
      { text: 'Associated Press', lang: 'en' },
      { text: ' vía ' },
      { text: 'Publimetro', lang: undefined },
    ]);
    expect(sourceCredit(s, 'en')).toEqual([
      { text: 'Associated Press', lang: undefined },
      { text: ' via ' },
      { text: 'Publimetro', lang: 'es' },
    ]);
  });

  test('a connection the schema does not know is refused', () => {
    expect(() => source({ publisher: 'X', via: { site: 'Y', form: 'mirror' } })).toThrow();
  });
});

describe('wordRuns', () => {
  test('fails when a message drops a placeholder', () => {
    expect(() => wordRuns(() => 'nothing', { name: [{ text: 'X' }] })).toThrow(/once/);
  });
});

describe('a source from state media', () => {
  test.each([
    [
      { publisher: 'TASS', stateMedia: 'russia' },
      'TASS, Russian state media',
      'TASS, medio estatal ruso',
    ],
    [
      {
        publisher: 'Sputnik',
        via: { site: 'UrduPoint News', form: 'syndicated' },
        stateMedia: 'russia',
      },
      'Sputnik via UrduPoint News, Russian state media',
      'Sputnik vía UrduPoint News, medio estatal ruso',
    ],
    [
      { publisher: 'Xinhua', stateMedia: 'china' },
      'Xinhua, Chinese state media',
      'Xinhua, medio estatal chino',
    ],
    [
      { publisher: 'Anadolu Agency', stateMedia: 'turkey' },
      'Anadolu Agency, Turkish state media',
      'Anadolu Agency, medio estatal turco',
    ],
  ])('is credited with the mark in plain words, in each language (%j)', (fields, en, es) => {
    expect(plainText(sourceCredit(source(fields), 'en'))).toBe(en);
    expect(plainText(sourceCredit(source(fields), 'es'))).toBe(es);
  });

  test('the mark is its own segment, so the page can show it apart from the names', () => {
    const credit = sourceCredit(source({ publisher: 'TASS', stateMedia: 'russia' }), 'en');
    expect(credit.at(-1)).toEqual({ text: 'Russian state media', stateMedia: true });
    expect(credit.filter((s) => s.stateMedia)).toHaveLength(1);
  });

  test('an independent source carries no mark', () => {
    const credit = sourceCredit(source({ publisher: 'EFE' }), 'en');
    expect(credit.some((s) => s.stateMedia)).toBe(false);
  });
});
