/** The index pages: topics, sources, the corrections log, search and open data. */
import { ui } from '../i18n/ui';
import type { PageContext } from '../lib/context';
import { sortCorrections } from '../lib/corrections';
import type { Article, Correction, Corpus, Topic } from '../lib/entry';
import { pageOf } from '../lib/pagination';
import { tableOfContents, type TocEntry } from '../lib/toc';
import { byId } from '../lib/lookup';
import { lastModified } from '../lib/lastmod';
import { LICENSE_URL } from '../lib/open-data';
import {
  absoluteUrl,
  DATA_FILES,
  pathTo,
  searchIndexPath,
  withBase,
  type Route,
} from '../lib/paths';
import { datasetLd, temporalCoverage } from '../lib/site-ld';
import { countryName, originals, translationKey, versionFor } from '../lib/localize';
import { DEFAULT_LOCALE, SITE, type Locale } from '../settings';
import { alliesSummary, type AlliesSummary } from './allies';
import {
  fallbackFilter,
  ldContext,
  pageFrame,
  SEARCH_TYPES,
  type PageFrame,
  type SearchIndexing,
  type SearchType,
} from './head';
import { formatCount, numberedMeta, pager, type Pager } from './stories';
import {
  correctionNotice,
  languageNote,
  longformLink,
  sourceItem,
  type CorrectionNotice,
  type LongformLink,
  type SourceItem,
} from './parts';

/** A correction as the log lists it, with a link to the article it corrects. */
export interface LoggedCorrection extends CorrectionNotice {
  article: LongformLink | undefined;
}

/** The /topics/ page. */
export interface TopicsRouteData extends PageFrame {
  page: 'topics';
  /** Every topic, alphabetical in the page's language. */
  topics: readonly LongformLink[];
}

/** The /sources/ page. */
export interface SourcesRouteData extends PageFrame {
  page: 'sources';
  /** Every source, grouped by kind (statutes first), each group by title. */
  groups: readonly { kind: string; label: string; sources: readonly SourceItem[] }[];
  /** The table of contents: one section per kind, when there are enough (src/lib/toc.ts). */
  toc: readonly TocEntry[];
}

/** The /corrections/ log, in numbered pages (/corrections/2/, …) of `SITE.lists.pageSize`. */
export interface CorrectionsRouteData extends PageFrame {
  page: 'corrections';
  /** This page's corrections, newest first. */
  corrections: readonly LoggedCorrection[];
  /** The page's title (the `<h1>`): the log's, with the page number after page 1 of several. */
  title: string;
  /** "Corrections 1 to 30 of 45, newest first." (empty when the log fits on one page). */
  showing: string | undefined;
  pager: Pager;
}

/** A choice in one of the search page's filters: the value the index holds, and its label. */
export interface SearchOption<V extends string = string> {
  value: V;
  label: string;
}

/** A search index the search page queries, and how it shows that index's results. */
export interface SearchSource {
  /** The folder of the index's Pagefind bundle, root-relative (under the site's base path). */
  bundle: string;
  /** The language of the pages in it. */
  lang: Locale;
  /**
   * Filters every search of this index adds to the reader's: from another edition, the default
   * language's index is searched only for originals with no translation in that edition, so an
   * article with a translation is found once, in the page's language.
   */
  filters?: Partial<Record<keyof NonNullable<SearchIndexing['filters']>, string>>;
  /** The filter whose value is the address a result opens: its fallback page in this edition. */
  linkFilter?: string;
  /** Said after the title of a result in another language: "(en inglés)". */
  languageNote?: string;
}

/** The /search/ page: its form, and the lists shown without JavaScript. */
export interface SearchRouteData extends PageFrame {
  page: 'search';
  /**
   * The indexes a search queries: the page's own language's, then, in an edition other than the
   * default language's where some article or topic is not translated, the default language's for
   * those originals, marked as such and linked to their fallback pages in this edition.
   */
  indexes: readonly SearchSource[];
  allies: AlliesSummary;
  /** The country filter's choices, in order of designation: slug and name. */
  countries: readonly SearchOption[];
  /** The topic filter's choices, alphabetical in the page's language: slug and title. */
  topics: readonly SearchOption[];
  /**
   * The type filter's choices, in the page's language. Each result is labelled with its type's
   * label from this same list, so a filter and the results it keeps always use one word.
   */
  types: readonly SearchOption<SearchType>[];
}

/** The /data/ page, about the open data files. */
export interface DataRouteData extends PageFrame {
  page: 'data';
  /** The open data files, root-relative. */
  files: Record<keyof typeof DATA_FILES, string>;
  /** The table of contents: files, fields, license, how to cite (src/lib/toc.ts). */
  toc: readonly TocEntry[];
}

/** Every topic, linked in the page's language and sorted alphabetically in it. */
export function topicLinks(corpus: Corpus, ctx: PageContext): LongformLink[] {
  // A topic's `order` puts it first (the explainer leads); the rest follow by title, as read.
  const rank = (tp: Topic) => tp.data.order ?? Number.POSITIVE_INFINITY;
  return originals(corpus.topics)
    .map((tp) => ({ rank: rank(tp), link: longformLink(corpus.topics, tp, 'topic', ctx) }))
    .sort((a, b) => a.rank - b.rank || a.link.label.localeCompare(b.link.label, ctx.locale))
    .map((x) => x.link);
}

/** A correction as the log lists it. */
function loggedCorrection(c: Correction, corpus: Corpus, ctx: PageContext): LoggedCorrection {
  const article = byId(corpus.articles).get(c.data.article.id);
  return {
    ...correctionNotice(c, ctx),
    article: article && longformLink(corpus.articles, article, 'article', ctx),
  };
}

