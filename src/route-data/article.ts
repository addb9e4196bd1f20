/** Article, topic and correction pages: /articles/<slug>/, /topics/<slug>/, /corrections/<slug>/. */
import { ui } from '../i18n/ui';
import type { PageContext } from '../lib/context';
import { correctionsFor, lastUpdated } from '../lib/corrections';
import { zoned } from '../lib/dates';
import { wordDiff, type DiffSegment } from '../lib/diff';
import type { Article, Corpus, Correction, Topic } from '../lib/entry';
import { newsArticleLd, topicLd } from '../lib/jsonld';
import { byId } from '../lib/lookup';
import { originalOf, translationKey, versionFor } from '../lib/localize';
import { LOCALES, type Locale } from '../settings';
import { bodySections, tableOfContents, type RenderedHeading, type TocEntry } from '../lib/toc';
import { hrefTo } from '../lib/paths';
import {
  fallbackFilter,
  ldContext,
  pageFrame,
  type PageFrame,
  type PageMeta,
  type SearchIndexing,
} from './head';
import { storiesOn } from '../lib/stories';
import { feedLink, latestStories, moreStories, type StoriesLink } from './stories';
import { glossaryLinking, type GlossaryLinking } from './glossary';
import { longformData, longformImage, type LongformData } from './longform';
import {
  correctionNotice,
  dated,
  longformLink,
  resolve,
  sourceItem,
  type CorrectionNotice,
  type Link,
  type LongformLink,
  type SourceItem,
} from './parts';
import { keyPoints, type KeyPointsView } from './key-points';

/** What an article or topic page shows: the shared longform parts and its own lists. */
export interface LongformRouteData<P extends 'article' | 'topic' = 'article' | 'topic'>
  extends PageFrame, LongformData {
  page: P;
  /** Heading of the related-countries list. */
  countriesHeading: string;
  /** Heading of the related-topics list. */
  topicsHeading: string;
  /** Correction notices (articles only): in full above the body, one linked line after it. */
  corrections: readonly CorrectionNotice[];
  /** The newest articles filed under this topic (topic pages only). */
  articles?: readonly LongformLink[] | undefined;
  /** Every article filed under it, in numbered pages, and its feed (topic pages only). */
  allArticles?: StoriesLink | undefined;
  feed?: Link | undefined;
  /** The Key points box, on the topic whose original sets `keyPoints: true` (the explainer). */
  keyPoints?: KeyPointsView | undefined;
  /**
   * The sections the layout shows before and after the body, in order, for the table of
   * contents; the body's own `##` sections go between them (see `longformContents`).
   */
  sections: { before: readonly TocEntry[]; after: readonly TocEntry[] };
}

/** Everything an article page shows. */
export type ArticleRouteData = LongformRouteData<'article'>;
/** Everything a topic page shows. */
export type TopicRouteData = LongformRouteData<'topic'>;

/** Everything a correction's own page shows. */
export interface CorrectionRouteData extends PageFrame, CorrectionNotice {
  page: 'correction';
  title: string;
  /** The sentence as published and as corrected, and their word-by-word difference. */
  before: string;
  after: string;
  segments: readonly DiffSegment[];
  /** The article it corrects. */
  article: LongformLink | undefined;
  sources: readonly SourceItem[];
  /** The table of contents: wrong, right, the wording, sources (src/lib/toc.ts). */
  toc: readonly TocEntry[];
  /** The glossary terms the notice's text links, first use only (src/lib/glossary.ts). */
  glossary: GlossaryLinking;
}

/**
 * The sections around the body of a page showing `view`: the "as published" label the body sits
 * under, then each list the layout shows only when it has items, and the citation formats.
 */
