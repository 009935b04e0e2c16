// What the steps of inferPublicationDate share: how far into the text each kind of evidence
// may sit, the era a year may fall in, and which dates the article writes with a year.

import { isRealDate } from "../../lib/partial-date.ts";
import { isoDay } from "./calendar.ts";
import type { CalendarRaw, Parts } from "./scan.ts";

/** How far into the text a date line or dateline can sit. */
export const TOP = 300;
/** The lead: the first paragraph or so, where a news story dates its news. */
export const LEAD = 500;
/** Headline, standfirst bullets and the first paragraph: where a weekday-and-date pair dates the news. */
export const OPENING = 1000;
/** A weekday/date pair fixes a year only within a plausible era of online news. */
export const EARLIEST_YEAR = 1990;
export const LATEST_YEAR = 2100;

export function fullDate(p: Parts): string | null {
  if (p.year === undefined || p.month === undefined || p.day === undefined) return null;
  const day = isoDay(p.year, p.month, p.day);
  return isRealDate(day) ? day : null;
}

export const yearsIn = (c: CalendarRaw) =>
  [c.from.year, c.to?.year].filter((y): y is number => y !== undefined);

// Only a year written out says which year: "this month" or "Tuesday" were read against
// today's clock, which is not when the article was written.
export const writesYear = (c: CalendarRaw) => /\b\d{4}\b/.test(c.text);

/**
 * The rough sentence a date stands in (from the last full stop or line break before it to
 * the next after it), and where it starts: what the tense of the date is read in.
 */
export function sentenceAround(
  text: string,
  c: { start: number; end: number },
): { from: number; sentence: string } {
  const from = Math.max(text.lastIndexOf(".", c.start) + 1, text.lastIndexOf("\n", c.start) + 1);
  const to = text.slice(c.end).search(/[.\n]/);
  return { from, sentence: text.slice(from, to < 0 ? undefined : c.end + to) };
}
