import { describe, expect, test } from 'vitest';
import { fieldDescription, fieldDocs, schemaFields } from '../../src/lib/field-docs';
import { allyRecord, datasetJsonSchema } from '../../src/lib/open-data';
import { COLLECTIONS } from '../../src/schemas/collections';
import { countrySchema, EVENT_KINDS, lifecycleEventSchema } from '../../src/schemas/country';
import { correctionSchema } from '../../src/schemas/correction';
import { eventSchema } from '../../src/schemas/event';
import { factSchema } from '../../src/schemas/fact';
import { glossarySchema } from '../../src/schemas/glossary';
import { infoPageSchema } from '../../src/schemas/info-page';
import { articleSchema, topicSchema } from '../../src/schemas/page';
import { sourceSchema } from '../../src/schemas/source';
import { treatySchema } from '../../src/schemas/treaty';
import { LOCALES } from '../../src/settings';

const CONTENT_SCHEMAS = {
  countries: countrySchema,
  sources: sourceSchema,
  facts: factSchema,
  events: eventSchema,
  articles: articleSchema,
  topics: topicSchema,
  corrections: correctionSchema,
  treaties: treatySchema,
  glossary: glossarySchema,
  pages: infoPageSchema,
} satisfies Record<(typeof COLLECTIONS)[number], unknown>;

describe('field documentation lives in the schemas', () => {
  test.each([...COLLECTIONS, 'lifecycle'] as const)('every %s field says what it holds', (id) => {
    const schema = id === 'lifecycle' ? lifecycleEventSchema : CONTENT_SCHEMAS[id];
    for (const field of schemaFields(schema)) expect(fieldDescription(field)).not.toBe('');
  });

  test('required and optional are read from the schema', () => {
    const fields = Object.fromEntries(schemaFields(lifecycleEventSchema).map((f) => [f.name, f]));
    expect(fields['kind']).toMatchObject({ required: true, values: EVENT_KINDS });
    expect(fields['dateBound']?.required).toBe(false);
    expect(fields['track']?.required).toBe(false);
    expect(fields['translations']?.required).toBe(false);
  });

  test.each(LOCALES)('every open-data field is described in %s', (locale) => {
    for (const field of schemaFields(allyRecord, { nested: true })) {
      expect(fieldDescription(field, locale), field.name).not.toBe('');
    }
  });

  test('the /data/ page lists every field of a record, nested ones by path, with closed lists', () => {
    const en = fieldDocs('en');
    expect(en.map((f) => f.name)).toContain('lifecycle[].sources[].url');
    expect(en.find((f) => f.name === 'lifecycle[].kind')?.text).toBe(
      'What the step was (announced, notified-congress, designated, revoked, or legislated)',
    );
    expect(fieldDocs('es').find((f) => f.name === 'lifecycle[].datePrecision')?.text).toBe(
      'Qué parte de la fecha se conoce (year, month o day)',
    );
    expect(fieldDocs('es').map((f) => f.name)).toEqual(en.map((f) => f.name));
  });

  test('the JSON Schema carries the English descriptions and no other language', () => {
    const text = JSON.stringify(datasetJsonSchema('https://example.org/'));
    expect(text).toContain('"description":"ISO 3166-1 alpha-2 code"');
    expect(text).not.toContain('"es":');
  });
});
