import t, { type Test } from "tap";
import { placeLocator } from "../../../src/extract/places/locate.ts";

const near = (t: Test, got: { lat: number; lon: number } | null, lat: number, lon: number, what: string) =>
  t.ok(
    got && Math.abs(got.lat - lat) < 0.1 && Math.abs(got.lon - lon) < 0.1,
    `${what}: ${JSON.stringify(got)}`,
  );

t.test("a city is found in its country and, when given, its region", async (t) => {
  const locate = placeLocator([]);
  near(t, locate({ city: "Paris", region: null, country: "FR" }), 48.85, 2.35, "Paris, France");
  near(t, locate({ city: "Paris", region: "Texas", country: "US" }), 33.66, -95.56, "Paris, Texas");
  // Without a region the most populous of the name in the country.
  near(t, locate({ city: "Portland", region: null, country: "US" }), 45.52, -122.68, "Portland, Oregon");
  near(t, locate({ city: "Portland", region: "Maine", country: "US" }), 43.66, -70.26, "Portland, Maine");
  near(t, locate({ city: "Brasilia", region: null, country: "BR" }), -15.78, -47.93, "without its accent");
});

t.test("no point is made up", async (t) => {
  const locate = placeLocator([]);
  t.equal(locate({ city: null, region: null, country: "FR" }), null, "a country alone");
  t.equal(locate({ city: "Paris", region: null, country: null }), null, "a city with no country");
  t.equal(locate({ city: "Paris", region: null, country: "JP" }), null, "no Paris in Japan");
  t.equal(locate({ city: "Nowhere-on-Earth", region: null, country: "FR" }), null);
});

t.test("a curated city spelt otherwise in GeoNames is found under that spelling", async (t) => {
  const geneva = { name: "Geneva", kind: "city" as const, region: "Geneva", country: "CH", aliases: [] };
  t.equal(placeLocator([geneva])({ city: "Geneva", region: "Geneva", country: "CH" }), null, "not as Geneva");
  near(
    t,
    placeLocator([{ ...geneva, geonames: "Genève" }])({ city: "Geneva", region: "Geneva", country: "CH" }),
    46.2,
    6.15,
    "as Genève",
  );
});
