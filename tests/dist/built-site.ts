/**
 * Reads the built site in dist/ once: every HTML page parsed, keyed by the URL path it is
 * served at, plus the sitemap. Run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { resolveSiteUrl } from '../../src/settings';
import { servedPath } from '../support/page-budgets';

/**
 * The build under test: the project's own dist/, or the folder `DIST_DIR` names (the fixture site,
 * tests/support/fixture-site.ts, runs every tier over its build this way).
 */
export const DIST = process.env['DIST_DIR'] ?? join(import.meta.dirname, '..', '..', 'dist');

/** The site URL the build used (the same environment variable, the same default). */
export const SITE_URL = resolveSiteUrl(process.env['SITE_URL']);

export interface BuiltPage {
  /** The URL path the page is served at, e.g. `/allies/colombia/` or `/404.html`. */
  path: string;
  /** The file in dist/. */
  file: string;
  html: string;
  root: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** `allies/index.html` → `/allies/`; `404.html` → `/404.html`. */
export function pathOfFile(file: string): string {
  return servedPath(DIST, file);
}

/** The file a URL path is served from, if the build produced one. */
export function fileOfPath(path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  const candidates = decoded.endsWith('/')
    ? [join(DIST, decoded, 'index.html')]
    : [join(DIST, decoded), join(DIST, decoded, 'index.html')];
  return candidates.find((c) => existsSync(c));
}

export function loadPages(): BuiltPage[] {
  if (!existsSync(DIST)) throw new Error('dist/ does not exist: run `npm run build` first');
  return walk(DIST)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return { path: pathOfFile(file), file, html, root: parse(html) };
    });
}

/** Every `<loc>` in the sitemap index's sitemaps. */
export function sitemapLocations(): string[] {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  return sitemaps.flatMap((url) => {
    const file = join(DIST, new URL(url).pathname);
    const xml = readFileSync(file, 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  });
}

/**
 * Whether `page` is a fallback: a page in one language that shows an entry not yet translated
 * into it (the original's text, marked with its language, under a notice). Its canonical URL is
 * the original's, it is not in the sitemap, and its alternates name only the original.
 */
export function isFallbackPage(page: BuiltPage): boolean {
  return page.root.querySelector('[data-untranslated-notice="all"]') !== null;
}
