import { lookupCity } from "../places/gazetteer.ts";
import { matchAll, wordRegex } from "../text.ts";
import { cleanName, NAME } from "./names.ts";
import type { TitleEntry } from "./roles.ts";
import { perArticle, qualPattern, type Scan, titlePattern } from "./scan.ts";
import { addUnknownByName } from "./titled.ts";

// Whoever leads a country's delegation speaks for that country, whatever their office:
// "the Chinese delegation, led by Li Hongzhong, a Politburo member", "a Russian team
// headed by Deputy Foreign Minister Sergei Ryabkov".
const NO_TITLE: TitleEntry = { pattern: "", role: null, leader: false };

/** The named head of a delegation of the country the text writes before it. */
export function findDelegationHeads(scan: Scan) {
  const { text, titles, knownByName } = scan;
  const qual = qualPattern(scan);
  const title = titlePattern(scan);
  const led = perArticle(scan, "delegation-head", () =>
    wordRegex(
      String.raw`(${qual})\s+(?:delegation|team)s?,?\s+(?:(?:was|were|is|are)\s+)?(?:led|headed)\s+by\s+(?:(${title})\s+)?(${NAME})`,
    ),
  );
  for (const m of matchAll(led, text)) {
    const [q, t, raw] = m.groups;
    const name = raw ? cleanName(raw) : null;
    const country = q ? scan.lex.byName.get(q) : undefined;
    if (!name || !raw || !country || !name.includes(" ") || knownByName.has(name)) continue;
    if (scan.ref.officials.some((o) => o.name === name) || lookupCity(name).length) continue;
    const start = m.start + m.text.lastIndexOf(raw);
    if (scan.mentions.some((x) => start < x.end && start + name.length > x.start)) continue;
    const entry = t ? titles.find((e) => e.pattern === t) : undefined;
    addUnknownByName(scan, name, start, country, entry ?? NO_TITLE);
  }
}
