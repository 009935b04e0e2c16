import { alternation, matchAll, wordRegex } from "../text.ts";
import { ENGLISH_WORDS } from "./names.ts";
import { addMention, type Scan, titlePattern } from "./scan.ts";

const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Dr)\.?`;

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
    if (!prefix && sentenceStart && ENGLISH_WORDS.has(short)) continue;
    addMention(scan, { start, end: m.end, text: m.text, officialIds: ids, kind: "short" });
  }
}
