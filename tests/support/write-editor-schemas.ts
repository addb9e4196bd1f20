/**
 * `npm run editor:schemas`: writes each collection's JSON Schema (editor-schemas.ts) to
 * .vscode/schemas/, where .vscode/settings.json maps it to the collection's files. Run it after
 * changing a schema in src/schemas; tests/unit/editor-schemas.test.ts fails until then.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { withAstroModules } from './astro-modules.ts';
import type * as EditorSchemas from './editor-schemas.ts';

const ROOT = join(import.meta.dirname, '..', '..');

await withAstroModules(async (load) => {
  const { editorSchemaPath, editorSchemaText } = await load<typeof EditorSchemas>(
    join(ROOT, 'tests', 'support', 'editor-schemas.ts'),
  );
  for (const collection of COLLECTIONS) {
    const file = join(ROOT, editorSchemaPath(collection));
    mkdirSync(dirname(file), { recursive: true });
    // Replace each file in one step: an editor watching it never reads half a schema.
    writeFileSync(`${file}.tmp`, editorSchemaText(collection));
    renameSync(`${file}.tmp`, file);
    console.log(`wrote ${editorSchemaPath(collection)}`);
  }
});
