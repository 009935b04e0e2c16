import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { FixtureError, newsCases } from "../../src/eval/fixtures.ts";
import { matchMeetings, type PredictedMeeting } from "../../src/eval/match.ts";
import { scoreMatches } from "../../src/eval/metrics.ts";
import { tempDir } from "../helper.ts";

const meeting = {
  key: "a-b",
  principals: ["Modi", "Xi"],
  also: ["Doval"],
  date: "2024-10-23",
  topics: ["border-disputes", "trade"],
};

function oracle(t: Parameters<typeof tempDir>[0], split: { dev: string[]; test: string[] }) {
  const dir = tempDir(t);
  for (const f of ["one.txt", "two.txt"]) fs.writeFileSync(path.join(dir, f), "Text.");
  const file = path.join(dir, "expected.json");
  const article = (f: string) => ({
    file: f,
    header: true,
    meetings: [meeting],
    notEvents: [],
    officials: [],
  });
  fs.writeFileSync(file, JSON.stringify({ split, articles: [article("one.txt"), article("two.txt")] }));
  return { dir, file };
}

t.test("each news article is scored in the split its oracle names", async (t) => {
  const { dir, file } = oracle(t, { dev: ["one.txt"], test: ["two.txt"] });
  const cases = newsCases(file, dir);
  t.same(
    cases.map((c) => [c.file, c.set]),
    [
      ["one.txt", "news-dev"],
      ["two.txt", "news-test"],
    ],
  );
  t.same(cases[0]?.expected[0]?.topics, ["border-disputes", "trade"]);
});

t.test("an article in neither split, or in both, is a fixture error", async (t) => {
  const neither = oracle(t, { dev: ["one.txt"], test: [] });
  t.throws(() => newsCases(neither.file, neither.dir), FixtureError);
  const both = oracle(t, { dev: ["one.txt", "two.txt"], test: ["two.txt"] });
  t.throws(() => newsCases(both.file, both.dir), /exactly one/);
});

t.test("topic recall and precision, and participant precision, over matched pairs", async (t) => {
  const { dir, file } = oracle(t, { dev: ["one.txt", "two.txt"], test: [] });
  const [c] = newsCases(file, dir);
  const predicted: PredictedMeeting = {
    id: "p1",
    kind: "in_person",
    status: "held",
    date: { start: "2024-10-23", precision: "day" },
    place: { city: null, country: null },
    topics: ["trade", "tariffs", "energy"],
    participants: [
      { id: "narendra-modi", name: "Narendra Modi", country: "IN" },
      { id: "xi-jinping", name: "Xi Jinping", country: "CN" },
      { id: "vladimir-putin", name: "Vladimir Putin", country: "RU" },
    ],
  };
  const expected = c?.expected ?? [];
  const f = scoreMatches(matchMeetings([predicted], expected), expected, [predicted], () => true);
  t.match(f.topicRecall, { correct: 1, total: 2 }, "trade of border-disputes and trade");
  t.match(f.topicPrecision, { correct: 1, total: 3 });
  t.match(f.participantPrecision, { correct: 2, total: 3 }, "Putin is an extra participant");
});

t.test("officials are found by family name and party: the organisation for its officials", async (t) => {
  const { scoreArticle } = await import("../../src/eval/score-article.ts");
  const { dir, file } = oracle(t, { dev: ["one.txt", "two.txt"], test: [] });
  const [c] = newsCases(file, dir);
  if (!c) throw new Error("no case");
  c.officials = [
    { name: "Mark Rutte", country: null, organization: "NATO" },
    { name: "Ferdinand R. Marcos Jr.", country: "PH" },
    { name: "Keith Kellogg", country: "US" },
  ];
  const official = (id: string, name: string, country: string, organization: "NATO" | null = null) => ({
    id,
    name,
    country,
    organization,
    role: null,
    aliases: [],
  });
  const extraction = {
    formatVersion: 1 as const,
    document: {
      id: "one",
      sha256: "0".repeat(64),
      title: null,
      publishedAt: { value: null, precision: null, source: "unknown" as const, note: null },
    },
    officials: [
      official("mark-rutte", "Mark Rutte", "NL", "NATO"),
      official("ferdinand-marcos-jr", "Ferdinand Marcos Jr.", "PH"),
    ],
    events: [],
  };
  t.match(scoreArticle(c, extraction).officials, { correct: 2, total: 3 });
  const dutch = { ...extraction, officials: [official("mark-rutte", "Mark Rutte", "NL")] };
  t.match(scoreArticle(c, dutch).officials, { correct: 0 }, "Rutte as a Dutchman is not NATO's");
});
