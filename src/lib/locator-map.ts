/**
 * The small map on each ally's page: the country and its neighbours, computed at build time as
 * SVG path data (d3-geo + world-atlas). Pure: the atlas comes in as a parameter.
 */
import { geoBounds, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { mainPart, round, type CountryFeature, type MapPoint } from './map';

export interface LocatorMap {
  width: number;
  height: number;
  /** Neighbouring land, for context. */
  context: string;
  /** The country itself. */
  country: string;
  /** A dot on the country, so even the smallest is visible. */
  marker: MapPoint;
}

/**
 * A small map centred on one country, with its neighbours for context. The projection is
 * turned to the country's own meridian, so a country that crosses the 180° meridian (New
 * Zealand, Fiji, Russia) is drawn whole in the middle of the frame, not split across its edges.
 * The frame holds the whole country and at least 30° of longitude by 20° of latitude, so small
 * states show their region. Returns undefined when the atlas has no shape for it.
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
  const [[, south], [, north]] = geoBounds(target);
  const [west, east] = longitudeRange(target);
  const cx = (west + east) / 2;
  const cy = (south + north) / 2;
  const lat = (y: number) => Math.min(Math.max(y, -90), 90);
  const room = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [cx - 15, lat(cy - 10)],
        [cx + 15, lat(cy + 10)],
      ],
    },
  } as Feature;
  const projection = geoEqualEarth()
    .rotate([-cx, 0])
    .fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      { type: 'FeatureCollection', features: [target, room] } as FeatureCollection,
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
  const point = projection(geoCentroid(mainPart(target))) ?? [width / 2, height / 2];
  return {
    width,
    height,
    context,
    country: path(target) ?? '',
    marker: { x: round(point[0]), y: round(point[1]) },
  };
}

/**
 * The narrowest range of longitudes, west to east, that holds every point of a country: the
 * complement of the widest gap between its points' longitudes. `east` exceeds 180 when the range
 * crosses the antimeridian. (d3's geoBounds reports Fiji at 1:50m, whose islands touch the
 * antimeridian from both sides, as spanning the whole globe.)
 */
export function longitudeRange(f: Feature): [west: number, east: number] {
  const lons: number[] = [];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      lons.push((((((c[0] as number) + 180) % 360) + 360) % 360) - 180);
    } else if (Array.isArray(c)) {
      c.forEach(visit);
    }
  };
  if (f.geometry.type !== 'GeometryCollection') visit(f.geometry.coordinates);
  if (lons.length === 0) return [-180, 180];
  lons.sort((a, b) => a - b);
  // The gap across the antimeridian, from the easternmost point round to the westernmost.
  let gap = lons[0]! + 360 - lons[lons.length - 1]!;
  let range: [number, number] = [lons[0]!, lons[lons.length - 1]!];
  for (let i = 1; i < lons.length; i++) {
    if (lons[i]! - lons[i - 1]! > gap) {
      gap = lons[i]! - lons[i - 1]!;
      range = [lons[i]!, lons[i - 1]! + 360];
    }
  }
  return range;
}
