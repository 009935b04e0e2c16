// A curated place written with some of its accents, or none: news is inconsistent.
import t from "tap";
import { findPlaces } from "../../../src/extract/places/find.ts";
import { loadReference } from "../../../src/extract/reference.ts";
import { splitSentences } from "../../../src/extract/sentences.ts";

const ref = loadReference();
const found = (text: string) =>
  findPlaces(text, splitSentences(text), ref).map((p) => [
    text.slice(p.start, p.end),
    p.venue,
    p.city,
    p.country,
  ]);

t.test("a venue is found whichever of its accents the text keeps", async (t) => {
  // The list has "Élysée Palace" and "Elysee Palace"; a text may drop only the first accent.
  t.same(found("The two presidents met at the Elysée Palace on Monday."), [
    ["Elysée Palace", "Élysée Palace", "Paris", "FR"],
  ]);
  t.same(found("The two presidents met at the Élysée Palace on Monday."), [
    ["Élysée Palace", "Élysée Palace", "Paris", "FR"],
  ]);
  t.same(found("The two presidents met at the Elysee Palace on Monday."), [
    ["Elysee Palace", "Élysée Palace", "Paris", "FR"],
  ]);
});

t.test("offsets stay the text's own around the folded name", async (t) => {
  const text = "Après São Paulo, Lula received Macron at the Elysée Palace.";
  const [venue] = findPlaces(text, splitSentences(text), ref).filter((p) => p.venue);
  t.equal(text.slice(venue?.start, venue?.end), "Elysée Palace");
});
