/**
 * Items for the RSS feeds, from content dates (never the build time). @astrojs/rss writes
 * the XML; this decides what goes in it.
 */
import { sortCorrections } from './corrections';
import { instantOf } from './dates';
import type { Corpus } from './entry';
import { absoluteUrl, pathTo } from './paths';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/** Articles and topics, newest first. */
export function storyFeedItems(corpus: Corpus, site: string): FeedItem[] {
  const items = [
    ...corpus.articles.map((a) => ({ entry: a, route: { page: 'article', slug: a.id } as const })),
    ...corpus.topics.map((t) => ({ entry: t, route: { page: 'topic', slug: t.id } as const })),
  ];
  return items
    .map(({ entry, route }) => ({
      title: entry.data.title,
      link: absoluteUrl(pathTo(route), site),
      pubDate: new Date(instantOf(entry.data.published)),
      description: entry.data.description,
    }))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}

/** Every correction, newest first, each linking its notice page. */
export function correctionFeedItems(corpus: Corpus, site: string): FeedItem[] {
  return sortCorrections(corpus.corrections).map((c) => {
    const article = corpus.articles.find((a) => a.id === c.data.article.id);
    return {
      title: `Correction: ${article?.data.title ?? c.data.article.id}`,
      link: absoluteUrl(pathTo({ page: 'correction', slug: c.id }), site),
      pubDate: new Date(instantOf(c.data.issued)),
      description: `${c.data.wrong} ${c.data.right}`,
    };
  });
}
