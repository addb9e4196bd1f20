/**
 * The middleware gives every page its context on `Astro.locals`: the locale, the base path, the
 * translator `t`, the route data and the entries its MDX body reads. It is written in
 * src/data/page-locals.ts, where each page's cache key is computed from the same code
 * (src/data/cache-keys.ts); Astro hashes a page's own imports, not this file, so anything
 * written here could change a page without changing its key. Keep this file a re-export
 * (tests/unit/middleware.test.ts checks it).
 * https://docs.astro.build/en/guides/middleware/
 */
export { onRequest } from './data/page-locals';
