/**
 * Every content collection, by name; each is a folder under content/. The one list of them:
 * src/content.config.ts must define exactly these (its `satisfies` fails on a gap or an extra),
 * src/data/corpus.ts loads each, the `Corpus` type in src/lib/entry.ts has a list for each, and
 * the integrity check walks them in this order.
 */
export const COLLECTIONS = [
  'countries',
  'sources',
  'facts',
  'events',
  'articles',
  'topics',
  'corrections',
  'treaties',
  'glossary',
  'pages',
] as const;

export type CollectionName = (typeof COLLECTIONS)[number];
