import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, loadPages, sitemapLocations, type BuiltPage } from '../dist/built-site';

/** Every page in the sitemap as a path to visit. */
export function sitemapPaths(): string[] {
  return sitemapLocations().map((loc) => new URL(loc).pathname);
}

/**
 * The pages the browser tiers visit: every page the build wrote, fallback pages (which the
 * sitemap leaves out) included, but not the 404 file (visited as a missing URL). When
 * `BASELINE_DIST` names another build (the fixture site's run names the real site's dist/, already
 * checked), only the pages whose HTML differs from it, or that it lacks, are visited: a page with
 * the same bytes gives the same results.
 */
export function pagesToVisit(pages: readonly BuiltPage[] = loadPages()): string[] {
  const baseline = process.env['BASELINE_DIST'];
  return pages
    .filter((p) => p.path !== '/404.html')
    .filter((p) => {
      if (!baseline) return true;
      const same = join(baseline, p.file.slice(DIST.length));
      try {
        return readFileSync(same, 'utf8') !== p.html;
      } catch {
        return true;
      }
    })
    .map((p) => p.path);
}
