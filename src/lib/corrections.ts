import type { Timestamp } from '../schemas/dates';
import { byDate, laterOf, zoned } from './dates';
import type { Article, Correction } from './entry';
import { groupBy } from './lookup';

/** Corrections newest first; same instant by id, so the order is stable. */
export function sortCorrections(corrections: readonly Correction[]): Correction[] {
  return [...corrections].sort(byDate((c) => c.data.issued, { newestFirst: true }));
}

const correctedArticle = (c: Correction) => c.data.article.id;

/** The corrections issued on one article, oldest first (the order readers read them in). */
export function correctionsFor(
  articleId: string,
  corrections: readonly Correction[],
): Correction[] {
  // Grouped once per list: every article page asks, and a filter each time grew with the archive.
  const group = groupBy(corrections, correctedArticle).get(articleId) ?? [];
  return sortCorrections(group).reverse();
}

/**
 * When the article last changed: its latest correction or its typed `updated` edit, whichever
 * is later. Undefined if it has never changed since publication.
 */
export function lastUpdated(
  article: Pick<Article, 'id'> & { data: Pick<Article['data'], 'updated'> },
  corrections: readonly Correction[],
): Timestamp | undefined {
  let latest: Timestamp | undefined = article.data.updated
    ? zoned(article.data.updated)
    : undefined;
  for (const c of correctionsFor(article.id, corrections)) {
    const issued = zoned(c.data.issued);
    latest = latest ? laterOf(latest, issued) : issued;
  }
  return latest;
}
