// Turns what was written into the days it means, against the article's own date. Resolution is
// never finer than the publication date allows: "on Monday" in an article known only to its
// month could be any of four Mondays, so it is dropped rather than guessed.

import {
  firstDay,
  isRealDate,
  lastDay,
  morePrecise,
  type Precision,
  precisionOf,
} from "../../lib/partial-date.ts";
import type { PublicationDate } from "../types.ts";
import {
  addDays,
  addMonths,
  daysBetween,
  isoDay,
  isoMonth,
  mondayOf,
  monthsBetween,
  weekdayOf,
} from "./calendar.ts";
import type { CalendarRaw, Parts, RawMention, RelativeRaw } from "./scan.ts";
import type { Tense } from "./tense.ts";

export interface Resolved {
  date: string;
  endDate: string | null;
  precision: Precision;
}

/** True when the publication date is known at least to `p`. */
const knows = (pub: PublicationDate | null, p: Precision): pub is PublicationDate =>
  pub !== null && !morePrecise(p, pub.precision);

const yearOf = (date: string) => Number(date.slice(0, 4));

function resolveRelative(r: RelativeRaw, pub: PublicationDate | null): Resolved | null {
  if (r.unit === "year") return knows(pub, "year") ? single(String(yearOf(pub.value) + r.offset)) : null;
  if (r.unit === "month")
    return knows(pub, "month") ? single(addMonths(pub.value.slice(0, 7), r.offset)) : null;
  if (!knows(pub, "day")) return null;
  if (r.unit === "day") return single(addDays(pub.value, r.offset));
  const monday = addDays(mondayOf(pub.value), 7 * r.offset);
  return { date: monday, endDate: addDays(monday, 6), precision: "day" };
}

const single = (date: string): Resolved => ({ date, endDate: null, precision: precisionOf(date) });

/**
 * The candidate nearest the publication period [lo, hi] in the clause's direction: on or before
 * its end for the past, on or after its start for the future, else simply nearest (ties to the
 * earlier, since news mostly reports what happened). Candidates are sorted ascending.
 */
