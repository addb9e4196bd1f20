/**
 * The README's field tables, generated from the doc comments in src/schemas/, so the authoring
 * guide cannot drift from the contract. `npm run docs:fields` rewrites them;
 * tests/unit/readme.test.ts fails when they are stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SCHEMAS = join(import.meta.dirname, '..', '..', 'src', 'schemas');

/** One table per README section: which schema file and which object literals it documents. */
export const FIELD_TABLES = [
  { id: 'sources', file: 'source.ts', consts: ['sourceSchema'] },
  { id: 'countries', file: 'country.ts', consts: ['countrySchema'] },
  { id: 'lifecycle', file: 'country.ts', consts: ['lifecycleEventSchema'] },
  { id: 'facts', file: 'fact.ts', consts: ['factSchema'] },
  { id: 'events', file: 'event.ts', consts: ['eventSchema'] },
  { id: 'articles', file: 'page.ts', consts: ['longformFields', 'articleSchema'] },
  { id: 'corrections', file: 'correction.ts', consts: ['correctionSchema'] },
] as const;

interface Field {
  name: string;
  required: boolean;
  doc: string;
}

/** The documented properties of `const NAME = …` in `source`, in order. */
function fieldsOf(source: string, name: string): Field[] {
  const start = source.search(new RegExp(`(?:export )?const ${name}\\b`));
  if (start < 0) throw new Error(`no const ${name}`);
  const rest = source.slice(start + 1);
  const end = rest.search(/\n(?:export |const |function )/);
  const block = end < 0 ? rest : rest.slice(0, end);
  const fields: Field[] = [];
  const pattern =
    /\/\*\*([\s\S]*?)\*\/\s*\n\s*([A-Za-z][A-Za-z0-9]*)(?::|,(?=\s*\n))([\s\S]*?)(?=\n\s*\/\*\*|\n\s*}\)|$)/g;
  for (const [, doc = '', field = '', expression = ''] of block.matchAll(pattern)) {
    if (field === '...') continue;
    fields.push({
      name: field,
      // translations(…) supplies its own default.
      required: !/\.optional\(\)|\.default\(|^\s*translations\(/.test(expression),
      doc: doc
        .replace(/^\s*\*\s?/gm, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    });
  }
  return fields;
}

/** The Markdown table for one README section. */
export function fieldTable(id: (typeof FIELD_TABLES)[number]['id']): string {
  const spec = FIELD_TABLES.find((t) => t.id === id)!;
  const source = readFileSync(join(SCHEMAS, spec.file), 'utf8');
  const fields = spec.consts.flatMap((c) => fieldsOf(source, c));
  const rows = fields.map(
    (f) =>
      `| \`${f.name}\` | ${f.required ? 'required' : 'optional'} | ${f.doc.replace(/\|/g, '\\|')} |`,
  );
  return ['| Field | | What it holds |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `readme` with every `<!-- fields:ID -->…<!-- /fields -->` block regenerated. */
export function withFieldTables(readme: string): string {
  return readme.replace(
    /<!-- fields:([a-z]+) -->[\s\S]*?<!-- \/fields -->/g,
    (_m, id: (typeof FIELD_TABLES)[number]['id']) =>
      `<!-- fields:${id} -->\n\n${fieldTable(id)}\n\n<!-- /fields -->`,
  );
}
