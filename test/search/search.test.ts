import t from "tap";
import { SQLITE } from "../../src/data/db/dialect.ts";
import { rebuildStatements } from "../../src/data/sql/index-sql.ts";
import { build, getJson, TEST_KEY } from "../helper.ts";

const app = await build(t);
type Hit = { type: string; id: string; title: string; score: number; snippet: string };
type Result = { data: Hit[]; page: { nextCursor: string | null; total?: number } };
const search = (qs: string, status = 200) => getJson<Result>(t, app, `/search?${qs}`, status);

t.test("hits of every type, best first, each with a highlighted snippet and a real id", async (t) => {
  const r = await search("q=fentanyl&limit=50");
  const types = new Set(r.data.map((h) => h.type));
  for (const type of ["document", "event", "topic"]) t.ok(types.has(type), `a ${type} hit`);
  const scores = r.data.map((h) => h.score);
  t.same(
    scores,
    [...scores].sort((a, b) => b - a),
    "ranked by score",
  );
  for (const h of r.data) {
    t.match(h.snippet, /<mark>fentanyl<\/mark>/i, `${h.type} ${h.id} highlights the match`);
    await getJson(t, app, `/${h.type}s/${h.id}`);
  }
});

t.test("phrase, prefix, OR and exclusion are search syntax; the rest is text", async (t) => {
  const ids = async (q: string) =>
    (await search(`q=${encodeURIComponent(q)}&limit=100`)).data.map((h) => h.id);
  t.ok((await ids("fent*")).includes("fentanyl"), "a prefix finds the whole word");
  const phrase = await ids('"climate change"');
  const words = await ids("climate change");
  t.ok(phrase.length <= words.length, "a phrase is narrower than its words");
  const either = await ids("fentanyl OR taiwan");
  t.ok(either.includes("fentanyl") && either.includes("taiwan"), "OR finds either topic");
  t.notOk((await ids("fentanyl -opioid")).includes("fentanyl"), "the topic mentioning opioids is excluded");
  for (const q of [
    '"',
    "NEAR(a b",
    "col:x",
    "(((",
    "a AND",
    "*",
    "'; DROP TABLE x; --",
    "🙂 fentanyl",
    "^x +y",
  ]) {
    const res = await app.inject(`/search?q=${encodeURIComponent(q)}`);
    t.ok([200, 400].includes(res.statusCode), `${q} -> ${res.statusCode}`);
    if (res.statusCode === 400) t.match(res.json(), { errors: [{ field: "q" }] });
  }
  const long = await app.inject(`/search?q=${"word ".repeat(2000)}`);
  t.equal(long.statusCode, 400, "10 KB of text is refused by name");
  t.match(long.json(), { errors: [{ field: "q" }] });
});

t.test("type, from and to narrow the hits", async (t) => {
  const events = await search("q=biden&type=event&limit=100");
  t.ok(events.data.length > 0);
  t.ok(events.data.every((h) => h.type === "event"));
  const dated = await search("q=biden&from=2024-01-01&to=2024-12-31&limit=100");
  t.ok(
    dated.data.every((h) => h.type === "event" || h.type === "document"),
    "undated types drop out",
  );
  for (const h of dated.data.filter((x) => x.type === "event")) {
    const e = await getJson(t, app, `/events/${h.id}`);
    t.match(e.date.start, /^2024/, `${h.id} is in 2024`);
  }
  await search("q=biden&from=2024-02-30", 400);
});

t.test("pages by signed cursor, with Link headers and an exact total", async (t) => {
  const all = await search("q=xi&limit=100&count=true");
  const seen: string[] = [];
  let url: string | null = "/search?q=xi&limit=2";
  while (url) {
    const res = await app.inject(url);
    const body = res.json() as Result;
    seen.push(...body.data.map((h) => `${h.type}:${h.id}`));
    const link = res.headers.link as string | undefined;
    if (body.page.nextCursor) t.match(link, /^<\/search\?q=xi&limit=2&cursor=[^>]+>; rel="next"$/);
    url = link ? (/^<([^>]+)>/.exec(link)?.[1] ?? null) : null;
  }
  t.equal(seen.length, all.page.total);
  t.same(
    seen,
    all.data.map((h) => `${h.type}:${h.id}`),
    "the same hits in the same order",
  );
  const first = await search("q=xi&limit=1");
  await search(`q=biden&limit=1&cursor=${first.page.nextCursor}`, 400);
  await search(`q=xi&limit=1&cursor=${first.page.nextCursor}x`, 400);
});

t.test("an ingested article is searchable at once, its text HTML-escaped in snippets", async (t) => {
  const text =
    "OTTAWA (Wire) - Canadian Prime Minister Justin Trudeau met Mexican President Andrés Manuel López Obrador in Ottawa on Tuesday to discuss <b>zanzibarite</b> tariffs.";
  const res = await app.inject({
    method: "POST",
    url: "/documents",
    headers: { authorization: `Bearer ${TEST_KEY}` },
    payload: { text, title: "Trudeau meets López Obrador", publishedAt: "2023-03-08" },
  });
  t.equal(res.statusCode, 201);
  const r = await search("q=zanzibarite");
  const doc = r.data.find((h) => h.type === "document");
  t.ok(doc, "the document is found");
  t.match(doc?.snippet, /&lt;b&gt;<mark>zanzibarite<\/mark>&lt;\/b&gt;/, "markup in the text is escaped");
  t.ok(
    (await search("q=lopez obrador&type=official")).data.length > 0,
    "the new official, diacritics folded",
  );
});

t.test("the index the loader keeps equals one rebuilt from the tables", async (t) => {
  const snapshot = () =>
    app.db.$queryRawUnsafe<{ kind: string; ref: string; src: string; title: string; body: string }[]>(
      `SELECT se."kind", se."ref", se."src", s."title", s."body" FROM "SearchIndex" s JOIN "SearchEntry" se ON se."id" = s."rowid" ORDER BY 1, 2, 3`,
    );
  const kept = await snapshot();
  await app.db.$transaction(async (tx) => {
    for (const s of rebuildStatements(SQLITE)) await tx.$executeRawUnsafe(s.sql, ...s.params);
  });
  t.same(await snapshot(), kept);
});
