/**
 * The sitemap's <lastmod> for each URL, read from the built page's dcterms.modified meta tag,
 * which BaseLayout fills from the content (src/lib/lastmod.ts). Never the build time.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';

const MODIFIED = /<meta name="dcterms\.modified" content="([^"]+)"/;
/** The tag sits near the top of <head>; a large archive has thousands of pages to look at. */
const HEAD_BYTES = 8192;

const CANONICAL = /<link rel="canonical" href="([^"]+)"/;

/**
 * The first match of `pattern` in the built page at `url`, reading its head first. The site is
 * served under `base` (`/`, or a project site's `/allies-beyond-nato/`): outDir holds what is
 * under it.
 */
function fromBuiltPage(
  url: string,
  outDir: string,
  base: string,
  pattern: RegExp,
): string | undefined {
  const path = decodeURIComponent(new URL(url).pathname);
  if (!path.startsWith(base)) return undefined;
  const inSite = path.slice(base.length);
  const file = join(outDir, inSite, inSite === '' || inSite.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) return undefined;
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(HEAD_BYTES);
  const read = readSync(fd, head, 0, HEAD_BYTES, 0);
  closeSync(fd);
  const found = pattern.exec(head.toString('utf8', 0, read))?.[1];
  return found ?? pattern.exec(readFileSync(file, 'utf8'))?.[1];
}

export function lastmodFromBuiltPage(
  url: string,
  outDir: string,
  base: string,
): string | undefined {
  return fromBuiltPage(url, outDir, base, MODIFIED);
}

/**
 * Whether the built page at `url` is its own canonical page. A fallback page (a locale's copy of
 * an untranslated English original) names the English page instead, and stays out of the
 * sitemap, so no sitemap alternate points at it either.
 */
export function isCanonicalPage(url: string, outDir: string, base: string): boolean {
  const canonical = fromBuiltPage(url, outDir, base, CANONICAL);
  return canonical === undefined || canonical === url;
}
