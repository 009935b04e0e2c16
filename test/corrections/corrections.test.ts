import t from "tap";
import { build, getJson, TEST_KEY } from "../helper.ts";

// Named keys: an editor, an admin, a reader, and TEST_KEY (a plain key: an editor).
const KEYS = {
  alice: "alice-editor-key-0123456789",
  ada: "ada-admin-key-0123456789ab",
  rita: "rita-reader-key-0123456789",
};
const app = await build(t, {
  apiKeys: [TEST_KEY, `alice:editor:${KEYS.alice}`, `ada:admin:${KEYS.ada}`, `rita:reader:${KEYS.rita}`],
});
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const EVENT = "2023-11-15-biden-xi-woodside";

async function etag(id = EVENT): Promise<string> {
  const res = await app.inject({ method: "GET", url: `/events/${id}` });
  t.equal(res.statusCode, 200, `GET /events/${id}`);
  return String(res.headers.etag);
}

const correct = (payload: unknown, headers: Record<string, string>, id = EVENT) =>
  app.inject({ method: "POST", url: `/events/${id}/corrections`, payload: payload as object, headers });

const REASON = "The analyst's reading names trade as discussed in this meeting.";

t.test("roles: the public and readers may not correct; editors and admins may, as themselves", async (t) => {
  const body = { reason: REASON, addTopics: ["trade"] };
  const none = await correct(body, { "if-match": await etag() });
  t.equal(none.statusCode, 401);
  const reader = await correct(body, { ...bearer(KEYS.rita), "if-match": await etag() });
  t.equal(reader.statusCode, 403);
  t.match(reader.json().detail, /rita.*reader.*editor/);
  const editor = await correct(body, { ...bearer(KEYS.alice), "if-match": await etag() });
  t.equal(editor.statusCode, 200, editor.body);
  t.match(editor.json().correction, { by: "alice", reason: REASON, operations: { addTopics: ["trade"] } });
  t.ok(
    editor.json().event.topics.some((x: { id: string }) => x.id === "trade"),
    "the event has the topic",
  );
  const admin = await correct(
    { reason: REASON, removeTopics: ["trade"] },
    { ...bearer(KEYS.ada), "if-match": await etag() },
  );
  t.equal(admin.statusCode, 200);
  t.equal(admin.json().correction.by, "ada");
  const plain = await correct(body, { ...bearer(TEST_KEY), "if-match": await etag() });
  t.equal(plain.statusCode, 200);
  t.match(
    plain.json().correction.by,
    /^key-[0-9a-f]{8}$/,
    "a plain key is named by its digest, never itself",
  );
  t.notMatch(plain.body, TEST_KEY);
});

t.test("If-Match: required (428), stale (412), current (200, a new version)", async (t) => {
  const body = { reason: REASON, set: { title: "Biden–Xi talks at Filoli" } };
  const missing = await correct(body, bearer(KEYS.alice));
  t.equal(missing.statusCode, 428);
  t.match(missing.json().errors, [{ in: "header", field: "If-Match" }]);
  const before = await etag();
  const version = (await getJson(t, app, `/events/${EVENT}`)).version;
  const ok = await correct(body, { ...bearer(KEYS.alice), "if-match": before });
  t.equal(ok.statusCode, 200);
  t.equal(ok.json().event.title, "Biden–Xi talks at Filoli");
  t.equal(ok.json().event.version, version + 1, "the version is bumped");
  t.not(await etag(), before, "the ETag changed");
  const stale = await correct(
    { reason: REASON, set: { status: "held" } },
    { ...bearer(KEYS.alice), "if-match": before },
  );
  t.equal(stale.statusCode, 412);
  t.match(stale.headers["content-type"], /application\/problem\+json/);
  t.match(stale.json().errors, [{ in: "header", field: "If-Match" }]);
});

t.test("two editors racing on one event: one is applied, the other refused", async (t) => {
  const tag = await etag();
  const [a, b] = await Promise.all([
    correct(
      { reason: REASON, set: { title: "Title from Alice" } },
      { ...bearer(KEYS.alice), "if-match": tag },
    ),
    correct({ reason: REASON, set: { title: "Title from Ada" } }, { ...bearer(KEYS.ada), "if-match": tag }),
  ]);
  t.same([a.statusCode, b.statusCode].sort(), [200, 412]);
  const winner = a.statusCode === 200 ? "Title from Alice" : "Title from Ada";
  t.equal((await getJson(t, app, `/events/${EVENT}`)).title, winner);
});

