import t from "tap";
import { build, getJson } from "../helper.ts";

const app = await build(t);
const ids = (body: { data: { id: string }[] }) => body.data.map((e) => e.id);

t.test("/events includes context events that /meetings leaves out", async (t) => {
  const events = ids(await getJson(t, app, "/events?limit=100"));
  const meetings = ids(await getJson(t, app, "/meetings?limit=100"));
  t.ok(events.length > meetings.length);
  t.ok(meetings.every((id) => events.includes(id)));
  t.ok(events.includes("2023-02-spy-balloon-incident"));
});

t.test("kind filter accepts every event kind", async (t) => {
  const statements = await getJson(t, app, "/events?kind=statement&sort=date");
  t.ok(statements.data.length >= 4);
  t.ok(statements.data.every((e: any) => e.kind === "statement"));
  t.same(ids(await getJson(t, app, "/events?kind=incident")), ["2023-02-spy-balloon-incident"]);
  t.same(ids(await getJson(t, app, "/events?kind=announcement")), [
    "2024-11-13-white-house-announces-lima-meeting",
  ]);
});

t.test("an event reported by two articles is one event with both sources", async (t) => {
  const e = await getJson(t, app, "/events/2023-02-spy-balloon-incident");
  t.equal(e.sourceCount, 2);
  t.equal(e.sources.length, 2);
  t.same(e.date, { start: "2023-02", end: null, precision: "month" }, "the more precise report wins");
});

t.test("event filters behave as on /meetings", async (t) => {
  const xi = ids(await getJson(t, app, "/events?official=xi-jinping&kind=statement&sort=date"));
  t.same(xi, ["2023-03-xi-accuses-us-statement", "2024-11-xi-congratulates-trump"]);
  const nov13 = ids(
    await getJson(t, app, "/events?from=2024-11-13&to=2024-11-13&kind=statement&kind=announcement"),
  );
  for (const id of [
    "2024-11-13-white-house-announces-lima-meeting",
    "2024-11-13-pentagon-north-korea-kursk",
    "2024-11-13-blinken-ukraine-pledge",
  ]) {
    t.ok(nov13.includes(id), id);
  }
  t.ok(nov13.includes("2024-11-xi-congratulates-trump"), "a November 2024 statement may fall on that day");
  t.equal((await app.inject("/events?kind=meeting")).statusCode, 400);
  t.equal((await app.inject("/events/nothing-here")).statusCode, 404);
});