function sectionsAround(
  view: Omit<LongformRouteData, keyof PageFrame | 'sections'>,
  ctx: PageContext,
): LongformRouteData['sections'] {
  const t = ui(ctx.locale).longform;
  const listed = (
    id: string,
    text: string,
    items: readonly unknown[] | undefined,
  ): TocEntry | false => (items?.length ?? 0) > 0 && { id, text };
  return {
    before: [
      // The explainer's Key points box comes before the body.
      ...(view.keyPoints ? [{ id: 'key-points', text: view.keyPoints.heading }] : []),
      { id: 'as-published', text: view.asPublished },
    ],
    after: [
      listed('since-then', t.sinceThen, view.sinceThen),
      listed('figures', t.figures, view.figures),
      listed('sources', t.sources, view.sources),
      listed('articles', t.articlesOnTopic, view.articles),
      listed('countries', view.countriesHeading, view.countries),
      listed('topics', view.topicsHeading, view.topics),
      { id: 'cite', text: t.cite },
    ].filter((s): s is TocEntry => s !== false),
  };
}

/**
 * The table of contents of an article or topic page: the sections around its body, with the
 * body's own level-two headings (as `render()` lists them) between. An untranslated body's
 * headings are marked with its language.
 */
export function longformContents(
  view: Pick<LongformRouteData, 'sections' | 'lang'>,
  headings: readonly RenderedHeading[],
  locale: Locale,
): readonly TocEntry[] {
  return tableOfContents([
    ...view.sections.before,
    ...bodySections(headings, view.lang === locale ? undefined : view.lang),
    ...view.sections.after,
  ]);
}

function longformFrame(
  corpus: Corpus,
  kind: 'article' | 'topic',
  data: LongformData,
  ld: Parameters<typeof pageFrame>[1]['structuredData'],
  ctx: PageContext,
  filters: NonNullable<SearchIndexing['filters']>,
  feed?: PageMeta['feed'],
): PageFrame {
  const versions = kind === 'article' ? corpus.articles : corpus.topics;
  const route = { page: kind, slug: data.key } as const;
  const translatedIn = LOCALES.filter((l) => versionFor(versions, data.key, l)?.translated);
  // The locales that show this page only as a fallback: their search pages find it in this
  // page's index, under the filter, and open the fallback page the other filter gives.
  const untranslated = LOCALES.filter((l) => !translatedIn.includes(l));
  return pageFrame(
    route,
    {
      title: data.title,
      description: data.description,
      ogType: 'article',
      structuredData: ld ?? [],
      // A fallback page's English text is in the English index, once; the Spanish index holds
      // Spanish.
      search: data.translated
        ? {
            type: kind === 'article' ? 'Article' : 'Topic',
            filters:
              untranslated.length > 0
                ? {
                    ...filters,
                    untranslated,
                    ...Object.fromEntries(
                      untranslated.map((l) => [fallbackFilter(l), [hrefTo(route, l, ctx.base)]]),
                    ),
                  }
                : filters,
          }
        : undefined,
      untranslated: !data.translated && 'all',
      cardLocale: data.lang,
      translatedIn,
      feed,
    },
    corpus,
    ctx,
  );
}

/** The article page for the version shown in `ctx.locale` (or its English fallback). */
export function articleRouteData(
  corpus: Corpus,
  article: Article,
  ctx: PageContext,
): ArticleRouteData {
  const t = ui(ctx.locale).longform;
  const tc = ui(ctx.locale).correction;
  const key = translationKey(article);
  const original = originalOf(corpus.articles, key) ?? article;
  const updated = lastUpdated(original, corpus.corrections);
  const issued = correctionsFor(original.id, corpus.corrections);
  const corrections = issued.map((c) => correctionNotice(c, ctx));
  const latestCorrection = issued.at(-1);
  const data = longformData(
    corpus,
    article,
    'article',
    ctx,
    [
      // The byline's "Updated …", and each notice: in full above the body (its label, time,
      // words and link), and as one short line linking it at the end.
      ...(updated ? [`${t.updated} ${dated(updated, ctx).text}`] : []),
      ...corrections.flatMap((c) => [
        `${tc.label} ${c.issued.text} ${c.wrong} ${c.right} ${tc.read}`,
        `${tc.atEnd} ${c.issued.text} ${tc.read}`,
      ]),
    ],
    updated && {
      kind:
        latestCorrection && zoned(latestCorrection.data.issued).iso === updated.iso
          ? 'corrected'
          : 'updated',
      at: updated,
    },
  );
  const ld = newsArticleLd(article, corpus, {
    // A fallback page shows the English original: its structured data describes that.
    ...ldContext({ ...ctx, locale: data.lang }),
    url: data.url,
    image: longformImage(data, 'article', ctx),
  });
  const view = {
    ...data,
    page: 'article' as const,
    updated: updated && dated(updated, ctx),
    corrections,
    countriesHeading: t.countriesInStory,
    topicsHeading: t.background,
  };
  return {
    ...longformFrame(corpus, 'article', data, [ld], ctx, {
      country: data.about.countries,
      topic: data.about.topics,
    }),
    ...view,
    sections: sectionsAround(view, ctx),
  };
}

