/**
 * What each RSS feed holds: its channel (title, description, link, language) and its newest
 * `SITE.lists.feedItems` items, newest first. The endpoints hand this to @astrojs/rss.
 *
 * - `stories`: every article and topic written in the feed's language;
 * - `topic`: the articles filed under one topic; `ally`: the articles about one country;
 * - `corrections`: every correction.
 */
import { ui } from '../i18n/ui';
import type { PageContext } from '../lib/context';
import type { Corpus } from '../lib/entry';
import { correctionFeedItems, storyFeedItems, type FeedItem } from '../lib/feeds';
import { countryNameInSentence, versionFor } from '../lib/localize';
import { absoluteUrl, pathTo, type Feed, type Route } from '../lib/paths';
import { LOCALE_REGISTRY, SITE } from '../settings';
import { about, filedUnder } from '../lib/stories';

/** A feed as @astrojs/rss takes it. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The channel's link: the page that lists the same items, absolute. */
  site: string;
  /** The newest items, at most `SITE.lists.feedItems`. */
  items: FeedItem[];
  customData: string;
}

function channel(
  { title, description, page }: { title: string; description: string; page: Route },
  items: FeedItem[],
  ctx: PageContext,
): FeedChannel {
  return {
    title: `${SITE.name[ctx.locale]}: ${title}`,
    description,
    site: absoluteUrl(pathTo(page, ctx.locale), ctx.site),
    items: items.slice(0, SITE.lists.feedItems),
    customData: `<language>${LOCALE_REGISTRY[ctx.locale].rss}</language>`,
  };
}

/** The feed `feed` in `ctx.locale`. Throws when it names a topic or country that does not exist. */
export function feedChannel(feed: Feed, corpus: Corpus, ctx: PageContext): FeedChannel {
  const t = ui(ctx.locale);
  const stories = (include?: Parameters<typeof storyFeedItems>[4]) =>
    storyFeedItems(corpus, ctx.site, ctx.locale, ctx.timeZone, include);
  switch (feed.feed) {
    case 'stories':
      return channel(
        { title: t.feeds.stories, description: SITE.tagline[ctx.locale], page: { page: 'home' } },
        stories(),
        ctx,
      );
    case 'corrections':
      return channel(
        {
          title: t.feeds.corrections,
          description: t.feeds.correctionsDescription,
          page: { page: 'corrections' },
        },
        correctionFeedItems(corpus, ctx.site, ctx.locale),
        ctx,
      );
    case 'topic': {
      const topic = versionFor(corpus.topics, feed.slug, ctx.locale)?.entry;
      if (!topic) throw new Error(`No topic "${feed.slug}" for its feed`);
      const name = topic.data.title;
      return channel(
        {
          title: t.lists.topicFeed({ topic: name }),
          description: t.lists.topicFeedDescription({ topic: name }),
          page: { page: 'topic', slug: feed.slug },
        },
        stories({ article: filedUnder(feed.slug), topic: () => false }),
        ctx,
      );
    }
    case 'ally': {
      const country = corpus.countries.find((c) => c.id === feed.slug);
      if (!country) throw new Error(`No country "${feed.slug}" for its feed`);
      const name = countryNameInSentence(country, ctx.locale);
      return channel(
        {
          title: t.lists.allyFeed({ country: name }),
          description: t.lists.allyFeedDescription({ country: name }),
          page: { page: 'ally', slug: feed.slug },
        },
        // The articles the ally page lists, as its feed link promises; not its topics.
        stories({ article: about(feed.slug), topic: () => false }),
        ctx,
      );
    }
  }
}
