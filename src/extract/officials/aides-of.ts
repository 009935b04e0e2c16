import { memo } from "../reference.ts";
import { alternation, matchAll } from "../text.ts";
import { cleanName, NAME, nameEndingAt } from "./names.ts";
import type { Scan } from "./scan.ts";
import { addNewUnknown } from "./titled.ts";

/**
 * An aide named by whose aide they are: "Kirill Dmitriev, Putin's special envoy for
 * investment," "Moon's spokesman, Yoon Young-chan," "Biden's national security adviser
 * Jake Sullivan", "Moon sat with his chief of staff, Im Jong-seok". The country is that of the official in the possessive, when the
 * article has named that official; leaders' titles are left out ("Putin's president"
 * says nothing). A name the reference lists is found by name anyway. Returns how many
 * aides it found.
 */
export function findAidesOf(scan: Scan): number {
  const { text } = scan;
  let added = 0;
  // The titles are the reference's: the patterns are made once per reference.
  const { byTitle, after, ahead, pronoun } = memo(scan.ref, "aide-patterns", () => {
    const aides = scan.titles.filter((e) => !e.leader);
    const byTitle = new Map(aides.map((e) => [e.pattern.toLowerCase(), e]));
    const title = alternation([...aides.map((e) => e.pattern), ...byTitle.keys()]);
    const OWNER = String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]+)[’']s\s+`;
    return {
      byTitle,
      // "…, Putin's special envoy for investment and economic cooperation, said"
      after: new RegExp(
        String.raw`,\s+${OWNER}(${title})(?:\s+(?:for|on)\s+\p{Ll}[\p{Ll}\s-]{0,60}?)?(?=\s*[,.;)])`,
        "gu",
      ),
      // "Moon's spokesman, Yoon Young-chan," and "Trump's special envoy Steve Witkoff"
      ahead: new RegExp(String.raw`${OWNER}(${title}),?\s+(${NAME})`, "gu"),
      // "Moon sat with his chief of staff, Im Jong-seok": the aide of the official before.
      pronoun: new RegExp(String.raw`\b(?:his|her)\s+(${title}),?\s+(${NAME})`, "gu"),
    };
  });
  for (const m of matchAll(after, text)) {
    const [owner, t] = m.groups;
    const before = nameEndingAt(text, m.start);
    const name = before ? cleanName(before.text) : null;
    if (!before || !name || !owner || !t) continue;
    const ownerStart = m.start + m.text.indexOf(owner);
    add(scan, name, before.start + before.text.indexOf(name), ownerStart, owner, t);
  }
  for (const m of matchAll(ahead, text)) {
    const [owner, t, raw] = m.groups;
    const name = raw ? cleanName(raw) : null;
    if (!name || !owner || !t || !raw) continue;
    add(scan, name, m.start + m.text.lastIndexOf(raw), m.start, owner, t);
  }
  for (const m of matchAll(pronoun, text)) {
    const [t, raw] = m.groups;
    const name = raw ? cleanName(raw) : null;
    if (!name || !t || !raw) continue;
    // "his" is the sentence's subject, the official it names first ("Moon met Kim with his
    // chief of staff"), when it names one before the pronoun.
    const sentence = scan.sentences.find((x) => m.start >= x.start && m.start < x.end);
    const owner = scan.mentions
      .filter((x) => sentence && x.start >= sentence.start && x.end <= m.start && x.officialIds.length === 1)
      .sort((a, b) => a.start - b.start)[0];
    if (!owner) continue;
    add(scan, name, m.start + m.text.lastIndexOf(raw), owner.start, text.slice(owner.start, owner.end), t);
  }
  return added;

  function add(scan: Scan, name: string, start: number, ownerStart: number, owner: string, t: string) {
    const entry = byTitle.get(t.toLowerCase());
    const ownerEnd = ownerStart + owner.length;
    // The possessive must be a mention of one official: "Putin's", "Vladimir Putin's" (the
    // mention may hold the "'s").
    const of = scan.mentions.find(
      (x) =>
        x.start <= ownerStart && x.end >= ownerEnd && x.end <= ownerEnd + 2 && x.officialIds.length === 1,
    );
    const country = of ? scan.officials.get(of.officialIds[0] ?? "")?.country : null;
    if (entry && country && addNewUnknown(scan, name, start, country, entry)) added++;
  }
}
