/**
 * The pages the reader-view tier visits: every page the build wrote (both editions, fallback
 * pages included; see pagesToVisit), the 404 page as a missing URL serves it, and the search page of each edition with results shown (its
 * results are drawn by script, so they exist only in a browser).
 */
import { loadPages } from '../dist/built-site';
import { MIN_SECTIONS } from '../../src/lib/toc';
import { pageSections } from '../support/table-of-contents';
import { pagesToVisit } from '../e2e/site-urls';

/** A page as the reader tier loads it, and what to wait for before measuring. */
export interface ReaderPage {
  /** Path and query to load. */
  path: string;
  /** A CSS selector that must be present before the page counts as drawn. */
  ready?: string;
  /**
   * Whether the built page has map links (`svg a[href]`), read from its HTML: the map target
   * checks, the slowest in the tier, run only where there is a map to check. Pages drawn by
   * script (search results) have none.
   */
  mapLinks: boolean;
  /**
   * Whether the built page has three or more sections, so a table of contents to measure (the
   * rule of tests/support/table-of-contents.ts, which the dist tier checks against its markup).
   */
  contents: boolean;
}

/**
 * Queries whose results, between them, show excerpts of every kind of page: articles and topics
 * with figures and footnotes, and ally pages with their lists of steps.
 */
export const SEARCH_QUERIES = ['Colombia', 'Venezuelans', 'Instrument', 'designado'];

/**
 * A query per edition whose results quote a title with `&`, quotes and `<` in it (the fixture
 * site's), which must read as written, not as escaped markup.
 */
const MARKUP_QUERIES = { '/search/': 'treaty', '/es/search/': 'tratado' } as const;

const pages = loadPages();
const built = new Map(pages.map((p) => [p.path, p]));
const hasMapLinks = (path: string) => Boolean(built.get(path)?.root.querySelector('svg a[href]'));
const hasContents = (path: string) => {
  const main = built.get(path)?.root.querySelector('main');
  return main ? pageSections(main).length >= MIN_SECTIONS : false;
};

export const READER_PAGES: readonly ReaderPage[] = [
  ...pagesToVisit(pages).map((path) => ({
    path,
    mapLinks: hasMapLinks(path),
    contents: hasContents(path),
  })),
  {
    path: '/this-page-does-not-exist/',
    mapLinks: hasMapLinks('/404.html'),
    contents: hasContents('/404.html'),
  },
  ...(['/search/', '/es/search/'] as const).flatMap((path) =>
    [...SEARCH_QUERIES, MARKUP_QUERIES[path]].map((q) => ({
      path: `${path}?q=${q}`,
      ready: '[data-search-results] li',
      mapLinks: false,
      contents: false,
    })),
  ),
];
