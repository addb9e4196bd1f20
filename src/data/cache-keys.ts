/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`, astro.config.mjs).
 * Astro reuses a page's output from the last build, instead of rendering it, when all of these
 * are unchanged (node_modules/astro/dist/core/build/incremental.js, `canSkip`):
 *
 * 1. the hash of the page's module graph: the code of the page and of everything it imports;
 * 2. the render hash of each content entry the page rendered (`render()`: an MDX body, compiled,
 *    with what the body imports), which Astro records per page;
 * 3. the `cacheKey` its `getStaticPaths` item returned: this module's digest of everything else
 *    the page reads, which is what the middleware puts on `Astro.locals` (src/data/page-locals.ts)
 *    and the item's own params and props.
 *
 * The translator `t` is left out of the digest: it holds functions, which a digest cannot see
 * into. Its code is covered by (1) instead: this module imports page-locals.ts, which imports the
 * dictionaries, route data and the corpus loader, and every page imports this module through
 * src/data/static-paths.ts, so a changed word, rule or route-data function changes every page's
 * module hash. A page without a key (the 404 page, the feeds, robots.txt, the data files and the
 * social-card list, which have no `getStaticPaths` items of their own) is rendered in every build.
 */
import type { Route } from '../lib/paths';
import { stableDigest } from '../lib/stable-digest';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../settings';
import { pageLocals } from './page-locals';

/** A `getStaticPaths` item this module can key: its page's `Route` among its props. */
export interface KeyablePath {
  params: Readonly<Record<string, string | number | undefined>>;
  props: Readonly<{ route: Route } & Record<string, unknown>>;
}

/** The page's locale, from its optional `[...lang]` param (none for English). */
function localeOf(params: KeyablePath['params']): Locale {
  const lang = params['lang'];
  if (lang === undefined) return DEFAULT_LOCALE;
  const locale = LOCALES.find((l) => l === lang);
  if (!locale) throw new Error(`No locale "${String(lang)}" in LOCALE_REGISTRY (src/settings.ts)`);
  return locale;
}

/**
 * Entry digests, computed once per entry for the build: the same few entries (every country, for
 * a body with `<AllyCount>`) are in the key of thousands of pages.
 */
const entryDigests = new WeakMap<object, string>();

function entryDigest(entry: { id: string }, collection: string): string {
  let digest = entryDigests.get(entry);
  if (digest === undefined) {
    digest = stableDigest(entry, `${collection} "${entry.id}"`);
    entryDigests.set(entry, digest);
  }
  return digest;
}

/**
 * The cache key of the page `path` describes: a digest of its params and props and of what the
 * middleware gives it (see above). The page's route data is computed here and dropped, and again
 * by the middleware when the page renders, so no more than one page's data is held at a time.
 */
export async function cacheKeyFor(path: KeyablePath): Promise<string> {
  const {
    t: _coveredByModuleHash,
    corpus,
    ...locals
  } = await pageLocals(path.props.route, localeOf(path.params));
  const entries =
    corpus &&
    Object.fromEntries(
      Object.entries(corpus).map(([collection, list]: [string, readonly { id: string }[]]) => [
        collection,
        list.map((entry) => entryDigest(entry, collection)),
      ]),
    );
  return stableDigest({ params: path.params, props: path.props, locals, entries }, 'page');
}

/**
 * `paths` with each item's `cacheKey` ({@link cacheKeyFor}), one page at a time. Every page
 * type's `getStaticPaths` returns its items through here, paginated ones included. `astro dev`
 * renders every request afresh, so it gets the items without keys.
 */
export async function withCacheKeys<P extends KeyablePath>(
  paths: readonly P[],
): Promise<(P & { cacheKey?: string })[]> {
  if (import.meta.env.DEV) return [...paths];
  const keyed: (P & { cacheKey: string })[] = [];
  for (const path of paths) keyed.push({ ...path, cacheKey: await cacheKeyFor(path) });
  return keyed;
}
