/** The world map of allies and each ally's locator map, as the pages draw them. */
import type { Feature } from 'geojson';
import { ui } from '../i18n/ui';
import type { PageContext } from '../lib/context';
import { firstDesignation, sortByDesignation } from '../lib/countries';
import { datePhrase } from '../lib/dates';
import type { Corpus, Country } from '../lib/entry';
import { countryGender, countryName, namesWithStatus } from '../lib/localize';
import {
  buildWorldMap,
  type CountryFeature,
  type MapAlly,
  type WorldMap,
  type WorldMapAlly,
} from '../lib/map';
import { buildLocatorMap, type LocatorMap } from '../lib/locator-map';
import { formatList } from '../lib/intl';
import { hrefTo } from '../lib/paths';
import { intlLocale } from '../settings';
import { treatyMapNote } from './treaties';
import type { Segment } from '../lib/credit';
import type { CountryStatus } from '../schemas/country';

/** The atlas a map is drawn from (see src/data/atlas.ts). */
export interface AtlasInput {
  features: readonly CountryFeature[];
  fallback: readonly CountryFeature[];
  land?: Feature;
}

/** The world map of every ally, and the same allies by name (see {@link worldMapData}). */
export interface WorldMapData extends WorldMap {
  /**
   * The legend's entries for revoked and treated-as allies, naming them, and its note on treaty
   * allies, which the colors do not show (empty when no treaty binds any ally).
   */
  legend: { revoked: string; treated: string; treaties: readonly Segment[] };
  /** Every ally on the map, alphabetical in the page's language, for the list of links. */
  byName: readonly { name: string; href: string }[];
}

/** The small locator map on a country's page, coloured by the country's status. */
export interface LocatorMapData extends LocatorMap {
  status: CountryStatus;
}

function mapAlly(country: Country, ctx: PageContext): MapAlly {
  const t = ui(ctx.locale).map;
  const first = firstDesignation(country);
  const when = first ? datePhrase(first.date, first.dateBound, ctx.locale) : '';
  const name = countryName(country, ctx.locale);
  const status = t.statusLine[country.data.status]({
    when,
    gender: countryGender(country, ctx.locale),
  });
  return {
    isoNumeric: country.data.isoNumeric,
    name,
    status: country.data.status,
    href: hrefTo({ page: 'ally', slug: country.id }, ctx.locale, ctx.base),
    label: t.label({ name, status }),
    statusLine: status,
  };
}

/**
 * The world map of every ally, in order of designation (the order its table lists them in), and
 * the same allies by name: the list of links a page without a table of allies shows beside the
 * map, so each small country has a link a finger can hit (WCAG 2.2 SC 2.5.8's "equivalent").
 */
export function worldMapData(corpus: Corpus, atlas: AtlasInput, ctx: PageContext): WorldMapData {
  const allies = sortByDesignation(corpus.countries).map((c) => mapAlly(c, ctx));
  const map = buildWorldMap(atlas.features, allies, {
    width: 960,
    // 22 of 960 units are 24 CSS px (WCAG 2.2 SC 2.5.8) once the map is drawn 873 px wide or
    // more: 1,098 px in a 1,280 px window. Narrower, the links listed beside the map stand in.
    target: 22,
    fallback: atlas.fallback,
    ...(atlas.land ? { land: atlas.land } : {}),
  });
  const byName = [...map.allies]
    .sort((a: WorldMapAlly, b: WorldMapAlly) => a.name.localeCompare(b.name, ctx.locale))
    .map(({ name, href }) => ({ name, href }));
  const t = ui(ctx.locale).map;
  const named = (status: CountryStatus) =>
    formatList(namesWithStatus(corpus.countries, status, ctx.locale), intlLocale(ctx.locale));
  const legend = {
    revoked: t.revoked({ names: named('revoked') }),
    treated: t.treated({ names: named('treated-as') }),
    treaties: treatyMapNote(corpus, ctx),
  };
  return { ...map, byName, legend };
}

/**
 * Locator maps already drawn, per atlas and country code: each ally page asks twice per
 * language (its cache key, its render), and projecting a shape is the slowest step of its data.
 */
const locators = new WeakMap<AtlasInput['features'], Map<string, LocatorMap | undefined>>();

/** The locator map of `country`, or undefined when the atlas has no shape for it. */
export function locatorMapData(country: Country, atlas: AtlasInput): LocatorMapData | undefined {
  const iso = country.data.isoNumeric;
  let drawn = locators.get(atlas.features);
  if (!drawn) locators.set(atlas.features, (drawn = new Map()));
  if (!drawn.has(iso))
    drawn.set(
      iso,
      buildLocatorMap(atlas.features, iso, { width: 320, height: 200, fallback: atlas.fallback }),
    );
  const map = drawn.get(iso);
  return map && { ...map, status: country.data.status };
}
