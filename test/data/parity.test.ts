import fs from "node:fs";
import path from "node:path";
import type { FastifyInstance, InjectOptions } from "fastify";
import t, { type Test } from "tap";
import { parseArticle } from "../../src/seed-files/read-article.ts";
import { build, TEST_KEY } from "../helper.ts";
import { skipWithoutPostgres, tempPostgres } from "../pg.ts";

// One codebase, two engines: the seed loaded into SQLite and into PostgreSQL must give
// the same answer, to the byte, at every read endpoint. Only what records when it was
// written (a change's time, an ingestion time, a feed's dates) differs between two
// loads, and search ranks and snippets may differ (BM25 and ts_rank_cd are not one
// formula); search must still find the same things.

const SECRET = "parity-cursor-secret-0123456789";
const ADMIN = "ada-admin-key-0123456789ab";
const NEWS = path.resolve(import.meta.dirname, "../fixtures/news/articles");
const NEW_ARTICLES = ["biden-xi-phone-call-april-2024.txt", "blinken-beijing-qin-wang-xi-2023.txt"];

// Times set by the clock at load, not by the data; a correction made over HTTP is keyed
// by a random UUID.
const CLOCK = new Set(["at", "createdAt", "ingestedAt", "updatedAt", "startedAt", "finishedAt"]);
const RANDOM_KEY = /^api-[0-9a-f-]{36}$/;
function withoutClock(value: unknown): unknown {
  if (typeof value === "string" && RANDOM_KEY.test(value)) return "api-<uuid>";
  if (Array.isArray(value)) return value.map(withoutClock);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !CLOCK.has(k))
        .map(([k, v]) => [k, withoutClock(v)]),
    );
  return value;
}

const LIST_QUERIES = [
  "limit=100",
  "limit=100&count=true&facets=country,topic,official,kind,status,year",
  "limit=100&sort=date",
  "limit=100&sort=-sourceCount",
  "limit=100&official=antony-blinken",
  "limit=100&anyOfficial=joe-biden,xi-jinping",
  "limit=100&topic=taiwan",
  "limit=100&country=CN&status=held",
  "limit=100&countries=US,CN",
  "limit=100&place=Beijing",
  "limit=100&from=2023-06&to=2024-06",
  "limit=100&asOf=2023-12-31&facets=status",
  "limit=100&kind=call",
  "limit=100&minConfidence=0.6",
  "limit=100&include=sources,evidence",
  "limit=100&fields=id,title,date",
  "limit=100&q=fentanyl",
  "limit=100&format=csv",
  "limit=100&format=ndjson",
];

async function get(app: FastifyInstance, url: string) {
  const res = await app.inject({ method: "GET", url });
  const type = String(res.headers["content-type"] ?? "");
  return { status: res.statusCode, type, body: res.body };
}

