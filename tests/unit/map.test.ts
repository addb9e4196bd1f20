import { expect, test } from 'vitest';
import type { CountryFeature } from '../../src/lib/map';
import { buildLocatorMap, buildWorldMap } from '../../src/lib/map';

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

const world = [square('170', -74, 4, 8), square('634', 51, 25, 0.3), square('076', -50, -10, 15)];
const ally = (isoNumeric: string, name: string) => ({
  isoNumeric,
  name,
  status: 'designated' as const,
  href: `/allies/${name.toLowerCase()}/`,
  label: `${name}: designated`,
});

test('the world map draws allies as linked shapes, gives small ones a dot, and keeps others as background', () => {
  const map = buildWorldMap(world, [ally('170', 'Colombia'), ally('634', 'Qatar')], { width: 960 });
  expect(map.allies.map((a) => a.name)).toEqual(['Colombia', 'Qatar']);
  expect(map.allies.find((a) => a.name === 'Qatar')?.dot).toBeDefined();
  expect(map.allies.find((a) => a.name === 'Colombia')?.dot).toBeUndefined();
  expect(map.background.length).toBeGreaterThan(0);
  expect(map.height).toBeGreaterThan(0);
});

test('an ally missing from the atlas is drawn as a dot from the fallback shapes', () => {
  const map = buildWorldMap(world, [ally('048', 'Bahrain')], {
    width: 960,
    fallback: [square('048', 50.5, 26, 0.2)],
  });
  expect(map.allies).toEqual([]);
  expect(map.markers.map((m) => m.name)).toEqual(['Bahrain']);
});

test('the locator map centres on the country and marks it', () => {
  const map = buildLocatorMap(world, '634', { width: 320, height: 200 });
  expect(map?.country.length).toBeGreaterThan(0);
  expect(map?.marker.x).toBeGreaterThan(100);
  expect(map?.marker.x).toBeLessThan(220);
  expect(buildLocatorMap(world, '999', { width: 320, height: 200 })).toBeUndefined();
});
