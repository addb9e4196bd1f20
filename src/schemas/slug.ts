/**
 * THE slug rule: lower-case letters and digits, in words joined by single hyphens (`south-korea`,
 * `plan-colombia-2000`). Content file names, URL segments, translation keys and fact series all
 * follow it. No imports, so schemas, loaders and src/lib can all share it.
 */
const WORD = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** One slug, e.g. `south-korea`. */
export const SLUG = new RegExp(`^${WORD}$`);

/** Slugs joined by `/`, e.g. `es/colombia`: an entry's id, from its path in the collection folder. */
export const SLUG_PATH = new RegExp(`^${WORD}(?:/${WORD})*$`);