if (!skipWithoutPostgres(t)) {
  const keys = [TEST_KEY, `ada:admin:${ADMIN}`];
  const sqlite = await build(t, { cursorSecret: SECRET, apiKeys: keys });
  const postgres = await build(t, { cursorSecret: SECRET, apiKeys: keys, database: await tempPostgres(t) });

  /** The same status, type and body on both engines; JSON is compared without clock fields. */
  async function same(t: Test, url: string): Promise<unknown> {
    const [a, b] = await Promise.all([get(sqlite, url), get(postgres, url)]);
    t.equal(b.status, a.status, `${url}: status`);
    t.equal(b.type, a.type, `${url}: content type`);
    if (a.type.includes("ndjson")) {
      const lines = (body: string) =>
        body
          .split("\n")
          .filter(Boolean)
          .map((l) => withoutClock(JSON.parse(l)));
      t.same(lines(b.body), lines(a.body), `${url}: body`);
      return null;
    }
    if (a.type.includes("json")) {
      const [ja, jb] = [JSON.parse(a.body), JSON.parse(b.body)];
      t.same(withoutClock(jb), withoutClock(ja), `${url}: body`);
      return ja;
    }
    // CSV: the same bytes once the load times are blanked.
    const clock = (body: string) => body.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>");
    if (!url.includes("feed.atom")) t.equal(clock(b.body), clock(a.body), `${url}: body`);
    return null;
  }

  const ids = async (url: string): Promise<string[]> =>
    (JSON.parse((await get(sqlite, url)).body).data as { id: string }[]).map((x) => x.id);

  t.test("lists, filters, facets, formats and pages answer the same", async (t) => {
    for (const path of ["/events", "/meetings"]) for (const q of LIST_QUERIES) await same(t, `${path}?${q}`);
    // Keyset pages: the same cursors lead through the same pages.
    let url: string | null = "/events?limit=4";
    let pages = 0;
    while (url && pages < 20) {
      const page = (await same(t, url)) as { page?: { nextCursor: string | null } } | null;
      const next = page?.page?.nextCursor;
      url = next ? `/events?limit=4&cursor=${next}` : null;
      pages++;
    }
    t.ok(pages > 2, "several pages followed");
  });

  t.test("every event, official, topic, summit and document answers the same", async (t) => {
    const events = await ids("/events?limit=100");
    t.ok(events.length > 10);
    for (const id of events) {
      await same(t, `/events/${id}`);
      await same(t, `/events/${id}?asOf=2023-12-31`);
      await same(t, `/events/${id}/history`);
    }
    for (const id of await ids("/officials?limit=100")) {
      await same(t, `/officials/${id}`);
      await same(t, `/officials/${id}/meetings?limit=100`);
      await same(t, `/officials/${id}/network`);
    }
    for (const id of await ids("/topics?limit=100")) {
      await same(t, `/topics/${id}`);
      await same(t, `/topics/${id}/meetings?limit=100`);
      await same(t, `/topics/${id}/trend?interval=year`);
    }
    for (const id of (await ids("/summits?limit=100")).slice(0, 30)) await same(t, `/summits/${id}`);
    for (const id of await ids("/documents?limit=100")) await same(t, `/documents/${id}`);
  });

  t.test("collections and aggregates answer the same", async (t) => {
    for (const url of [
      "/officials?limit=100",
      "/officials?country=CN&limit=100",
      "/officials?q=wang&limit=100",
      "/topics?limit=100&count=true",
      "/summits?limit=100&count=true",
      "/summits?limit=100&asOf=2015-01-01",
      "/documents?limit=100&count=true",
      "/timeline?interval=year",
      "/timeline?interval=quarter&eventsPerBucket=3",
      "/timeline?interval=month&asOf=2023-12-31",
      "/places",
      "/places?countries=US,CN&limit=2",
      "/review?limit=100&count=true",
      "/curations?limit=100&count=true",
      "/curations?format=csv",
      "/changes?limit=100",
      "/officials?format=csv&limit=100",
      "/health",
    ])
      await same(t, url);
  });

  t.test("the same writes leave the same data: ingests, corrections, a re-extraction", async (t) => {
    const headers = { authorization: `Bearer ${TEST_KEY}` };
    const both = async (inject: InjectOptions) => {
      const [a, b] = await Promise.all([sqlite.inject(inject), postgres.inject(inject)]);
      t.equal(b.statusCode, a.statusCode, `${inject.method} ${inject.url}: status`);
      return [a, b] as const;
    };
    // Articles the seed does not hold: new events, and new reports of stored ones.
    for (const name of NEW_ARTICLES) {
      const a = parseArticle(name, fs.readFileSync(path.join(NEWS, name), "utf8"));
      const [x] = await both({
        method: "POST",
        url: "/documents",
        headers,
        payload: {
          text: a.body,
          title: a.header.title ?? undefined,
          publishedAt: a.header.publishedAt ?? undefined,
        },
      });
      t.equal(x.statusCode, 201, x.body.slice(0, 300));
    }
    const event = "2023-11-15-biden-xi-woodside";
    const etagOf = async (app: FastifyInstance) =>
      String((await app.inject(`/events/${event}`)).headers.etag);
    const correction = {
      reason: "The readout lists trade among the issues raised.",
      addTopics: ["trade"],
      set: { title: "Biden–Xi talks at Filoli" },
    };
    const [ca, cb] = await Promise.all(
      [sqlite, postgres].map(async (app) =>
        app.inject({
          method: "POST",
          url: `/events/${event}/corrections`,
          headers: { ...headers, "if-match": await etagOf(app) },
          payload: correction,
        }),
      ),
    );
    t.equal(ca?.statusCode, 200, ca?.body ?? "");
    t.equal(cb?.statusCode, ca?.statusCode, cb?.body ?? "");
    for (const url of [
      "/events?limit=100&count=true&facets=country,topic",
      `/events/${event}/history`,
      "/changes?limit=100",
    ])
      await same(t, url);
    // A re-extraction re-reads every document and re-applies the correction: the swap
    // moves the rebuilt rows into PostgreSQL from the scratch file it cannot attach.
    const admin = { authorization: `Bearer ${ADMIN}` };
    await both({ method: "POST", url: "/admin/reextract", headers: admin });
    await Promise.all([sqlite.repos.jobs.idle(), postgres.repos.jobs.idle()]);
    for (const url of [
      "/events?limit=100&count=true&facets=country,topic,official",
      `/events/${event}`,
      `/events/${event}/history`,
      "/changes?limit=100",
      "/review?limit=100",
      "/curations?limit=100",
    ])
      await same(t, url);
    // After the swap, new rows still get fresh ids (PostgreSQL's sequences were moved on).
    const again = await both({
      method: "POST",
      url: `/events/${event}/corrections`,
      headers: { ...headers, "if-match": "*" },
      payload: { reason: "Confirmed against the readout.", removeTopics: ["trade"] },
    });
    t.equal(again[0].statusCode, again[1].statusCode);
    await same(t, `/events/${event}`);
    await same(t, "/curations?limit=100");
  });

  t.test("search finds the same things on both engines", async (t) => {
    // Ordered by relevance, the events are the same though their order may differ.
    for (const q of ["trade", "Biden Xi"]) {
      const url = `/events?limit=100&sort=relevance&q=${encodeURIComponent(q)}`;
      const [a, b] = await Promise.all([get(sqlite, url), get(postgres, url)]);
      const events = (body: string) => (JSON.parse(body).data as { id: string }[]).map((e) => e.id).sort();
      t.same(events(b.body), events(a.body), `${url}: the same events`);
    }
    for (const q of [
      "trade",
      "fentanyl",
      '"climate change"',
      "taiw*",
      "Biden OR Putin",
      "Xi -Biden",
      "Blinken Beijing",
    ]) {
      const url = `/search?q=${encodeURIComponent(q)}&limit=100&count=true`;
      const [a, b] = await Promise.all([get(sqlite, url), get(postgres, url)]);
      t.equal(b.status, a.status, `${q}: status`);
      const hits = (body: string) =>
        (JSON.parse(body).data as { type: string; id: string }[]).map((h) => `${h.type}:${h.id}`).sort();
      t.same(hits(b.body), hits(a.body), `${q}: the same hits`);
      t.equal(JSON.parse(b.body).count, JSON.parse(a.body).count, `${q}: count`);
    }
  });
}
