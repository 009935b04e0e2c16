import Database from "better-sqlite3";
import t from "tap";
import { SQLITE } from "../../src/data/db/dialect.ts";
import { snippetsFor } from "../../src/data/sql/search-sql.ts";
import { toFtsQuery } from "../../src/lib/fts-query.ts";

// A page's snippets must cost the page, not the whole match: SQLite ignores a lone
// bound rowid beside MATCH, and a one-hit page once snippeted every matching row.
const db = new Database(":memory:");
db.exec(`CREATE VIRTUAL TABLE "SearchIndex" USING fts5("title", "body")`);
const insert = db.prepare(`INSERT INTO "SearchIndex" ("rowid", "title", "body") VALUES (?, ?, ?)`);
for (let i = 1; i <= 50; i++)
  insert.run(i, `Talks ${i}`, `Leaders discussed fentanyl <b>and</b> trade, round ${i}.`);
const reader = {
  dialect: SQLITE,
  all: async <T>(sql: string, params: unknown[]) => db.prepare(sql).all(...params) as T[],
};

t.test("snippets only for the rows asked, marked and escaped", async (t) => {
  const one = await snippetsFor(reader, toFtsQuery("fentanyl"), [7]);
  t.same([...one.keys()], [7], "one row asked, one snippet made");
  t.match(one.get(7), /<mark>fentanyl<\/mark> &lt;b&gt;and&lt;\/b&gt;/);
  const some = await snippetsFor(reader, toFtsQuery("fentanyl"), [3, 9, 400]);
  t.same(
    [...some.keys()].sort((a, b) => a - b),
    [3, 9],
    "a rowid that does not match has none",
  );
  t.equal((await snippetsFor(reader, toFtsQuery("fentanyl"), [])).size, 0);
});
