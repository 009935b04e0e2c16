import fs from "node:fs";
import t from "tap";
import { build, getJson } from "../helper.ts";

const app = await build(t);

t.test("lists the taxonomy with event and meeting counts", async (t) => {
  const body = await getJson(t, app, "/topics?limit=100");
  const taxonomy = JSON.parse(fs.readFileSync("seeds/reference/topics.json", "utf8")).topics;
  t.equal(body.data.length, taxonomy.length);
  t.ok(body.data.length >= 50, "at least 50 topics");
  const taiwan = body.data.find((x: any) => x.id === "taiwan");
  t.match(taiwan, { name: "Taiwan", meetingCount: 4, eventCount: 4 });
  t.ok(taiwan.keywords.includes("Taiwan Strait"));
  const nk = body.data.find((x: any) => x.id === "north-korea");
  t.ok(nk.eventCount > nk.meetingCount, "a statement counts as an event, not a meeting");
});

t.test("a topic and its meetings", async (t) => {
  t.match(await getJson(t, app, "/topics/fentanyl"), { id: "fentanyl", name: "Fentanyl" });
  const m = await getJson(t, app, "/topics/fentanyl/meetings?sort=date");
  t.same(
    m.data.map((e: any) => e.id),
    [
      "2023-10-wang-blinken-washington",
      "2023-11-15-biden-xi-woodside",
      "2024-sullivan-wang-beijing",
      "2024-11-16-biden-xi-lima",
    ],
  );
  const withWang = await getJson(t, app, "/topics/fentanyl/meetings?official=wang-yi");
  t.equal(withWang.data.length, 2);
  t.equal((await app.inject("/topics/weather")).statusCode, 404);
  t.equal((await app.inject("/topics/weather/meetings")).statusCode, 404);
});
