/**
 * World and locator maps, computed at build time as SVG path data (d3-geo + world-atlas).
 * Pure: the topology comes in as a parameter, so tests can pass a tiny fixture.
 */
import { geoArea, geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
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
  /** Accessible name for the shape, e.g. "Colombia: designated May 23, 2022". */
  label: string;
  /** What the label says after the name, e.g. "designated May 23, 2022" (the map's table). */
  statusLine: string;
}

/** A point in map units. */
export interface MapPoint {
  x: number;
  y: number;
}

/**
 * A dot that stands for a country too small to point at, drawn one target across. Dots are placed
 * apart from each other and off the larger allies; a moved dot keeps a leader line to its country.
 */
export interface MapDot extends MapPoint {
  r: number;
  /** Where the country is, when the dot had to move off it: the leader line starts here. */
  from?: MapPoint;
}

/** One ally on the world map: its shape, its dot, or both (then the dot is its link). */
export interface WorldMapAlly extends MapAlly {
  /** The country's shape; empty when the atlas has none at this scale (Bahrain at 1:110m). */
  d: string;
  dot?: MapDot;
}

export interface WorldMap {
  width: number;
  height: number;
  /** Every country that is not an ally, drawn as background. */
  background: string;
  /** Every ally the atlas places, in the order given (for lists and tables). */
  allies: WorldMapAlly[];
  /** The allies big enough to point at, linked as their shapes: drawn first, in the order given. */
  shapes: WorldMapAlly[];
  /**
   * The allies with a dot, in the order given: their shapes are drawn next, as pictures only,
   * then their dots on top of everything, as their links. So no shape covers a dot.
   */
  dotted: (WorldMapAlly & { dot: MapDot })[];
}

/** Room left between two dots, in map units, so each stays a separate target. */
const DOT_GAP = 2;

/**
 * The world map: every ally highlighted and linked. An ally whose shape is narrower or shorter
 * than `target` map units, or that the atlas lacks at this scale, also gets a dot `target`
 * across, moved apart from the other dots so none covers another: every ally is then a target at
 * least `target` units across, and can be pointed at. `fallback` supplies features (e.g. from a
 * finer atlas) for allies the main atlas lacks.
 */
export function buildWorldMap(
  features: readonly CountryFeature[],
  allies: readonly MapAlly[],
  options: {
    width: number;
    /** The smallest target to draw, in map units (a `width`-th of the map's width each). */
    target: number;
    fallback?: readonly CountryFeature[];
    land?: Feature;
  },
): WorldMap {
  const { width } = options;
  const r = options.target / 2;
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

  const placed: { ally: MapAlly; d: string; anchor?: MapPoint }[] = [];
  for (const ally of allies) {
    const f = byId.get(ally.isoNumeric);
    if (f) {
      const [[x0, y0b], [x1, y1b]] = path.bounds(f);
      const small = Math.min(x1 - x0, y1b - y0b) < 2 * r;
      const point = small ? projection(geoCentroid(mainPart(f))) : null;
      placed.push({ ally, d: path(f) ?? '', ...(point ? { anchor: toPoint(point) } : {}) });
      continue;
    }
    const source = fallbackById.get(ally.isoNumeric);
    const point = source && projection(geoCentroid(mainPart(source)));
    if (!point) continue;
    placed.push({ ally, d: '', anchor: toPoint(point) });
  }

  const anchors = placed.flatMap((p) => (p.anchor ? [p.anchor] : []));
  // Dots keep off the allies drawn as shapes alone, which have no dot of their own to point at.
  const avoid = placed
    .filter((p) => !p.anchor)
    .flatMap(({ ally }) => outerRings(byId.get(ally.isoNumeric)!, projection));
  const dots = spreadDots(anchors, r, DOT_GAP, { width, height }, avoid);
  const dotAt = new Map(anchors.map((a, i) => [a, dots[i]]));
  const mapped: WorldMapAlly[] = placed.map(({ ally, d, anchor }) => {
    const dot = anchor && dotAt.get(anchor);
    return { ...ally, d, ...(dot ? { dot } : {}) };
  });
  return {
    width,
    height,
    background,
    allies: mapped,
    shapes: mapped.filter((a) => !a.dot),
    dotted: mapped.flatMap((a) => (a.dot ? [{ ...a, dot: a.dot }] : [])),
  };
}

/**
 * Places one dot of radius `r` per anchor, in order, each at the spot that moves it least while
 * keeping clear of the dots already placed (centres at least `2r + gap` apart), inside the frame,
 * and off the `avoid` shapes (rings of points, e.g. the larger allies), which a dot would
 * otherwise hide from the pointer. Spots are tried on rings round the anchor; if none is free, the
 * overlap left is pushed apart. Deterministic: the same input gives the same dots. A dot whose
 * centre is more than `r` from its anchor keeps the anchor as `from`, for a leader line.
 */
