import { matchAll, wordRegex } from "../text.ts";
import { cleanName, NAME } from "./names.ts";
import type { TitleEntry } from "./roles.ts";
import { perArticle, qualPattern, type Scan, titlePattern } from "./scan.ts";
import { addNewUnknown } from "./titled.ts";

// Whoever leads a country's delegation speaks for that country, whatever their office:
// "the Chinese delegation, led by Li Hongzhong, a Politburo member", "a Russian team
// headed by Deputy Foreign Minister Sergei Ryabkov".
const NO_TITLE: TitleEntry = { pattern: "", role: null, leader: false };

/** The named head of a delegation of the country the text writes before it. */
export function findDelegationHeads(scan: Scan) {
  const { text, titles } = scan;
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
    if (!name || !raw || !country) continue;
    const entry = t ? titles.find((e) => e.pattern === t) : undefined;
    addNewUnknown(scan, name, m.start + m.text.lastIndexOf(raw), country, entry ?? NO_TITLE);
  }
}
