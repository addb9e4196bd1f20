/**
 * Lists of stories (articles), newest first, that grow with the archive: the archive and its
 * years (/archive/, /archive/2022/), a topic's stories (/topics/<slug>/stories/) and an ally's
 * (/allies/<slug>/stories/). Each is split into numbered pages of `SITE.lists.pageSize`; the home,
 * topic and ally pages show only the newest `SITE.lists.latest` and link here. So no page grows
 * without bound, however many articles the desk publishes (README, "Lists and archives").
 */
import { ui } from '../i18n/ui';
import type { PageContext } from '../lib/context';
import { dayOf, formatPartialDate } from '../lib/dates';
import { archiveYears, storiesOn } from '../lib/stories';
import type { Article, Corpus, Country, Topic } from '../lib/entry';
import { countryName, countryNameInSentence, translationKey, versionFor } from '../lib/localize';
import { pageOf, type PageOf } from '../lib/pagination';
import { feedPath, hrefTo, listPage, withBase, type Feed, type Route } from '../lib/paths';
import { intlLocale, SITE } from '../settings';
import { numberFormat } from '../lib/intl';
import { pageFrame, type PageFrame } from './head';
import type { Crumb } from '../lib/breadcrumbs';
import { longformLink, type Dated, type Link, type LongformLink } from './parts';

/** A story in a list: its link and standfirst, and the day it was published. */
export interface StoryItem extends LongformLink {
  published: Dated;
}

/** A link to a list of stories, with how many it holds. */
export interface StoriesLink extends Link {
  count: number;
}

/** The pager under a paginated list: links to the pages around this one. */
export interface Pager {
  /** This page's number and the last page's, from 1. */
  n: number;
  last: number;
  /** Root-relative links to the newer (previous) and older (next) pages, when there are any. */
  newer?: string | undefined;
  older?: string | undefined;
  /**
   * The numbered links: the first and last pages and the two either side of this one, in order
   * (a list of 170 pages shows 1 … 48 49 50 51 52 … 170; the component marks each gap).
   */
  pages: readonly { n: number; href: string }[];
}

/** What every page of a story list shows. */
interface StoryListFrame extends PageFrame {
  /** The page's title (the `<h1>`): the list's, with the page number after page 1 of several. */
  title: string;
  /** The list's title, without the page number. */
  listTitle: string;
  /** "Articles 31–60 of 212, newest first." */
  showing: string;
  stories: readonly StoryItem[];
  pager: Pager;
  /** The list's feed, root-relative, with its label. */
  feed: Link;
}

/** /archive/ and /archive/<year>/: every story, or a year's, newest first. */
export interface ArchiveRouteData extends StoryListFrame {
  page: 'archive';
  /** The year shown, or undefined for the whole archive. */
  year: number | undefined;
  /** Every year with stories, newest first, each linking its archive. */
  years: readonly (Link & { year: number; current: boolean })[];
}

/** /topics/<slug>/stories/: the stories filed under a topic. */
export interface TopicStoriesRouteData extends StoryListFrame {
  page: 'topic-stories';
}

/** /allies/<slug>/stories/: the stories about a country. */
export interface AllyStoriesRouteData extends StoryListFrame {
  page: 'ally-stories';
}

/** A whole number as the page's language writes it: 5,000 or 5000 (Spanish groups from 10 000). */
export function formatCount(n: number, ctx: PageContext): string {
  return numberFormat(intlLocale(ctx.locale)).format(n);
}

/** A story as lists show it, in the page's language. */
export function storyItem(corpus: Corpus, original: Article, ctx: PageContext): StoryItem {
  const shown = versionFor(corpus.articles, translationKey(original), ctx.locale)?.entry;
  const day = dayOf((shown ?? original).data.published, ctx.timeZone);
  return {
    ...longformLink(corpus.articles, original, 'article', ctx),
    published: { text: formatPartialDate({ iso: day, precision: 'day' }, ctx.locale), iso: day },
  };
}

/**
 * The link from a page that shows the newest stories of a list to the whole list, when the list
 * holds more than it shows.
 */
export function moreStories(
  route: Route,
  count: number,
  ctx: PageContext,
): StoriesLink | undefined {
  return count > SITE.lists.latest ? storiesLink(route, count, ctx) : undefined;
}

/** The newest stories of a list, for the page that links to it. */
export function latestStories(stories: readonly Article[], corpus: Corpus, ctx: PageContext) {
  return stories
    .slice(0, SITE.lists.latest)
    .map((a) => longformLink(corpus.articles, a, 'article', ctx));
}

/** The link to a full list of stories, with its size: "All 212 articles". */
export function storiesLink(route: Route, count: number, ctx: PageContext): StoriesLink {
  return {
    label: ui(ctx.locale).lists.allStories({ count, total: formatCount(count, ctx) }),
    href: hrefTo(route, ctx.locale, ctx.base),
    count,
  };
}

/**
 * A list's title and description on page `list.n`, numbered when the list has several pages
 * ("All articles, page 2 of 4"), so no two pages of a list read alike.
 */
export function numberedMeta(
  list: PageOf<unknown>,
  { title, description }: { title: string; description: string },
  ctx: PageContext,
): { title: string; description: string } {
  if (list.last === 1) return { title, description };
  const t = ui(ctx.locale).lists;
  const at = { n: list.n, last: list.last };
  return {
    title: t.numbered({ text: title, ...at }),
    description: t.numberedDescription({ text: description, ...at }),
  };
}

