import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import {
  FIELD_TABLES,
  fieldTable,
  NESTED_TABLES,
  withFieldTables,
  type FieldTableId,
} from '../support/field-docs';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

/** Table rows without Prettier's column padding, so only the content is compared. */
const unpadded = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) =>
      line.startsWith('|') ? line.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---') : line,
    )
    .join('\n');

describe("the README's authoring guide", () => {
  test.each(Object.keys(FIELD_TABLES) as FieldTableId[])('has a field table for %s', (id) => {
    expect(README).toContain(`<!-- fields:${id} -->`);
    expect(fieldTable(id).split('\n').length).toBeGreaterThan(4);
  });

  test('field tables match the schemas (run `npm run docs:fields` after changing a schema)', () => {
    expect(unpadded(README)).toBe(unpadded(withFieldTables(README)));
  });

  // The example after each table is read as the loader reads content (no YAML timestamps), so
  // it cannot show a field, a value or a form the schema would reject.
  test.each(
    (Object.keys(FIELD_TABLES) as FieldTableId[]).filter((id) => !NESTED_TABLES.includes(id)),
  )('the %s example passes its schema', (id) => {
    const after = README.slice(README.indexOf('<!-- /fields -->', README.indexOf(`fields:${id}`)));
    const block = /```(yaml|mdx)\n([\s\S]*?)\n```/.exec(after);
    const yaml =
      block?.[1] === 'mdx' ? /^---\n([\s\S]*?)\n---/.exec(block[2] ?? '')?.[1] : block?.[2];
    const result = FIELD_TABLES[id].safeParse(load(yaml ?? '', { schema: CORE_SCHEMA }));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
