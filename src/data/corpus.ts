/**
 * The one place that reads Astro's content collections. Every page gets its data through
 * here, so the integrity checks run once per build before any page renders, and a
 * broken corpus fails the build instead of producing half a site.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { assertIntegrity } from '../lib/integrity';
import type { Corpus } from '../lib/entry';

/** Drafts appear in `astro dev` only. */
const showDrafts = import.meta.env.DEV;

async function readCorpus(): Promise<Corpus> {
  const [countries, sources, facts, events, allArticles, allTopics, corrections] =
    await Promise.all([
      getCollection('countries'),
      getCollection('sources'),
      getCollection('facts'),
      getCollection('events'),
      getCollection('articles'),
      getCollection('topics'),
      getCollection('corrections'),
    ]);
  const corpus: Corpus = {
    countries,
    sources,
    facts,
    events,
    articles: allArticles,
    topics: allTopics,
    corrections,
  };
  // Check the whole corpus, drafts included: a draft with a broken reference is still broken.
  assertIntegrity(corpus);
  if (showDrafts) return corpus;
  const articles = allArticles.filter((a) => !a.data.draft);
  const published = new Set(articles.map((a) => a.id));
  return {
    ...corpus,
    articles,
    topics: allTopics.filter((t) => !t.data.draft),
    corrections: corrections.filter((c) => published.has(c.data.article.id)),
  };
}

let cached: Promise<Corpus> | undefined;

/** The validated corpus for this build, loaded once. */
export function loadCorpus(): Promise<Corpus> {
  cached ??= readCorpus();
  return cached;
}

/** Renders the MDX body of an article or topic. */
export async function renderBody(collection: 'articles' | 'topics', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}"`);
  return render(entry);
}
