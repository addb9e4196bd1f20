import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DIST, loadPages, sitemapLocations, type BuiltPage } from '../dist/built-site';

/** Every page in the sitemap as a path to visit. */
export function sitemapPaths(): string[] {
  return sitemapLocations().map((loc) => new URL(loc).pathname);
}

/**
 * The pages the browser tiers visit: every page the build wrote, fallback pages (which the
 * sitemap leaves out) included, but not the 404 file (visited as a missing URL); lists of stories
 * are sampled ({@link sampledLists}). When `BASELINE_DIST` names another build (the fixture
 * site's run names the real site's dist/, already checked in full), only pages whose HTML differs
 * from it are candidates, and of those {@link fixtureSample} keeps the pages that show a fixture
 * entry and, of every other kind, the one the fixtures changed most.
 */
export function pagesToVisit(pages: readonly BuiltPage[] = loadPages()): string[] {
  const baseline = process.env['BASELINE_DIST'];
  const sampled = sampledLists(pages.map((p) => p.path));
  const candidates = pages
    .filter((p) => p.path !== '/404.html')
    .filter((p) => sampled(p.path))
    .flatMap((p): { path: string; change: number }[] => {
      if (!baseline) return [{ path: p.path, change: 0 }];
      let before: string;
      try {
        before = readFileSync(join(baseline, p.file.slice(DIST.length)), 'utf8');
      } catch {
        return [{ path: p.path, change: Number.POSITIVE_INFINITY }];
      }
      return before === p.html ? [] : [{ path: p.path, change: mainChange(before, p.html) }];
    });
  if (!baseline) return candidates.map((c) => c.path);
  const keep = fixtureSample(candidates, fixtureSlugs());
  return candidates.filter((c) => keep(c.path)).map((c) => c.path);
}

/** How much a page's `<main>` changed between two builds: the difference in its length, at least 1. */
function mainChange(before: string, after: string): number {
  const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
  return Math.max(1, Math.abs(main(after).length - main(before).length));
}

/** The slugs of the fixture entries: their file names under tests/fixtures/content. */
export function fixtureSlugs(): Set<string> {
  const folder = join(import.meta.dirname, '..', 'fixtures', 'content');
  return new Set(
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(?:ya?ml|mdx?)$/.test(file))
      .map((file) => basename(file).replace(/\.[^.]+$/, '')),
  );
}

/**
 * A page's kind: its path with each entry's slug, page number and year replaced
 * (`/allies/japan/` and `/allies/fiji/` are both `/allies/*\/`; `/archive/2022/2/` is
 * `/archive/#/#/`). The edition's prefix is kept: `/es/allies/*\/` is a kind of its own.
 */
export function pageKind(path: string): string {
  return path
    .replace(/^((?:\/es)?\/(?:allies|articles|topics|corrections|sources)\/)[^/]+\//, '$1*/')
    .replace(/\/\d{4}(?=\/)/g, '/yyyy')
    .replace(/\/\d{1,3}(?=\/)/g, '/#');
}

/**
 * The fixture site's sample of the pages it changed (`candidates`, each with how much its main
 * content changed): every page whose path names a fixture entry (`/articles/fixture-bare/`,
 * `/allies/fiji/`), and of every other kind, in each edition, the page the fixtures changed most
 * (Australia's page, which a fixture treaty gives a second line, over Japan's, which only counts
 * differently). A page of the same kind has the same layout and styles; the real site's run has
 * checked every one of them with the real content.
 */
export function fixtureSample(
  candidates: readonly { path: string; change: number }[],
  slugs: ReadonlySet<string>,
): (path: string) => boolean {
  const namesFixture = (path: string) => path.split('/').some((part) => slugs.has(part));
  const most = new Map<string, { path: string; change: number }>();
  for (const c of candidates) {
    if (namesFixture(c.path)) continue;
    const kind = pageKind(c.path);
    const best = most.get(kind);
    if (!best || c.change > best.change) most.set(kind, c);
  }
  const kept = new Set([...most.values()].map((c) => c.path));
  return (path) => namesFixture(path) || kept.has(path);
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

/** An ally's page, in either edition: `/allies/<slug>/`, `/es/allies/<slug>/`. */
const ALLY_PAGE = /^(\/es)?\/allies\/([^/]+)\/$/;

/**
 * The pages axe checks again in the dark theme: every page, except that of the ally pages, which
 * differ in that theme only by the colour of their status (the locator map, the status line),
 * it keeps the first of each status in each edition. `statusOf` gives an ally's status by slug.
 */
export function darkThemeSample(
  paths: readonly string[],
  statusOf: (slug: string) => string | undefined,
): (path: string) => boolean {
  const first = new Map<string, string>();
  for (const path of [...paths].sort()) {
    const match = ALLY_PAGE.exec(path);
    if (!match) continue;
    const key = `${match[1] ?? ''} ${statusOf(match[2]!) ?? ''}`;
    if (!first.has(key)) first.set(key, path);
  }
  const kept = new Set(first.values());
  return (path) => !ALLY_PAGE.test(path) || kept.has(path);
}
