/**
 * Rewrites the README's field tables from the schemas (see field-docs.ts). The schemas import
 * `astro:content`, so field-docs.ts is loaded through Astro's Vite setup, as Vitest loads it.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withAstroModules } from './astro-modules.ts';
import type * as FieldDocs from './field-docs.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const README = join(ROOT, 'README.md');

await withAstroModules(async (load) => {
  const { withFieldTables } = await load<typeof FieldDocs>(
    join(ROOT, 'tests', 'support', 'field-docs.ts'),
  );
  const readme = withFieldTables(readFileSync(README, 'utf8'));
  // Replace the file in one step, so an interrupted run never leaves a half-written README.
  writeFileSync(`${README}.tmp`, readme);
  renameSync(`${README}.tmp`, README);
});
