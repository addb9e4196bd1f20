/** The home page and the 404 page. */
import { ui } from '../i18n/ui';
import type { PageContext } from '../lib/context';
import { byDate } from '../lib/dates';
import type { Corpus } from '../lib/entry';
import { originals } from '../lib/localize';
import { SITE } from '../settings';
import { alliesSummary, type AllyRow } from './allies';
import { pageFrame, type PageFrame } from './head';
import { loggedCorrections, topicLinks, type LoggedCorrection } from './listings';
import { worldMapData, type AtlasInput, type WorldMapData } from './maps';
import { longformLink, type LongformLink } from './parts';

/** Everything the home page shows. */
export interface HomeRouteData extends PageFrame {
  page: 'home';
  /** The publication's name and tagline, in the page's language. */
  siteName: string;
  tagline: string;
  /** The lead story (the newest article), then the others, newest first. */
  lead: LongformLink | undefined;
  others: readonly LongformLink[];
  /** Formal designations in force today. */
  count: number;
  /** The two most recent formal designations, newest last. */
  latest: readonly AllyRow[];
  map: WorldMapData;
  latestCorrection: LoggedCorrection | undefined;
  topics: readonly LongformLink[];
}

/** The 404 page: English, with a Spanish section. */
export interface NotFoundRouteData extends PageFrame {
  page: 'not-found';
}

export function homeRouteData(corpus: Corpus, atlas: AtlasInput, ctx: PageContext): HomeRouteData {
  const allies = alliesSummary(corpus, ctx);
  const [lead, ...others] = originals(corpus.articles)
    .sort(byDate((a) => a.data.published, { newestFirst: true, timeZone: ctx.timeZone }))
    .map((a) => longformLink(corpus.articles, a, 'article', ctx));
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
    count: allies.count,
    latest: allies.latest,
    map: worldMapData(corpus, atlas, ctx),
    // The log is newest first.
    latestCorrection: loggedCorrections(corpus, ctx)[0],
    topics: topicLinks(corpus, ctx),
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