/** The pager of page `list.n` of the list at `route`. */
export function pager<R extends Extract<Route, { n?: number }>>(
  route: R,
  list: PageOf<unknown>,
  ctx: PageContext,
): Pager {
  const href = (n: number) => hrefTo(listPage(route, n), ctx.locale, ctx.base);
  return {
    n: list.n,
    last: list.last,
    newer: list.n > 1 ? href(list.n - 1) : undefined,
    older: list.n < list.last ? href(list.n + 1) : undefined,
    pages: Array.from({ length: list.last }, (_, i) => i + 1)
      .filter((n) => n === 1 || n === list.last || Math.abs(n - list.n) <= 2)
      .map((n) => ({ n, href: href(n) })),
  };
}

/** The frame, list and pager shared by every story list. */
function storyList<R extends Extract<Route, { n?: number }>>(
  route: R,
  stories: readonly Article[],
  {
    title,
    description,
    feedTitle,
    parent,
  }: { title: string; description: string; feedTitle: string; parent?: Crumb },
  corpus: Corpus,
  ctx: PageContext,
): StoryListFrame {
  const t = ui(ctx.locale).lists;
  const list = pageOf(stories, route.n ?? 1, SITE.lists.pageSize);
  const numbered = numberedMeta(list, { title, description }, ctx);
  return {
    ...pageFrame(
      route,
      {
        ...numbered,
        pageCount: list.last,
        parent,
        // The archive's feed is the site's own, which every page advertises already.
        feed: route.page === 'archive' ? undefined : { feed: feedOf(route), title: feedTitle },
      },
      corpus,
      ctx,
    ),
    title: numbered.title,
    listTitle: title,
    showing:
      list.total === 0
        ? t.empty
        : list.last === 1
          ? t.count({ count: list.total, total: formatCount(list.total, ctx) })
          : list.from === list.to
            ? t.showingOne({ n: formatCount(list.from, ctx), total: formatCount(list.total, ctx) })
            : t.showing({
                from: formatCount(list.from, ctx),
                to: formatCount(list.to, ctx),
                total: formatCount(list.total, ctx),
              }),
    stories: list.items.map((a) => storyItem(corpus, a, ctx)),
    pager: pager(route, list, ctx),
    // The archive's feed is the site's, which carries background pages too.
    feed: feedLink(feedOf(route), route.page === 'archive' ? t.siteFeed : t.feed, ctx),
  };
}

/** The feed that carries the same stories as the list at `route`. */
function feedOf(route: Route): Feed {
  switch (route.page) {
    case 'topic-stories':
      return { feed: 'topic', slug: route.slug };
    case 'ally-stories':
      return { feed: 'ally', slug: route.slug };
    default:
      return { feed: 'stories' };
  }
}

/** A feed's link as the lists show it, root-relative. */
export function feedLink(feed: Feed, label: string, ctx: PageContext): Link {
  return { label, href: withBase(feedPath(feed, ctx.locale), ctx.base) };
}

/** The archive: every story, or those of `route.year`, newest first. */
export function archiveRouteData(
  corpus: Corpus,
  route: Extract<Route, { page: 'archive' }>,
  ctx: PageContext,
): ArchiveRouteData {
  const t = ui(ctx.locale).lists;
  const { year } = route;
  const stories = storiesOn(corpus, route, ctx.timeZone);
  const title = year === undefined ? t.archiveTitle : t.yearTitle({ year: String(year) });
  const description =
    year === undefined ? t.archiveDescription : t.yearDescription({ year: String(year) });
  return {
    ...storyList(
      route,
      stories,
      { title, description, feedTitle: ui(ctx.locale).feeds.stories },
      corpus,
      ctx,
    ),
    page: 'archive',
    year,
    years: archiveYears(corpus, ctx.timeZone).map((y) => ({
      year: y,
      label: String(y),
      href: hrefTo({ page: 'archive', year: y }, ctx.locale, ctx.base),
      current: y === year,
    })),
  };
}

/** The stories filed under `topic`, newest first. */
export function topicStoriesRouteData(
  corpus: Corpus,
  topic: Topic,
  route: Extract<Route, { page: 'topic-stories' }>,
  ctx: PageContext,
): TopicStoriesRouteData {
  const t = ui(ctx.locale).lists;
  const link = longformLink(corpus.topics, topic, 'topic', ctx);
  const stories = storiesOn(corpus, route, ctx.timeZone);
  return {
    ...storyList(
      route,
      stories,
      {
        title: t.topicTitle({ topic: link.label }),
        description: t.topicDescription({ topic: link.label }),
        feedTitle: t.topicFeed({ topic: link.label }),
        parent: {
          label: link.label,
          route: { page: 'topic', slug: route.slug },
          ...(link.lang ? { lang: link.lang } : {}),
        },
      },
      corpus,
      ctx,
    ),
    page: 'topic-stories',
  };
}

/** The stories about `country`, newest first. */
export function allyStoriesRouteData(
  corpus: Corpus,
  country: Country,
  route: Extract<Route, { page: 'ally-stories' }>,
  ctx: PageContext,
): AllyStoriesRouteData {
  const t = ui(ctx.locale).lists;
  const name = countryNameInSentence(country, ctx.locale);
  const stories = storiesOn(corpus, route, ctx.timeZone);
  return {
    ...storyList(
      route,
      stories,
      {
        title: t.allyTitle({ country: name }),
        description: t.allyDescription({ country: name }),
        feedTitle: t.allyFeed({ country: name }),
        parent: {
          label: countryName(country, ctx.locale),
          route: { page: 'ally', slug: country.id },
        },
      },
      corpus,
      ctx,
    ),
    page: 'ally-stories',
  };
}
