import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import t from "tap";
import { EVENT_COLUMNS } from "../../src/events/event-csv.ts";
import { build, getJson } from "../helper.ts";

const app = await build(t);
type Item = { id: string; title: string; participants: { id: string }[]; sources?: unknown[] };
const jsonIds = async (qs: string) =>
  (await getJson<{ data: Item[] }>(t, app, `/events?limit=100&${qs}`)).data.map((e) => e.id);
const csv = (body: string) => parse(body, { columns: true }) as Record<string, string>[];

t.test("format=csv streams every matching event under a stable header", async (t) => {
  const res = await app.inject("/events?format=csv");
  t.equal(res.statusCode, 200);
  t.match(res.headers["content-type"], /^text\/csv; charset=utf-8/);
  t.match(res.headers["content-disposition"], /attachment; filename="events.csv"/);
  const header = res.body.split("\n")[0];
  t.equal(
    header,
    EVENT_COLUMNS.filter((c) => c.group !== "sources")
      .map((c) => c.name)
      .join(","),
  );
  const rows = csv(res.body);
  t.same(
    rows.map((r) => r.id),
    await jsonIds(""),
    "same events, same order as the JSON list",
  );
  const woodside = rows.find((r) => r.id === "2023-11-15-biden-xi-woodside");
  t.match(woodside, { city: "Woodside", participant_ids: "joe-biden; xi-jinping", source_count: "4" });
});

t.test("the export is not limited to a page", async (t) => {
  const total = (await getJson<{ page: { total: number } }>(t, app, "/events?count=true&limit=1")).page.total;
  const rows = csv((await app.inject("/events?format=csv&limit=1")).body);
  t.equal(rows.length, total, "limit does not apply");
  // The stream reads the database a page at a time; a small batch proves the pages join up.
  const paged: string[] = [];
  for await (const page of app.repos.events.pages({ meetingsOnly: false }, "-date", 3)) {
    t.ok(page.length <= 3);
    paged.push(...page.map((e) => e.id));
  }
  t.same(
    paged,
    rows.map((r) => r.id),
  );
});

t.test("filters, fields and include shape the export", async (t) => {
  const res = await app.inject("/meetings?format=csv&official=wang-yi&fields=title,date&include=sources");
  const [header] = res.body.split("\n");
  t.equal(header, "id,title,date_start,date_end,date_precision,source_ids");
  const rows = csv(res.body);
  t.same(
    rows.map((r) => r.id),
    (await getJson<{ data: Item[] }>(t, app, "/meetings?official=wang-yi&limit=100")).data.map((e) => e.id),
  );
  for (const r of rows) t.ok(r.source_ids, `${r.id} lists its sources`);
  const empty = await app.inject("/meetings?format=csv&from=1990-01-01&to=1990-12-31");
  t.equal(
    empty.body,
    `${EVENT_COLUMNS.filter((c) => c.group !== "sources")
      .map((c) => c.name)
      .join(",")}\n`,
  );
  const bad = await getJson<{ errors: { field: string }[] }>(
    t,
    app,
    "/meetings?format=csv&include=evidence",
    400,
  );
  t.equal(bad.errors[0]?.field, "include");
  const xml = await getJson<{ errors: { field: string }[] }>(t, app, "/meetings?format=xml", 400);
  t.equal(xml.errors[0]?.field, "format");
});

t.test("format=ndjson: one JSON item per line, as the list shapes them", async (t) => {
  const res = await app.inject("/meetings?format=ndjson&include=evidence&asOf=2024-11-01");
  t.match(res.headers["content-type"], /^application\/x-ndjson/);
  const lines = res.body
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Item);
  const page = await getJson<{ data: Item[] }>(
    t,
    app,
    "/meetings?include=evidence&asOf=2024-11-01&limit=100",
  );
  t.same(lines, page.data);
  const sparse = await app.inject("/meetings?format=ndjson&fields=title");
  for (const l of sparse.body.trimEnd().split("\n")) t.same(Object.keys(JSON.parse(l)), ["id", "title"]);
});

t.test("Accept negotiates the format; format= wins", async (t) => {
  const type = async (accept: string, qs = "") =>
    (await app.inject({ url: `/meetings${qs}`, headers: { accept } })).headers["content-type"];
  t.match(await type("text/csv"), /^text\/csv/);
  t.match(await type("application/x-ndjson"), /^application\/x-ndjson/);
  t.match(await type("application/json, text/csv;q=0.5"), /^application\/json/);
  t.match(await type("*/*"), /^application\/json/);
  t.match(await type("text/csv", "?format=json"), /^application\/json/);
});

t.test("exports revalidate and compress like any other read", async (t) => {
  const first = await app.inject("/meetings?format=csv");
  const etag = first.headers.etag as string;
  t.ok(etag);
  const again = await app.inject({ url: "/meetings?format=csv", headers: { "if-none-match": etag } });
  t.equal(again.statusCode, 304);
  const gz = await app.inject({ url: "/meetings?format=csv", headers: { "accept-encoding": "gzip" } });
  t.equal(gz.headers["content-encoding"], "gzip");
  t.equal(gunzipSync(gz.rawPayload).toString(), first.body);
});

t.test("every list exports: documents, officials, topics, summits", async (t) => {
  for (const [path, first] of [
    ["/documents", "id,title,publisher,author,url,published_at"],
    ["/officials", "id,name,country,aliases,meeting_count"],
    ["/topics", "id,name,description,keywords,event_count,meeting_count"],
    ["/summits", "id,name,series,date_start"],
  ] as const) {
    const res = await app.inject(`${path}?format=csv&limit=1`);
    t.equal(res.statusCode, 200, path);
    t.ok(res.body.startsWith(first), `${path} header`);
    const total = (await getJson<{ page: { total: number } }>(t, app, `${path}?count=true&limit=1`)).page
      .total;
    t.equal(csv(res.body).length, total, `${path}: every row`);
    const nd = await app.inject(`${path}?format=ndjson`);
    t.equal(nd.body.trimEnd().split("\n").length, total);
  }
  const docs = csv((await app.inject("/documents?format=csv&asOf=2023-12-31")).body);
  t.same(docs.map((d) => d.id).sort(), [
    "biden-xi-to-meet-san-francisco-2023",
    "wang-yi-washington-visit-2023",
  ]);
});
