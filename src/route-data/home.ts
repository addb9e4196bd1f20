/** The home page and the 404 page. */
import { ui } from '../i18n/ui';
import type { PageContext } from '../lib/context';
import type { Corpus } from '../lib/entry';
import { SITE } from '../settings';
import { alliesSummary, type AllyRow } from './allies';
import { pageFrame, type PageFrame } from './head';
import { latestCorrection, topicLinks, type LoggedCorrection } from './listings';
import { storiesWhere } from '../lib/stories';
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
  /** Formal designations in force today. */
  count: number;
  /** The two most recent formal designations, newest last. */
  latest: readonly AllyRow[];
  map: WorldMapData;
  latestCorrection: LoggedCorrection | undefined;
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
  const stories = storiesWhere(corpus, () => true, ctx.timeZone);
  const [lead, ...others] = stories
    .slice(0, SITE.lists.latest)
    .map((a) => longformLink(corpus.articles, a, 'article', ctx));
  const t = ui(ctx.locale).home;
  const correction = latestCorrection(corpus, ctx);
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
    count: allies.count,
    latest: allies.latest,
    map: worldMapData(corpus, atlas, ctx),
    latestCorrection: correction,
    topics,
    toc: tableOfContents([
      lead && { id: 'lead-story', text: lead.label, lang: lead.lang, note: lead.languageNote },
      { id: 'count', text: t.alliesToday },
      correction && { id: 'latest-correction', text: t.latestCorrection },
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
