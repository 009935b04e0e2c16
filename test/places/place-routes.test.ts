import t from "tap";
import { build, getJson } from "../helper.ts";

const app = await build(t);
type Place = {
  city: string | null;
  region: string | null;
  country: string | null;
  count: number;
  location: { lat: number; lon: number } | null;
};
type Item = { place: { city: string | null; region: string | null; country: string | null } };

const key = (p: Item["place"]) => `${p.city}|${p.region}|${p.country}`;

t.test("places count the meetings /meetings lists under the same filters", async (t) => {
  for (const filter of [
    "",
    "countries=US,CN",
    "kind=call",
    "from=2023-11-01&to=2023-11-30",
    "asOf=2023-12-31",
  ]) {
    const places = await getJson(t, app, `/places?${filter}`);
    const meetings = (await getJson(t, app, `/meetings?${filter}&limit=100&fields=place`)).data as Item[];
    const want = new Map<string, number>();
    let unplaced = 0;
    for (const m of meetings) {
      if (!m.place.city && !m.place.country) unplaced++;
      else want.set(key(m.place), (want.get(key(m.place)) ?? 0) + 1);
    }
    t.same(
      new Map((places.places as Place[]).map((p) => [key(p), p.count])),
      want,
      `per place: ${filter || "no filter"}`,
    );
    t.equal(places.unplaced, unplaced, `unplaced: ${filter || "no filter"}`);
    t.equal(places.more, false);
    const counts = (places.places as Place[]).map((p) => p.count);
    t.same(
      counts,
      [...counts].sort((a, b) => b - a),
      "most meetings first",
    );
  }
});

t.test("a city has its GeoNames point, in its own region; a country alone has none", async (t) => {
  const all = (await getJson(t, app, "/places")).places as Place[];
  const woodside = all.find((p) => p.city === "Woodside");
  t.ok(woodside, "the seed has Woodside");
  // Woodside, California (37.43 N, 122.25 W), not the larger Woodside in New York.
  t.ok(Math.abs((woodside?.location?.lat ?? 0) - 37.43) < 0.05, "latitude");
  t.ok(Math.abs((woodside?.location?.lon ?? 0) + 122.25) < 0.05, "longitude");
  const beijing = all.find((p) => p.city === "Beijing");
  t.ok(beijing?.location && Math.abs(beijing.location.lat - 39.9) < 0.2, "Beijing");
  for (const p of all.filter((p) => !p.city)) t.equal(p.location, null, `${p.country} alone has no point`);
});

t.test("limit keeps the busiest places and says there are more", async (t) => {
  const all = (await getJson(t, app, "/places")).places as Place[];
  t.ok(all.length > 1, "the seed has several places");
  const one = await getJson(t, app, "/places?limit=1");
  t.same(one.places, all.slice(0, 1));
  t.equal(one.more, true);
});

t.test("bad filters are problems naming the parameter", async (t) => {
  for (const [q, field] of [
    ["limit=0", "limit"],
    ["limit=5001", "limit"],
    ["kind=statement", "kind"],
    ["from=2023-13-01", "from"],
    ["cursor=abc", "cursor"],
  ] as const) {
    const r = await app.inject({ url: `/places?${q}` });
    t.equal(r.statusCode, 400, q);
    t.match(r.headers["content-type"], /application\/problem\+json/);
    t.match(r.body, field, `${q} names ${field}`);
  }
  const unknown = await app.inject({ url: "/places?official=nobody-at-all" });
  t.equal(unknown.statusCode, 400, "an unknown official is the client's mistake");
});

t.test("every place as CSV or NDJSON, whatever the limit", async (t) => {
  const all = (await getJson(t, app, "/places?countries=US,CN")).places as Place[];
  const csv = await app.inject({ url: "/places?countries=US,CN&format=csv&limit=1" });
  t.equal(csv.statusCode, 200);
  t.match(csv.headers["content-type"], /^text\/csv/);
  const lines = csv.body.trim().split("\n");
  t.equal(lines[0], "city,region,country,count,lat,lon");
  t.equal(lines.length, all.length + 1, "a row per place");
  const first = all[0] as Place;
  t.equal(
    lines[1],
    [first.city, first.region, first.country, first.count, first.location?.lat, first.location?.lon].join(
      ",",
    ),
  );
  const ndjson = await app.inject({
    url: "/places?countries=US,CN",
    headers: { accept: "application/x-ndjson" },
  });
  t.same(
    ndjson.body
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l)),
    all,
  );
});
