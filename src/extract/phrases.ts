import { firstWord, type Match, matchAll } from "./text.ts";

// Reference lists of thousands of names (officials, summits, countries, topic keywords):
// one alternation of all of them tried at every position of every text costs far more
// than finding the few a text holds first and building the pattern from those.

export interface Phrase {
  form: string;
  /** The form case-folded, and its first word (what it is indexed by). */
  low: string;
  first: string;
  /** Where the form's first word starts in it ("(APEC) summit": 1). */
  offset: number;
}

/** Phrases by their first word, case-folded. */
export type PhraseIndex = Map<string, Phrase[]>;

export function phraseIndex(forms: Iterable<string>): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const form of new Set(forms)) {
    if (!form) continue;
    const low = form.toLowerCase();
    const first = firstWord(form);
    const list = index.get(first) ?? [];
    list.push({ form, low, first, offset: Math.max(0, low.indexOf(first)) });
    index.set(first, list);
  }
  return index;
}

const WORD = /[\p{L}\p{N}]+/gu;
let last: { text: string; lower: string; starts: Map<string, number[]> } | null = null;

/**
 * The text case-folded and where each of its words starts: worked out once for the last
 * text asked about, which every finder of one article shares.
 */
function folded(text: string): { lower: string; starts: Map<string, number[]> } {
  if (last?.text === text) return last;
  const lower = text.toLowerCase();
  const starts = new Map<string, number[]>();
  for (const m of lower.matchAll(WORD)) {
    const list = starts.get(m[0]);
    if (list) list.push(m.index);
    else starts.set(m[0], [m.index]);
  }
  last = { text, lower, starts };
  return last;
}

/**
 * The forms of the index that occur in the text, sorted: a phrase can only start where
 * the text has its first word, so only the phrases under the text's words are tried, and
 * each only at that word's positions. `caseSensitive` compares the exact form. Every
 * form a whole-word pattern could match in the text is among them.
 */
export function presentPhrases(index: PhraseIndex, text: string, caseSensitive: boolean): string[] {
  const { lower, starts } = folded(text);
  // A letter whose lower case is longer ("İ") shifts offsets: then a plain substring test.
  const aligned = lower.length === text.length;
  const hay = caseSensitive ? text : lower;
  const out: string[] = [];
  for (const [word, positions] of starts) {
    for (const p of index.get(word) ?? []) {
      const needle = caseSensitive ? p.form : p.low;
      const found = aligned
        ? positions.some((at) => at >= p.offset && hay.startsWith(needle, at - p.offset))
        : hay.includes(needle);
      if (found) out.push(p.form);
    }
  }
  return out.sort();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const wordCharAt = (text: string, i: number) => {
  if (i < 0 || i >= text.length) return false;
  const code = text.codePointAt(i) ?? 0;
  // A low surrogate belongs to the code point that starts one unit earlier.
  const point = code >= 0xdc00 && code <= 0xdfff && i > 0 ? (text.codePointAt(i - 1) ?? code) : code;
  return WORD_CHAR.test(String.fromCodePoint(point));
};

/**
 * Where the phrase occurs in the text as whole words, left to right and not overlapping:
 * what a global whole-word pattern of the phrase alone matches, found from the positions
 * of its first word instead of a scan of the text. `regex` answers when the text's case
 * folding shifts offsets.
 */
export function phraseMatches(p: Phrase, text: string, caseSensitive: boolean, regex: () => RegExp): Match[] {
  const { lower, starts } = folded(text);
  if (lower.length !== text.length) return matchAll(regex(), text);
  const hay = caseSensitive ? text : lower;
  const needle = caseSensitive ? p.form : p.low;
  const out: Match[] = [];
  let after = 0;
  for (const at of starts.get(p.first) ?? []) {
    const start = at - p.offset;
    const end = start + needle.length;
    if (start < after || !hay.startsWith(needle, start)) continue;
    if (wordCharAt(text, start - 1) || wordCharAt(text, end)) continue;
    out.push({ start, end, text: text.slice(start, end), groups: [] });
    after = end;
  }
  return out;
}

/** A regex built once per source in a cache (a reference's memo), which a bound keeps small. */
export function cachedRegex(cache: Map<string, RegExp>, source: string, flags: string): RegExp {
  let re = cache.get(source);
  if (!re) {
    if (cache.size > 1000) cache.clear();
    re = new RegExp(source, flags);
    cache.set(source, re);
  }
  return re;
}
