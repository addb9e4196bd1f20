/**
 * Which built pages the search index holds, in which language's bundle, and what of Pagefind's
 * output the site ships. Pure, so tests/unit can check it without a build.
 */
import { join } from 'node:path';

/**
 * The language whose index a built page goes into: its `<html lang>`, when the page marks content
 * for search with `data-pagefind-body` (searchContent in src/data/locals.ts). Undefined for every
 * other page (the home page, listings, fallback pages): those are never handed to Pagefind, which
 * would read each one only to drop it. Throws on a marked page without a language.
 */
export function indexLanguage(html: string, file: string): string | undefined {
  if (!/<[a-z][a-z0-9-]*\s[^>]*\bdata-pagefind-body\b/i.test(html)) return undefined;
  const lang = /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1];
  if (!lang) throw new Error(`${file} asks to be indexed but its <html> has no lang`);
  return lang.toLowerCase();
}

/**
 * The folder of a language's bundle in the built site: where `searchIndexPath` (src/lib/paths.ts)
 * says the search page loads it from.
 */
export function bundleFolder(site: string, lang: string): string {
  return join(site, 'pagefind', lang);
}

/**
 * Pagefind's ready-made search interfaces, which it writes into every bundle. The site's search
 * page uses only Pagefind's JS API (pagefind.js, its worker and WebAssembly), so with a bundle per
 * language these would only be shipped twice and never loaded.
 */
export const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
] as const;
