import t from "tap";
import { build, getJson } from "../helper.ts";

// The seed's documents: wang-yi-washington-visit-2023 (2023-10), biden-xi-to-meet-san-
// francisco-2023 (2023-11), biden-xi-russia-support-peru-2024 (2024-11-14),
// biden-xi-final-meeting-lima-2024 (2024-11, so known from 2024-11-30) and
// biden-xi-call-expected-2024 (2024, so known from 2024-12-31).
const app = await build(t);
type Event = { id: string; status: string; sourceCount: number };
type Detail = Event & {
  summary: string | null;
  sources: { document: { id: string }; evidence: unknown[] }[];
};
type List = { data: Event[]; page: { nextCursor: string | null }; facets?: Record<string, unknown[]> };
const WOODSIDE = "2023-11-15-biden-xi-woodside";
const LIMA = "2024-11-16-biden-xi-lima";
const meetings = (qs: string) => getJson<List>(t, app, `/meetings?limit=100&${qs}`);
const byId = (l: List) => new Map(l.data.map((e) => [e.id, e]));

t.test("a meeting is scheduled in the documents before it, held after", async (t) => {
  const before = byId(await meetings("asOf=2024-11-01")).get(WOODSIDE);
  t.match(before, { status: "scheduled", sourceCount: 2 }, "2 articles known, neither after the meeting");
  const after = byId(await meetings("asOf=2024-11-20")).get(WOODSIDE);
  t.match(after, { status: "held", sourceCount: 3 });
  const now = byId(await meetings("")).get(WOODSIDE);
  t.match(now, { status: "held", sourceCount: 4 });
  const earliest = byId(await meetings("asOf=2023-11-01")).get(WOODSIDE);
  t.match(earliest, { status: "expected", sourceCount: 1 }, "only the October 2023 article");
});

t.test("an event no document had reported yet does not exist", async (t) => {
  t.notOk(byId(await meetings("asOf=2024-11-13")).has(LIMA));
  t.ok(byId(await meetings("asOf=2024-11-14")).has(LIMA), "reported the day the first article ran");
  const gone = await getJson(t, app, `/meetings/${LIMA}?asOf=2024-11-13`, 404);
  t.equal(gone.status, 404);
  const none = await meetings("asOf=2000-01-01");
  t.same(none.data, []);
});

t.test("the detail keeps only the sources, quotes and summary then published", async (t) => {
  const d = await getJson<Detail>(t, app, `/meetings/${WOODSIDE}?asOf=2024-11-01`);
  t.same(d.sources.map((s) => s.document.id).sort(), [
    "biden-xi-to-meet-san-francisco-2023",
    "wang-yi-washington-visit-2023",
  ]);
  t.equal(d.sourceCount, 2);
  t.equal(d.status, "scheduled");
  for (const s of d.sources) t.ok(s.evidence.length > 0, `${s.document.id} keeps its quotes`);
  const full = await getJson<Detail>(t, app, `/meetings/${WOODSIDE}`);
  t.equal(full.sources.length, 4);
});

t.test("a document dated only to a month counts from the end of that month", async (t) => {
  const mid = await getJson<Detail>(t, app, `/meetings/${LIMA}?asOf=2024-11-20`);
  t.same(
    mid.sources.map((s) => s.document.id),
    ["biden-xi-russia-support-peru-2024"],
  );
  const end = await getJson<Detail>(t, app, `/meetings/${LIMA}?asOf=2024-11-30`);
  t.equal(end.sources.length, 2);
  const docs = await getJson<{ data: { id: string }[] }>(t, app, "/documents?asOf=2024-11-29");
  t.notOk(docs.data.some((d) => d.id === "biden-xi-final-meeting-lima-2024"));
  await getJson(t, app, "/documents/biden-xi-final-meeting-lima-2024?asOf=2024-11-29", 404);
  await getJson(t, app, "/documents/biden-xi-final-meeting-lima-2024?asOf=2024-11-30");
});

t.test("filters, sorts and facets use the status and counts as then reported", async (t) => {
  const held = byId(await meetings("asOf=2024-11-01&status=held"));
  t.notOk(held.has(WOODSIDE));
  const scheduled = byId(await meetings("asOf=2024-11-01&status=scheduled"));
  t.ok(scheduled.has(WOODSIDE));
  const top = await getJson<List>(t, app, "/meetings?asOf=2024-11-01&sort=-sourceCount&limit=1");
  t.match(top.data[0], { id: WOODSIDE, sourceCount: 2 });
  const f = await meetings("asOf=2024-11-01&facets=status");
  t.match(f.facets?.status, [{ value: "held" }]);
  t.ok(
    ((f.facets?.status ?? []) as { value: string }[]).some((v) => v.value === "scheduled"),
    "the then-scheduled Woodside meeting is counted as scheduled",
  );
  const timeline = await getJson<{ buckets: { period: string; events: string[] }[] }>(
    t,
    app,
    "/timeline?interval=year&asOf=2024-11-13",
  );
  t.notOk(timeline.buckets.some((b) => b.events.includes(LIMA)));
});

t.test("cursors are bound to the day they were issued for", async (t) => {
  const page = await getJson<List>(t, app, "/meetings?limit=1&asOf=2024-11-01");
  t.ok(page.page.nextCursor);
  const cursor = encodeURIComponent(page.page.nextCursor ?? "");
  await getJson(t, app, `/meetings?limit=1&cursor=${cursor}`, 400);
  await getJson(t, app, `/meetings?limit=1&asOf=2024-11-01&cursor=${cursor}`);
});

t.test("counts on officials, topics, summits and search follow the day", async (t) => {
  const xi = (qs: string) => getJson<{ meetingCount: number }>(t, app, `/officials/xi-jinping${qs}`);
  t.ok((await xi("?asOf=2023-11-01")).meetingCount < (await xi("")).meetingCount);
  const apec = await getJson<{ meetingCount: number; meetings: Event[] }>(
    t,
    app,
    "/summits/apec-2024?asOf=2024-11-13",
  );
  t.same(apec.meetings, []);
  t.equal(apec.meetingCount, 0);
  const hits = (day: string) =>
    getJson<{ data: { id: string }[] }>(t, app, `/search?q=Lima&type=document&asOf=${day}`);
  t.same((await hits("2024-11-13")).data, []);
  t.ok((await hits("2024-11-14")).data.some((h) => h.id === "biden-xi-russia-support-peru-2024"));
  type Network = { counterparts: { official: { id: string }; lastMet: string | null }[] };
  const biden = async (qs: string) =>
    (await getJson<Network>(t, app, `/officials/xi-jinping/network${qs}`)).counterparts.find(
      (c) => c.official.id === "joe-biden",
    );
  t.match(await biden("?asOf=2023-10-31"), { lastMet: null }, "a meeting expected, none held yet");
  t.match(await biden("?asOf=2024-11-14"), { lastMet: "2023-11-15" }, "first reported held then");
});

t.test("asOf must be a real day", async (t) => {
  for (const bad of ["2024-02-30", "2024-11", "yesterday", "2024-1-01"]) {
    const p = await getJson<{ errors: { field: string }[] }>(t, app, `/meetings?asOf=${bad}`, 400);
    t.equal(p.errors[0]?.field, "asOf", bad);
  }
  await getJson(t, app, `/meetings/${WOODSIDE}?asOf=2024-13-01`, 400);
  await getJson(t, app, `/meetings/${WOODSIDE}?unknown=1`, 400);
});
