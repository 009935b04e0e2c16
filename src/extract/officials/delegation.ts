import { matchAll, wordRegex } from "../text.ts";
import { cleanName, NAME } from "./names.ts";
import type { TitleEntry } from "./roles.ts";
import { perArticle, qualPattern, type Scan, titlePattern } from "./scan.ts";
import { addNewUnknown } from "./titled.ts";

// Whoever leads a country's delegation speaks for that country, whatever their office:
// "the Chinese delegation, led by Li Hongzhong, a Politburo member", "a Russian team
// headed by Deputy Foreign Minister Sergei Ryabkov", "Russian diplomats led by Ambassador
// Alexander Darchiev".
const NO_TITLE: TitleEntry = { pattern: "", role: null, leader: false };

/** The named head of a delegation of the country the text writes before it. */
export function findDelegationHeads(scan: Scan) {
  const { text, titles } = scan;
  const qual = qualPattern(scan);
  const title = titlePattern(scan);
  const led = perArticle(scan, "delegation-head", () =>
    wordRegex(
      String.raw`(?<!\band\s)(${qual})\s+(?:(?:delegation|team)s?,?|diplomats|negotiators)\s+(?:(?:was|were|is|are)\s+)?(?:led|headed)\s+by\s+(?:(${title})\s+)?(${NAME})`,
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

/**
 * Titled names listed as one country's: "The Russian team includes Deputy Foreign
 * Minister Mikhail Galuzin, Deputy Defence Minister Alexander Fomin and …", and "…,
 * Finance Minister Anton Siluanov and fund chief Kirill Dmitriev on the Russian side".
 * A title without a country adjective is that side's.
 */
export function findSideLists(scan: Scan) {
  const { text, titles } = scan;
  const qual = qualPattern(scan);
  const title = titlePattern(scan);
  const opens = perArticle(scan, "side-list-open", () =>
    wordRegex(
      String.raw`(${qual})\s+(?:team|delegation|side)\s+(?:also\s+)?(?:includes|included|include|comprises|comprised|was made up of|is made up of)`,
    ),
  );
  const closes = perArticle(scan, "side-list-close", () =>
    wordRegex(String.raw`on\s+the\s+(${qual})\s+(?:side|team)(?!\s+of\b)`),
  );
  const named = perArticle(scan, "side-list-name", () => wordRegex(String.raw`(${title}),?\s+(${NAME})`));
  const listIn = (from: number, to: number, q: string | undefined) => {
    const country = q ? scan.lex.byName.get(q) : undefined;
    if (!country) return;
    for (const m of matchAll(named, text.slice(from, to))) {
      const [t, raw] = m.groups;
      const name = raw ? cleanName(raw) : null;
      if (!name || !raw || !t) continue;
      const entry = titles.find((e) => e.pattern === t);
      addNewUnknown(scan, name, from + m.start + m.text.lastIndexOf(raw), country, entry ?? NO_TITLE);
    }
  };
  for (const m of matchAll(opens, text)) {
    // The list ends with its clause: "…, while the Ukrainian team included …", "…, who
    // held talks with Ambassador Tracy".
    const rest = text.slice(m.end);
    const stop = rest.search(LIST_END);
    listIn(m.end, m.end + (stop < 0 ? rest.length : stop), m.groups[0]);
  }
  for (const m of matchAll(closes, text)) {
    // Back to the clause's start: a full stop, semicolon, colon, dash, "while", a relative
    // pronoun or the side before.
    const before = text.slice(Math.max(0, m.start - 300), m.start);
    let cut = 0;
    for (const x of before.matchAll(LIST_BREAK)) cut = (x.index ?? 0) + x[0].length;
    const list = before.slice(cut);
    // A list of names, not a clause: "Brink said concessions were needed on the Russian side".
    if (VERB.test(list)) continue;
    listIn(m.start - before.length + cut, m.start, m.groups[0]);
  }
}

// Where a side's list ends (after "includes") or begins (before "on the X side").
const LIST_END = /[.;:!?\n]\s|,?\s+(?:while|whereas|but|who|which|whom|whose|where)\b/;
const LIST_BREAK = /[.;:!?]\s|[—–]|,?\s+(?:while|whereas|but|who|which|whom|whose|where)\b|\bside,?\s/g;
const VERB =
  /\b(?:said|says|told|tells|is|are|was|were|had|has|have|will|would|could|should|did|does|sat|met|represented)\b|\b\p{Ll}{3,}(?:ed|ised|ized)\b/u;
