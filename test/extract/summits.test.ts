import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import t, { type Test } from "tap";
import { loadReference } from "../../src/extract/reference.ts";
import { splitSentences } from "../../src/extract/sentences.ts";
import { chooseSummit, findSummits } from "../../src/extract/summits.ts";
import { SEEDS_DIR } from "../../src/lib/paths.ts";

const ref = loadReference();

/** Summit mentions after checking each span against the text. */
function summits(t: Test, text: string) {
  const found = findSummits(text, splitSentences(text), ref);
  for (const m of found) t.equal(text.slice(m.start, m.end), m.text, `span of "${m.text}"`);
  return found;
}

t.test("a series alias names every summit of the series; the article's year picks one", async (t) => {
  const [g20, ...rest] = summits(t, "Modi and Albanese met on the sidelines of the G20 summit in New Delhi.");
  t.same(rest, []);
  t.equal(g20?.text, "the G20 summit");
  t.equal(g20?.year, null);
  t.ok((g20?.summitIds.length ?? 0) >= 16, "every G20 of 2010-2025");
  const ids = g20?.summitIds ?? [];
  t.equal(chooseSummit(ref, ids, "2023-09-12"), "g20-2023");
  t.equal(chooseSummit(ref, ids, "2023"), "g20-2023");
  t.equal(chooseSummit(ref, ids, "2024-11"), "g20-2024");
  t.equal(chooseSummit(ref, ids, null), null, "no year, no guess");
  t.equal(chooseSummit(ref, ids, "2019-06-28"), "g20-2019");
  t.equal(chooseSummit(ref, ids, "2009-09-25"), null, "no G20 of that year in the reference");
  // Two G20 summits in 2010 (Toronto, Seoul): the year alone cannot tell them apart.
  t.equal(chooseSummit(ref, ids, "2010-11-11"), null);
});

t.test("a year written beside the name decides the summit", async (t) => {
  const [m] = summits(t, "Leaders gathered for the 2023 APEC Summit in San Francisco.");
  t.equal(m?.text, "2023 APEC Summit");
  t.equal(m?.year, "2023");
  t.same(m?.summitIds, ["apec-2023"]);
  // Written in the text, the year wins over the article's own date.
  t.equal(chooseSummit(ref, m?.summitIds ?? [], "2024-11-16"), "apec-2023");
});

t.test("aliases match whatever their case, and long names are matched whole", async (t) => {
  const found = summits(
    t,
    "Ministers prepared for the Asia-Pacific Economic Cooperation (APEC) summit. The g7 summit followed.",
  );
  t.same(
    found.map((m) => [m.text, m.sentence]),
    [
      ["the Asia-Pacific Economic Cooperation (APEC) summit", 0],
      ["The g7 summit", 1],
    ],
  );
  t.ok(
    ["apec-2022", "apec-2023", "apec-2024"].every((id) => found[0]?.summitIds.includes(id)),
    "every APEC summit is a candidate",
  );
  t.equal(chooseSummit(ref, found[0]?.summitIds ?? [], "2022-11-18"), "apec-2022");
  t.equal(chooseSummit(ref, found[1]?.summitIds ?? [], "2024-06-14"), "g7-2024");
});

t.test("a summit named once in the reference needs no year", async (t) => {
  const [m] = summits(t, "Delegates flew home after the 43rd ASEAN Summit ended.");
  t.same(m?.summitIds, ["asean-2023-2"]);
  t.equal(chooseSummit(ref, m?.summitIds ?? [], null), "asean-2023-2");
});

t.test("a summit whose name is also one of its aliases is still one candidate", async (t) => {
  const [m] = summits(t, "Delegates flew home after COP28 ended.");
  t.same(m?.summitIds, ["cop28"]);
  t.equal(chooseSummit(ref, m?.summitIds ?? [], null), "cop28");
  t.equal(chooseSummit(ref, m?.summitIds ?? [], "2023-12-04"), "cop28");
});

t.test("a year that no summit of the series has leaves all candidates", async (t) => {
  const [m] = summits(t, "The 2009 G20 summit in Pittsburgh was tense.");
  t.equal(m?.year, "2009");
  t.ok((m?.summitIds.length ?? 0) >= 16, "every G20 summit is a candidate");
  t.equal(chooseSummit(ref, m?.summitIds ?? [], m?.year ?? null), null);
});

t.test("no summit named, none found", async (t) => {
  t.same(summits(t, "The two leaders met for talks on trade."), []);
  t.same(summits(t, "The leaders summited a hill near Apecville."), []);
});

t.test("the reference lists the regular summits of 2010-2025, each with its source", async (t) => {
  const byId = new Map(ref.summits.map((s) => [s.id, s]));
  t.match(byId.get("sco-2025"), { city: "Tianjin", country: "CN", startDate: "2025-08-31" });
  t.match(byId.get("brics-2024"), { city: "Kazan", country: "RU" });
  t.match(byId.get("americas-2015"), { city: "Panama City", country: "PA" });
  t.equal(new Set(ref.summits.map((s) => s.id)).size, ref.summits.length, "ids are unique");
  t.ok(
    ref.summits.every((s) => s.source.length > 0),
    "every summit names its source",
  );
});

t.test("a summit listed in two reference files is refused, naming both", async (t) => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "summitry-ref-")), "reference");
  t.teardown(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));
  fs.cpSync(path.join(SEEDS_DIR, "reference"), dir, { recursive: true });
  const g20 = JSON.parse(fs.readFileSync(path.join(dir, "summits", "g20.json"), "utf8"));
  fs.writeFileSync(path.join(dir, "summits", "zz-copy.json"), JSON.stringify(g20));
  t.throws(() => loadReference(dir), /summit g20-2010 is listed twice \(also in summits\/g20\.json\)/);
});
