import t from "tap";
import { build, getJson } from "../helper.ts";

const app = await build(t);

t.test("lists summits with dates, place and source", async (t) => {
  const body = await getJson(t, app, "/summits");
  t.same(
    body.data.map((s: any) => s.id).slice(0, 3),
    ["apec-2022", "apec-2023", "apec-2024"],
    "ordered by id",
  );
  const byId = (id: string) => body.data.find((s: any) => s.id === id);
  t.match(byId("apec-2023"), {
    name: "APEC 2023",
    date: { start: "2023-11-11", end: "2023-11-17", precision: "day" },
    place: { city: "San Francisco", country: "US" },
    meetingCount: 1,
  });
  t.match(byId("cop29"), { name: "COP29", place: { city: null, country: null }, meetingCount: 0 });
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
