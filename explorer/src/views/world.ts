import { geoArea, geoCentroid } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface World {
  sphere: { type: "Sphere" };
  countries: Feature<Geometry, { name: string }>[];
  /** Shapes by ISO 3166-1 alpha-2, the code the API's places use. */
  byAlpha2: Map<string, Feature<Geometry, { name: string }>>;
  centroid: (f: Feature) => [number, number];
}

let world: Promise<World> | undefined;

/**
 * Natural Earth's country shapes (world-atlas, 1:110m) and the ISO table that joins
 * their numeric codes to the API's alpha-2 ones: loaded with the map view only, from
 * this server, drawn without tiles.
 */
export function loadWorld(): Promise<World> {
  world ??= Promise.all([
    import("world-atlas/countries-110m.json"),
    import("i18n-iso-countries/codes.json"),
  ]).then(([atlas, codes]) => {
    const topology = atlas.default as unknown as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    const countries = (
      feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
    ).features;
    const numericToAlpha2 = new Map((codes.default as string[][]).map((row) => [row[2], row[0]]));
    const byAlpha2 = new Map<string, Feature<Geometry, { name: string }>>();
    for (const f of countries) {
      const alpha2 = numericToAlpha2.get(String(f.id));
      if (alpha2) byAlpha2.set(alpha2, f);
    }
    return { sphere: { type: "Sphere" }, countries, byAlpha2, centroid: mainlandCentroid };
  });
  return world;
}

/**
 * The centroid of a country's largest polygon: the whole of France or the United
 * States would put the circle in the sea between their mainland and overseas parts.
 */
function mainlandCentroid(f: Feature): [number, number] {
  if (f.geometry.type !== "MultiPolygon") return geoCentroid(f);
  const parts = f.geometry.coordinates.map((coordinates) => ({ type: "Polygon" as const, coordinates }));
  const largest = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  return geoCentroid(largest);
}
