/**
 * The world atlas used for maps: world-atlas's 1:110m countries, plus 1:50m shapes for the few
 * countries the coarse file leaves out (Bahrain among them). Loaded once per build.
 */
import countries110m from 'world-atlas/countries-110m.json';
import countries50m from 'world-atlas/countries-50m.json';
import land110m from 'world-atlas/land-110m.json';
import type { Feature } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryFeatures, landFeature, type CountryFeature, type WorldTopology } from '../lib/map';

export interface Atlas {
  features: CountryFeature[];
  /** Finer shapes for countries missing from `features`. */
  fallback: CountryFeature[];
  /** All land as one outline, for the background of the world map. */
  land: Feature;
}

let cached: Atlas | undefined;

export function loadAtlas(): Atlas {
  if (cached) return cached;
  const features = countryFeatures(countries110m as unknown as WorldTopology);
  const have = new Set(features.map((f) => String(f.id)));
  const fallback = countryFeatures(countries50m as unknown as WorldTopology).filter(
    (f) => !have.has(String(f.id)),
  );
  const land = landFeature(land110m as unknown as Topology<{ land: GeometryCollection }>);
  cached = { features, fallback, land };
  return cached;
}
