import { memo } from "../reference.ts";
import { type Match, matchAll, wordRegex } from "../text.ts";
import { addMention, qualPattern, type Scan, taken, titlePattern } from "./scan.ts";
import type { FoundOfficial } from "./types.ts";

/**
 * The one candidate the description fits, or nobody when two could be meant. "The prime
 * minister" is the one in office: not a predecessor the article recalls.
 */
function soleTitle(scan: Scan, m: Match, candidates: FoundOfficial[]) {
  const [only, other] = candidates.filter((f) => !f.former);
  if (only && !other)
    addMention(scan, { start: m.start, end: m.end, text: m.text, officialIds: [only.id], kind: "title" });
}

/** "the Chinese leader", "the U.S. Secretary of State": the one official of that country and role. */
export function findDescriptions(scan: Scan) {
  const { ref, text, lex, officials } = scan;
  const descr = memo(ref, "described", () =>
    wordRegex(String.raw`the\s+(${qualPattern(scan)})\s+(${titlePattern(scan)})`, "giu"),
  );
  for (const m of matchAll(descr, text)) {
    const country = lex.byName.get(m.groups[0] ?? "");
    const t = (m.groups[1] ?? "").toLowerCase();
    const candidates = [...officials.values()].filter(
      (f) =>
        f.country === country && (t === "leader" ? f.leader : (f.role ?? "").toLowerCase().startsWith(t)),
    );
    soleTitle(scan, m, candidates);
  }
}

/**
 * "the Secretary-General", "the Chancellor", "the premier": a bare title names the one
 * official of the article whose role it is (and nobody when two could be meant).
 */
export function findBareTitles(scan: Scan) {
  const { ref, text, titles, officials } = scan;
  // "the premier"; and a headline's "Prime minister to meet Xi on Monday", without "the".
  const bare = memo(ref, "bare-title", () =>
    wordRegex(
      String.raw`the\s+(${titlePattern(scan)})|(?<=^|\n)(${titlePattern(scan)})(?=\s+(?:to|will|says|said|meets|visits|arrives)\b)`,
      "giu",
    ),
  );
  const plain = (x: string) => x.toLowerCase().replace(/[-\s]+/g, " ");
  for (const m of matchAll(bare, text)) {
    if (taken(scan, m.start, m.end) || /^\s+(?:of\b|\p{Lu})/u.test(text.slice(m.end, m.end + 20))) continue;
    const said = plain(m.groups[0] ?? m.groups[1] ?? "");
    const entry = titles.find((e) => plain(e.pattern) === said);
    const head = entry?.role ? plain(entry.role.replace(/\s*(?:of\s+)?\{country\}/, "")) : said;
    const candidates = [...officials.values()].filter((f) =>
      entry?.leader && !entry.role ? f.leader : plain(f.role ?? "").startsWith(head),
    );
    soleTitle(scan, m, candidates);
  }
}

/**
 * "hosted Japanese and South Korean leaders", "the leaders of India and China": the
 * leader in office of each country, where the article names exactly one (countries whose
 * leader it does not name are left out; nobody when none is named).
 */
export function findCountryLeaders(scan: Scan) {
  const { ref, text, lex, officials } = scan;
  const q = qualPattern(scan);
  const plural = memo(ref, "country-leaders", () =>
    wordRegex(
      String.raw`(?:the\s+)?(${q})(?:,\s*(${q}))?,?\s+and\s+(?:the\s+)?(${q})\s+leaders|the\s+leaders\s+of\s+(?:the\s+)?(${q})(?:,\s*(?:the\s+)?(${q}))?,?\s+and\s+(?:the\s+)?(${q})`,
      "giu",
    ),
  );
  for (const m of matchAll(plural, text)) {
    const countries = m.groups.filter((g): g is string => !!g).map((g) => lex.byName.get(g));
    const ids = countries.flatMap((c) => {
      const fits = [...officials.values()].filter(
        (f) => f.country === c && f.leader && !f.former && !f.organization,
      );
      return fits.length === 1 && fits[0] ? [fits[0].id] : [];
    });
    if (ids.length && countries.every(Boolean))
      addMention(scan, { start: m.start, end: m.end, text: m.text, officialIds: ids, kind: "group" });
  }
}
