/**
 * The one place that reads Astro's content collections. Every page gets its data through
 * here, so the integrity checks run once per build before any page renders, and a
 * broken corpus fails the build instead of producing half a site.
 */
import { readFileSync } from 'node:fs';
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { assertIntegrity, ContentIntegrityError } from '../lib/integrity';
import { findPlaceholders, placeholderRemarkProblems, withoutDrafts } from '../lib/publication';
import type { Corpus } from '../lib/entry';
import { COLLECTIONS, type CollectionName } from '../schemas/collections';
import { SITE } from '../settings';

/** Drafts appear in `astro dev` only. */
const showDrafts = import.meta.env.DEV;

async function readCorpus(): Promise<Corpus> {
  const loaded = Object.fromEntries(
    await Promise.all(COLLECTIONS.map(async (name) => [name, await getCollection(name)] as const)),
  ) as { [C in CollectionName]: CollectionEntry<C>[] };
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

/** The validated corpus for this build, loaded once. */
export function loadCorpus(): Promise<Corpus> {
  cached ??= readCorpus();
  return cached;
}

/** Renders the MDX body of an article, a topic or an About, Methodology or Corrections policy page. */
export async function renderBody(collection: 'articles' | 'topics' | 'pages', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}"`);
  return render(entry);
}
