/**
 * Builds the Pagefind search index into dist/pagefind/ once Astro has written the site:
 * `npm run build` runs it after `astro build`. Only pages marked data-pagefind-body (articles,
 * topics, allies) are indexed, one index per language, so navigation chrome stays out of results.
 *
 * It runs as its own process, after Astro's has exited: Pagefind holds the whole index in memory
 * (about 2 GB for 10,000 pages), and inside Astro's build hook that came on top of the memory
 * Astro still held, nearly doubling the build's peak.
 *
 *   node src/postbuild/search-index.ts [dist]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { close, createIndex } from 'pagefind';

const site = resolve(process.argv[2] ?? 'dist');
if (!existsSync(resolve(site, 'index.html'))) {
  throw new Error(`${site} has no index.html: run astro build first (npm run build does both)`);
}
const started = performance.now();
try {
  const { index, errors } = await createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0)
    throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: resolve(site, 'pagefind') });
  if (written.errors.length > 0)
    throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[search-index] indexed ${added.page_count} pages in ${seconds}s`);
} finally {
  await close();
}
