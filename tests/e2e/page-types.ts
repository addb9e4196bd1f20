/** One representative URL per page type, named for test titles and screenshots. */
export const PAGE_TYPES = [
  { name: 'home', path: '/' },
  { name: 'allies', path: '/allies/' },
  { name: 'ally', path: '/allies/colombia/' },
  { name: 'article', path: '/articles/colombia-major-non-nato-ally/' },
  { name: 'topics', path: '/topics/' },
  { name: 'topic', path: '/topics/venezuelan-migration/' },
  { name: 'corrections', path: '/corrections/' },
  { name: 'correction', path: '/corrections/colombia-major-non-nato-ally-2022-03-10/' },
  { name: 'sources', path: '/sources/' },
  { name: 'glossary', path: '/glossary/' },
  { name: 'archive', path: '/archive/' },
  { name: 'archive-year', path: '/archive/2022/' },
  // About, Methodology and Corrections policy share one layout; this one has a table.
  { name: 'methodology', path: '/methodology/' },
  { name: 'not-found', path: '/no-such-page/' },
] as const;

export const WIDTHS = [375, 1280] as const;
