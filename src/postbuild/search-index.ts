/**
 * Builds the Pagefind search indexes once Astro has written the site: `npm run build` runs it
 * after `astro build`. Only articles, topics and allies are indexed, and of each only the elements
 * it marks data-pagefind-body (searchContent in src/data/locals.ts): its own content, so the
 * frame, notices and boxes stay out of results. Pages that mark nothing (listings, fallback pages)
 * are not handed to Pagefind at all.
 *
 * Each language gets a bundle of its own, dist/pagefind/<lang>/ (searchIndexPath in
 * src/lib/paths.ts): the Spanish search page loads the English bundle beside its own to find the
 * originals not translated into Spanish, and a separate bundle is a separate pagefind.js with its
 * own WebAssembly, so those English pages are searched with English word forms. (Pagefind's
 * mergeIndex would search them with the Spanish page's WebAssembly: README, Search.)
 *
 * It runs as its own process, after Astro's has exited: Pagefind holds the whole index in memory
 * (about 2 GB for 10,000 pages), and inside Astro's build hook that came on top of the memory
 * Astro still held, nearly doubling the build's peak.
 *
 *   node src/postbuild/search-index.ts [dist]
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { bundleFolder, indexLanguage, UNUSED_FILES } from './index-pages.ts';
import { spaceBlocks, termsAsParagraphs } from './space-blocks.ts';

const site = resolve(process.argv[2] ?? 'dist');
if (!existsSync(resolve(site, 'index.html'))) {
  throw new Error(`${site} has no index.html: run astro build first (npm run build does both)`);
}
const started = performance.now();
try {
  // A bundle left from an earlier build's layout would be served beside the new ones.
  rmSync(resolve(site, 'pagefind'), { recursive: true, force: true });
  const indexes = new Map<string, { index: PagefindIndex; pages: number }>();
  const files = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
  for (const file of files) {
    const html = readFileSync(join(site, file), 'utf8');
    const lang = indexLanguage(html, file);
    if (!lang) continue;
    let entry = indexes.get(lang);
    if (!entry) {
      const { index, errors } = await createIndex();
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      entry = { index, pages: 0 };
      indexes.set(lang, entry);
    }
    // Each page goes in with a space between adjacent block elements, so excerpts never read
    // "PentagonInstrument" where a term and its description sat side by side, and with terms and
    // descriptions read as paragraphs, so each ends its sentence (see space-blocks.ts).
    const added = await entry.index.addHTMLFile({
      sourcePath: relative(site, join(site, file)).split(sep).join('/'),
      content: spaceBlocks(termsAsParagraphs(html)),
    });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
    }
    entry.pages++;
  }
  for (const [lang, { index }] of indexes) {
    const outputPath = bundleFolder(site, lang);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write ${lang}: ${written.errors.join('; ')}`);
    for (const unused of UNUSED_FILES) rmSync(join(outputPath, unused), { force: true });
  }
  const indexed = [...indexes.values()].reduce((sum, { pages }) => sum + pages, 0);
  const languages = [...indexes].map(([lang, { pages }]) => `${lang} ${pages}`).join(', ');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `[search-index] indexed ${indexed} pages in ${seconds}s (${languages}; ${files.length} read)`,
  );
} finally {
  await close();
}
