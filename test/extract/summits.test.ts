import t, { type Test } from "tap";
import { loadReference } from "../../src/extract/reference.ts";
import { splitSentences } from "../../src/extract/sentences.ts";
import { chooseSummit, findSummits } from "../../src/extract/summits.ts";

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
  t.same([...(g20?.summitIds ?? [])].sort(), ["g20-2022", "g20-2023", "g20-2024"]);
  const ids = g20?.summitIds ?? [];
  t.equal(chooseSummit(ref, ids, "2023-09-12"), "g20-2023");
  t.equal(chooseSummit(ref, ids, "2023"), "g20-2023");
  t.equal(chooseSummit(ref, ids, "2024-11"), "g20-2024");
  t.equal(chooseSummit(ref, ids, null), null, "no year, no guess");
  t.equal(chooseSummit(ref, ids, "2019-06-28"), null, "no G20 of that year in the reference");
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
  t.same([...(found[0]?.summitIds ?? [])].sort(), ["apec-2022", "apec-2023", "apec-2024"]);
  t.equal(chooseSummit(ref, found[0]?.summitIds ?? [], "2022-11-18"), "apec-2022");
  t.equal(chooseSummit(ref, found[1]?.summitIds ?? [], "2024-06-14"), "g7-2024");
});

t.test("a summit named once in the reference needs no year", async (t) => {
  const [m] = summits(t, "Delegates flew home after the BRICS summit ended.");
  t.same(m?.summitIds, ["brics-2023"]);
  t.equal(chooseSummit(ref, m?.summitIds ?? [], null), "brics-2023");
});

t.test("a summit whose name is also one of its aliases is still one candidate", async (t) => {
  const [m] = summits(t, "Delegates flew home after COP28 ended.");
  t.same(m?.summitIds, ["cop28"]);
  t.equal(chooseSummit(ref, m?.summitIds ?? [], null), "cop28");
  t.equal(chooseSummit(ref, m?.summitIds ?? [], "2023-12-04"), "cop28");
});

t.test("a year that no summit of the series has leaves all candidates", async (t) => {
  const [m] = summits(t, "The 2019 G20 summit in Osaka was tense.");
  t.equal(m?.year, "2019");
  t.same([...(m?.summitIds ?? [])].sort(), ["g20-2022", "g20-2023", "g20-2024"]);
  t.equal(chooseSummit(ref, m?.summitIds ?? [], m?.year ?? null), null);
});

t.test("no summit named, none found", async (t) => {
  t.same(summits(t, "The two leaders met for talks on trade."), []);
  t.same(summits(t, "The leaders summited a hill near Apecville."), []);
});
