import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import countries50m from 'world-atlas/countries-50m.json';
import { loadAtlas } from '../../src/data/atlas';
import type { CountryFeature, MapAlly, WorldMap, WorldTopology } from '../../src/lib/map';
import { buildLocatorMap } from '../../src/lib/locator-map';
import { buildWorldMap, countryFeatures, spreadDots } from '../../src/lib/map';
import { locatorMapData, worldMapData } from '../../src/route-data/maps';
import { AWKWARD, corpus, country } from './fixtures';

/** A square "country" of the given size, centred on lon/lat. */
function square(id: string, lon: number, lat: number, half: number): CountryFeature {
  return {
    type: 'Feature',
    id,
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon - half, lat - half],
          [lon - half, lat + half],
          [lon + half, lat + half],
          [lon + half, lat - half],
          [lon - half, lat - half],
        ],
      ],
    },
  };
}

/** The box of an SVG path as d3 writes it (M/L commands with absolute x,y pairs). */
function pathBox(d: string) {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const [, x, y] of d.matchAll(/[ML](-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g)) {
    box.x0 = Math.min(box.x0, Number(x));
    box.x1 = Math.max(box.x1, Number(x));
    box.y0 = Math.min(box.y0, Number(y));
    box.y1 = Math.max(box.y1, Number(y));
  }
  return box;
}

const TARGET = 22;
const world = [square('170', -74, 4, 8), square('634', 51, 25, 0.3), square('076', -50, -10, 15)];
const ally = (isoNumeric: string, name: string): MapAlly => ({
  isoNumeric,
  name,
  status: 'designated' as const,
  href: `/allies/${name.toLowerCase()}/`,
  label: `${name}: designated`,
  statusLine: 'designated',
});

/** The real allies, read from content/countries. */
const REAL_ALLIES: MapAlly[] = readdirSync(
  join(import.meta.dirname, '..', '..', 'content', 'countries'),
)
  .filter((file) => file.endsWith('.yaml'))
  .sort()
  .map((file) => {
    const text = readFileSync(
      join(import.meta.dirname, '..', '..', 'content', 'countries', file),
      'utf8',
    );
    const data = load(text, { schema: CORE_SCHEMA }) as { name: string; isoNumeric: string };
    return ally(data.isoNumeric, data.name);
  });

/** What is wrong with a world map's targets: too small, overlapping dots, outside the frame. */
function targetProblems(map: WorldMap, target: number): string[] {
  const problems: string[] = [];
  for (const a of map.allies) {
    const box = pathBox(a.d);
    if (a.dot) {
      box.x0 = Math.min(box.x0, a.dot.x - a.dot.r);
      box.x1 = Math.max(box.x1, a.dot.x + a.dot.r);
      box.y0 = Math.min(box.y0, a.dot.y - a.dot.r);
      box.y1 = Math.max(box.y1, a.dot.y + a.dot.r);
      const { x, y, r } = a.dot;
      if (x - r < 0 || y - r < 0 || x + r > map.width || y + r > map.height) {
        problems.push(`${a.name}'s dot sticks out of the frame`);
      }
    }
    if (Math.min(box.x1 - box.x0, box.y1 - box.y0) < target - 0.2) {
      problems.push(`${a.name} is ${Math.round(box.x1 - box.x0)}×${Math.round(box.y1 - box.y0)}`);
    }
  }
  const dotted = map.allies.filter((a) => a.dot);
  for (const [i, a] of dotted.entries()) {
    for (const b of dotted.slice(i + 1)) {
      const gap = Math.hypot(a.dot!.x - b.dot!.x, a.dot!.y - b.dot!.y) - a.dot!.r - b.dot!.r;
      if (gap < 0.5) problems.push(`${a.name}'s dot overlaps ${b.name}'s`);
    }
  }
  return problems;
}

