import t from "tap";
import { build, getJson } from "../helper.ts";

const app = await build(t);

t.test("lists summits with dates, place and source", async (t) => {
  const body = await getJson(t, app, "/summits");
  const ids = body.data.map((s: any) => s.id);
  t.same(ids.slice(0, 3), ["americas-2012", "americas-2015", "americas-2018"], "ordered by id");
  t.same(ids, [...ids].sort(), "the whole page in id order");
  const byId = (id: string) => body.data.find((s: any) => s.id === id);
  t.match(byId("apec-2023"), {
    name: "APEC 2023",
    date: { start: "2023-11-11", end: "2023-11-17", precision: "day" },
    place: { city: "San Francisco", country: "US" },
    meetingCount: 1,
  });
  const cop29 = await getJson(t, app, "/summits/cop29");
  t.match(cop29, { name: "COP29", place: { city: null, country: null }, meetings: [] });
  t.ok(
    body.data.every((s: any) => s.source.length > 0),
    "every summit names its source",
  );
});

t.test("a summit lists the meetings on its sidelines", async (t) => {
  const lima = await getJson(t, app, "/summits/apec-2024");
  t.same(
    lima.meetings.map((e: any) => e.id),
    ["2024-11-16-biden-xi-lima"],
  );
  t.equal((await app.inject("/summits/g20-2099")).statusCode, 404);
});
