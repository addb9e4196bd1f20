/**
 * The one place that reads Astro's content collections. Every page gets its data through
 * here, so the integrity checks run once per build before any page renders, and a
 * broken corpus fails the build instead of producing half a site.
 */
import { readFileSync } from 'node:fs';
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { assertIntegrity, ContentIntegrityError } from '../lib/integrity';
import { findPlaceholders, placeholderRemarkProblems, withoutDrafts } from '../lib/publication';
import { reloadFailures } from '../loaders/reload-failures';
import type { Corpus } from '../lib/entry';
import { COLLECTIONS, type CollectionName } from '../schemas/collections';
import { SITE } from '../settings';

/** Drafts appear in `astro dev` only. */
const showDrafts = import.meta.env.DEV;

/** Every collection as Astro's content store holds it now. */
type Loaded = { [C in CollectionName]: CollectionEntry<C>[] };

async function loadCollections(): Promise<Loaded> {
  return Object.fromEntries(
    await Promise.all(COLLECTIONS.map(async (name) => [name, await getCollection(name)] as const)),
  ) as Loaded;
}

/**
 * What identifies the store's contents: each entry's collection, id and content digest (the
 * glob loader's hash of the file). An edit, a new file or a deleted one changes it.
 */
function storeFingerprint(loaded: Loaded): string {
  return COLLECTIONS.map((name) =>
    [
      name,
      ...loaded[name].map((e) => `${e.id}:${String((e as { digest?: unknown }).digest)}`),
    ].join('|'),
  ).join('\n');
}

async function readCorpus(loaded: Loaded): Promise<Corpus> {
  const corpus: Corpus = {
    ...loaded,
    articles: loaded.articles.map(withBodyLine),
    topics: loaded.topics.map(withBodyLine),
  };
  // Check the whole corpus, drafts included: a draft with a broken reference is still broken.
  // Today in the newsroom's zone: nothing in the content may be dated later. The clock only
  // decides whether the build fails, never what it writes.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: SITE.timeZone }).format(new Date());
  assertIntegrity(corpus, { timeZone: SITE.timeZone, today, recordsChecked: SITE.recordsChecked });
  if (showDrafts) return corpus;
  // What readers get may not hold a placeholder left by `npm run new`.
  const published = withoutDrafts(corpus);
  const placeholders = [
    ...findPlaceholders(published),
    ...COLLECTIONS.flatMap((collection) =>
      published[collection].flatMap((entry) =>
        entry.filePath
          ? placeholderRemarkProblems(entry.filePath, readFileSync(entry.filePath, 'utf8'))
          : [],
      ),
    ),
  ];
  if (placeholders.length > 0) throw new ContentIntegrityError(placeholders);
  return published;
}

/**
 * The entry with the line its body starts on, read from its file (after the frontmatter), so
 * the integrity check can name the line an editor sees.
 */
function withBodyLine<T extends { filePath?: string | undefined }>(
  entry: T,
): T & { bodyLine?: number } {
  if (!entry.filePath) return entry;
  try {
    const text = readFileSync(entry.filePath, 'utf8');
    const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text)?.[0] ?? '';
    return { ...entry, bodyLine: frontmatter.split('\n').length };
  } catch {
    return entry;
  }
}

let cached: Promise<Corpus> | undefined;
let devCached: { fingerprint: string; corpus: Promise<Corpus> } | undefined;

/**
 * The validated corpus: in a build, loaded once. In `astro dev`, an edited file replaces its
 * entry in Astro's content store without reloading this module, so the corpus is read again
 * whenever the store's fingerprint changes (a fact edited in YAML shows on the next request,
 * not after a restart); otherwise the checked corpus is reused.
 */
export async function loadCorpus(): Promise<Corpus> {
  if (!import.meta.env.DEV) {
    cached ??= loadCollections().then(readCorpus);
    return cached;
  }
  const failures = reloadFailures();
  if (failures.length > 0) {
    throw new Error(
      failures
        .map(
          ([file, why]) =>
            `${file}: the last save could not be read, so the site would still show the file as it was before it. Fix the file and save it again.\n${why}`,
        )
        .join('\n\n'),
    );
  }
  const loaded = await loadCollections();
  const fingerprint = storeFingerprint(loaded);
  if (devCached?.fingerprint !== fingerprint) {
    devCached = { fingerprint, corpus: readCorpus(loaded) };
  }
  return devCached.corpus;
}

/** Renders the MDX body of an article, a topic or an About, Methodology or Corrections policy page. */
export async function renderBody(collection: 'articles' | 'topics' | 'pages', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}"`);
  return render(entry);
}
