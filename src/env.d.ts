/**
 * What the middleware (src/middleware.ts) hands to every page and the components rendered inside
 * it, through `Astro.locals`. Read route data and the corpus through src/data/locals.ts.
 * https://docs.astro.build/en/reference/api-reference/#locals
 */
import type { Dictionary } from './i18n/ui';
import type { Corpus } from './lib/entry';
import type { RouteData } from './route-data';
import type { Locale } from './settings';

declare global {
  namespace App {
    interface Locals {
      /** The page's language (from Astro's `currentLocale`). */
      locale: Locale;
      /** The path the site is served under (`/`, or a project site's `/repo/`), for `hrefTo`. */
      base: string;
      /** The interface text in the page's language. */
      t: Dictionary;
      /**
       * The address readers report errors to (`SITE.corrections` at the site's host,
       * src/lib/contact.ts), shown in the footer and on every correction.
       */
      correctionsEmail: string;
      /**
       * The entries the page's MDX body reads (src/lib/mdx-reads.ts): on article, topic and
       * About, Methodology and Corrections policy pages only.
       */
      corpus?: Corpus;
      /** Everything the page shows (src/route-data/); set on pages, not on endpoints. */
      route?: RouteData;
    }
  }
}