t.test("a correction that cannot apply is a 4xx naming the field, and writes nothing", async (t) => {
  const h = async () => ({ ...bearer(KEYS.alice), "if-match": await etag() });
  const cases: [unknown, number, string][] = [
    [{ reason: REASON, addTopics: ["no-such-topic"] }, 400, "addTopics.0"],
    [
      { reason: REASON, addParticipants: [{ official: "nobody-at-all", role: null, side: "US" }] },
      400,
      "addParticipants.0.official",
    ],
    [{ reason: "short", addTopics: ["trade"] }, 400, "reason"],
    [{ reason: REASON }, 400, ""],
    [{ reason: REASON, renameTo: "2023-02-spy-balloon-incident" }, 409, "renameTo"],
    [{ reason: REASON, delete: true, renameTo: "x-y" }, 400, ""],
  ];
  const version = (await getJson(t, app, `/events/${EVENT}`)).version;
  for (const [body, status, field] of cases) {
    const res = await correct(body, await h());
    t.equal(res.statusCode, status, JSON.stringify(body));
    t.match(res.headers["content-type"], /application\/problem\+json/);
    if (field)
      t.ok(
        res.json().errors?.some((e: { field: string }) => e.field === field),
        `names ${field}`,
      );
  }
  t.equal((await getJson(t, app, `/events/${EVENT}`)).version, version, "nothing was written");
  const missing = await correct(
    { reason: REASON, addTopics: ["trade"] },
    { ...bearer(KEYS.alice), "if-match": "*" },
    "no-such-event",
  );
  t.equal(missing.statusCode, 404);
});

t.test("create: If-None-Match: *, and every quote must be the document's text at its offsets", async (t) => {
  const doc = (await getJson(t, app, `/events/${EVENT}`)).sources[0].document.id;
  const text: string = (await getJson(t, app, `/documents/${doc}`)).text;
  const quote = text.slice(0, 40);
  const create = (start: number) => ({
    reason: "A meeting the pipeline missed, reported in the lead.",
    create: {
      kind: "in_person",
      title: "A missed meeting",
      date: { start: "2023-11", end: null, precision: "month" },
      place: { venue: null, city: null, region: null, country: "US" },
      participants: [
        { official: "joe-biden", role: null, side: "US" },
        { official: "xi-jinping", role: null, side: "CN" },
      ],
      sources: [
        {
          document: doc,
          status: "held",
          evidence: [{ field: "event", value: null, quote, start, end: start + 40 }],
        },
      ],
    },
  });
  const noPrecondition = await correct(create(0), bearer(KEYS.alice), "2023-11-missed-meeting");
  t.equal(noPrecondition.statusCode, 428);
  const wrong = await correct(
    create(1),
    { ...bearer(KEYS.alice), "if-none-match": "*" },
    "2023-11-missed-meeting",
  );
  t.equal(wrong.statusCode, 400);
  t.match(wrong.json().errors, [{ field: "create.sources.0.evidence.0" }]);
  const made = await correct(
    create(0),
    { ...bearer(KEYS.alice), "if-none-match": "*" },
    "2023-11-missed-meeting",
  );
  t.equal(made.statusCode, 201, made.body);
  t.equal(made.json().event.id, "2023-11-missed-meeting");
  const again = await correct(
    create(0),
    { ...bearer(KEYS.alice), "if-none-match": "*" },
    "2023-11-missed-meeting",
  );
  t.equal(again.statusCode, 412, "it exists now");
});

t.test("split, then merge back: the sources return to one event", async (t) => {
  const original = await getJson(t, app, `/events/${EVENT}`);
  const docs = original.sources.map((s: { document: { id: string } }) => s.document.id).sort();
  t.ok(docs.length >= 2, "the seed event has several sources");
  const split = await correct(
    {
      reason: "The last source reports a later call, not this meeting.",
      split: { id: "split-off-report", documents: [docs[0]] },
    },
    { ...bearer(KEYS.alice), "if-match": await etag() },
  );
  t.equal(split.statusCode, 200, split.body);
  const off = await getJson(t, app, "/events/split-off-report");
  t.same(
    off.sources.map((s: { document: { id: string } }) => s.document.id),
    [docs[0]],
  );
  const rest = await getJson(t, app, `/events/${EVENT}`);
  t.same(rest.sources.map((s: { document: { id: string } }) => s.document.id).sort(), docs.slice(1));
  type V = { seq: number; id: string; op: string };
  const versions = async (id: string): Promise<V[]> =>
    (await getJson(t, app, `/events/${id}/history?limit=100`)).versions;
  const offHistory = await versions("split-off-report");
  const at = offHistory.find((v) => v.id === "split-off-report" && v.op === "created")?.seq ?? 0;
  t.ok(
    offHistory.some((v) => v.id === EVENT && v.seq < at),
    "the split-off event's history starts with the event it was split from",
  );
  t.notOk(
    offHistory.some((v) => v.id === EVENT && v.seq >= at),
    "up to the split only",
  );
  const merged = await correct(
    { reason: "On review the report is of the same meeting after all.", mergeInto: EVENT },
    { ...bearer(KEYS.alice), "if-match": await etag("split-off-report") },
    "split-off-report",
  );
  t.equal(merged.statusCode, 200, merged.body);
  const back = await getJson(t, app, `/events/${EVENT}`);
  t.same(back.sources.map((s: { document: { id: string } }) => s.document.id).sort(), docs);
  t.same(back.participants, original.participants);
  t.equal(back.status, original.status);
  t.same(
    back.sources.flatMap((s: { evidence: unknown[] }) => s.evidence).length,
    original.sources.flatMap((s: { evidence: unknown[] }) => s.evidence).length,
    "every quote is back",
  );
  await getJson(t, app, "/events/split-off-report", 404);
  t.match(
    (await versions(EVENT)).filter((v) => v.id === "split-off-report").map((v) => v.op),
    ["created", "deleted"],
    "the event merged back shows the merged event's versions, up to its deletion",
  );
});
