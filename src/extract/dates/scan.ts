// Finds date expressions in a piece of text, unresolved: what was written, not yet which day it means.
// chrono-node reads the calendar expressions; relative ones ("next week", "a year ago") and bare
// years are read here, because chrono resolves the former from the wrong day and ignores the latter.

import * as chrono from "chrono-node";
import type { Span } from "../types.ts";
import { NUMBER_WORDS } from "./numbers.ts";
import { tenseAt } from "./tense.ts";
import { weekends } from "./weekend.ts";
import { findYears } from "./years.ts";

export interface Parts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

export type Modifier = "last" | "this" | "next";

export interface CalendarRaw extends Span {
  kind: "calendar";
  from: Parts;
  to: Parts | null;
  /** "last March", "next Monday": a stated direction, stronger than the clause's tense. */
  modifier: Modifier | null;
  /** "Monday next week": the weekday falls in the publication week plus this. */
  weekOffset: number | null;
  /** "June 5 last year": the year is the publication year plus this. */
  yearOffset: number | null;
  /** A clock time was printed with the date, as on a date line. */
  timed: boolean;
}

export interface RelativeRaw extends Span {
  kind: "relative";
  unit: "day" | "week" | "month" | "year";
  offset: number;
}

export type RawMention = CalendarRaw | RelativeRaw;

const COMPONENTS = ["year", "month", "day", "weekday"] as const;
const OFFSET: Record<Modifier, number> = { last: -1, this: 0, next: 1 };

function partsOf(c: chrono.ParsedComponents | undefined): Parts | null {
  if (!c) return null;
  const parts: Parts = {};
  for (const k of COMPONENTS) {
    const v = c.get(k);
    if (c.isCertain(k) && v !== null) parts[k] = v;
  }
  return Object.keys(parts).length > 0 ? parts : null;
}

// chrono fixes these from its reference instant; they are re-read below against the publication date.
const RELATIVE_TAG =
  /^(?:result\/relativeDate|parser\/ENCasualDateParser|parser\/ENEndOfCurrentMonthParser|casualReference\/(?:now|today|tonight|tomorrow|yesterday))/;
const FULL_WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const WEEKDAY_LEAD = /\b(?:on|by|until|till|since|from|before|after|early|late)\s+$/i;
// A month name standing alone is a date only after a word that introduces one: "protesters march".
const MONTH_LEAD =
  /\b(?:in|since|by|until|till|from|during|of|early|late|mid|last|this|next|that|and|or|to|through|before|after|between|throughout|around|for|each|every)[\s-]*$/i;
const PART_OF_MONTH = /^(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s/i;
const TIME = String.raw`(?:\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?|noon|midnight)(?:\s+[A-Z]{2,5}\b)?`;
const LEADING_TIME = new RegExp(String.raw`^(?:at\s+)?${TIME}[,\s]*(?:on\s+)?`, "i");
const TRAILING_TIME = new RegExp(String.raw`[,\s]*(?:at\s+)?${TIME}$`, "i");

/** Narrows a chrono span to the date itself: no leading "on", no clock time. */
function trim(text: string, start: number, end: number, timed: boolean): [number, number] {
  let s = text.slice(start, end);
  const cut = (re: RegExp, fromStart: boolean) => {
    const m = re.exec(s);
    if (!m || m[0].length === s.length) return;
    if (fromStart) start += m[0].length;
    else end -= m[0].length;
    s = text.slice(start, end);
  };
  if (timed) {
    cut(LEADING_TIME, true);
    cut(TRAILING_TIME, false);
  }
  cut(/^[\s,;:]*(?:(?:on|at)\s+)?/i, true);
  cut(/[\s,.;:]+$/, false);
  // "Sept." keeps its abbreviation point.
  if (/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(s) && text[end] === ".") end++;
  return [start, end];
}

// chrono reads "an informal evening on Monday" or "the morning of May 30" as a time with no
// day at all; blanking the part of the day (offsets kept) leaves "on Monday", "of May 30".
const PART_BEFORE_DAY =
  /\b(?:morning|afternoon|evening|night)(?=\s+(?:on|of)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))/gi;

