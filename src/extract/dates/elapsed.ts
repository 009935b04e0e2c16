import type { PublicationDate } from "../types.ts";
import { NUMBER_WORDS } from "./numbers.ts";

// "a" and "an" count in "a day later", not before "years ago" after a year.
const WORDS = Object.fromEntries(Object.entries(NUMBER_WORDS).filter(([w]) => w.length > 2));

const COUNT = String.raw`(\d{1,3}|${Object.keys(WORDS).join("|")})`;
const YEAR = String.raw`((?:1[89]|20)\d\d)`;
// "in 1944, 75 years ago", "1973 — fifty years ago"; "75 years ago, in 1944";
// "the 75th anniversary of the 1949 revolution".
const PATTERNS: { re: RegExp; year: number; count: number }[] = [
  {
    re: new RegExp(
      String.raw`\b${YEAR}\b[,—–\s-]{1,4}(?:some\s+|nearly\s+|almost\s+)?${COUNT}\s+years\s+ago\b`,
      "gi",
    ),
    year: 1,
    count: 2,
  },
  { re: new RegExp(String.raw`\b${COUNT}\s+years\s+ago[,\s]+in\s+${YEAR}\b`, "gi"), year: 2, count: 1 },
  {
    re: new RegExp(
      String.raw`\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+|their\s+|its\s+)?${YEAR}\b`,
      "gi",
    ),
    year: 2,
    count: 1,
  },
];

const number = (s: string) => WORDS[s.toLowerCase()] ?? Number(s);

// "their first in six years. Xi last saw his guest in June 2019", "the first such summit in
// three years; the previous one was held in Samarkand in 2022": a gap of whole years since
// a dated last time, told in that sentence or the next.
// Words between "first" and the gap, none a verb of what is still to come ("the
// pipeline's first deliveries would begin in five years" counts ahead, not back).
const FIRST_IN = new RegExp(
  String.raw`\bfirst\b(?:\s+(?!(?:would|will|could|may|might|to|be|begin|begins|start|starts|come|comes)\b)[\p{L}-]+){0,4}?\s+in\s+${COUNT}\s+years\b`,
  "giu",
);
const LAST_TIME = new RegExp(
  String.raw`\b(?:last|previous|prior)\b[^.!?]{0,80}?\b(?:in|of)\s+(?:[\p{Lu}][\p{Ll}]+\.?\s+)?${YEAR}\b`,
  "iu",
);

function sinceLastTime(text: string, found: Map<number, string>) {
  for (const m of text.matchAll(FIRST_IN)) {
    const from = (m.index ?? 0) + m[0].length;
    // The rest of its sentence and the next one.
    const rest = /^[^.!?]*[.!?]?[^.!?]*/.exec(text.slice(from))?.[0] ?? "";
    const last = LAST_TIME.exec(rest);
    if (last) found.set(Number(last[1]) + number(m[1] as string), `${m[0]} … ${last[0]}`);
  }
}

/**
 * The year an article writes from, when it says how long ago a dated event was: "the
 * Battle of Imphal in 1944, 75 years ago" is written in 2019. Only a single such year is
 * taken; two that disagree say nothing. Not after today, and a year it is given, never more.
 */
export function elapsedYear(text: string, today: string): PublicationDate | null {
  const found = new Map<number, string>();
  for (const { re, year, count } of PATTERNS)
    for (const m of text.matchAll(re)) {
      const y = Number(m[year]) + number(m[count] as string);
      if (Number.isFinite(y)) found.set(y, m[0]);
    }
  sinceLastTime(text, found);
  if (found.size !== 1) return null;
  const [[y, quote]] = [...found] as [[number, string]];
  if (y > Number(today.slice(0, 4))) return null;
  return {
    value: String(y),
    precision: "year",
    source: "inferred",
    note: `Inferred: '${quote}' is written in ${y}.`,
  };
}