describe('the world map', () => {
  test('draws allies as linked shapes, gives small ones a dot, and keeps others as background', () => {
    const map = buildWorldMap(world, [ally('170', 'Colombia'), ally('634', 'Qatar')], {
      width: 960,
      target: TARGET,
    });
    expect(map.allies.map((a) => a.name)).toEqual(['Colombia', 'Qatar']);
    expect(map.allies.find((a) => a.name === 'Qatar')?.dot).toMatchObject({ r: TARGET / 2 });
    expect(map.allies.find((a) => a.name === 'Colombia')?.dot).toBeUndefined();
    expect(map.background.length).toBeGreaterThan(0);
    expect(map.height).toBeGreaterThan(0);
  });

  test('an ally missing from the atlas is drawn as a dot from the fallback shapes, in its place in the list', () => {
    const map = buildWorldMap(world, [ally('048', 'Bahrain'), ally('170', 'Colombia')], {
      width: 960,
      target: TARGET,
      fallback: [square('048', 50.5, 26, 0.2)],
    });
    expect(map.allies.map((a) => [a.name, a.d === '', a.dot !== undefined])).toEqual([
      ['Bahrain', true, true],
      ['Colombia', false, false],
    ]);
  });

  test('links big allies by their shapes and small ones by their dots, drawn last, so no shape is painted over a dot', () => {
    const map = buildWorldMap(
      world,
      [ally('634', 'Qatar'), ally('170', 'Colombia'), ally('076', 'Brazil')],
      { width: 960, target: TARGET },
    );
    expect(map.shapes.map((a) => a.name)).toEqual(['Colombia', 'Brazil']);
    expect(map.dotted.map((a) => a.name)).toEqual(['Qatar']);
    expect(map.allies.map((a) => a.name)).toEqual(['Qatar', 'Colombia', 'Brazil']);
  });

  test("Bahrain's dot no longer covers Qatar's: each small Gulf state has its own dot", () => {
    const { features, fallback, land } = loadAtlas();
    const map = buildWorldMap(
      features,
      [ally('048', 'Bahrain'), ally('634', 'Qatar'), ally('414', 'Kuwait')],
      { width: 960, target: TARGET, fallback, land },
    );
    const [bahrain, qatar, kuwait] = map.allies.map((a) => a.dot!);
    for (const [a, b] of [
      [bahrain, qatar],
      [bahrain, kuwait],
      [qatar, kuwait],
    ] as const) {
      expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThanOrEqual(TARGET);
    }
  });

  test('every real ally is a target at least 22 units across, and no two dots overlap', () => {
    const { features, fallback, land } = loadAtlas();
    const map = buildWorldMap(features, REAL_ALLIES, {
      width: 960,
      target: TARGET,
      fallback,
      land,
    });
    expect(map.allies).toHaveLength(REAL_ALLIES.length);
    expect(targetProblems(map, TARGET)).toEqual([]);
  });

  test('with every country of the atlas as an ally, every one is still a separate target inside the frame', () => {
    const { features, fallback } = loadAtlas();
    const everyone = [...features, ...fallback]
      .filter((f) => String(f.id) !== '010' && f.id !== undefined)
      .map((f) => ally(String(f.id), f.properties.name ?? String(f.id)));
    const map = buildWorldMap(features, everyone, { width: 960, target: TARGET, fallback });
    expect(map.allies.length).toBeGreaterThan(200);
    expect(targetProblems(map, TARGET)).toEqual([]);
  });

  test('the map is the same every time it is built', () => {
    const { features, fallback, land } = loadAtlas();
    const build = () =>
      JSON.stringify(
        buildWorldMap(features, REAL_ALLIES, { width: 960, target: TARGET, fallback, land }),
      );
    expect(build()).toBe(build());
  });
});