function fromChrono(text: string, ref: Date): CalendarRaw[] {
  const out: CalendarRaw[] = [];
  const input = text.replace(PART_BEFORE_DAY, (w) => " ".repeat(w.length));
  for (const r of chrono.en.parse(input, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const tags = [...r.tags()];
    if (tags.some((t) => RELATIVE_TAG.test(t))) continue;
    const from = partsOf(r.start);
    if (!from || (from.month === undefined && from.weekday === undefined && from.year === undefined))
      continue;
    // "9/11" or "3/4" without a year is more often a name or a score than a date.
    if (tags.includes("parser/SlashDateFormatParser") && from.year === undefined) continue;
    const timed = r.start.isCertain("hour");
    let [start, end] = trim(text, r.index, r.index + r.text.length, timed);
    let mentionText = text.slice(start, end);
    let modifier: Modifier | null = null;
    let weekOffset: number | null = null;
    if (from.month === undefined && from.year === undefined) {
      // Weekday only: "sun", "sat" and "this weekend" also parse as weekdays.
      if (!FULL_WEEKDAY.test(mentionText)) continue;
      modifier = (/^(last|this|next)\s/i.exec(mentionText)?.[1]?.toLowerCase() as Modifier) ?? null;
      // "The Sunday Times", "a Monday Club dinner": a weekday naming something is not a day.
      const named = /^\s+[A-Z]/.test(text.slice(end)) && !WEEKDAY_LEAD.test(text.slice(0, start));
      if (named && modifier === null) continue;
      const week = /\b(last|this|next)\s+week\b/i.exec(mentionText)?.[1]?.toLowerCase() as
        | Modifier
        | undefined;
      weekOffset = week ? OFFSET[week] : modifier === "this" ? 0 : null;
    } else if (from.day === undefined && from.year === undefined) {
      const before = text.slice(0, start);
      // "the December summit", "Biden's March visit", "their February summit": a month used
      // as a modifier of a noun.
      const attributive =
        /\b(?:the|a|an|their|his|her|its|our)\s+$|['’]s\s+$/i.test(before) &&
        /^\s+[a-z]/.test(text.slice(end));
      if (!/^[A-Z]/.test(mentionText) || !(MONTH_LEAD.test(before) || attributive)) continue;
      const m = /\b(last|this|next)\s+$/i.exec(text.slice(0, start));
      if (m) {
        modifier = m[1]?.toLowerCase() as Modifier;
        start -= m[0].length;
        mentionText = text.slice(start, end);
      }
    }
    // "At the end of March" is a part of the month, not its last day: the month is all it fixes.
    if (PART_OF_MONTH.test(mentionText) && from.month !== undefined) {
      delete from.day;
      delete from.weekday;
    }
    out.push({
      kind: "calendar",
      start,
      end,
      text: mentionText,
      from,
      to: partsOf(r.end),
      modifier,
      weekOffset,
      yearOffset: null,
      timed,
    });
  }
  return [...out, ...bareMay(text, out)];
}

// chrono leaves "May" alone unless "in" comes right before it, for fear of the verb: "since
// May", "last May", "in early May" are the month all the same, and no verb follows them.
const BARE_MAY =
  /\b(?:(last|this|next)|(?:since|by|until|till|from|during|of|through|before|after|around|in)(?:[\s-]+(?:early|late|mid))?|early|late|mid)[\s-]+May\b(?![\s,]+\d)(?!\s+(?:be|have|not|also|well|yet|still|never|soon|want|need|seek|try|take|make|go|come|meet|visit|hold|see|say|find|help|decide|choose|prove|face|lose|win|become|remain|agree)\b)/g;

function bareMay(text: string, known: Span[]): CalendarRaw[] {
  const out: CalendarRaw[] = [];
  for (const m of text.matchAll(BARE_MAY)) {
    const end = (m.index ?? 0) + m[0].length;
    const start = m[1] ? (m.index ?? 0) : end - 3;
    if (known.some((k) => k.start < end && k.end > start)) continue;
    out.push({
      kind: "calendar",
      start,
      end,
      text: text.slice(start, end),
      from: { month: 5 },
      to: null,
      modifier: (m[1]?.toLowerCase() as Modifier | undefined) ?? null,
      weekOffset: null,
      yearOffset: null,
      timed: false,
    });
  }
  return out;
}

const FIXED: [RegExp, RelativeRaw["unit"], number][] = [
  [/\b(?:yesterday|last night)\b/gi, "day", -1],
  [/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/gi, "day", 0],
  [/\btomorrow\b/gi, "day", 1],
];
const PERIOD = /\b(last|this|next) (week|month|year)\b/gi;
// Open-ended qualifiers ("more than a year ago") name no period, so the whole phrase is dropped.
const AGO =
  /\b(?:(about|around|roughly|nearly|almost|some|just|exactly|more than|over|less than|under|at least|within) )?(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|week|month|year)s? ago\b/gi;
const OPEN_ENDED = new Set(["more than", "over", "less than", "under", "at least", "within"]);
// "comes in two weeks, when Juncker and Tusk meet Li": that many days on from the
// publication (weeks counted as seven days, as a reader counts them), or months on.
const HENCE =
  /\bin (?:(?:about|around|roughly|some|just) )?(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|week|month)s?(?: time)?\b|\bin a fortnight\b/gi;
// "met three times in two weeks", "the first visit in two months", "in two days of talks":
// a span of time, not a day ahead.
const SPAN_BEFORE = /\b(?:times?|twice|once|first|second|third|last|only)\s+(?:[\w-]+\s+){0,2}$/i;

function relatives(text: string): RelativeRaw[] {
  const out: RelativeRaw[] = [];
  const push = (m: RegExpExecArray | RegExpMatchArray, unit: RelativeRaw["unit"], offset: number) => {
    const start = m.index ?? 0;
    out.push({ kind: "relative", start, end: start + m[0].length, text: m[0], unit, offset });
  };
  for (const [re, unit, offset] of FIXED) {
    for (const m of text.matchAll(re)) {
      // "USA Today", "Russia Today" are titles, not the day.
      if (/^T/.test(m[0]) && /[A-Z]\w*\s+$/.test(text.slice(0, m.index))) continue;
      push(m, unit, offset);
    }
  }
  for (const m of text.matchAll(PERIOD)) {
    // "over the last year" and "the next week" are spans of time, not the calendar period.
    if (/\bthe\s+$/i.test(text.slice(0, m.index))) continue;
    push(m, m[2]?.toLowerCase() as RelativeRaw["unit"], OFFSET[m[1]?.toLowerCase() as Modifier]);
  }
  for (const m of text.matchAll(HENCE)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
    if (SPAN_BEFORE.test(before) || /^\s+of\b/i.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    // "arrived on Monday and, in two days, held three rounds of talks": told as past, the
    // phrase is how long something took, not a day ahead.
    if (tenseAt(text, m.index ?? 0, (m.index ?? 0) + m[0].length) === "past") continue;
    const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 2;
    const unit = (m[2]?.toLowerCase() ?? "week") as "day" | "week" | "month";
    if (unit === "month") push(m, "month", n);
    else push(m, "day", unit === "week" ? 7 * n : n);
  }
  for (const m of text.matchAll(AGO)) {
    if (m[1] && OPEN_ENDED.has(m[1].toLowerCase())) continue;
    const n = NUMBER_WORDS[m[2]?.toLowerCase() ?? ""] ?? Number(m[2]);
    push(m, m[3]?.toLowerCase() as RelativeRaw["unit"], -n);
  }
  return out;
}

/** Joins what chrono reads as two results but a reader as one date: "Friday (Oct 27)", "June 5 last year". */
function merge(text: string, calendar: CalendarRaw[], relative: RelativeRaw[]): CalendarRaw[] {
  const out: CalendarRaw[] = [];
  for (let i = 0; i < calendar.length; i++) {
    let c = calendar[i] as CalendarRaw;
    const next = calendar[i + 1];
    const weekdayOnly = c.from.month === undefined && c.from.year === undefined && c.modifier === null;
    if (weekdayOnly && next?.from.day !== undefined && next.from.weekday === undefined) {
      const between = text.slice(c.end, next.start);
      const close = /^\s*\)/.exec(text.slice(next.end));
      if (/^\s*,\s*$/.test(between) || (/^\s*\(\s*$/.test(between) && close)) {
        const end = next.end + (close && between.includes("(") ? close[0].length : 0);
        const weekday = c.from.weekday;
        c = { ...next, start: c.start, end, text: text.slice(c.start, end), from: { ...next.from, weekday } };
        i++;
      }
    }
    // "On May 26, a Saturday,": the weekday in apposition is the same day, not another.
    const after = calendar[i + 1];
    const sameDay =
      c.from.day !== undefined &&
      c.from.weekday === undefined &&
      after?.from.weekday !== undefined &&
      after.from.month === undefined &&
      after.modifier === null &&
      /^,\s*a\s+$/i.test(text.slice(c.end, after.start));
    if (sameDay) {
      c = {
        ...c,
        end: after.end,
        text: text.slice(c.start, after.end),
        from: { ...c.from, weekday: after.from.weekday },
      };
      i++;
    }
    if (c.from.month !== undefined && c.from.year === undefined) {
      const year = relative.find(
        (r) => r.unit === "year" && /^,?\s+(?:of\s+)?$/.test(text.slice(c.end, r.start)),
      );
      if (year) c = { ...c, end: year.end, text: text.slice(c.start, year.end), yearOffset: year.offset };
    }
    out.push(c);
  }
  return out;
}

/** Of overlapping mentions the longest wins: "November 14, 2023" over its "2023". */
export function dedupe<T extends Span>(mentions: T[]): T[] {
  const kept: T[] = [];
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of byLength) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Every date expression in the text, offsets relative to it; `ref` only steers chrono's parsing. */
export function scan(text: string, ref: Date): RawMention[] {
  const relative = relatives(text);
  const calendar = merge(text, fromChrono(text, ref), relative);
  return dedupe<RawMention>([...calendar, ...weekends(text), ...relative, ...findYears(text)]);
}
