import { createHash } from "node:crypto";
import t, { type Test } from "tap";
import { type ExtractInput, extract } from "../../src/extract/extract.ts";
import { loadReference } from "../../src/extract/reference.ts";
import { slugify } from "../../src/extract/text.ts";
import { ExtractionSchema } from "../../src/schemas/extraction.ts";

// Officials these articles introduce by title; kept out of the reference (should it grow
// to list them) so that names and roles come from the text.
const DISCOVERED = new Set(["justin-trudeau", "andres-manuel-lopez-obrador", "melanie-joly", "penny-wong"]);
const loaded = loadReference();
const ref = {
  ...loaded,
  officials: loaded.officials.filter((o) => !DISCOVERED.has(o.id) && !DISCOVERED.has(slugify(o.name))),
};

const ARTICLE = [
  "Trudeau in Mexico",
  "Canadian Prime Minister Justin Trudeau met Mexican President Andres Manuel Lopez Obrador in Mexico City on Tuesday.",
  "Canadian Foreign Minister Melanie Joly said the talks were useful. They discussed trade and climate change.",
  "President Jane Doe was absent.",
].join("\n");

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

/** Extracts, checks the result against the published schema, and every evidence quote against the text. */
function run(t: Test, input: ExtractInput) {
  const out = extract(input, ref);
  const parsed = ExtractionSchema.safeParse(out);
  t.ok(parsed.success, parsed.success ? "matches ExtractionSchema" : JSON.stringify(parsed.error.issues));
  if (parsed.success) t.same(parsed.data, out, "nothing is left to schema defaults");
  for (const e of out.events)
    for (const ev of e.evidence)
      t.equal(input.text.slice(ev.start, ev.end), ev.quote, `${e.id}: ${ev.field}`);
  return out;
}

t.test("the output is the extraction format", async (t) => {
  const out = run(t, { text: ARTICLE, title: "Trudeau and López Obrador meet", publishedAt: "2023-01-11" });
  t.equal(out.formatVersion, 1);
  t.same(out.document, {
    id: "2023-01-11-trudeau-and-lopez-obrador-meet",
    sha256: sha256(ARTICLE),
    title: "Trudeau and López Obrador meet",
    publishedAt: { value: "2023-01-11", precision: "day", source: "printed", note: null },
  });
  t.equal(out.events.length, 1);
  t.match(out.events[0], {
    id: "2023-01-10-trudeau-obrador-mexico-city",
    kind: "in_person",
    status: "held",
    summary: null,
    date: { start: "2023-01-10", end: null, precision: "day" },
    place: { city: "Mexico City", country: "MX" },
    summit: null,
  });
  t.same(out.events[0]?.topics, ["trade", "climate"]);
});

t.test("document.sha256 is the SHA-256 of the text, byte for byte", async (t) => {
  const text = "Ministers met in São Paulo on Monday.\n";
  t.equal(run(t, { text, publishedAt: "2024-05-01" }).document.sha256, sha256(text));
  t.not(
    run(t, { text: `${text} `, publishedAt: "2024-05-01" }).document.sha256,
    sha256(text),
    "a single trailing space changes the hash",
  );
});

t.test("the document id comes from the caller, else the date and title, else the hash", async (t) => {
  const text = "Leaders met and talked about trade.";
  const hash = sha256(text);
  t.equal(run(t, { text, id: "my-doc" }).document.id, "my-doc");
  t.equal(
    run(t, { text, publishedAt: "2024-05", title: "Leaders Talk Trade!" }).document.id,
    "2024-05-leaders-talk-trade",
  );
  t.equal(run(t, { text, publishedAt: "2024-05" }).document.id, `2024-05-${hash.slice(0, 12)}`);
  t.equal(run(t, { text }).document.id, hash.slice(0, 12));
});

t.test("publishedAt from metadata is printed at its own precision", async (t) => {
  const text = "Leaders met.";
  t.same(run(t, { text, publishedAt: "2024-11-14T23:30:00-05:00" }).document.publishedAt, {
    value: "2024-11-14",
    precision: "day",
    source: "printed",
    note: null,
  });
  t.same(run(t, { text, publishedAt: "2024" }).document.publishedAt, {
    value: "2024",
    precision: "year",
    source: "printed",
    note: null,
  });
  t.same(
    run(t, { text, publishedAt: "2024-11", publishedAtSource: "inferred", publishedAtNote: "from the URL" })
      .document.publishedAt,
    { value: "2024-11", precision: "month", source: "inferred", note: "from the URL" },
  );
});

