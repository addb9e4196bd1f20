/**
 * Rewrites the README's field tables from the schemas (see field-docs.ts). The schemas import
 * `astro:content`, so field-docs.ts is loaded through Astro's Vite setup, as Vitest loads it.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getViteConfig } from 'astro/config';
import { createServer, createServerModuleRunner } from 'vite';
import type * as FieldDocs from './field-docs.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const README = join(ROOT, 'README.md');

// Astro's build-time Vite config: its dev-server setup starts work this script never waits for.
const astroVite = getViteConfig({ logLevel: 'warn' }, { logLevel: 'warn' });
const config = await astroVite({ command: 'build', mode: 'production' });
const server = await createServer({
  ...config,
  configFile: false,
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  // Nothing here runs in a browser: no dependency scan or pre-bundling.
  optimizeDeps: { noDiscovery: true, entries: [] },
});
try {
  const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
  const { withFieldTables }: typeof FieldDocs = await runner.import(
    join(ROOT, 'tests', 'support', 'field-docs.ts'),
  );
  const readme = withFieldTables(readFileSync(README, 'utf8'));
  // Replace the file in one step, so an interrupted run never leaves a half-written README.
  writeFileSync(`${README}.tmp`, readme);
  renameSync(`${README}.tmp`, README);
} finally {
  await server.close();
}
