/**
 * Field documentation, read from the schemas. Every field says what it holds once, in its
 * schema's `.describe()` or `.meta()`, and everything that documents fields is generated from
 * there: the README's authoring tables (tests/support/field-docs.ts, `npm run docs:fields`), the
 * open-data JSON Schema (`datasetJsonSchema`) and the /data/ page's field list ({@link fieldDocs}).
 */
import { z } from 'astro/zod';
import { DEFAULT_LOCALE, intlLocale, type Locale } from '../settings';
import { allyRecord } from './open-data';

/** One field of an object schema, with what its schema says about it. */
export interface SchemaField {
  /** Its path from the object documented: `iso2`, `lifecycle[].kind`. */
  name: string;
  /** False when it may be left out (optional, or with a default). */
  required: boolean;
  /** Its metadata: `description` in English, and other languages where readers see it. */
  meta: z.GlobalMeta;
  /** The values a closed list allows, in order. */
  values?: readonly string[];
}

/** The schema inside optional, nullable and default wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (
    inner instanceof z.ZodOptional ||
    inner instanceof z.ZodNullable ||
    inner instanceof z.ZodDefault
  ) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

/**
 * The fields of an object schema, in order. With `nested`, the fields of objects inside it too,
 * each after its parent (`lifecycle`, then `lifecycle[].kind`, …).
 */
export function schemaFields(
  schema: z.ZodObject,
  { nested = false, prefix = '' }: { nested?: boolean; prefix?: string } = {},
): SchemaField[] {
  return Object.entries(schema.shape).flatMap(([key, field]: [string, z.ZodType]) => {
    const name = `${prefix}${key}`;
    const inner = unwrap(field);
    const own: SchemaField = {
      name,
      required: !field.safeParse(undefined).success,
      meta: field.meta() ?? {},
      ...(inner instanceof z.ZodEnum ? { values: inner.options.map(String) } : {}),
    };
    const isList = inner instanceof z.ZodArray;
    const object = isList ? unwrap(inner.element as z.ZodType) : inner;
    if (!nested || !(object instanceof z.ZodObject)) return [own];
    return [own, ...schemaFields(object, { nested, prefix: `${name}${isList ? '[]' : ''}.` })];
  });
}

/** What a field's schema says it holds, in `locale`; throws when the schema does not say. */
export function fieldDescription(field: SchemaField, locale: Locale = DEFAULT_LOCALE): string {
  const text = locale === DEFAULT_LOCALE ? field.meta.description : field.meta[locale];
  if (typeof text !== 'string' || text === '') {
    throw new Error(`the schema field "${field.name}" has no description in "${locale}"`);
  }
  return text;
}

/** A documented field of the open data, as the /data/ page lists it. */
export interface FieldDoc {
  /** Its path in a record, e.g. `lifecycle[].kind`. */
  name: string;
  /** What it holds, in the page's language. */
  description: string;
  /**
   * For a closed list, the values it allows joined as a list in the page's language ("year,
   * month or day"): `value` parts are the values themselves (English identifiers, to be shown as
   * code), the others the list's words. Empty for an open field.
   */
  values: readonly { text: string; value: boolean }[];
  /** Description and values as one line of plain text. */
  text: string;
}

/**
 * The fields of a published ally record (allies.json, one per country), each with what it
 * holds in `locale` and, for a closed list, the values it allows: the /data/ page's list.
 */
export function fieldDocs(locale: Locale): FieldDoc[] {
  const or = new Intl.ListFormat(intlLocale(locale), { type: 'disjunction' });
  return schemaFields(allyRecord, { nested: true }).map((field) => {
    const description = fieldDescription(field, locale);
    const values = field.values
      ? or.formatToParts(field.values).map((p) => ({ text: p.value, value: p.type === 'element' }))
      : [];
    const list = values.map((v) => v.text).join('');
    return {
      name: field.name,
      description,
      values,
      text: list ? `${description} (${list})` : description,
    };
  });
}
