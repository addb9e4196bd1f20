/**
 * The pages the reader-view tier visits: every URL in the sitemap (both editions), the 404 page
 * as a missing URL serves it, and the search page of each edition with results shown (its
 * results are drawn by script, so they exist only in a browser).
 */
import { sitemapPaths } from '../e2e/site-urls';

/** A page as the reader tier loads it, and what to wait for before measuring. */
export interface ReaderPage {
  /** Path and query to load. */
  path: string;
  /** A CSS selector that must be present before the page counts as drawn. */
  ready?: string;
}

/** A query that returns many results in both languages. */
export const SEARCH_QUERY = 'Colombia';

export const READER_PAGES: readonly ReaderPage[] = [
  ...sitemapPaths().map((path) => ({ path })),
  { path: '/this-page-does-not-exist/' },
  ...['/search/', '/es/search/'].map((path) => ({
    path: `${path}?q=${SEARCH_QUERY}`,
    ready: '[data-search-results] li',
  })),
];