describe('spreading dots', () => {
  test('parts dots on the same spot, and leaves the one that moved a line back to it', () => {
    const dots = spreadDots(
      [
        { x: 100, y: 100 },
        { x: 100, y: 100 },
      ],
      10,
      2,
      { width: 400, height: 200 },
    );
    const [a, b] = dots;
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThanOrEqual(22 - 0.1);
    expect(a).toEqual({ x: 100, y: 100, r: 10 });
    expect(b!.from).toEqual({ x: 100, y: 100 });
  });

  test('a dot pushed further than its radius keeps its anchor for a leader line', () => {
    const dots = spreadDots(
      [
        { x: 100, y: 100 },
        { x: 101, y: 100 },
        { x: 99, y: 100 },
      ],
      10,
      2,
      { width: 400, height: 200 },
    );
    expect(dots.filter((d) => d.from).length).toBeGreaterThan(0);
    for (const d of dots.filter((x) => x.from)) {
      expect(Math.hypot(d.x - d.from!.x, d.y - d.from!.y)).toBeGreaterThan(10);
    }
  });

  test('keeps dots inside the frame, even for a country on its edge', () => {
    const [dot] = spreadDots([{ x: 1, y: 199 }], 10, 2, { width: 400, height: 200 });
    expect(dot!.x).toBeGreaterThanOrEqual(11);
    expect(dot!.y).toBeLessThanOrEqual(189);
    expect(Math.hypot(dot!.x - 1, dot!.y - 199)).toBeLessThan(20);
  });

  test("moves a dot off a larger ally's shape, so it does not hide that ally from the pointer", () => {
    const square = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
      { x: 0, y: 100 },
    ];
    const [dot] = spreadDots([{ x: 98, y: 50 }], 10, 2, { width: 400, height: 200 }, [square]);
    expect(dot!.x).toBeGreaterThan(100);
    expect(dot!.y).toBe(50);
  });

  test('leaves dots that do not touch where they are', () => {
    expect(
      spreadDots(
        [
          { x: 50, y: 50 },
          { x: 150, y: 50 },
        ],
        10,
        2,
        { width: 400, height: 200 },
      ),
    ).toEqual([
      { x: 50, y: 50, r: 10 },
      { x: 150, y: 50, r: 10 },
    ]);
  });
});

describe('the locator map', () => {
  const FRAME = { width: 320, height: 200 };

  /**
   * How many degrees of longitude a country spans at the least, found the slow, obvious way:
   * measured from every whole-degree meridian in turn. Independent of the code under test.
   */
  function narrowestSpan(f: CountryFeature): number {
    const lons: number[] = [];
    const visit = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') lons.push(c[0]);
      else if (Array.isArray(c)) c.forEach(visit);
    };
    if (f.geometry.type !== 'GeometryCollection') visit(f.geometry.coordinates);
    let best = 360;
    for (let centre = -180; centre < 180; centre++) {
      const turned = lons.map((lon) => ((((lon - centre + 180) % 360) + 360) % 360) - 180);
      best = Math.min(best, Math.max(...turned) - Math.min(...turned));
    }
    return best;
  }

  /** What is wrong with one country's locator map, if anything. */
  function locatorProblem(
    features: readonly CountryFeature[],
    f: CountryFeature,
  ): string | undefined {
    const name = `${f.properties.name ?? '?'} (${String(f.id)})`;
    const map = buildLocatorMap(features, String(f.id), FRAME);
    if (!map) return `${name}: no map`;
    const box = pathBox(map.country);
    // The frame holds the whole country (a state smaller than a tenth of a unit, the Vatican,
    // is drawn as a point: its dot shows it).
    const inside =
      box.x0 >= -0.5 &&
      box.y0 >= -0.5 &&
      box.x1 <= FRAME.width + 0.5 &&
      box.y1 <= FRAME.height + 0.5;
    if (!inside) {
      return `${name}: the shape (${box.x0},${box.y0} to ${box.x1},${box.y1}) is not inside the frame`;
    }
    // A country narrower than the 30° the frame always shows sits whole inside it, clear of
    // both sides: one split by the antimeridian would touch both.
    if (narrowestSpan(f) < 25 && (box.x0 < 8 || box.x1 > FRAME.width - 8)) {
      return `${name}: the shape runs from x=${box.x0} to x=${box.x1}, to the side of the frame`;
    }
    const { x, y } = map.marker;
    if (x < 0 || y < 0 || x > FRAME.width || y > FRAME.height) {
      return `${name}: the dot (${x}, ${y}) is outside the frame`;
    }
    if (x < box.x0 - 1 || x > box.x1 + 1 || y < box.y0 - 1 || y > box.y1 + 1) {
      return `${name}: the dot (${x}, ${y}) is off the country`;
    }
    return undefined;
  }

  test('centres on the country and marks it', () => {
    const map = buildLocatorMap(world, '634', FRAME);
    expect(map?.country.length).toBeGreaterThan(0);
    expect(map?.marker.x).toBeGreaterThan(100);
    expect(map?.marker.x).toBeLessThan(220);
    expect(buildLocatorMap(world, '999', FRAME)).toBeUndefined();
  });

  test('draws a country that crosses the 180° meridian whole, in the middle of the frame', () => {
    const across: CountryFeature = {
      type: 'Feature',
      id: '242',
      properties: { name: 'Across' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [177, -18],
              [177, -16],
              [180, -16],
              [180, -18],
              [177, -18],
            ],
          ],
          [
            [
              [-180, -18],
              [-180, -16],
              [-178, -16],
              [-178, -18],
              [-180, -18],
            ],
          ],
        ],
      },
    };
    const map = buildLocatorMap([across], '242', FRAME)!;
    const box = pathBox(map.country);
    expect(box.x0).toBeGreaterThan(100);
    expect(box.x1).toBeLessThan(220);
    expect(map.marker.x).toBeGreaterThan(100);
    expect(map.marker.x).toBeLessThan(220);
  });

  test('New Zealand is drawn inside its frame, with its dot on it', () => {
    const { features } = loadAtlas();
    const nz = features.find((f) => String(f.id) === '554')!;
    expect(locatorProblem(features, nz)).toBeUndefined();
  });

  test('every country of the 1:110m atlas is drawn inside its frame, with its dot on it', () => {
    const { features } = loadAtlas();
    const problems = features.map((f) => locatorProblem(features, f)).filter(Boolean);
    expect(problems).toEqual([]);
  });

  test('every country of the 1:50m atlas is drawn inside its frame, with its dot on it', () => {
    // Each on its own: the frame and the dot do not depend on the neighbours drawn around them.
    const features = countryFeatures(countries50m as unknown as WorldTopology);
    expect(features.length).toBeGreaterThan(200);
    const problems = features.map((f) => locatorProblem([f], f)).filter(Boolean);
    expect(problems).toEqual([]);
  }, 30_000); // About 5 s alone: 240 countries, each projected and drawn; more on a busy machine.
});

