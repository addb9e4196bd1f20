/**
 * The sitemap's <lastmod> for each URL, read from the built page's dcterms.modified meta tag,
 * which BaseLayout fills from the content (src/lib/lastmod.ts). Never the build time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function lastmodFromBuiltPage(url: string, outDir: string): string | undefined {
  const path = decodeURIComponent(new URL(url).pathname);
  const file = join(outDir, path, path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  return /<meta name="dcterms\.modified" content="([^"]+)"/.exec(html)?.[1];
}
