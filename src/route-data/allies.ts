/** The list of every ally, /allies/, and the rows and counts other pages reuse. */
import { ui } from '../i18n/ui';
import { decadeChartView, timelineView, type TimelineYear } from '../lib/chart-views';
import type { PageContext } from '../lib/context';
import { countCurrentAllies, firstDesignation, sortByDesignation } from '../lib/countries';
import { formatBoundedDate } from '../lib/dates';
import type { Corpus } from '../lib/entry';
import { formatList } from '../lib/intl';
import { tableOfContents, type TocEntry } from '../lib/toc';
import { countryGender, groupGender, namesWithStatus } from '../lib/localize';
import { intlLocale } from '../settings';
import { pageFrame, type PageFrame } from './head';
import { worldMapData, type AtlasInput, type WorldMapData } from './maps';
import { countryLink, type Link } from './parts';
import { treatyCell, type TreatyCell } from './treaties';
import { countCurrentMnnaTreatyAllies } from '../lib/treaties';

/** One row of the allies table. */
export interface AllyRow {
  link: Link;
  region: string;
  /** When it first became an ally, as read ("May 23, 2022"), or "Not designated". */
  designated: string;
  /** The same date as written (`2022-05-23`); '' when there is none. */
  designatedIso: string;
  administration: string;
  status: string;
  /** Whether a defense treaty binds it to the United States ("Yes: ANZUS Treaty"), computed. */
  treaty: TreatyCell;
}

/** Every ally in the order it became one, and the counts the site states. */
export interface AlliesSummary {
  rows: readonly AllyRow[];
  /** Formal designations in force (see `countCurrentAllies`). */
  count: number;
  /** Formal designations in force whose country is also a U.S. treaty ally (src/lib/treaties.ts). */
  treatyAllies: number;
  /** Entries whose designation was revoked. */
  revoked: number;
  /** Entries the law treats as allies without a designation. */
  treatedAs: number;
  /** The countries whose designation was revoked, and those treated as allies by law, by name. */
  revokedNames: readonly string[];
  treatedAsNames: readonly string[];
  /** The grammatical gender those names take together (see `groupGender`). */
  treatedAsGender: string;
  /** The two most recent formal designations, newest last. */
  latest: readonly AllyRow[];
}

/** Everything the allies page shows. */
export interface AlliesRouteData extends PageFrame, AlliesSummary {
  page: 'allies';
  /** The paragraph under the title: the count, and what else the table holds. */
  intro: string;
  /** The sentence under the timeline's heading: what it shows besides designations. */
  timelineIntro: string;
  map: WorldMapData;
  /** The current allies by decade of first designation (see `decadeChartView`). */
  decades: ReturnType<typeof decadeChartView>;
  timeline: readonly TimelineYear[];
  /** The table of contents: the map, the table, the chart and the timeline (src/lib/toc.ts). */
  toc: readonly TocEntry[];
}

/** The table of allies and the counts above it, in the page's language. */
export function alliesSummary(corpus: Corpus, ctx: PageContext): AlliesSummary {
  const t = ui(ctx.locale);
  const ordered = sortByDesignation(corpus.countries);
  const rows: AllyRow[] = ordered.map((country) => {
    const first = firstDesignation(country);
    return {
      link: countryLink(country, ctx),
      region: t.regions[country.data.region],
      designated: first
        ? formatBoundedDate(first.date, first.dateBound, ctx.locale)
        : t.allies.notDesignated,
      designatedIso: first?.date.iso ?? '',
      administration: first ? t.administrations[first.administration] : '',
      status: t.status[country.data.status]({ gender: countryGender(country, ctx.locale) }),
      treaty: treatyCell(corpus, country.id, ctx),
    };
  });
  const formal = rows.filter((_, i) => ordered[i]?.data.status === 'designated');
  return {
    rows,
    count: countCurrentAllies(corpus.countries),
    treatyAllies: countCurrentMnnaTreatyAllies(corpus.countries, corpus.treaties),
    revoked: corpus.countries.filter((c) => c.data.status === 'revoked').length,
    treatedAs: corpus.countries.filter((c) => c.data.status === 'treated-as').length,
    revokedNames: namesWithStatus(corpus.countries, 'revoked', ctx.locale),
    treatedAsNames: namesWithStatus(corpus.countries, 'treated-as', ctx.locale),
    treatedAsGender: groupGender(
      corpus.countries.filter((c) => c.data.status === 'treated-as'),
      ctx.locale,
    ),
    latest: formal.slice(-2),
  };
}

/** What the table lists besides current designations, for the intro ('' for nothing). */
function alsoInTable(summary: AlliesSummary, ctx: PageContext): string {
  const t = ui(ctx.locale).allies;
  const items = [
    summary.revoked > 0 && t.introRevoked({ count: summary.revoked }),
    summary.treatedAs > 0 &&
      t.introTreatedAs({
        count: summary.treatedAs,
        names: formatList(summary.treatedAsNames, intlLocale(ctx.locale)),
        gender: summary.treatedAsGender,
      }),
  ].filter((item): item is string => !!item);
  return items.length > 0 ? t.introAlso({ items: formatList(items, intlLocale(ctx.locale)) }) : '';
}

/** The /allies/ page. */
export function alliesRouteData(
  corpus: Corpus,
  atlas: AtlasInput,
  ctx: PageContext,
): AlliesRouteData {
  const t = ui(ctx.locale).allies;
  const summary = alliesSummary(corpus, ctx);
  const decades = decadeChartView(corpus, ctx.locale);
  return {
    ...pageFrame(
      { page: 'allies' },
      { title: t.title, description: t.description({ count: summary.count }) },
      corpus,
      ctx,
    ),
    page: 'allies',
    ...summary,
    intro: t.intro({ count: summary.count, also: alsoInTable(summary, ctx) }),
    timelineIntro: t.timelineIntro({
      revocations: t.timelineRevocations({ count: summary.revoked }),
      laws: t.timelineLaws({
        count: summary.treatedAs,
        names: formatList(summary.treatedAsNames, intlLocale(ctx.locale)),
      }),
    }),
    map: worldMapData(corpus, atlas, ctx),
    decades,
    timeline: timelineView(corpus, ctx),
    // The map's and the chart's titles are their sections' headings on this page.
    toc: tableOfContents([
      { id: 'world-map-title', text: t.mapTitle },
      { id: 'all-entries', text: t.tableHeading },
      { id: 'decades-title', text: decades.title },
      { id: 'timeline', text: t.timelineTitle },
    ]),
  };
}
