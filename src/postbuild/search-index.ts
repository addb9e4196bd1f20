/**
 * Builds the Pagefind search index into dist/pagefind/ once Astro has written the site:
 * `npm run build` runs it after `astro build`. Only articles, topics and allies are indexed, one
 * index per language, and of each only the elements it marks data-pagefind-body (searchContent in
 * src/data/locals.ts): its own content, so the frame, notices and boxes stay out of results.
 *
 * It runs as its own process, after Astro's has exited: Pagefind holds the whole index in memory
 * (about 2 GB for 10,000 pages), and inside Astro's build hook that came on top of the memory
 * Astro still held, nearly doubling the build's peak.
 *
 *   node src/postbuild/search-index.ts [dist]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { close, createIndex } from 'pagefind';
import { spaceBlocks, termsAsParagraphs } from './space-blocks.ts';

const site = resolve(process.argv[2] ?? 'dist');
if (!existsSync(resolve(site, 'index.html'))) {
  throw new Error(`${site} has no index.html: run astro build first (npm run build does both)`);
}
const started = performance.now();
try {
  const { index, errors } = await createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Each page goes in with a space between adjacent block elements, so excerpts never read
  // "PentagonInstrument" where a term and its description sat side by side, and with terms and
  // descriptions read as paragraphs, so each ends its sentence (see space-blocks.ts).
  const files = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
    .sort();
  for (const file of files) {
    const added = await index.addHTMLFile({
      sourcePath: relative(site, join(site, file)).split(sep).join('/'),
      content: spaceBlocks(termsAsParagraphs(readFileSync(join(site, file), 'utf8'))),
    });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
    }
  }
  const written = await index.writeFiles({ outputPath: resolve(site, 'pagefind') });
  if (written.errors.length > 0)
    throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[search-index] read ${files.length} pages in ${seconds}s`);
} finally {
  await close();
}
