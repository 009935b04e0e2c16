import t from "tap";
import { build, getJson } from "../helper.ts";

const app = await build(t);
type Event = {
  id: string;
  place: { city: string | null; country: string | null };
  participants: { id: string; country: string }[];
  topics: { id: string }[];
  sourceCount: number;
};
type List = { data: Event[]; page: { nextCursor: string | null; total?: number } };
const list = (qs: string, status = 200) => getJson<List>(t, app, `/events?${qs}&limit=100`, status);
const ids = (l: List) => l.data.map((e) => e.id);

t.test("official requires all, anyOfficial at least one", async (t) => {
  const all = await list("official=joe-biden&official=xi-jinping");
  t.ok(all.data.length > 0);
  for (const e of all.data)
    t.ok(
      e.participants.some((p) => p.id === "joe-biden") && e.participants.some((p) => p.id === "xi-jinping"),
    );
  const any = await list("anyOfficial=joe-biden&anyOfficial=wang-yi");
  for (const e of any.data)
    t.ok(
      e.participants.some((p) => ["joe-biden", "wang-yi"].includes(p.id)),
      e.id,
    );
  t.ok(any.data.length > all.data.length, "wider than requiring both");
  await list("anyOfficial=nobody-at-all", 400);
});

t.test("countries=US,CN: both sides represented", async (t) => {
  const r = await list("countries=US,CN");
  t.ok(r.data.length >= 5);
  for (const e of r.data) {
    const sides = new Set(e.participants.map((p) => p.country));
    t.ok(sides.has("US") && sides.has("CN"), e.id);
  }
  await list("countries=US,China", 400);
});

t.test("topic requires all, anyTopic at least one", async (t) => {
  const both = await list("topic=taiwan&topic=fentanyl");
  for (const e of both.data) t.ok(["taiwan", "fentanyl"].every((x) => e.topics.some((y) => y.id === x)));
  const either = await list("anyTopic=taiwan&anyTopic=fentanyl");
  for (const e of either.data) t.ok(e.topics.some((y) => ["taiwan", "fentanyl"].includes(y.id)));
  t.ok(either.data.length >= both.data.length);
});

t.test("place matches a city in any case or a country code", async (t) => {
  const r = await list("place=woodside");
  t.same(ids(r), ["2023-11-15-biden-xi-woodside"]);
  const cn = await list("place=CN");
  for (const e of cn.data) t.equal(e.place.country, "CN");
});

t.test("q filters by the full-text index; relevance needs it", async (t) => {
  const r = await list("q=fentanyl");
  t.ok(r.data.length > 0);
  const ranked = await list("q=fentanyl&sort=relevance");
  t.same(ids(ranked).sort(), ids(r).sort(), "same events, another order");
  const bad = await app.inject("/events?sort=relevance");
  t.equal(bad.statusCode, 400);
  t.match(bad.json(), { errors: [{ field: "sort" }] });
});

t.test("-sourceCount puts the most reported first and pages without gaps", async (t) => {
  const r = await list("sort=-sourceCount");
  const counts = r.data.map((e) => e.sourceCount);
  t.same(
    counts,
    [...counts].sort((a, b) => b - a),
  );
  const walked: string[] = [];
  let cursor: string | null = null;
  do {
    const page: List = await getJson(
      t,
      app,
      `/events?sort=-sourceCount&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
    );
    walked.push(...ids(page));
    cursor = page.page.nextCursor;
  } while (cursor);
  t.same(walked, ids(r));
});

t.test("count=true gives the exact total; Link carries the filters to the next page", async (t) => {
  const page = await app.inject("/meetings?countries=US,CN&count=true&limit=2");
  const body = page.json() as List;
  const all = await getJson<List>(t, app, "/meetings?countries=US,CN&limit=100");
  t.equal(body.page.total, all.data.length);
  t.match(page.headers.link, /^<\/meetings\?countries=US%2CCN&count=true&limit=2&cursor=[^>]+>; rel="next"$/);
  t.notOk((await app.inject("/meetings?limit=2")).json().page.total, "no total unless asked");
});
