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
  const sampled = sampledLists(pages.map((p) => p.path));
  return pages
    .filter((p) => p.path !== '/404.html')
    .filter((p) => sampled(p.path))
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

/**
 * Lists of stories beyond the archive (a year's, a topic's, an ally's) are one layout
 * (ArchiveLayout) over stories the archive already shows, page by page: the browser tiers visit
 * every page of the archive, and only the first page of the first list of each other kind in each
 * edition. The dist tier still checks every one of them. Other pages are all visited.
 */
export function sampledLists(paths: readonly string[]): (path: string) => boolean {
  // Each kind captures the edition's prefix and, after page 1, the page number.
  const kinds = [
    /^((?:\/es)?)\/archive\/\d{4}\/(\d+\/)?$/,
    /^((?:\/es)?)\/topics\/[^/]+\/stories\/(\d+\/)?$/,
    /^((?:\/es)?)\/allies\/[^/]+\/stories\/(\d+\/)?$/,
  ];
  const kept = new Set<string>();
  for (const kind of kinds) {
    const editions = new Set<string>();
    for (const path of [...paths].sort()) {
      const match = kind.exec(path);
      if (!match || match[2] !== undefined || editions.has(match[1]!)) continue;
      editions.add(match[1]!);
      kept.add(path);
    }
  }
  return (path) => kept.has(path) || !kinds.some((kind) => kind.test(path));
}