function pick(
  candidates: string[],
  lo: string,
  hi: string,
  tense: Tense,
  distance: (a: string, b: string) => number,
): string | null {
  if (tense === "past") return candidates.filter((c) => c <= hi).at(-1) ?? null;
  if (tense === "future") return candidates.find((c) => c >= lo) ?? null;
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  // Without a tense marker, news is more often reporting the past than previewing the
  // future: a later candidate must be less than half as far away to win.
  for (const c of candidates) {
    const d = c < lo ? distance(c, lo) : c > hi ? 2 * distance(hi, c) : 0;
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

const nearbyYears = (pub: PublicationDate) => Array.from({ length: 9 }, (_, i) => yearOf(pub.value) - 4 + i);

function monthDay(
  month: number,
  day: number,
  weekday: number | undefined,
  pub: PublicationDate,
  tense: Tense,
) {
  const candidates = nearbyYears(pub)
    .map((y) => isoDay(y, month, day))
    .filter(isRealDate);
  const [lo, hi] = [firstDay(pub.value), lastDay(pub.value)];
  // A printed weekday ("Friday (Oct 27)") pins the year better than tense can.
  const matching = candidates.filter((c) => weekdayOf(c) === weekday);
  if (matching.length > 0) return pick(matching, lo, hi, null, daysBetween);
  return pick(candidates, lo, hi, tense, daysBetween);
}

function monthOnly(month: number, c: CalendarRaw, pub: PublicationDate, tense: Tense) {
  const candidates = nearbyYears(pub).map((y) => isoMonth(y, month));
  const [lo, hi] = [firstDay(pub.value).slice(0, 7), lastDay(pub.value).slice(0, 7)];
  if (c.modifier === "last") return candidates.filter((m) => m < lo).at(-1) ?? null;
  if (c.modifier === "next") return candidates.find((m) => m > hi) ?? null;
  if (c.modifier === "this") return isoMonth(yearOf(pub.value), month);
  return pick(candidates, lo, hi, tense, monthsBetween);
}

function weekday(wd: number, c: CalendarRaw, pubDay: string, tense: Tense): string {
  if (c.weekOffset !== null) return addDays(mondayOf(pubDay), 7 * c.weekOffset + ((wd + 6) % 7));
  const back = (weekdayOf(pubDay) - wd + 7) % 7;
  const ahead = (wd - weekdayOf(pubDay) + 7) % 7;
  // "last weekend" on a Saturday or Sunday is the one before, not the one under way.
  const weekend = wd === 6 && c.to?.weekday === 0;
  if (c.modifier === "last") return addDays(pubDay, -(weekend && back <= 1 ? back + 7 : back || 7));
  if (c.modifier === "next") return addDays(pubDay, ahead || 7);
  // "this weekend" (no week offset): told as past, the one just gone ("acknowledged this
  // weekend" on a Monday); otherwise the one under way or coming.
  if (c.modifier === "this") return addDays(pubDay, tense === "past" || back <= 1 ? -back : ahead);
  if (tense === "past" || (tense === null && back <= ahead)) return addDays(pubDay, -back);
  return addDays(pubDay, ahead);
}

/** A year the text states or implies: "June 5 last year", or the year closing a range. */
function statedYear(c: CalendarRaw, pub: PublicationDate | null): number | undefined {
  const { year, month, day } = c.from;
  if (year !== undefined) return year;
  if (c.yearOffset !== null) return knows(pub, "year") ? yearOf(pub.value) + c.yearOffset : undefined;
  const to = c.to;
  if (to?.year === undefined || to.month === undefined || month === undefined) return undefined;
  // "Dec. 28 to Jan. 3, 2025" starts in the year before the one printed.
  const wraps = month > to.month || (month === to.month && (day ?? 0) > (to.day ?? 0));
  return wraps ? to.year - 1 : to.year;
}

function resolveStart(c: CalendarRaw, pub: PublicationDate | null, tense: Tense): string | null {
  const { month, day, weekday: wd } = c.from;
  const year = statedYear(c, pub);
  if (month === undefined) {
    if (year !== undefined) return String(year);
    return wd !== undefined && knows(pub, "day") ? weekday(wd, c, pub.value, tense) : null;
  }
  if (year !== undefined) return day === undefined ? isoMonth(year, month) : isoDay(year, month, day);
  if (!knows(pub, "year")) return null;
  return day === undefined ? monthOnly(month, c, pub, tense) : monthDay(month, day, wd, pub, tense);
}

/** The end of a range, at the start's precision; a range that does not move forward is no range. */
function resolveEnd(to: Parts, start: string): string | null {
  const y = yearOf(start);
  let end: string | null = null;
  const p = precisionOf(start);
  if (p === "year" && to.year !== undefined && to.month === undefined) end = String(to.year);
  if (p === "month" && to.month !== undefined && to.day === undefined) {
    end = isoMonth(to.year ?? y, to.month);
    if (to.year === undefined && end < start) end = isoMonth(y + 1, to.month);
  }
  if (p === "day" && to.month !== undefined && to.day !== undefined) {
    end = isoDay(to.year ?? y, to.month, to.day);
    if (to.year === undefined && end < start) end = isoDay(y + 1, to.month, to.day);
  }
  if (p === "day" && to.month === undefined && to.weekday !== undefined) {
    end = addDays(start, (to.weekday - weekdayOf(start) + 7) % 7);
  }
  return end !== null && isRealDate(end) && end > start ? end : null;
}

export function resolve(raw: RawMention, pub: PublicationDate | null, tense: Tense): Resolved | null {
  if (raw.kind === "relative") return resolveRelative(raw, pub);
  const start = resolveStart(raw, pub, tense);
  if (start === null || !isRealDate(start)) return null;
  return { date: start, endDate: raw.to ? resolveEnd(raw.to, start) : null, precision: precisionOf(start) };
}
