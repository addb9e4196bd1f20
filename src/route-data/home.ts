/** The home page and the 404 page. */
import { ui } from '../i18n/ui';
import type { PageContext } from '../lib/context';
import type { Corpus } from '../lib/entry';
import { SITE } from '../settings';
import { alliesSummary, type AllyRow } from './allies';
import { pageFrame, type PageFrame } from './head';
import { keyPoints, type KeyPointsView } from './key-points';
import { topicLinks } from './listings';
import { storiesOn } from '../lib/stories';
import { tableOfContents, type TocEntry } from '../lib/toc';
import { hrefTo } from '../lib/paths';
import { worldMapData, type AtlasInput, type WorldMapData } from './maps';
import { longformLink, type Link, type LongformLink } from './parts';

/** Everything the home page shows. */
export interface HomeRouteData extends PageFrame {
  page: 'home';
  /** The publication's name and tagline, in the page's language. */
  siteName: string;
  tagline: string;
  /** The lead story (the newest article), then the next newest (`SITE.lists.latest` in all). */
  lead: LongformLink | undefined;
  others: readonly LongformLink[];
  /** The archive of every story, by page and by year. */
  archive: Link;
  /** What a newcomer must take away first: the status, its limits, the count, the correction. */
  keyPoints: KeyPointsView;
  /** The two most recent formal designations, newest last. */
  latest: readonly AllyRow[];
  map: WorldMapData;
  /** The topics, the explainer first (`order`). */
  topics: readonly LongformLink[];
  /** The table of contents: the page's sections, when it has enough (src/lib/toc.ts). */
  toc: readonly TocEntry[];
}

/** The 404 page: English, with a Spanish section. */
export interface NotFoundRouteData extends PageFrame {
  page: 'not-found';
}

export function homeRouteData(corpus: Corpus, atlas: AtlasInput, ctx: PageContext): HomeRouteData {
  const allies = alliesSummary(corpus, ctx);
  const stories = storiesOn(corpus, { page: 'archive' }, ctx.timeZone);
  const [lead, ...others] = stories
    .slice(0, SITE.lists.latest)
    .map((a) => longformLink(corpus.articles, a, 'article', ctx));
  const t = ui(ctx.locale).home;
  const points = keyPoints(corpus, ctx, { page: 'home' });
  const topics = topicLinks(corpus, ctx);
  return {
    ...pageFrame(
      { page: 'home' },
      { title: SITE.name[ctx.locale], description: SITE.tagline[ctx.locale] },
      corpus,
      ctx,
    ),
    page: 'home',
    siteName: SITE.name[ctx.locale],
    tagline: SITE.tagline[ctx.locale],
    lead,
    others,
    archive: {
      label: ui(ctx.locale).lists.archive,
      href: hrefTo({ page: 'archive' }, ctx.locale, ctx.base),
    },
    keyPoints: points,
    latest: allies.latest,
    map: worldMapData(corpus, atlas, ctx),
    topics,
    toc: tableOfContents([
      { id: 'key-points', text: points.heading },
      lead && { id: 'lead-story', text: lead.label, lang: lead.lang, note: lead.languageNote },
      { id: 'count', text: t.alliesToday },
      topics.length > 0 && { id: 'topics', text: t.background },
    ]),
  };
}

export function notFoundRouteData(corpus: Corpus, ctx: PageContext): NotFoundRouteData {
  const t = ui(ctx.locale).notFound;
  return {
    ...pageFrame(
      { page: 'not-found' },
      { title: t.title, description: t.description, noindex: true },
      corpus,
      ctx,
    ),
    page: 'not-found',
  };
}
