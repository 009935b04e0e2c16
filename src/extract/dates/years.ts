// Bare years ("in 2023", "2018", "2023-24"), which chrono does not read. A four-digit number
// is a year only when nothing around it says it counts something: "$2000", "2000 troops",
// "1900 GMT" and "No. 2022" are not years.

import type { CalendarRaw } from "./scan.ts";

const YEAR = String.raw`(?:19\d{2}|20\d{2}|2100)`;
const EDGE_BEFORE = String.raw`(?<![\w$€£¥#/:.,])(?<!\d[-–])`;
const EDGE_AFTER = String.raw`(?![\w%]|[.,:/]\d|[-–]\d)`;
const SINGLE = new RegExp(`${EDGE_BEFORE}${YEAR}${EDGE_AFTER}`, "g");
const RANGE = new RegExp(
  String.raw`${EDGE_BEFORE}(?:(?:from\s+)?(${YEAR})\s*(?:[-–]|\s+(?:to|through)\s+)|between\s+(${YEAR})\s+and\s+)(${YEAR}|\d{2})${EDGE_AFTER}`,
  "gi",
);

const NOT_A_YEAR_BEFORE =
  /(?:\b(?:some|nearly|almost|approximately|roughly|than|least|no|number|resolution|flight|route|room|article|section|chapter|page|model|item|code|paragraph)\.?|[$€£¥]|US\$)\s*$/i;
const NOT_A_YEAR_AFTER =
  /^\s*(?:%|percent\b|per\s?cent\b|GMT\b|UTC\b|hours?\b|hrs\b|local\s+time\b|BST\b|CET\b)/i;
const YEAR_CONTEXT_BEFORE =
  /(?:\b(?:in|since|of|by|until|till|from|during|before|after|the|early|late|mid|year|summer|winter|spring|autumn|fall|through|between|and|to|its|his|her|their|this|that|circa)|['’]s)[\s-]*$/i;
const COUNTED = new Set(["people", "men", "women", "children", "police", "staff", "personnel", "military"]);
const PLURAL_FUNCTION_WORDS = new Set([
  "was",
  "is",
  "has",
  "as",
  "its",
  "this",
  "his",
  "always",
  "thus",
  "plus",
]);

function isYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (NOT_A_YEAR_BEFORE.test(before) || NOT_A_YEAR_AFTER.test(after)) return false;
  if (YEAR_CONTEXT_BEFORE.test(before)) return true;
  // With no preposition to vouch for it, a number followed by a counted noun is a count.
  const next = /^\s+([a-z]+)/.exec(after)?.[1];
  if (!next) return true;
  return !COUNTED.has(next) && !(next.endsWith("s") && !PLURAL_FUNCTION_WORDS.has(next));
}

export function findYears(text: string): CalendarRaw[] {
  const out: CalendarRaw[] = [];
  const raw = (start: number, end: number, year: number, to: number | null): CalendarRaw => ({
    kind: "calendar",
    start,
    end,
    text: text.slice(start, end),
    from: { year },
    to: to === null ? null : { year: to },
    modifier: null,
    weekOffset: null,
    yearOffset: null,
    timed: false,
  });
  for (const m of text.matchAll(RANGE)) {
    const from = Number(m[1] ?? m[2]);
    const toText = m[3] ?? "";
    // "2023-24" abbreviates the second year to its century.
    const to = toText.length === 2 ? Math.floor(from / 100) * 100 + Number(toText) : Number(toText);
    if (to <= from) continue;
    // The span is the years themselves, as chrono leaves "from" out of "from November 11 to 17".
    const start = m.index + (/^from\s+/i.exec(m[0])?.[0].length ?? 0);
    const end = m.index + m[0].length;
    if (isYear(text, start, end)) out.push(raw(start, end, from, to));
  }
  for (const m of text.matchAll(SINGLE)) {
    const end = m.index + m[0].length;
    if (isYear(text, m.index, end)) out.push(raw(m.index, end, Number(m[0]), null));
  }
  return out;
}
