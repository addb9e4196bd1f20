/**
 * World and locator maps, computed at build time as SVG path data (d3-geo + world-atlas).
 * Pure: the topology comes in as a parameter, so tests can pass a tiny fixture.
 */
import { geoBounds, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryStatus } from '../schemas/country';

/** A world-atlas topology with a `countries` object keyed by ISO 3166-1 numeric code. */
export type WorldTopology = Topology<{ countries: GeometryCollection }>;

export type CountryFeature = Feature<Geometry, { name?: string }> & { id?: string | number };

/** Turns a world-atlas topology into GeoJSON country features. */
export function landFeature(topology: Topology<{ land: GeometryCollection }>): Feature {
  return feature(topology, topology.objects.land) as unknown as Feature;
}

export function countryFeatures(topology: WorldTopology): CountryFeature[] {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name?: string }
  >;
  return collection.features as CountryFeature[];
}

/** What the map needs to know about an ally. */
export interface MapAlly {
  /** ISO 3166-1 numeric code, as world-atlas keys countries. */
  isoNumeric: string;
  name: string;
  status: CountryStatus;
  href: string;
  /** Accessible name for the shape, e.g. "Colombia, designated May 23, 2022". */
  label: string;
}

export interface MapShape {
  isoNumeric: string;
  d: string;
}

export interface MapMarker extends MapAlly {
  x: number;
  y: number;
}

export interface WorldMap {
  width: number;
  height: number;
  /** Every country that is not an ally, drawn as background. */
  background: string;
  /** Allies drawn as shapes, with their links and names; small ones also carry a dot. */
  allies: (MapAlly & { d: string; dot?: { x: number; y: number } })[];
  /** Allies absent at this resolution, drawn as dots only. */
  markers: MapMarker[];
}

/** Below this many square pixels a country gets a dot as well as (or instead of) its shape. */
const SMALL_AREA = 40;

function projectedArea(path: ReturnType<typeof geoPath>, f: CountryFeature): number {
  return path.area(f);
}

/**
 * The world map: every ally highlighted and linked, small allies marked with dots.
 * `fallback` supplies features (e.g. from a finer atlas) for allies the main atlas lacks.
 */
export function buildWorldMap(
  features: readonly CountryFeature[],
  allies: readonly MapAlly[],
  options: { width: number; fallback?: readonly CountryFeature[]; land?: Feature },
): WorldMap {
  const { width } = options;
  // Antarctica (010) adds nothing to this story and a third of the height.
  const shown = features.filter((f) => String(f.id) !== '010');
  const collection = { type: 'FeatureCollection', features: shown } as FeatureCollection;
  const projection = geoEqualEarth().fitWidth(width, collection);
  // Whole pixels are plenty at this size and keep the inline SVG small.
  const path = geoPath(projection).digits(0);
  // The land outline includes Antarctica; the frame is cut to the countries shown.
  const [[, y0], [, y1]] = path.bounds(collection);
  const height = Math.ceil(y1 - y0);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0]);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);

  const byId = new Map(shown.map((f) => [String(f.id), f]));
  const fallbackById = new Map((options.fallback ?? []).map((f) => [String(f.id), f]));
  const allyIds = new Set(allies.map((a) => a.isoNumeric));

  // The land outline (no borders) is lighter than every non-ally country drawn separately.
  const background = options.land
    ? (path(options.land) ?? '')
    : shown
        .filter((f) => !allyIds.has(String(f.id)))
        .map((f) => path(f) ?? '')
        .join('');

  const drawn: WorldMap['allies'] = [];
  const markers: MapMarker[] = [];
  for (const ally of allies) {
    const f = byId.get(ally.isoNumeric);
    if (f) {
      const point = projectedArea(path, f) < SMALL_AREA ? projection(geoCentroid(f)) : null;
      drawn.push({
        ...ally,
        d: path(f) ?? '',
        ...(point ? { dot: { x: round(point[0]), y: round(point[1]) } } : {}),
      });
      continue;
    }
    const source = fallbackById.get(ally.isoNumeric);
    const point = source && projection(geoCentroid(source));
    if (!point) continue;
    markers.push({ ...ally, x: round(point[0]), y: round(point[1]) });
  }
  return { width, height, background, allies: drawn, markers };
}

export interface LocatorMap {
  width: number;
  height: number;
  /** Neighbouring land, for context. */
  context: string;
  /** The country itself. */
  country: string;
  /** A dot on the country, so even the smallest is visible. */
  marker: { x: number; y: number };
}

/**
 * A small map centred on one country, with its neighbours for context. Returns undefined when
 * the atlas has no shape for it.
 */
export function buildLocatorMap(
  features: readonly CountryFeature[],
  isoNumeric: string,
  options: { width: number; height: number; fallback?: readonly CountryFeature[] },
): LocatorMap | undefined {
  const target =
    features.find((f) => String(f.id) === isoNumeric) ??
    options.fallback?.find((f) => String(f.id) === isoNumeric);
  if (!target) return undefined;
  const { width, height } = options;
  // Frame the country with room around it: at least 30° of longitude, so small states show
  // their region.
  const [[west, south], [east, north]] = geoBounds(target);
  const span = Math.max(east - west, north - south, 30);
  const cx = (west + east) / 2;
  const cy = (south + north) / 2;
  const frame = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [cx - span / 2, cy - span / 3],
        [cx + span / 2, cy + span / 3],
      ],
    },
  } as Feature;
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    frame,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);
  const context = features
    .filter((f) => String(f.id) !== isoNumeric && String(f.id) !== '010')
    .map((f) => path(f) ?? '')
    .join('');
  const point = projection(geoCentroid(target)) ?? [width / 2, height / 2];
  return {
    width,
    height,
    context,
    country: path(target) ?? '',
    marker: { x: round(point[0]), y: round(point[1]) },
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
