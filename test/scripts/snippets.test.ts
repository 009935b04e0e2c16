import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { z } from "zod";
import { Snippet, scoreSnippet } from "../../scripts/lib/snippets.ts";
import { extract } from "../../src/extract/extract.ts";
import { loadReference } from "../../src/extract/reference.ts";

// The development snippets parse, their ids are unique, and the scorer counts a found
// meeting, a missed one and an extra by the eval's matching rule.

const dir = path.resolve(import.meta.dirname, "../fixtures/snippets");

t.test("every snippet file parses, with unique ids and calls placed nowhere", async (t) => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json"));
  t.ok(files.length >= 2, files.join(", "));
  const all = files.flatMap((f) =>
    z.array(Snippet).parse(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))),
  );
  t.ok(all.length >= 200, `${all.length} snippets`);
  t.equal(new Set(all.map((s) => s.id)).size, all.length, "ids are unique");
  const remote = all.flatMap((s) => s.meetings).filter((m) => m.kind === "call" || m.kind === "video_call");
  t.same(
    remote.filter((m) => m.city !== null),
    [],
    "a call has no city",
  );
});

t.test("the scorer: one found with its date and place; a wrong day is a miss and an extra", async (t) => {
  const ref = loadReference();
  const text =
    "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Nairobi on Friday.";
  const snippet = (date: string): Snippet => ({
    id: "x1",
    style: "test",
    publishedAt: "2025-03-01",
    text,
    meetings: [
      { principals: ["Ruto", "Hassan"], kind: "talks", status: "held", date, city: "Nairobi", country: "KE" },
    ],
  });
  const extraction = extract({ text, publishedAt: "2025-03-01" }, ref);
  t.match(scoreSnippet(snippet("2025-02-28"), extraction), {
    expected: 1,
    found: 1,
    predicted: 1,
    dateRight: 1,
    placeRight: 1,
    misses: [],
    extras: [],
  });
  const wrong = scoreSnippet(snippet("2025-02-21"), extraction);
  t.match(wrong, { found: 0, predicted: 1 });
  t.equal(wrong.misses.length, 1);
  t.equal(wrong.extras.length, 1);
});
