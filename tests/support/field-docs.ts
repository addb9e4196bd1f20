/**
 * The README's field tables, generated from the schemas' `.describe()` (src/lib/field-docs.ts),
 * so the authoring guide cannot drift from the contract. `npm run docs:fields` rewrites them;
 * tests/unit/readme.test.ts fails when they are stale. It imports the schemas, which need
 * Astro's Vite setup (`astro:content`): run it through Vitest or write-field-docs.ts.
 */
import { fieldDescription, schemaFields } from '../../src/lib/field-docs';
import { countrySchema, lifecycleEventSchema } from '../../src/schemas/country';
import { correctionSchema } from '../../src/schemas/correction';
import { eventSchema } from '../../src/schemas/event';
import { factSchema } from '../../src/schemas/fact';
import { glossarySchema } from '../../src/schemas/glossary';
import { infoPageSchema } from '../../src/schemas/info-page';
import { articleSchema, topicSchema } from '../../src/schemas/page';
import { sourceSchema } from '../../src/schemas/source';
import { treatyNoteSchema, treatySchema, treatySuspensionSchema } from '../../src/schemas/treaty';

/** One table per README section, by the id in its `<!-- fields:ID -->` marker. */
export const FIELD_TABLES = {
  sources: sourceSchema,
  countries: countrySchema,
  lifecycle: lifecycleEventSchema,
  facts: factSchema,
  events: eventSchema,
  articles: articleSchema,
  topics: topicSchema,
  corrections: correctionSchema,
  treaties: treatySchema,
  suspensions: treatySuspensionSchema,
  notes: treatyNoteSchema,
  glossary: glossarySchema,
  pages: infoPageSchema,
} as const;

export type FieldTableId = keyof typeof FIELD_TABLES;

/** Tables of objects nested in an entry (a lifecycle step, a treaty's suspension): no example of their own. */
export const NESTED_TABLES: readonly FieldTableId[] = ['lifecycle', 'suspensions', 'notes'];

/** The Markdown table for one README section. */
export function fieldTable(id: FieldTableId): string {
  const rows = schemaFields(FIELD_TABLES[id]).map(
    (f) =>
      `| \`${f.name}\` | ${f.required ? 'required' : 'optional'} | ${fieldDescription(f).replace(/\|/g, '\\|')} |`,
  );
  return ['| Field | | What it holds |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `readme` with every `<!-- fields:ID -->…<!-- /fields -->` block regenerated. */
export function withFieldTables(readme: string): string {
  return readme.replace(/<!-- fields:([a-z]+) -->[\s\S]*?<!-- \/fields -->/g, (_m, id: string) => {
    if (!(id in FIELD_TABLES)) throw new Error(`README: no schema for <!-- fields:${id} -->`);
    return `<!-- fields:${id} -->\n\n${fieldTable(id as FieldTableId)}\n\n<!-- /fields -->`;
  });
}
