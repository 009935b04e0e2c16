import Database from "better-sqlite3";
import t, { type Test } from "tap";
import { BadRequestError } from "../../src/lib/errors.ts";
import { toFtsQuery } from "../../src/lib/fts-query.ts";
import { SENTENCES } from "./fts-sentences.ts";

// A real FTS5 table with the tokenizer the app uses, so the tests check what users
// would find rather than the shape of the generated string alone.
const db = new Database(":memory:");
db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2')");
const insert = db.prepare("INSERT INTO t (rowid, body) VALUES (?, ?)");
SENTENCES.forEach((body, i) => {
  insert.run(i + 1, body);
});
t.teardown(() => db.close());

const search = db.prepare<[string], { rowid: number }>("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid");
const count = db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM t WHERE t MATCH ?");

/** Row numbers (1-based, into SENTENCES) a user's query finds. */
const found = (q: string) => search.all(toFtsQuery(q).match).map((row) => row.rowid);

const match = (q: string) => toFtsQuery(q).match;

/** Asserts q is refused as a 400 on field "q" with the given reason. */
function refuses(t: Test, q: string, reason: string) {
  try {
    toFtsQuery(q);
    t.fail(`expected ${JSON.stringify(q)} to be refused`);
  } catch (err) {
    t.ok(err instanceof BadRequestError, `${JSON.stringify(q)} fails as a bad request`);
    t.same((err as BadRequestError).field, { in: "query", field: "q" });
    t.equal((err as Error).message, `q: ${reason}`);
  }
}

t.test("plain words must all match, with stemming and case folding", async (t) => {
  t.same(found("biden xi"), [1, 2]);
  t.same(found("Biden fentanyl"), [1]);
  t.same(found("discuss"), [1], "porter stems discussed to discuss");
  t.same(found("TAIWAN"), [2, 6]);
});

t.test("a quoted phrase finds only the exact phrase", async (t) => {
  t.same(found("climate change"), [3, 4]);
  t.same(found('"climate change"'), [3]);
  t.equal(match('"climate change"'), '"climate change"');
});

t.test("a trailing star searches by prefix once there are two letters", async (t) => {
  t.equal(match("fent*"), '"fent"*');
  t.same(found("fent*"), [1]);
  t.same(found("fent"), [], "without the star the word must match whole");
  t.equal(match("f*"), '"f"', "a one-letter prefix is just the letter");
  t.same(found("f*"), []);
});

t.test("OR offers alternatives, ANDed with the rest", async (t) => {
  t.equal(match("taiwan OR tariffs"), '("taiwan" OR "tariffs")');
  t.same(found("taiwan OR tariffs"), [2, 5, 6]);
  t.same(found("taiwan OR tariffs trade"), [6]);
  t.equal(match('"climate change" OR fentanyl biden'), '("climate change" OR "fentanyl") AND "biden"');
  t.same(found('"climate change" OR fentanyl'), [1, 3]);
  t.same(found("steel OR fentanyl OR zurich"), [1, 5, 7]);
});

t.test("a leading minus excludes a word or phrase", async (t) => {
  t.equal(match("trade -tariffs"), '"trade" NOT "tariffs"');
  t.same(found("trade -tariffs"), [7, 8]);
  t.same(found("trade -tariffs -zurich"), [8]);
  t.same(found('climate -"climate change"'), [4]);
  t.same(found("taiwan OR tariffs -trade"), [2, 5]);
  t.same(found("e-mail"), [], "a hyphen inside a word does not exclude");
  refuses(t, "-tariffs", "needs at least one word to search for, not only excluded ones");
  refuses(t, '-tariffs -"climate change"', "needs at least one word to search for, not only excluded ones");
});

t.test("diacritics fold both ways", async (t) => {
  t.same(found("zurich"), [7]);
  t.same(found("Zürich"), [7]);
  t.same(found("Großbritannien"), [8]);
});

