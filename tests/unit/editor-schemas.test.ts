/**
 * The editor's JSON Schemas (.vscode/schemas/, tests/support/editor-schemas.ts): committed files
 * that match the Zod schemas, accept every real content file, reject what the build rejects,
 * and are mapped by .vscode/settings.json to exactly their collection's files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { CORE_SCHEMA, load } from 'js-yaml';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections';
import { EDITOR_SCHEMAS, editorSchema, editorSchemaPath } from '../support/editor-schemas';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** A file's data as the loader reads it: YAML without timestamps, or an MDX file's frontmatter. */
function dataOf(path: string): unknown {
  const text = read(path);
  const yaml = path.endsWith('.mdx') ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] : text;
  return load(yaml ?? '', { schema: CORE_SCHEMA });
}

/** Every content file, from the project root, with its collection. */
const CONTENT_FILES = COLLECTIONS.flatMap((collection) =>
  readdirSync(join(ROOT, 'content', collection), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ya?ml|mdx)$/.test(name))
    .sort()
    .map((name) => ({ collection, path: `content/${collection}/${name}` })),
);

// VS Code's keywords for hover text and error messages are not JSON Schema's.
const ajv = new Ajv({ allErrors: true }).addVocabulary([
  'markdownDescription',
  'patternErrorMessage',
]);
const validators = new Map<CollectionName, ValidateFunction>(
  COLLECTIONS.map((c) => [c, ajv.compile(JSON.parse(read(editorSchemaPath(c))) as object)]),
);

