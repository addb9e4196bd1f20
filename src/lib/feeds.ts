/**
 * Items for the RSS feeds, from content dates (never the build time). @astrojs/rss writes
 * the XML; this decides what goes in it.
 */
import { sortCorrections } from './corrections';
import { byDate, instantOf } from './dates';
import { ui } from '../i18n/ui';
import type { Locale } from '../settings';
import type { Article, Corpus, Topic } from './entry';
import { correctionText, originals, translationKey, versionFor } from './localize';
import { absoluteUrl, pathTo } from './paths';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/**
 * Articles and topics in one language (translations, or originals where none exists), newest
 * first. A publication date without a time is the start of that day in `timeZone`, the
 * newsroom's (see `instantIso`), so a story of March 10 is never dated the evening of March 9.
 */
export function storyFeedItems(
  corpus: Corpus,
  site: string,
  locale: Locale,
  timeZone: string,
  /** Which originals to include (a topic's articles, an ally's); default all. */
  include: {
    article?: (original: Article) => boolean;
    topic?: (original: Topic) => boolean;
  } = {},
): FeedItem[] {
  const pick = <T extends Article | Topic>(
    all: readonly T[],
    page: 'article' | 'topic',
    keep: (original: T) => boolean = () => true,
  ) =>
    // A locale's feed carries only what is written in its language: a fallback page is a copy
    // of the English original, which the English feed carries.
    originals(all)
      .filter(keep)
      .flatMap((o) => {
        const key = translationKey(o);
        const version = versionFor(all, key, locale);
        return version?.translated
          ? [{ entry: version.entry, route: { page, slug: key } as const }]
          : [];
      });
  const items = [
    ...pick(corpus.articles, 'article', include.article),
    ...pick(corpus.topics, 'topic', include.topic),
  ];
  return items
    .map(({ entry, route }) => ({
      title: entry.data.title,
      link: absoluteUrl(pathTo(route, locale), site),
      pubDate: new Date(instantOf(entry.data.published, timeZone)),
      description: entry.data.description,
    }))
    .sort(
      byDate((item) => item.pubDate.toISOString(), { key: (item) => item.link, newestFirst: true }),
    );
}

/** Every correction, newest first, each linking its notice page. */
export function correctionFeedItems(corpus: Corpus, site: string, locale: Locale): FeedItem[] {
  const t = ui(locale);
  return sortCorrections(corpus.corrections).map((c) => {
    const original = corpus.articles.find((a) => a.id === c.data.article.id);
    const article =
      original &&
      (versionFor(corpus.articles, translationKey(original), locale)?.entry ?? original);
    const { wrong, right } = correctionText(c, locale);
    return {
      title: t.feeds.correctionTitle({ title: article?.data.title ?? c.data.article.id }),
      link: absoluteUrl(pathTo({ page: 'correction', slug: c.id }, locale), site),
      pubDate: new Date(instantOf(c.data.issued)),
      description: `${wrong.text} ${right.text}`,
    };
  });
}
