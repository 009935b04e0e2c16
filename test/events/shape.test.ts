import t from "tap";
import { build, getJson } from "../helper.ts";

const app = await build(t);
type Evidence = { field: string; quote: string; start: number; end: number };
type Source = { document: { id: string }; status: string; evidence?: Evidence[] };
type Item = Record<string, unknown> & { id: string; sourceCount?: number; sources?: Source[] };
type List = { data: Item[] };
type Problem = { errors: { field: string; message: string }[] };
const WOODSIDE = "2023-11-15-biden-xi-woodside";

t.test("fields= returns only the fields asked for, and always the id", async (t) => {
  const r = await getJson<List>(t, app, "/meetings?fields=title,date&limit=5");
  t.equal(r.data.length, 5);
  for (const e of r.data) t.same(Object.keys(e).sort(), ["date", "id", "title"]);
  const nested = await getJson<List>(t, app, "/officials/wang-yi/meetings?fields=id");
  t.ok(nested.data.length > 0);
  for (const e of nested.data) t.same(Object.keys(e), ["id"]);
});

t.test("unknown fields or includes are a 400 naming the parameter", async (t) => {
  const bad = await getJson<Problem>(t, app, "/meetings?fields=id,secret", 400);
  t.equal(bad.errors[0]?.field, "fields");
  t.match(bad.errors[0]?.message, /unknown secret; known: id, kind/);
  const inc = await getJson<Problem>(t, app, "/events?include=sources,everything", 400);
  t.equal(inc.errors[0]?.field, "include");
  await getJson(t, app, "/meetings?fields=", 400);
});

t.test("include=sources lists the reporting documents, latest first, without quotes", async (t) => {
  const r = await getJson<List>(t, app, "/meetings?include=sources&limit=100");
  const woodside = r.data.find((e) => e.id === WOODSIDE);
  t.equal(woodside?.sources?.length, 4);
  for (const e of r.data) {
    t.equal(e.sources?.length, e.sourceCount, `${e.id}: one source per reporting document`);
    for (const s of e.sources ?? []) t.notOk("evidence" in s);
  }
  const sparse = await getJson<List>(t, app, "/meetings?include=sources&fields=id&limit=3");
  for (const e of sparse.data) t.same(Object.keys(e).sort(), ["id", "sources"]);
});

t.test("include=evidence adds the quotes, at offsets that point into each document", async (t) => {
  const r = await getJson<List>(t, app, `/meetings?include=evidence&place=Woodside`);
  const sources = r.data[0]?.sources ?? [];
  t.equal(sources.length, 4);
  for (const s of sources) {
    t.ok(s.evidence?.length, `${s.document.id} has quotes`);
    const doc = await getJson<{ text: string }>(t, app, `/documents/${s.document.id}`);
    for (const ev of s.evidence ?? []) t.equal(doc.text.slice(ev.start, ev.end), ev.quote);
  }
  const then = await getJson<List>(t, app, "/meetings?include=evidence&place=Woodside&asOf=2024-11-01");
  t.equal(then.data[0]?.sources?.length, 2, "as of a day, only the sources then published");
});
