import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { build } from "../helper.ts";

// Clients that page by the Link header must see the same pages whether the server
// computed them or replayed them from its response cache (issue: a warm cache used to
// drop Link and the walk stopped after one page).
const app = await build(t);

type Param = { name: string; in: string; required?: boolean; schema: { example?: unknown } };
const spec = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../openapi/openapi.json"), "utf8"),
) as { paths: Record<string, { get?: { parameters?: Param[] } }> };

// Every paged list in the spec, its required parameters filled from the spec's examples
// (chosen so that they find data in the seed corpus).
const lists = Object.entries(spec.paths).flatMap(([route, item]) => {
  const params = item.get?.parameters ?? [];
  if (!params.some((p) => p.name === "cursor")) return [];
  let url = route;
  const query = new URLSearchParams({ limit: "1" });
  for (const p of params.filter((p) => p.required)) {
    if (p.in === "path") url = url.replace(`{${p.name}}`, String(p.schema.example));
    else query.set(p.name, String(p.schema.example));
  }
  return [`${url}?${query}`];
});

// What belongs to the representation; request ids and rate-limit counters do not.
const REPRESENTATION = [
  "content-type",
  "content-encoding",
  "content-disposition",
  "link",
  "etag",
  "last-modified",
  "cache-control",
  "vary",
];

async function walk(start: string) {
  const pages: { url: string; status: number; body: string; headers: Record<string, unknown> }[] = [];
  const hits: (string | undefined)[] = [];
  let url: string | undefined = start;
  // A bound so a Link loop cannot hang the test; above the longest list (168 summits).
  while (url && pages.length < 500) {
    const res: Awaited<ReturnType<typeof app.inject>> = await app.inject({ method: "GET", url });
    const headers = Object.fromEntries(REPRESENTATION.map((h) => [h, res.headers[h]]));
    pages.push({ url, status: res.statusCode, body: res.body, headers });
    hits.push(res.headers["x-cache"] as string | undefined);
    url = /^<([^>]+)>; rel="next"$/.exec(String(res.headers.link ?? ""))?.[1];
  }
  return { pages, hits };
}

t.test("the spec's paged lists are all walked", async (t) => {
  t.ok(lists.length >= 9, `${lists.length} lists: ${lists.join(", ")}`);
});

for (const start of lists) {
  t.test(`${start}: a warm cache answers the same pages, with the same Link`, async (t) => {
    const cold = await walk(start);
    const warm = await walk(start);
    t.ok(cold.pages.length > 1, `more than one page to follow (${cold.pages.length})`);
    t.notOk(cold.hits.some(Boolean), "the first walk is computed");
    t.ok(
      warm.hits.every((h) => h === "hit"),
      "the second walk is served from the cache",
    );
    t.same(warm.pages, cold.pages, "same URLs, statuses, bodies and representation headers");
    t.match(cold.pages[0]?.headers.link, /; rel="next"$/);
    t.notOk(cold.pages.at(-1)?.headers.link, "the last page has no next link");
  });
}

t.test("exports keep their file name on a repeated request", async (t) => {
  const url = "/meetings?format=csv";
  const [a, b] = [await app.inject({ url }), await app.inject({ url })];
  t.equal(a.headers["content-disposition"], 'attachment; filename="meetings.csv"');
  t.equal(b.headers["content-disposition"], a.headers["content-disposition"]);
  t.equal(b.body, a.body);
});