/** The topic page for the version shown in `ctx.locale` (or its English fallback). */
export function topicRouteData(corpus: Corpus, topic: Topic, ctx: PageContext): TopicRouteData {
  const t = ui(ctx.locale).longform;
  const tl = ui(ctx.locale).lists;
  const key = translationKey(topic);
  const stories = storiesOn(corpus, { page: 'topic-stories', slug: key }, ctx.timeZone);
  const updated = topic.data.updated ? zoned(topic.data.updated) : undefined;
  const data = longformData(
    corpus,
    topic,
    'topic',
    ctx,
    [],
    updated && { kind: 'updated', at: updated },
  );
  const ld = topicLd(topic, corpus, {
    // A fallback page shows the English original: its structured data describes that.
    ...ldContext({ ...ctx, locale: data.lang }),
    url: data.url,
    image: longformImage(data, 'topic', ctx),
  });
  const view = {
    ...data,
    page: 'topic' as const,
    updated: updated && dated(updated, ctx),
    keyPoints: (originalOf(corpus.topics, key) ?? topic).data.keyPoints
      ? keyPoints(corpus, ctx, { page: 'topic', slug: key })
      : undefined,
    corrections: [],
    articles: latestStories(stories, corpus, ctx),
    allArticles: moreStories({ page: 'topic-stories', slug: key }, stories.length, ctx),
    feed: feedLink({ feed: 'topic', slug: key }, tl.feed, ctx),
    countriesHeading: t.countries,
    topicsHeading: t.relatedTopics,
  };
  return {
    ...longformFrame(
      corpus,
      'topic',
      data,
      [ld],
      ctx,
      { country: data.about.countries, topic: [data.key] },
      { feed: { feed: 'topic', slug: key }, title: tl.topicFeed({ topic: data.title }) },
    ),
    ...view,
    sections: sectionsAround(view, ctx),
  };
}

/** The page of one correction. */
export function correctionRouteData(
  corpus: Corpus,
  correction: Correction,
  ctx: PageContext,
): CorrectionRouteData {
  const t = ui(ctx.locale);
  const original = byId(corpus.articles).get(correction.data.article.id);
  const article = original && longformLink(corpus.articles, original, 'article', ctx);
  const shown = correctionNotice(correction, ctx);
  const sources = resolve(correction.data.sources, byId(corpus.sources)).map((s) =>
    sourceItem(s, ctx),
  );
  const title = article
    ? t.correction.title({ article: article.label })
    : t.correction.fallbackTitle;
  return {
    ...pageFrame(
      { page: 'correction', slug: correction.id },
      {
        title,
        description: t.correction.description({ when: shown.issued.text, right: shown.right }),
        untranslated: shown.lang !== undefined && 'all',
      },
      corpus,
      ctx,
    ),
    ...shown,
    page: 'correction',
    title,
    before: correction.data.before,
    after: correction.data.after,
    segments: wordDiff(correction.data.before, correction.data.after),
    article,
    sources,
    toc: tableOfContents([
      { id: 'wrong', text: t.correction.wrong },
      { id: 'right', text: t.correction.right },
      { id: 'wording', text: t.correction.wording },
      sources.length > 0 && { id: 'sources', text: t.longform.sources },
    ]),
    glossary: glossaryLinking(corpus, ctx.locale, ctx),
  };
}
