/**
 * The reader budgets, and how a built page is weighed against them: brotli bytes at quality 11,
 * as a CDN would send them. One module for the dist tier (tests/dist/budgets.test.ts, over the
 * real site) and the build benchmark (tests/bench/build.ts, over thousands of synthetic
 * articles), so the two can never disagree about what a page weighs or what it may weigh.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import pLimit from 'p-limit';

export const KB = 1024;

/** Every budget, in brotli bytes. */
export const BUDGET = {
  /** The lead article: HTML + CSS (+ fonts; the site uses the system font stack). */
  leadArticle: 30 * KB,
  /** Any other page: HTML + CSS. */
  page: 40 * KB,
  /** The one site stylesheet. */
  css: 12 * KB,
  /** Script every page carries: the theme's first-paint snippet and its toggle. */
  themeScript: 2 * KB,
  /** The search page's own script (Pagefind's files load only after a query). */
  searchScript: 4 * KB,
} as const;

/** The story the site is built around, held to the tighter budget. */
export const LEAD_ARTICLE = '/articles/colombia-major-non-nato-ally/';

/** The only pages that may carry a script of their own. */
export const SEARCH_PAGES: readonly string[] = ['/search/', '/es/search/'];

/** A built page: the path it is served at and its HTML. */
export interface ReaderPage {
  path: string;
  html: string;
}

/** What one page weighs, in brotli bytes, and which budgets it exceeds. */
export interface PageWeight {
  path: string;
  /** The page's HTML. */
  html: number;
  /** The stylesheets it links. */
  css: number;
  /** The scripts it carries that not every page does (the theme's script is counted apart). */
  ownScript: number;
  /** HTML + CSS: what the page budget bounds. */
  total: number;
  /** The page budget that applies to it. */
  budget: number;
  /** Each budget it exceeds, in words; empty when it is within all of them. */
  overBudget: string[];
}

/** What a whole build weighs. */
export interface SiteWeight {
  /** Every reader page, in the order given. */
  pages: PageWeight[];
  /** Each stylesheet the pages link, by its address, in brotli bytes. */
  stylesheets: Map<string, number>;
  /** How many scripts every page carries (the theme's), and their brotli bytes together. */
  themeScript: { count: number; bytes: number };
}

/** Whether readers are ever sent to a built page: every one but the 404 page. */
export const isReaderPage = (path: string): boolean => path !== '/404.html';

/** The page budget for a path. */
export const pageBudget = (path: string): number =>
  path === LEAD_ARTICLE ? BUDGET.leadArticle : BUDGET.page;

const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } };
const compress = promisify(brotliCompress);

/** The addresses of the stylesheets a page links. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
}

/** The scripts a page carries, each as its text (read from `dist` if external), JSON-LD aside. */
function scriptsOf(html: string, read: (src: string) => string): string[] {
  return [
    ...html.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g),
  ].map((m) => {
    const src = /src="([^"]+)"/.exec(m[1] ?? '')?.[1];
    return src ? read(src) : (m[2] ?? '');
  });
}

/** `allies/index.html` → `/allies/`; `404.html` → `/404.html`. */
export function servedPath(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Every reader page of the build in `dist`, sorted by file. */
export function readReaderPages(dist: string): ReaderPage[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ path: servedPath(dist, join(dist, file)), file: join(dist, file) }))
    .filter((page) => isReaderPage(page.path))
    .map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') }));
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The budgets a page exceeds, in words. */
function exceeded(path: string, total: number, ownScript: number): string[] {
  const over: string[] = [];
  const budget = pageBudget(path);
  if (total > budget) over.push(`HTML + CSS ${kb(total)}, over its ${kb(budget)} budget`);
  if (SEARCH_PAGES.includes(path)) {
    if (ownScript > BUDGET.searchScript)
      over.push(`its script ${kb(ownScript)}, over the ${kb(BUDGET.searchScript)} budget`);
  } else if (ownScript > 0) {
    over.push(`${kb(ownScript)} of script of its own, where only the search pages may have one`);
  }
  return over;
}

/**
 * Weighs every page of the build in `dist` (`pages` as read from it). Compression runs on one
 * thread per core: a 5,000-article build has over 11,000 pages.
 */
export async function weighSite(dist: string, pages: readonly ReaderPage[]): Promise<SiteWeight> {
  const files = new Map<string, string>();
  const read = (src: string) => {
    if (!files.has(src)) files.set(src, readFileSync(join(dist, src), 'utf8'));
    return files.get(src)!;
  };
  const scripts = pages.map((page) => scriptsOf(page.html, read));
  // Scripts on every page are the theme's; anything else belongs to that page alone.
  const everywhere =
    scripts.length === 0
      ? new Set<string>()
      : scripts
          .map((list) => new Set(list))
          .reduce((a, b) => new Set([...a].filter((s) => b.has(s))));
  const limit = pLimit(availableParallelism());
  const size = (data: string | Buffer) => limit(async () => (await compress(data, BROTLI)).length);

  const stylesheets = new Map<string, number>();
  for (const href of new Set(pages.flatMap((page) => stylesheetsOf(page.html))))
    stylesheets.set(href, await size(readFileSync(join(dist, href))));

  const weights = await Promise.all(
    pages.map(async (page, i) => {
      const own = scripts[i]!.filter((s) => !everywhere.has(s));
      const [html, ownScript] = await Promise.all([
        size(page.html),
        own.length > 0 ? size(own.join('\n')) : 0,
      ]);
      const css = stylesheetsOf(page.html).reduce((sum, href) => sum + stylesheets.get(href)!, 0);
      const total = html + css;
      return {
        path: page.path,
        html,
        css,
        ownScript,
        total,
        budget: pageBudget(page.path),
        overBudget: exceeded(page.path, total, ownScript),
      };
    }),
  );
  const theme = [...everywhere];
  return {
    pages: weights,
    stylesheets,
    themeScript: {
      count: theme.length,
      bytes: theme.length > 0 ? await size(theme.join('\n')) : 0,
    },
  };
}

/** "/allies/: 18.8 KB (HTML 13.1 + CSS 5.7; budget 40 KB)", as the dist tier prints it. */
export function describeWeight(w: PageWeight): string {
  const script = w.ownScript > 0 ? ` + own JS ${(w.ownScript / KB).toFixed(1)}` : '';
  return `${w.path}: ${kb(w.total)} (HTML ${(w.html / KB).toFixed(1)} + CSS ${(w.css / KB).toFixed(1)}${script}; budget ${w.budget / KB} KB)`;
}

/** The `count` heaviest pages, heaviest first (HTML + CSS; ties by path). */
export function heaviestPages(weights: readonly PageWeight[], count = 10): PageWeight[] {
  return [...weights]
    .sort((a, b) => b.total - a.total || a.path.localeCompare(b.path))
    .slice(0, count);
}
