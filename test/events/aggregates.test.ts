import t from "tap";
import { build, getJson } from "../helper.ts";

const app = await build(t);
type Facet = { value: string; label: string | null; count: number };

t.test("facets count the events matching every filter", async (t) => {
  const r = await getJson(
    t,
    app,
    "/meetings?countries=US,CN&facets=topic,country,year,kind,official&limit=100",
  );
  const all = r.data as { id: string; kind: string; topics: { id: string }[] }[];
  const kinds = r.facets.kind as Facet[];
  t.equal(
    kinds.reduce((n, f) => n + f.count, 0),
    all.length,
    "every event has one kind",
  );
  const taiwan = (r.facets.topic as Facet[]).find((f) => f.value === "taiwan");
  t.equal(taiwan?.count, all.filter((e) => e.topics.some((x) => x.id === "taiwan")).length);
  t.equal(taiwan?.label, "Taiwan");
  t.same(
    (r.facets.country as Facet[]).slice(0, 2).map((f) => [f.value, f.count]),
    [
      ["CN", all.length],
      ["US", all.length],
    ],
  );
  const narrowed = await getJson(t, app, "/meetings?countries=US,CN&topic=taiwan&facets=kind");
  t.equal(
    (narrowed.facets.kind as Facet[]).reduce((n, f) => n + f.count, 0),
    taiwan?.count,
    "facets follow the filters",
  );
  t.notOk((await getJson(t, app, "/meetings")).facets, "no facets unless asked");
});

t.test("timeline buckets by period; coarse dates are imprecise, not January", async (t) => {
  const r = await getJson(t, app, "/timeline?interval=month");
  const ids = r.buckets.flatMap((b: { events: string[] }) => b.events);
  t.ok(
    r.buckets.every((b: { period: string; count: number; events: string[] }) => b.count === b.events.length),
  );
  t.ok(r.buckets.some((b: { period: string }) => b.period === "2023-11"));
  t.ok(ids.includes("2023-11-15-biden-xi-woodside"));
  t.ok(r.imprecise.events.includes("2024-sullivan-wang-beijing"), "dated only to 2024");
  const years = await getJson(t, app, "/timeline?interval=year");
  t.ok(
    years.buckets
      .find((b: { period: string }) => b.period === "2024")
      .events.includes("2024-sullivan-wang-beijing"),
  );
  const q = await getJson(t, app, "/timeline?interval=quarter&kind=call");
  t.ok(q.buckets.every((b: { period: string }) => /^\d{4}-Q[1-4]$/.test(b.period)));
  await getJson(t, app, "/timeline?interval=week", 400);
});

t.test("timeline counts stay exact when the ids per bucket are capped", async (t) => {
  type Group = { period?: string; count: number; events: string[]; more: boolean };
  type Timeline = { buckets: Group[]; imprecise: Group; undated: Group };
  const full = await getJson<Timeline>(t, app, "/timeline?interval=year");
  const capped = await getJson<Timeline>(t, app, "/timeline?interval=year&eventsPerBucket=1");
  t.same(
    capped.buckets.map((b) => [b.period, b.count]),
    full.buckets.map((b) => [b.period, b.count]),
  );
  for (const [i, b] of capped.buckets.entries()) {
    t.same(b.events, full.buckets[i]?.events.slice(0, 1), `${b.period}: the earliest id`);
    t.equal(b.more, b.count > 1);
  }
  t.ok(
    capped.buckets.some((b) => b.more),
    "some year has more than one event",
  );
  const counts = await getJson<Timeline>(t, app, "/timeline?interval=month&eventsPerBucket=0");
  t.ok(counts.buckets.every((b) => b.events.length === 0 && b.count > 0));
  const monthly = await getJson<Timeline>(t, app, "/timeline?interval=month");
  t.equal(counts.imprecise.count, monthly.imprecise.count);
  t.ok(counts.imprecise.count > 0 && counts.imprecise.more);
  await getJson(t, app, "/timeline?eventsPerBucket=1001", 400);
});

t.test("topic trend is the timeline of that topic", async (t) => {
  const trend = await getJson(t, app, "/topics/taiwan/trend?interval=year");
  const timeline = await getJson(t, app, "/timeline?interval=year&topic=taiwan");
  t.same(trend, timeline);
  await getJson(t, app, "/topics/no-such-topic/trend", 404);
});

t.test("an official's network: counterparts, counts, last held meeting, topics", async (t) => {
  const n = await getJson(t, app, "/officials/xi-jinping/network");
  const biden = n.counterparts.find((c: { official: { id: string } }) => c.official.id === "joe-biden");
  const meetings = await getJson(t, app, "/meetings?official=xi-jinping&official=joe-biden&limit=100");
  t.equal(biden.meetings, meetings.data.length);
  t.match(biden.lastMet, /^2023-11-15|^2024/);
  t.ok(biden.topics.some((x: { id: string }) => x.id === "taiwan"));
  await getJson(t, app, "/officials/nobody-here/network", 404);
});