t.test("FTS5 syntax in the input is plain text", async (t) => {
  t.same(found("biden AND xi"), [1], "AND is a word the sentence must contain");
  t.same(found("biden or xi"), [], "lowercase or is a word, not an operator");
  t.same(found("taiwan NOT tariffs"), [], "NOT is a word, not an exclusion");
  t.same(found("body:taiwan"), [], "no column filter: body and taiwan must be adjacent");
  t.equal(match("NEAR(biden xi)"), '"NEAR biden" AND "xi"');
  t.equal(match("^biden +xi"), '"biden" AND "xi"');
  t.equal(match('"unclosed phrase'), '"unclosed phrase"', "an unclosed quote runs to the end");
  t.equal(match('foo"bar'), '"foo" AND "bar"');
  t.equal(match("U.S."), '"U S"', "punctuation inside a token makes a phrase, as FTS5 would");
});

t.test("OR is an operator only between two wanted items", async (t) => {
  t.equal(match("OR"), '"OR"');
  t.equal(match("taiwan OR"), '"taiwan" AND "OR"');
  t.equal(match("taiwan OR -tariffs"), '"taiwan" AND "OR" NOT "tariffs"');
  t.equal(match('taiwan "OR" tariffs'), '"taiwan" AND "OR" AND "tariffs"', "a quoted OR is a word");
});

t.test("terms are the wanted words, lower-cased, for highlighting", async (t) => {
  t.same(toFtsQuery('Taiwan OR "Climate Change" fent* -tariffs taiwan').terms, [
    "taiwan",
    "climate",
    "change",
    "fent",
  ]);
});

t.test("queries without words or with too many items are refused", async (t) => {
  for (const q of ["", "   ", "***", '"" ', "🙂", "()", "-", "- -", '-""', "\u0000\u0001"]) {
    refuses(t, q, "has no words to search for");
  }
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");
  t.ok(toFtsQuery(words(32)).match, "32 items are fine");
  refuses(t, words(33), "has more than 32 search terms");
  refuses(t, `${words(30)} -a -b -c`, "has more than 32 search terms");
});

/** Small seeded PRNG (mulberry32) so a failing random case can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ..."abxyzé",
  "ta",
  "fent",
  "biden",
  " ",
  " ",
  " ",
  '"',
  '"',
  "*",
  "(",
  ")",
  ":",
  "-",
  "^",
  "+",
  "'",
  "\\",
  "OR",
  " OR ",
  "AND",
  " AND ",
  "NEAR",
  "NEAR(",
  "🙂",
  "\u0301",
];

function randomQuery(rand: () => number): string {
  const length = 1 + Math.floor(rand() * 24);
  return Array.from({ length }, () => PIECES[Math.floor(rand() * PIECES.length)]).join("");
}

const HOSTILE = [
  '"',
  '"unbalanced',
  "a AND",
  "NEAR(a b)",
  "col:foo",
  "body:taiwan",
  "(((",
  "*",
  "-",
  "a OR",
  "OR",
  "OR OR OR",
  "a OR OR b",
  "NOT",
  "a NOT",
  "^foo",
  "+foo",
  'foo"bar',
  '""""',
  "'; DROP TABLE t; --",
  "🙂🔥 taiwan 🇨🇳",
  'back\\slash \\"',
  "\u0000biden\u0001\u001f xi\u007f",
  "a\u0000*",
  "\u200b\u200d",
  `"${"climate change ".repeat(700)}"`,
  "x.".repeat(5000),
  Array.from({ length: 600 }, (_, i) => ["taiwan", "OR", '"fent', "-x*", "(a:b)", "🙂", "NEAR"][i % 7]).join(
    " ",
  ),
];

t.test("no input makes the MATCH fail: it is refused as a 400 or it runs", async (t) => {
  const rand = prng(20231115);
  const inputs = [...HOSTILE, ...Array.from({ length: 500 }, () => randomQuery(rand))];
  const failures: string[] = [];
  let ran = 0;
  for (const q of inputs) {
    let expr: string;
    try {
      expr = toFtsQuery(q).match;
    } catch (err) {
      if (!(err instanceof BadRequestError) || err.field?.field !== "q") {
        failures.push(`${JSON.stringify(q)} threw ${String(err)}`);
      }
      continue;
    }
    try {
      count.get(expr);
      ran++;
    } catch (err) {
      failures.push(`${JSON.stringify(q)} -> ${expr}: ${String(err)}`);
    }
  }
  t.same(failures, []);
  t.ok(ran > 250, `most inputs still search (${ran} of ${inputs.length})`);
});
