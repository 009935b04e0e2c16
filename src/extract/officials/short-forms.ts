import { alternation, matchAll, wordRegex } from "../text.ts";
import { placeName } from "./known.ts";
import { ENGLISH_WORDS } from "./names.ts";
import { addMention, type Scan, titlePattern } from "./scan.ts";

const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Dr)\.?`;
// "Trump Tower", "the Kennedy Center", "the Obama administration": a family name that
// names a building, an institution or a government is not the person.
const NAMED_AFTER =
  /^\s+(?:Tower|Towers|House|Hall|Center|Centre|Plaza|Hotel|Building|Library|Foundation|Institute|Museum|Stadium|Airport|Street|Avenue|Road|Square|Bridge|Park|Doctrine|[Aa]dministration|[Gg]overnment|[Cc]abinet|[Cc]ampaign|[Ee]ra)\b/;

/** Short forms of officials present in the article ("Blinken", "Mr. Wang"), where only one has it. */
export function findShortForms(scan: Scan) {
  const { text, sentences, officials } = scan;
  const byShort = new Map<string, string[]>();
  for (const f of officials.values())
    for (const s of f.shortForms) byShort.set(s, [...(byShort.get(s) ?? []), f.id]);
  const unique = [...byShort].filter(([, ids]) => ids.length === 1);
  if (!unique.length) return;
  const re = wordRegex(
    String.raw`(?:(${HONORIFIC}|${titlePattern(scan)})\s+)?(${alternation(unique.map(([s]) => s))})(?:[’']s)?`,
  );
  for (const m of matchAll(re, text)) {
    const [prefix, short] = m.groups;
    if (!short) continue;
    const ids = byShort.get(short) as string[];
    const start = m.start;
    const sentenceStart = sentences.some((s) => s.start === start);
    if (!prefix && ENGLISH_WORDS.has(short)) continue;
    if (NAMED_AFTER.test(text.slice(m.end, m.end + 16))) continue;
    if (!prefix && placeName(text, start, m.end)) continue;
    if (!prefix && sentenceStart && ENGLISH_WORDS.has(short)) continue;
    addMention(scan, { start, end: m.end, text: m.text, officialIds: ids, kind: "short" });
  }
}
