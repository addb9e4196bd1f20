/**
 * JSON Schemas of the content files, for editors: completion, hover text and red squiggles in
 * `content/**` as authors type. Generated from the Zod schemas in src/schemas, so each field's
 * `.describe()` is its documentation here too; `npm run editor:schemas` writes them to
 * .vscode/schemas/, and tests/unit/editor-schemas.test.ts fails when they are stale.
 *
 * They describe a file as it is written, before Zod's transforms: a date is text or a bare
 * year, a reference is a slug. Rules that span fields or files (a status that must agree with
 * its lifecycle, an ISO numeric code that must match iso2, a source that must exist) are the
 * build's; a JSON Schema cannot say them. Import through Vitest or `withAstroModules`: the
 * schemas import `astro:content`.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../../src/schemas/collections';
import { httpsUrl } from '../../src/schemas/common';
import { correctionSchema } from '../../src/schemas/correction';
import { countrySchema } from '../../src/schemas/country';
import {
  PARTIAL_DATE,
  partialDate,
  timestamp,
  ZONED,
  zonedDateTime,
} from '../../src/schemas/dates';
import { eventSchema } from '../../src/schemas/event';
import { factSchema } from '../../src/schemas/fact';
import { glossarySchema } from '../../src/schemas/glossary';
import { infoPageSchema } from '../../src/schemas/info-page';
import { articleSchema, topicSchema } from '../../src/schemas/page';
import { SLUG } from '../../src/schemas/slug';
import { sourceSchema } from '../../src/schemas/source';
import { treatySchema } from '../../src/schemas/treaty';
import { LOCALES } from '../../src/settings';

/** Each collection's schema, and what its files are, for the schema's title. */
export const EDITOR_SCHEMAS = {
  countries: { schema: countrySchema, title: 'A country: content/countries/<slug>.yaml' },
  sources: { schema: sourceSchema, title: 'A source: content/sources/<slug>.yaml' },
  facts: { schema: factSchema, title: 'A fact: content/facts/<slug>.yaml' },
  events: { schema: eventSchema, title: 'An event: content/events/<slug>.yaml' },
  articles: {
    schema: articleSchema,
    title: "An article's frontmatter: content/articles/<slug>.mdx",
  },
  topics: { schema: topicSchema, title: "A topic's frontmatter: content/topics/<slug>.mdx" },
  corrections: { schema: correctionSchema, title: 'A correction: content/corrections/<slug>.yaml' },
  treaties: { schema: treatySchema, title: 'A treaty: content/treaties/<slug>.yaml' },
  glossary: { schema: glossarySchema, title: 'A glossary term: content/glossary/<slug>.yaml' },
  pages: {
    schema: infoPageSchema,
    title:
      "An About, Methodology or Corrections policy page's frontmatter: content/pages/<slug>.mdx",
  },
} satisfies Record<CollectionName, { schema: z.ZodType; title: string }>;

/** Where a collection's editor schema is written, from the project root. */
export function editorSchemaPath(collection: CollectionName): string {
  return `.vscode/schemas/${collection}.schema.json`;
}

type JsonSchema = Record<string, unknown>;

/** True when `schema` is `base`, or was made from it by `.describe()`/`.meta()` (a clone). */
function derivesFrom(schema: z.core.$ZodType, base: z.core.$ZodType): boolean {
  for (let s: z.core.$ZodType | undefined = schema; s; s = s._zod.parent) {
    if (s === base) return true;
  }
  return false;
}

/**
 * Astro's `reference()`: a union of a slug, a number and two object forms, piped into a
 * transform. It carries no name, so it is recognised by that shape.
 */
function isReference(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def;
  if (def.type !== 'pipe') return false;
  const input = (def as z.core.$ZodPipeDef).in._zod.def;
  return (
    input.type === 'union' &&
    (input as z.core.$ZodUnionDef).options.some((option) => {
      const shape = (option._zod.def as Partial<z.core.$ZodObjectDef>).shape;
      return shape !== undefined && Object.keys(shape).join() === 'id,collection';
    })
  );
}

/**
 * What authors are told when a value does not have its written form: the YAML extension shows
 * `patternErrorMessage` in place of the bare regular expression.
 */
