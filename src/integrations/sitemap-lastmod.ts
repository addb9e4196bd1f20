/**
 * The sitemap's <lastmod> for each URL, read from the built page's dcterms.modified meta tag,
 * which BaseLayout fills from the content (src/lib/lastmod.ts). Never the build time.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';

const MODIFIED = /<meta name="dcterms\.modified" content="([^"]+)"/;
/** The tag sits near the top of <head>; a large archive has thousands of pages to look at. */
const HEAD_BYTES = 8192;

export function lastmodFromBuiltPage(url: string, outDir: string): string | undefined {
  const path = decodeURIComponent(new URL(url).pathname);
  const file = join(outDir, path, path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) return undefined;
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(HEAD_BYTES);
  const read = readSync(fd, head, 0, HEAD_BYTES, 0);
  closeSync(fd);
  const found = MODIFIED.exec(head.toString('utf8', 0, read))?.[1];
  return found ?? MODIFIED.exec(readFileSync(file, 'utf8'))?.[1];
}
