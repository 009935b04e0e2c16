// Shared by the event tests: the reference without the officials articles introduce by title.
import type { Test } from "tap";
import { extract } from "../../src/extract/extract.ts";
import { loadReference } from "../../src/extract/reference.ts";
import { slugify } from "../../src/extract/text.ts";

// Officials these articles introduce by title; kept out of the reference (should it grow
// to list them) so that the events rest on what the text says.
const DISCOVERED = new Set([
  "penny-wong",
  "subrahmanyam-jaishankar",
  "emmanuel-macron",
  "olaf-scholz",
  "frank-walter-steinmeier",
  "vladimir-putin",
  "volodymyr-zelensky",
  "narendra-modi",
  "anthony-albanese",
  "fumio-kishida",
  "yoon-suk-yeol",
  "luiz-inacio-lula-da-silva",
  "li-qiang",
]);
const loaded = loadReference();
export const ref = {
  ...loaded,
  officials: loaded.officials.filter((o) => !DISCOVERED.has(o.id) && !DISCOVERED.has(slugify(o.name))),
};

/** The events of one article, after checking every evidence quote against its offsets and ids for uniqueness. */
export function events(t: Test, text: string, publishedAt: string | null) {
  const out = extract({ text, publishedAt }, ref);
  for (const e of out.events) {
    for (const ev of e.evidence)
      t.equal(text.slice(ev.start, ev.end), ev.quote, `${e.id}: ${ev.field} evidence "${ev.quote}"`);
  }
  const ids = out.events.map((e) => e.id);
  t.same(ids, [...new Set(ids)], "event ids are unique within the article");
  return out.events;
}

export const who = (e: { participants: { official: string }[] }) =>
  e.participants.map((p) => p.official).sort();
