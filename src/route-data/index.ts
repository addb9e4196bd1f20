/**
 * Route data: for each page type, one typed value holding everything the page shows and says
 * about itself, computed from the corpus, the atlas and the page context. The middleware computes
 * it once per page (src/middleware.ts) and puts it on `Astro.locals.route`; pages, layouts and
 * components only render it. Modelled on Starlight's `StarlightRouteData`.
 */
import type { PageContext } from '../lib/context';
import type { Corpus } from '../lib/entry';
import { versionFor } from '../lib/localize';
import type { Route } from '../lib/paths';
import { alliesRouteData, type AlliesRouteData } from './allies';
import { allyRouteData, type AllyRouteData } from './ally';
import {
  articleRouteData,
  correctionRouteData,
  topicRouteData,
  type ArticleRouteData,
  type CorrectionRouteData,
  type TopicRouteData,
} from './article';
import { glossaryRouteData, type GlossaryRouteData } from './glossary';
import {
  homeRouteData,
  notFoundRouteData,
  type HomeRouteData,
  type NotFoundRouteData,
} from './home';
import {
  correctionsRouteData,
  dataRouteData,
  searchRouteData,
  sourcesRouteData,
  topicsRouteData,
  type CorrectionsRouteData,
  type DataRouteData,
  type SearchRouteData,
  type SourcesRouteData,
  type TopicsRouteData,
} from './listings';
import { infoRouteData, type InfoRouteData } from './info';
import type { AtlasInput } from './maps';
import {
  allyStoriesRouteData,
  archiveRouteData,
  topicStoriesRouteData,
  type AllyStoriesRouteData,
  type ArchiveRouteData,
  type TopicStoriesRouteData,
} from './stories';

export type { AlliesRouteData } from './allies';
export type { AllyRouteData } from './ally';
export type {
  ArticleRouteData,
  CorrectionRouteData,
  LongformRouteData,
  TopicRouteData,
} from './article';
export type { GlossaryRouteData } from './glossary';
export type { HomeRouteData, NotFoundRouteData } from './home';
export type { InfoRouteData } from './info';
export type {
  CorrectionsRouteData,
  DataRouteData,
  SearchRouteData,
  SourcesRouteData,
  TopicsRouteData,
} from './listings';
export type {
  AllyStoriesRouteData,
  ArchiveRouteData,
  TopicStoriesRouteData,
  StoryItem,
  Pager,
} from './stories';

/** The route data of any page, told apart by `page` (the same names as `Route`). */
export type RouteData =
  | HomeRouteData
  | AlliesRouteData
  | AllyRouteData
  | ArticleRouteData
  | TopicRouteData
  | CorrectionRouteData
  | TopicsRouteData
  | SourcesRouteData
  | CorrectionsRouteData
  | SearchRouteData
  | DataRouteData
  | GlossaryRouteData
  | InfoRouteData
  | ArchiveRouteData
  | TopicStoriesRouteData
  | AllyStoriesRouteData
  | NotFoundRouteData;

/** A page type's route data, by its `page` name. */
export type RouteDataFor<P extends RouteData['page']> = Extract<RouteData, { page: P }>;

/** What route data is computed from, besides the page context. */
export interface RouteInputs {
  corpus: Corpus;
  atlas: AtlasInput;
}

function missing(route: Route & { slug: string }): never {
  throw new Error(`No content for the ${route.page} page "${route.slug}"`);
}

/**
 * The route data of the page at `route`, in `ctx.locale`. Throws when a slug names no entry
 * (getStaticPaths only produces slugs that exist, so this means a bug, not bad content).
 */
export function routeData(
  route: Route,
  { corpus, atlas }: RouteInputs,
  ctx: PageContext,
): RouteData {
  switch (route.page) {
    case 'home':
      return homeRouteData(corpus, atlas, ctx);
    case 'allies':
      return alliesRouteData(corpus, atlas, ctx);
    case 'ally': {
      const country = corpus.countries.find((c) => c.id === route.slug) ?? missing(route);
      return allyRouteData(corpus, atlas, country, ctx);
    }
    case 'article': {
      const version = versionFor(corpus.articles, route.slug, ctx.locale) ?? missing(route);
      return articleRouteData(corpus, version.entry, ctx);
    }
    case 'topic': {
      const version = versionFor(corpus.topics, route.slug, ctx.locale) ?? missing(route);
      return topicRouteData(corpus, version.entry, ctx);
    }
    case 'correction': {
      const correction = corpus.corrections.find((c) => c.id === route.slug) ?? missing(route);
      return correctionRouteData(corpus, correction, ctx);
    }
    case 'archive':
      return archiveRouteData(corpus, route, ctx);
    case 'topic-stories': {
      const version = versionFor(corpus.topics, route.slug, ctx.locale) ?? missing(route);
      return topicStoriesRouteData(corpus, version.entry, route, ctx);
    }
    case 'ally-stories': {
      const country = corpus.countries.find((c) => c.id === route.slug) ?? missing(route);
      return allyStoriesRouteData(corpus, country, route, ctx);
    }
    case 'topics':
      return topicsRouteData(corpus, ctx);
    case 'sources':
      return sourcesRouteData(corpus, ctx);
    case 'corrections':
      return correctionsRouteData(corpus, route, ctx);
    case 'search':
      return searchRouteData(corpus, ctx);
    case 'data':
      return dataRouteData(corpus, ctx);
    case 'glossary':
      return glossaryRouteData(corpus, ctx);
    case 'info':
      return infoRouteData(corpus, route.slug, ctx);
    case 'not-found':
      return notFoundRouteData(corpus, ctx);
    case 'sitemap':
      throw new Error('The sitemap is written by @astrojs/sitemap, not rendered as a page');
  }
}
