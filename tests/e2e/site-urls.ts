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
 * Lists of stories are one layout (ArchiveLayout) over stories shown elsewhere, page after page:
 * the browser tiers visit the first and the last page of the archive (the pager at both ends), and
 * only the first page of the first list of each other kind (a year's, a topic's, an ally's) in each
 * edition. The dist tier still checks every one of them. Other pages are all visited.
 */
export function sampledLists(paths: readonly string[]): (path: string) => boolean {
  // Each kind captures the edition's prefix and, after page 1, the page number.
  // A page number has fewer than four digits; four are a year (/archive/2022/).
  const archive = /^((?:\/es)?)\/archive\/(\d{1,3}\/)?$/;
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
  // The archive's last page in each edition: the highest page number.
  const lastPages = new Map<string, [number, string]>();
  for (const path of paths) {
    const match = archive.exec(path);
    if (!match) continue;
    const n = match[2] === undefined ? 1 : Number.parseInt(match[2], 10);
    if (n === 1) kept.add(path);
    if (n >= (lastPages.get(match[1]!)?.[0] ?? 0)) lastPages.set(match[1]!, [n, path]);
  }
  for (const [, path] of lastPages.values()) kept.add(path);
  return (path) =>
    kept.has(path) || (!archive.test(path) && !kinds.some((kind) => kind.test(path)));
}
