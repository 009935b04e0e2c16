import { geoArea, geoCentroid } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

type Country = Feature<Geometry, { name: string }>;
type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface World {
  sphere: { type: "Sphere" };
  countries: Country[];
  /** Shapes by ISO 3166-1 alpha-2, the code the API's places use. */
  byAlpha2: Map<string, Country>;
  centroid: (f: Feature) => [number, number];
}

const countriesOf = (atlas: Atlas) =>
  (feature(atlas, atlas.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;

/**
 * Natural Earth's country shapes (world-atlas) and the ISO table that joins their
 * numeric codes to the API's alpha-2 ones, loaded with the map view only, from this
 * server, drawn without tiles. The 1:110m shapes (40 KB compressed) lack small states
 * where summits happen (Singapore, Bahrain, Malta…); when the data names one of them,
 * its shape comes from the 1:50m set (230 KB), fetched only then.
 */
export async function loadWorld(codes: Iterable<string>): Promise<World> {
  const [small, iso] = await Promise.all([
    import("world-atlas/countries-110m.json"),
    import("i18n-iso-countries/codes.json"),
  ]);
  const numericToAlpha2 = new Map((iso.default as string[][]).map((row) => [row[2], row[0]]));
  const countries = countriesOf(small.default as unknown as Atlas);
  const byAlpha2 = new Map<string, Country>();
  const index = (list: Country[], only?: Set<string>) => {
    for (const f of list) {
      const alpha2 = numericToAlpha2.get(String(f.id));
      if (!alpha2 || (only && !only.has(alpha2))) continue;
      byAlpha2.set(alpha2, f);
      if (only) countries.push(f);
    }
  };
  index(countries);
  const missing = new Set([...codes].filter((c) => !byAlpha2.has(c)));
  if (missing.size) {
    const detailed = await import("world-atlas/countries-50m.json");
    index(countriesOf(detailed.default as unknown as Atlas), missing);
  }
  return { sphere: { type: "Sphere" }, countries, byAlpha2, centroid: mainlandCentroid };
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
