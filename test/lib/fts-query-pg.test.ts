import Database from "better-sqlite3";
import pg from "pg";
import t from "tap";
import { migratePostgres } from "../../src/data/db/migrate-pg.ts";
import { toFtsQuery } from "../../src/lib/fts-query.ts";
import { skipWithoutPostgres, tempPostgres } from "../pg.ts";
import { SENTENCES as BASE } from "./fts-sentences.ts";

// The search box's syntax on PostgreSQL: the same sentences indexed by FTS5 (as the
// SQLite index is) and by the "summitry" text search configuration (as "SearchText" is)
// must give the same rows for every query, hostile ones included.

// The plain search test's sentences, and one with an abbreviation, a hyphen and accents.
const SENTENCES = [...BASE, "Erdoğan and Lula discussed the U.S. e-mail leak."];
const QUERIES = [
  "biden xi",
  "discuss",
  "TAIWAN",
  '"climate change"',
  "climate change",
  "fent*",
  "tari* taiw*",
  "Taiwan OR fentanyl",
  "trade -Zurich",
  "Zurich",
  "zürich",
  "Erdogan",
  "U.S.",
  "e-mail",
  "Taiwan OR -trade",
  "biden OR",
  // Operators of either engine, typed as text, are inert.
  "xi & !biden",
  "taiwan:* <-> trade",
  "'taiwan'",
  "\\'; DROP TABLE x; --",
  'NEAR(biden xi) "unclosed',
];

if (!skipWithoutPostgres(t)) {
  const url = await tempPostgres(t);
  await migratePostgres(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  t.teardown(() => client.end());
  await client.query(`CREATE TABLE s ("id" INTEGER PRIMARY KEY, "tsv" tsvector)`);
  for (const [i, body] of SENTENCES.entries())
    await client.query(`INSERT INTO s VALUES ($1, to_tsvector('summitry', $2))`, [i + 1, body]);

  const lite = new Database(":memory:");
  t.teardown(() => lite.close());
  lite.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2')");
  for (const [i, body] of SENTENCES.entries())
    lite.prepare("INSERT INTO t (rowid, body) VALUES (?, ?)").run(i + 1, body);

  t.test("every query finds the same sentences on both engines", async (t) => {
    for (const q of QUERIES) {
      const parsed = toFtsQuery(q);
      const fts5 = (
        lite.prepare("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid").all(parsed.match) as {
          rowid: number;
        }[]
      ).map((r) => r.rowid);
      const { rows } = await client.query(
        `SELECT id FROM s WHERE tsv @@ to_tsquery('summitry', $1) ORDER BY id`,
        [parsed.tsquery],
      );
      t.same(
        rows.map((r) => r.id),
        fts5,
        `${JSON.stringify(q)} -> ${parsed.tsquery}`,
      );
    }
  });

  t.test("the rendering: phrases follow each other, prefixes keep :*", async (t) => {
    t.equal(toFtsQuery('"climate change"').tsquery, "('climate' <-> 'change')");
    t.equal(toFtsQuery("fent* -tariffs").tsquery, "'fent':* & !'tariffs'");
    t.equal(toFtsQuery("Taiwan OR fentanyl xi").tsquery, "('Taiwan' | 'fentanyl') & 'xi'");
  });
}