t.test("publishedAt is inferred from the text when not given", async (t) => {
  // 27 October fell on a Friday in 2023 (and next in 2028), so this holds until late 2028.
  const text =
    "The visit was confirmed. US officials stated Friday (Oct 27) that Canadian Foreign Minister Melanie Joly " +
    "met Australian Foreign Minister Penny Wong in Ottawa on Thursday.";
  const out = run(t, { text });
  t.same(out.document.publishedAt, {
    value: "2023-10",
    precision: "month",
    source: "inferred",
    note: "Inferred: 'Friday (Oct 27)' — 27 October fell on a Friday in 2023.",
  });
  t.match(out.document.id, /^2023-10-/);
  // An unreadable metadata date is no date: the text decides.
  t.equal(run(t, { text, publishedAt: "last Tuesday" }).document.publishedAt.value, "2023-10");
});

t.test("with no date anywhere, publishedAt is unknown and events are undated", async (t) => {
  const out = run(t, {
    text: "Canadian Prime Minister Justin Trudeau met Mexican President Andres Manuel Lopez Obrador.",
  });
  t.same(out.document.publishedAt, { value: null, precision: null, source: "unknown", note: null });
  t.same(out.events[0]?.date, { start: null, end: null, precision: null });
  t.match(out.events[0]?.id, /^undated-/);
});

t.test("officials are the officials the article names, participants among them", async (t) => {
  const out = run(t, { text: ARTICLE, publishedAt: "2023-01-11" });
  t.same(
    out.officials.map((o) => [o.id, o.name, o.country, o.role]),
    [
      ["justin-trudeau", "Justin Trudeau", "CA", "Prime Minister of Canada"],
      ["andres-manuel-lopez-obrador", "Andres Manuel Lopez Obrador", "MX", "President of Mexico"],
      ["melanie-joly", "Melanie Joly", "CA", "Minister of Foreign Affairs"],
    ],
  );
  // Joly only comments on the meeting: she is named, but no participant.
  const participants = out.events.flatMap((e) => e.participants.map((p) => p.official));
  t.same([...new Set(participants)].sort(), ["andres-manuel-lopez-obrador", "justin-trudeau"]);
  const listed = new Map(out.officials.map((o) => [o.id, o]));
  for (const e of out.events)
    for (const p of e.participants) {
      t.ok(listed.has(p.official), `${p.official} is listed`);
      t.equal(p.side, listed.get(p.official)?.country, `${p.official}'s side is their country`);
      t.equal(p.role, listed.get(p.official)?.role, `${p.official}'s role is their role at the time`);
    }
  // "President Jane Doe" has no country to place her: she is not made up.
  t.notOk(out.officials.some((o) => /doe/i.test(o.id)));
});

t.test("officials' aliases are the forms the article uses, sorted", async (t) => {
  const text =
    "Australian Foreign Minister Penny Wong met Antony Blinken in Canberra on Monday. Ms. Wong thanked Blinken.";
  const out = run(t, { text, publishedAt: "2023-07-30" });
  const wong = out.officials.find((o) => o.id === "penny-wong");
  t.match(wong, { name: "Penny Wong", country: "AU", role: "Minister of Foreign Affairs" });
  t.same(wong?.aliases, ["Penny Wong"]);
  const blinken = out.officials.find((o) => o.id === "antony-blinken");
  t.match(blinken, { country: "US", role: "Secretary of State" });
  t.same(blinken?.aliases, ["Antony Blinken"]);
  for (const o of out.officials) t.same(o.aliases, [...o.aliases].sort(), `${o.id}'s aliases are sorted`);
});

t.test("an article with no engagement has no events and names nobody it did not find", async (t) => {
  const out = run(t, { text: "Markets rose on Monday as trade data improved.", publishedAt: "2024-05-06" });
  t.same(out.events, []);
  t.same(out.officials, []);
});

t.test("extraction is deterministic", async (t) => {
  const input = { text: ARTICLE, title: "Trudeau in Mexico", publishedAt: "2023-01-11" };
  t.same(run(t, input), run(t, input));
});