export function spreadDots(
  anchors: readonly MapPoint[],
  r: number,
  gap: number,
  frame: { width: number; height: number },
  avoid: readonly (readonly MapPoint[])[] = [],
): MapDot[] {
  const min = 2 * r + gap;
  const inFrame = (p: MapPoint) =>
    p.x >= r + 1 && p.x <= frame.width - r - 1 && p.y >= r + 1 && p.y <= frame.height - r - 1;
  // Points of a dot that stand for its area: the centre and two rings.
  const samples = [
    [0, 0],
    ...Array.from({ length: 8 }, (_, i) => polar(0.5, (i * Math.PI) / 4)),
    ...Array.from({ length: 12 }, (_, i) => polar(0.9, (i * Math.PI) / 6)),
  ];
  const boxes = avoid.map((ring) => ({
    ring,
    x0: Math.min(...ring.map((q) => q.x)),
    x1: Math.max(...ring.map((q) => q.x)),
    y0: Math.min(...ring.map((q) => q.y)),
    y1: Math.max(...ring.map((q) => q.y)),
  }));
  const hidden = (p: MapPoint) => {
    const near = boxes.filter(
      (b) => p.x + r >= b.x0 && p.x - r <= b.x1 && p.y + r >= b.y0 && p.y - r <= b.y1,
    );
    if (near.length === 0) return 0;
    return (
      samples.filter(([dx, dy]) =>
        near.some((b) => insideRing(p.x + dx! * r, p.y + dy! * r, b.ring)),
      ).length / samples.length
    );
  };
  const placed: MapPoint[] = [];
  for (const anchor of anchors) {
    let best: { p: MapPoint; cost: number } | undefined;
    for (let step = 0; step <= 12; step++) {
      for (let k = 0; k < (step === 0 ? 1 : 24); k++) {
        const [dx, dy] = polar(step * 0.5 * r, (k * Math.PI) / 12);
        const p = { x: anchor.x + dx, y: anchor.y + dy };
        if (!inFrame(p)) continue;
        const crowded = placed.some((q) => Math.hypot(q.x - p.x, q.y - p.y) < min);
        const cost = step * 0.5 + 3 * hidden(p) + (crowded ? 1000 : 0);
        if (!best || cost < best.cost - 1e-9) best = { p, cost };
      }
    }
    placed.push(best?.p ?? clampInto(anchor, r + 1, frame));
  }
  separate(placed, min, (p) => Object.assign(p, clampInto(p, r + 1, frame)));
  return placed.map((p, i) => {
    const anchor = anchors[i]!;
    const dot = { x: round(p.x), y: round(p.y), r };
    return Math.hypot(p.x - anchor.x, p.y - anchor.y) > r ? { ...dot, from: anchor } : dot;
  });
}

/** Pushes overlapping points apart until every pair is at least `min` apart (or it gives up). */
function separate(points: MapPoint[], min: number, clamp: (p: MapPoint) => void): void {
  for (let round = 0; round < 500; round++) {
    let moved = false;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i]!;
        const b = points[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let dist = Math.hypot(dx, dy);
        if (dist >= min - 1e-6) continue;
        if (dist < 1e-6) {
          // Same spot: part them along a direction that depends only on their order.
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
          dist = 1;
        }
        // A little more than the overlap, so the pass converges instead of creeping.
        const push = (min - dist) / 2 + 0.01;
        a.x -= (dx / dist) * push;
        a.y -= (dy / dist) * push;
        b.x += (dx / dist) * push;
        b.y += (dy / dist) * push;
        clamp(a);
        clamp(b);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

function polar(distance: number, angle: number): [number, number] {
  return [distance * Math.cos(angle), distance * Math.sin(angle)];
}

function clampInto(p: MapPoint, margin: number, frame: { width: number; height: number }) {
  return {
    x: Math.min(Math.max(p.x, margin), frame.width - margin),
    y: Math.min(Math.max(p.y, margin), frame.height - margin),
  };
}

/** Whether a point is inside a closed ring of points (even-odd rule). */
function insideRing(x: number, y: number, ring: readonly MapPoint[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) {
      inside = !inside;
    }
  }
  return inside;
}

/** A country's outer rings, projected: what a dot on the world map should keep off. */
function outerRings(f: CountryFeature, projection: GeoProjection): MapPoint[][] {
  const polygons =
    f.geometry.type === 'Polygon'
      ? [f.geometry.coordinates]
      : f.geometry.type === 'MultiPolygon'
        ? f.geometry.coordinates
        : [];
  return polygons.map(([outer = []]) =>
    outer.flatMap((position) => {
      const point = projection([position[0]!, position[1]!]);
      return point ? [{ x: point[0], y: point[1] }] : [];
    }),
  );
}

/**
 * The largest polygon of a country, where its dot belongs: the centroid of the whole can fall
 * in the sea between its parts (France with French Guiana, an archipelago).
 */
export function mainPart(f: CountryFeature): Feature {
  if (f.geometry.type !== 'MultiPolygon') return f;
  const polygons = (f.geometry as MultiPolygon).coordinates.map((coordinates): Polygon => ({
    type: 'Polygon',
    coordinates,
  }));
  const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  return { type: 'Feature', properties: {}, geometry: largest };
}

function toPoint([x, y]: [number, number]): MapPoint {
  return { x: round(x), y: round(y) };
}

/** A map coordinate rounded to one decimal: enough for SVG drawn at most 1,280 px wide. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}
