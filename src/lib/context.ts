import type { Locale } from '../settings';

/**
 * What every page's data is computed for: the page's language, the newsroom's time zone and the
 * site's address. Made once per page by the middleware (src/middleware.ts) from settings and
 * Astro's `currentLocale`; pure code receives it as a parameter and never reads the environment.
 */
export interface PageContext {
  /** The page's language: `en` at the root, `es` under /es/. */
  locale: Locale;
  /** IANA zone in which dates without a time are read and date-times are shown (settings.ts). */
  timeZone: string;
  /** The site's absolute address ending in `/` (`SITE_URL`, path included), for canonical links. */
  site: string;
  /**
   * The path the site is served under, `/` or e.g. `/allies-beyond-nato/` (a GitHub Pages
   * project site): the start of every root-relative link (`hrefTo`, `withBase` in paths.ts).
   */
  base: string;
}
