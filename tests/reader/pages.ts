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

/**
 * Queries whose results, between them, show excerpts of every kind of page: articles and topics
 * with figures and footnotes, and ally pages with their lists of steps.
 */
export const SEARCH_QUERIES = ['Colombia', 'Venezuelans', 'Instrument', 'designado'];

export const READER_PAGES: readonly ReaderPage[] = [
  ...sitemapPaths().map((path) => ({ path })),
  { path: '/this-page-does-not-exist/' },
  ...['/search/', '/es/search/'].flatMap((path) =>
    SEARCH_QUERIES.map((q) => ({ path: `${path}?q=${q}`, ready: '[data-search-results] li' })),
  ),
];