/** The editor's complaints about `data` as a collection's entry; empty when it accepts it. */
function complaints(collection: CollectionName, data: unknown): string[] {
  const validate = validators.get(collection);
  if (!validate || validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}

describe('the committed editor schemas', () => {
  test.each(COLLECTIONS)(
    '%s matches src/schemas (run `npm run editor:schemas` after changing a schema)',
    (collection) => {
      expect(JSON.parse(read(editorSchemaPath(collection)))).toEqual(editorSchema(collection));
    },
  );

  test("document every field, with the schema's own words", () => {
    const schema = editorSchema('facts') as {
      properties: Record<string, { description?: string }>;
    };
    expect(schema.properties['asOf']?.description).toBe(
      EDITOR_SCHEMAS.facts.schema.shape.asOf.description,
    );
    for (const collection of COLLECTIONS) {
      const { properties } = editorSchema(collection) as typeof schema;
      for (const [name, field] of Object.entries(properties)) {
        expect(field.description, `${collection}: ${name}`).toBeTruthy();
      }
    }
  });
});

describe('the editor schemas and the build agree', () => {
  test.each(CONTENT_FILES)('$path passes its schema', ({ collection, path }) => {
    expect(complaints(collection, dataOf(path))).toEqual([]);
  });

  const colombia = () => dataOf('content/countries/colombia.yaml') as Record<string, unknown>;
  const source = () => dataOf('content/sources/tass-2022-05-24-colombia.yaml') as object;
  const fact = () => dataOf('content/facts/venezuelans-in-colombia-2021-08.yaml') as object;
  const correction = () =>
    dataOf('content/corrections/colombia-major-non-nato-ally-2022-03-10.yaml') as object;
  const article = () => dataOf('content/articles/colombia-major-non-nato-ally.mdx') as object;
  const firstStep = (changes: object) => {
    const country = colombia();
    const [step, ...rest] = country['lifecycle'] as object[];
    return { ...country, lifecycle: [{ ...step, ...changes }, ...rest] };
  };
  const without = (data: Record<string, unknown>, key: string) =>
    Object.fromEntries(Object.entries(data).filter(([k]) => k !== key));

  test.each<[string, CollectionName, () => unknown, RegExp]>([
    ['a misspelt field', 'countries', () => ({ ...colombia(), regoin: 'americas' }), /additional/],
    ['a required field left out', 'countries', () => without(colombia(), 'region'), /region/],
    [
      'a value outside a closed list',
      'countries',
      () => ({ ...colombia(), region: 'latam' }),
      /allowed values/,
    ],
    [
      'an unquoted ISO numeric code',
      'countries',
      () => ({ ...colombia(), isoNumeric: 170 }),
      /isoNumeric must be string/,
    ],
    ['a date in words', 'countries', () => firstStep({ date: 'May 2022' }), /date must match/],
    [
      'an empty list of sources',
      'countries',
      () => firstStep({ sources: [] }),
      /sources must NOT have fewer than 1/,
    ],
    [
      'an unknown language in translations',
      'countries',
      () => ({ ...colombia(), translations: { fr: {} } }),
      /additional/,
    ],
    [
      'a source URL without https',
      'sources',
      () => ({ ...source(), url: 'http://tass.com/world/1454871' }),
      /url must match/,
    ],
    [
      'a state-media mark that names no state',
      'sources',
      () => ({ ...source(), stateMedia: 'yes' }),
      /stateMedia must be equal to one of the allowed values/,
    ],
    [
      'a state-media acknowledgement that is not `true`',
      'countries',
      () => firstStep({ stateMediaOnly: false }),
      /stateMediaOnly must be equal to constant/,
    ],
    [
      'words where a number belongs',
      'facts',
      () => ({ ...fact(), value: '1.8 million' }),
      /value must be number/,
    ],
    [
      'a date-time without its offset',
      'corrections',
      () => ({ ...correction(), issued: '2022-03-10T21:40:00' }),
      /issued must match/,
    ],
    [
      'a description too short for search results',
      'articles',
      () => ({ ...article(), description: 'Short.' }),
      /description must NOT have fewer than 50/,
    ],
  ])('%s is flagged in the editor, as the build rejects it', (_name, collection, make, message) => {
    const data = make();
    expect(complaints(collection, data).join('\n')).toMatch(message);
    expect(EDITOR_SCHEMAS[collection].schema.safeParse(data).success, 'the build rejects it').toBe(
      false,
    );
  });

  test('a reference that is not a file name is flagged in the editor, before the build', () => {
    const data = firstStep({ sources: ['TASS 2022'] });
    expect(complaints('countries', data).join('\n')).toMatch(/sources\/0 must match/);
    // Zod takes any text; the build's integrity check then finds no such file (integrity.test.ts).
    expect(EDITOR_SCHEMAS.countries.schema.safeParse(data).success).toBe(true);
  });
});

describe('.vscode/settings.json', () => {
  // VS Code settings are JSON with comments; TypeScript reads that dialect.
  const settings = ts.parseConfigFileTextToJson('settings.json', read('.vscode/settings.json'))
    .config as { 'yaml.schemas': Record<string, string | string[]> };
  const mappings = Object.entries(settings['yaml.schemas']).map(([schema, globs]) => ({
    schema,
    globs: [globs].flat(),
  }));
  // The YAML extension matches each glob anywhere in a file's path ("**/" in front).
  const schemasFor = (path: string) =>
    mappings.filter((m) => m.globs.some((glob) => matchesGlob(path, glob))).map((m) => m.schema);

  test.each(CONTENT_FILES)(
    "gives $path its collection's schema, or none to MDX",
    ({ collection, path }) => {
      expect(schemasFor(path)).toEqual(path.endsWith('.mdx') ? [] : [editorSchemaPath(collection)]);
    },
  );

  test('maps a .yml file too, as the loaders read both', () => {
    expect(schemasFor('content/facts/new-figure.yml')).toEqual([editorSchemaPath('facts')]);
  });

  test('names only schema files that exist', () => {
    for (const { schema } of mappings) expect(() => read(schema), schema).not.toThrow();
    // One per YAML collection: countries, sources, facts, events, corrections, treaties, glossary.
    expect(mappings.map((m) => relative('.vscode/schemas', m.schema))).toHaveLength(7);
  });
});