describe('the map views', () => {
  const atlas = {
    features: [square('170', -74, 4, 8), square('004', 66, 34, 5), square('682', 45, 24, 8)],
    fallback: [],
  };
  const allies = corpus({
    countries: [
      country('colombia'),
      AWKWARD.revoked(),
      country('saudi-arabia', {
        iso2: 'SA',
        isoNumeric: '682',
        region: 'middle-east',
        translations: { es: { name: 'Arabia Saudita', gender: 'feminine' } },
      }),
    ],
  });

  test("a locator map carries its country's status, so it can be drawn in the legend's colour", () => {
    expect(locatorMapData(AWKWARD.revoked(), atlas)?.status).toBe('revoked');
    expect(
      locatorMapData(AWKWARD.treatedAs(), { ...atlas, features: [square('158', 121, 24, 1)] })
        ?.status,
    ).toBe('treated-as');
    expect(locatorMapData(country('colombia'), atlas)?.status).toBe('designated');
  });

  test('the world map lists its allies by name in the reader’s language, as links', () => {
    const site = 'https://example.org/';
    const timeZone = 'America/New_York';
    const en = worldMapData(allies, atlas, { locale: 'en', timeZone, site, base: '/' });
    const es = worldMapData(allies, atlas, { locale: 'es', timeZone, site, base: '/' });
    expect(en.byName.map((a) => a.name)).toEqual(['Afghanistan', 'Colombia', 'Saudi Arabia']);
    expect(es.byName).toEqual([
      { name: 'Afghanistan', href: '/es/allies/afghanistan/' },
      { name: 'Arabia Saudita', href: '/es/allies/saudi-arabia/' },
      { name: 'Colombia', href: '/es/allies/colombia/' },
    ]);
  });

  test('a Spanish label agrees with the grammatical gender of the country’s name', () => {
    const es = worldMapData(allies, atlas, {
      locale: 'es',
      timeZone: 'America/New_York',
      site: 'https://example.org/',
      base: '/',
    });
    const saudi = es.allies.find((a) => a.name === 'Arabia Saudita');
    expect(saudi?.statusLine).toMatch(/^designada /);
    expect(saudi?.label).toMatch(/^Arabia Saudita: designada /);
  });
});