export function topicsRouteData(corpus: Corpus, ctx: PageContext): TopicsRouteData {
  const t = ui(ctx.locale).topics;
  return {
    ...pageFrame({ page: 'topics' }, { title: t.title, description: t.description }, corpus, ctx),
    page: 'topics',
    topics: topicLinks(corpus, ctx),
  };
}

export function sourcesRouteData(corpus: Corpus, ctx: PageContext): SourcesRouteData {
  const t = ui(ctx.locale).sources;
  const groups = (['statute', 'government', 'report', 'news'] as const)
    .map((kind) => ({
      kind,
      label: t.kinds[kind],
      sources: corpus.sources
        .filter((s) => s.data.kind === kind)
        .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'))
        .map((s) => sourceItem(s, ctx)),
    }))
    .filter((g) => g.sources.length > 0);
  return {
    ...pageFrame({ page: 'sources' }, { title: t.title, description: t.description }, corpus, ctx),
    page: 'sources',
    groups,
    toc: tableOfContents(groups.map((g) => ({ id: `kind-${g.kind}`, text: g.label }))),
  };
}

export function correctionsRouteData(
  corpus: Corpus,
  route: Extract<Route, { page: 'corrections' }>,
  ctx: PageContext,
): CorrectionsRouteData {
  const t = ui(ctx.locale);
  const list = pageOf(sortCorrections(corpus.corrections), route.n ?? 1, SITE.lists.pageSize);
  const numbered = numberedMeta(
    list,
    { title: t.corrections.title, description: t.corrections.description },
    ctx,
  );
  return {
    ...pageFrame(route, { ...numbered, pageCount: list.last }, corpus, ctx),
    page: 'corrections',
    corrections: list.items.map((c) => loggedCorrection(c, corpus, ctx)),
    title: numbered.title,
    showing:
      list.last > 1 && list.from === list.to
        ? t.corrections.showingOne({
            n: formatCount(list.from, ctx),
            total: formatCount(list.total, ctx),
          })
        : list.last > 1
          ? t.corrections.showing({
              from: formatCount(list.from, ctx),
              to: formatCount(list.to, ctx),
              total: formatCount(list.total, ctx),
            })
          : undefined,
    pager: pager(route, list, ctx),
  };
}

/** Whether any article or topic has no version in `locale` (its page there is a fallback). */
function hasUntranslated(corpus: Corpus, locale: Locale): boolean {
  return [corpus.articles, corpus.topics].some((entries: readonly (Article | Topic)[]) =>
    originals(entries).some((o) => !versionFor(entries, translationKey(o), locale)?.translated),
  );
}

export function searchRouteData(corpus: Corpus, ctx: PageContext): SearchRouteData {
  const t = ui(ctx.locale).search;
  return {
    ...pageFrame(
      { page: 'search' },
      { title: t.title, description: t.description({ site: SITE.name[ctx.locale] }) },
      corpus,
      ctx,
    ),
    page: 'search',
    indexes: [
      { bundle: withBase(searchIndexPath(ctx.locale), ctx.base), lang: ctx.locale },
      // Only when there is something to find: a second bundle costs a reader about 180 KB.
      ...(ctx.locale === DEFAULT_LOCALE || !hasUntranslated(corpus, ctx.locale)
        ? []
        : [
            {
              bundle: withBase(searchIndexPath(DEFAULT_LOCALE), ctx.base),
              lang: DEFAULT_LOCALE,
              filters: { untranslated: ctx.locale },
              linkFilter: fallbackFilter(ctx.locale),
              languageNote: languageNote(DEFAULT_LOCALE, ctx.locale),
            },
          ]),
    ],
    allies: alliesSummary(corpus, ctx),
    // A list to pick a name from reads in alphabetical order, in the page's language.
    countries: corpus.countries
      .map((c) => ({ value: c.id, label: countryName(c, ctx.locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, ctx.locale)),
    topics: originals(corpus.topics)
      .map((tp) => ({
        value: translationKey(tp),
        label: longformLink(corpus.topics, tp, 'topic', ctx).label,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, ctx.locale)),
    types: SEARCH_TYPES.map((value) => ({ value, label: t.types[value] })),
  };
}

export function dataRouteData(corpus: Corpus, ctx: PageContext): DataRouteData {
  const t = ui(ctx.locale).data;
  const dataset = datasetLd(
    {
      name: t.citeDataset,
      description: t.description,
      files: { json: t.json, csv: t.csv, schema: t.schema },
    },
    {
      url: absoluteUrl(pathTo({ page: 'data' }, ctx.locale), ctx.site),
      // The records are the allies' lifecycles and their sources: what /allies/ shows, so the
      // data changed when that page did.
      modified: lastModified({ page: 'allies' }, corpus, ctx.timeZone),
      coverage: temporalCoverage(corpus),
      license: LICENSE_URL,
    },
    ldContext(ctx),
  );
  return {
    ...pageFrame(
      { page: 'data' },
      { title: t.title, description: t.description, structuredData: [dataset] },
      corpus,
      ctx,
    ),
    page: 'data',
    files: {
      json: withBase(DATA_FILES.json, ctx.base),
      csv: withBase(DATA_FILES.csv, ctx.base),
      schema: withBase(DATA_FILES.schema, ctx.base),
    },
    toc: tableOfContents([
      { id: 'files', text: t.files },
      { id: 'fields', text: t.fieldsTitle },
      { id: 'license', text: t.licenceTitle },
      { id: 'cite', text: t.citeTitle },
    ]),
  };
}
