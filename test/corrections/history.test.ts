import t from "tap";
import { CurationEntrySchema } from "../../src/schemas/curation.ts";
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
    by: `key-${last.by.slice(4)}`,
    reason: "The readout lists trade among the issues raised.",
    fields: ["confidence", "curated", "curation", "topics"].filter((f) => last.fields.includes(f)),
  });
  t.ok(last.fields.includes("topics"), "the topics changed");
  const now = await getJson(t, app, `/events/${EVENT}`);
  t.equal(last.version, now.version, "the last version is the event's");
  // A version keeps what lists show, with the summary; the quotes stay with the event.
  const { sources: _s, curation: _c, conflicts: _x, ...served } = now;
  t.same(
    last.data,
    { ...served, sourceCount: now.sources.length },
    "the last version is the event as served",
  );
  const versions = after.versions
    .filter((v: { id: string }) => v.id === EVENT)
    .map((v: { version: number }) => v.version);
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
    for (const c of page.data.filter((c: { entity: string }) => c.entity === "event")) {
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
  // Officials too: every one the feed created, as the officials export has them.
  const officials = new Map<string, unknown>();
  for (let since = "0", more = true; more; ) {
    const page = await getJson(t, app, `/changes?since=${since}&limit=500`);
    for (const c of page.data.filter((c: { entity: string }) => c.entity === "official"))
      officials.set(c.id, c.data);
    since = page.next;
    more = page.more;
  }
  const exportedOfficials = (await app.inject({ url: "/officials?format=ndjson" })).body
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  t.same(
    [...officials.keys()].sort(),
    exportedOfficials.map((o: { id: string }) => o.id).sort(),
    "the same officials",
  );
  for (const o of exportedOfficials) {
    const replayed = officials.get(o.id) as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) t.same(replayed[k], v, `${o.id}.${k}`);
  }
});

t.test("GET /curations lists every correction, filtered, and exports them", async (t) => {
  const all = await getJson(t, app, "/curations?limit=100&count=true");
  t.ok(all.page.total >= 10, "the seed's curation and this file's corrections");
  t.ok(
    all.data.some((c: { by: string }) => c.by.startsWith("Summitry maintainers")),
    "the seed's entries",
  );
  const mine = await getJson(t, app, `/curations?by=${encodeURIComponent(all.data.at(-1).by)}&limit=100`);
  t.ok(mine.data.length >= 1);
  t.ok(mine.data.every((c: { by: string }) => c.by === all.data.at(-1).by));
  const ofEvent = await getJson(t, app, `/curations?event=${EVENT}&limit=100`);
  t.ok(ofEvent.data.every((c: { event: string }) => c.event === EVENT));
  t.ok(
    ofEvent.data.some((c: { operations: { addTopics?: string[] } }) =>
      c.operations.addTopics?.includes("trade"),
    ),
  );
  const future = await getJson(t, app, "/curations?since=2999-01-01");
  t.same(future.data, []);
  const today = new Date().toISOString().slice(0, 10);
  t.equal((await getJson(t, app, `/curations?until=${today}&limit=100`)).data.length, all.data.length);
  const ndjson = (await app.inject({ url: "/curations?format=ndjson" })).body.trim().split("\n");
  t.equal(ndjson.length, all.page.total);
  const csv = await app.inject({ url: "/curations?format=csv" });
  t.match(csv.body.split("\n")[0], /^id,key,event,by,reason,created_at,operations/);
  await getJson(t, app, "/curations?since=2024-02-30", 400);
});

t.test("the seed's curation file is one export of /curations", async (t) => {
  const { default: fs } = await import("node:fs");
  const file = JSON.parse(fs.readFileSync(new URL("../../seeds/curation.json", import.meta.url), "utf8"));
  const lines = (await app.inject({ url: "/curations?format=ndjson" })).body
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  const exported = lines
    .filter((c) => !c.key.startsWith("api-"))
    .map((c) => ({ key: c.key, event: c.event, by: c.by, reason: c.reason, ...c.operations }));
  // Compared as entries (defaults filled in), the form both are applied in.
  const entry = (e: unknown) => CurationEntrySchema.parse(e);
  t.same(exported.map(entry), file.entries.map(entry));
});

t.test("a correction moves the dataset's validators (ETag and Last-Modified)", async (t) => {
  const before = await app.inject({ url: "/meetings?limit=1" });
  await new Promise((r) => setTimeout(r, 1100)); // HTTP dates have whole seconds
  await correct(EVENT, {
    reason: "A title the reviewer prefers for this meeting.",
    set: { title: "Biden and Xi at Filoli" },
  });
  const after = await app.inject({ url: "/meetings?limit=1" });
  t.not(after.headers.etag, before.headers.etag);
  t.ok(
    Date.parse(String(after.headers["last-modified"])) > Date.parse(String(before.headers["last-modified"])),
    `${before.headers["last-modified"]} -> ${after.headers["last-modified"]}`,
  );
  const stale = await app.inject({
    url: "/meetings?limit=1",
    headers: { "if-modified-since": String(before.headers["last-modified"]) },
  });
  t.equal(stale.statusCode, 200, "a copy from before the correction is not current");
});

t.test("GET /feed.atom: the latest versions of meetings, for feed readers", async (t) => {
  const res = await app.inject({ url: "/feed.atom" });
  t.equal(res.statusCode, 200);
  t.match(res.headers["content-type"], /^application\/atom\+xml/);
  t.match(res.body, /^<\?xml[^>]*\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
  const entries = [...res.body.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1] ?? "");
  t.ok(entries.length >= 5 && entries.length <= 50, `${entries.length} entries`);
  // The newest is the last correction above, of a meeting.
  t.match(entries[0], /Updated: Biden and Xi at Filoli/);
  t.match(entries[0], new RegExp(`<link href="http://localhost[^"]*/events/${EVENT}"/>`));
  t.match(entries[0], /Corrected by key-[0-9a-f]{8}: A title the reviewer prefers/);
  const ids = entries.map((e) => /<id>([^<]+)<\/id>/.exec(e)?.[1]);
  t.equal(new Set(ids).size, ids.length, "each version is its own entry");
  t.equal((await app.inject({ url: "/feed.atom?x=1" })).statusCode, 400);
});