const slug = {
  type: 'string',
  pattern: SLUG.source,
  patternErrorMessage:
    "Another entry's file name without its extension: lower-case words joined by hyphens.",
};
const dateTime = {
  type: 'string',
  pattern: ZONED.source,
  patternErrorMessage:
    'A date-time with its UTC offset, in quotes, e.g. "2022-03-10T21:40:00-05:00".',
};
const day = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  patternErrorMessage: 'A date written YYYY-MM-DD, or a date-time with its UTC offset in quotes.',
};

/**
 * The JSON Schema of the forms authors write, for the building blocks whose Zod form a JSON
 * Schema cannot state (a preprocess, a transform, a custom check): undefined for the others.
 */
function writtenForm(schema: z.core.$ZodType): JsonSchema | undefined {
  if (isReference(schema)) return slug;
  // YAML reads a bare year (1987) as a number; the schema turns it back into text.
  if (derivesFrom(schema, partialDate)) {
    return {
      anyOf: [
        {
          type: 'string',
          pattern: PARTIAL_DATE.source,
          patternErrorMessage: 'A date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022-05-23.',
        },
        { type: 'integer', minimum: 1000, maximum: 9999 },
      ],
    };
  }
  if (derivesFrom(schema, timestamp)) return { anyOf: [day, dateTime] };
  if (derivesFrom(schema, zonedDateTime)) return dateTime;
  if (derivesFrom(schema, httpsUrl)) {
    return {
      type: 'string',
      pattern: '^https://\\S+$',
      patternErrorMessage: 'An https:// URL.',
    };
  }
  return undefined;
}

/**
 * Fields inside `translations.<locale>` reuse their English field's schema without its
 * description; say what they are, so completion inside `es:` is documented too.
 */
function describeTranslations(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(describeTranslations);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as JsonSchema;
  const properties = schema['properties'] as Record<string, JsonSchema> | undefined;
  const locales = properties?.['translations']?.['properties'] as
    Record<string, JsonSchema> | undefined;
  for (const [locale, words] of Object.entries(locales ?? {})) {
    const language = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
    words['description'] ??= `The ${language} words. Any left out fall back to the English.`;
    const fields = (words['properties'] ?? {}) as Record<string, JsonSchema>;
    for (const [name, field] of Object.entries(fields)) {
      field['description'] ??=
        `\`${name}\` in ${language}. Left out, readers of the ${language} edition see the English, marked as English.`;
    }
  }
  for (const value of Object.values(schema)) describeTranslations(value);
}

/** Hover and completion render `markdownDescription` (backticks as code) where there is one. */
function withMarkdownDescriptions(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(withMarkdownDescriptions);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as JsonSchema;
  if (typeof schema['description'] === 'string') {
    schema['markdownDescription'] = schema['description'];
  }
  for (const value of Object.values(schema)) withMarkdownDescriptions(value);
}

/**
 * The editor schema of one collection: JSON Schema draft-07, which the YAML language server
 * (VS Code's YAML extension, and Astro's for MDX frontmatter) fully supports.
 */
export function editorSchema(collection: CollectionName): JsonSchema {
  const { schema, title } = EDITOR_SCHEMAS[collection];
  const json = z.toJSONSchema(schema, {
    target: 'draft-07',
    // The files are the input: fields with a default are optional, dates are text.
    io: 'input',
    // The custom checks become {} and are then given their written form just below.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // Descriptions in other languages are for the open data's readers (src/schemas/common.ts).
      for (const locale of LOCALES) delete jsonSchema[locale];
      const form = writtenForm(zodSchema);
      if (!form) return;
      for (const key of Object.keys(jsonSchema)) {
        if (key !== 'description' && key !== 'default') delete jsonSchema[key];
      }
      Object.assign(jsonSchema, form);
    },
  }) as JsonSchema;
  const { $schema, ...rest } = json;
  const result: JsonSchema = { $schema, title, ...rest };
  describeTranslations(result);
  withMarkdownDescriptions(result);
  return result;
}

/** The file's text before Prettier formats it (`npm run editor:schemas` runs both). */
export function editorSchemaText(collection: CollectionName): string {
  return `${JSON.stringify(editorSchema(collection), null, 2)}\n`;
}
