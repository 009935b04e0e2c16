import t from "tap";
import { build, getJson, TEST_KEY } from "../helper.ts";

const app = await build(t);
const auth = { authorization: `Bearer ${TEST_KEY}` };
const EVENT = "2023-11-15-biden-xi-woodside";

async function correct(id: string, payload: object) {
  const tag = String((await app.inject({ url: `/events/${id}` })).headers.etag);
  const res = await app.inject({
    method: "POST",
    url: `/events/${id}/corrections`,
    headers: { ...auth, "if-match": tag },
    payload,
  });
  t.equal(res.statusCode, 200, res.body);
  return res.json();
}

t.test("history: every version, with its cause, and the event as it was", async (t) => {
  const before = await getJson(t, app, `/events/${EVENT}/history`);
  t.ok(before.versions.length >= 1, "the seed's extraction and curation made versions");
  t.equal(before.versions[0].op, "created");
  t.equal(before.versions[0].version, 1);
  // The seed's curation renamed it: its extraction is in the history of the id it had.
  const extracted = await getJson(t, app, "/events/2023-11-biden-xi-san-francisco/history");
  t.match(extracted.versions[0], { op: "created", cause: "extraction", document: /\S/ });
  t.match(extracted.versions.at(-1), { op: "deleted", cause: "correction", by: /Summitry maintainers/ });
  await correct(EVENT, { reason: "The readout lists trade among the issues raised.", addTopics: ["trade"] });
  const after = await getJson(t, app, `/events/${EVENT}/history`);
  const last = after.versions.at(-1);
  t.match(last, {
    op: "updated",
    cause: "correction",
    by: "key-" + last.by.slice(4),
    reason: "The readout lists trade among the issues raised.",
    fields: ["confidence", "curated", "curation", "topics"].filter((f) => last.fields.includes(f)),
  });
  t.ok(last.fields.includes("topics"), "the topics changed");
  const now = await getJson(t, app, `/events/${EVENT}`);
  t.equal(last.version, now.version, "the last version is the event's");
  t.same(last.data, now, "the last version's data is the event as served");
  const versions = after.versions.map((v: { version: number }) => v.version);
  t.same(
    versions,
    versions.map((_: number, i: number) => i + 1),
    "versions count up from 1",
  );
});

t.test("a renamed event's history ends with its deletion; the new id starts afresh", async (t) => {
  const id = "2023-02-spy-balloon-incident";
  await correct(id, { reason: "A shorter id for the balloon incident.", renameTo: "2023-02-balloon" });
  await getJson(t, app, `/events/${id}`, 404);
  const old = await getJson(t, app, `/events/${id}/history`);
  t.match(old.versions.at(-1), { op: "deleted", cause: "correction", data: null });
  const renamed = await getJson(t, app, "/events/2023-02-balloon/history");
  t.match(renamed.versions, [{ op: "created", cause: "correction" }]);
  await getJson(t, app, "/events/never-was/history", 404);
});

t.test("history pages with a cursor", async (t) => {
  const all = await getJson(t, app, `/events/${EVENT}/history?limit=100`);
  const first = await getJson(t, app, `/events/${EVENT}/history?limit=1`);
  t.equal(first.versions.length, 1);
  t.type(first.page.nextCursor, "string");
  const second = await getJson(t, app, `/events/${EVENT}/history?limit=100&cursor=${first.page.nextCursor}`);
  t.same([...first.versions, ...second.versions], all.versions);
  await getJson(t, app, `/events/${EVENT}/history?cursor=abc`, 400);
});

t.test("replaying the changes feed from the start gives the events of a full export", async (t) => {
  const copy = new Map<string, { id: string }>();
  let since = "0";
  let pages = 0;
  for (;;) {
    const page = await getJson(t, app, `/changes?since=${since}&limit=7`);
    for (const c of page.data) {
      if (c.op === "deleted") copy.delete(c.id);
      else copy.set(c.id, c.data);
    }
    since = page.next;
    pages++;
    if (!page.more) break;
  }
  t.ok(pages > 1, "the feed was read in several pages");
  const empty = await getJson(t, app, `/changes?since=${since}`);
  t.same(empty, { data: [], next: since, more: false }, "at the end the cursor stays put");
  const exported = (await app.inject({ url: "/events?format=ndjson" })).body
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  t.same([...copy.keys()].sort(), exported.map((e: { id: string }) => e.id).sort(), "the same events");
  for (const e of exported) {
    const replayed = copy.get(e.id) as Record<string, unknown>;
    for (const [k, v] of Object.entries(e)) t.same(replayed[k], v, `${e.id}.${k}`);
  }
  await getJson(t, app, "/changes?since=-1", 400);
});
