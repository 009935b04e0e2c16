// The article's own date when its metadata has none, from the strongest evidence the text offers:
// a printed date line, then a weekday printed beside a date, then the latest date or year it
// mentions. Each step down says less, and the precision and note say so.

import { isRealDate } from "../../lib/partial-date.ts";
import type { Reference } from "../reference.ts";
import type { PublicationDate } from "../types.ts";
import { addDays, isoDay, isoMonth, MONTH_NAMES, noon, WEEKDAY_NAMES, weekdayOf } from "./calendar.ts";
import { elapsedYear } from "./elapsed.ts";
import { inOffice, openingOfficials, sameStory } from "./in-office.ts";
import {
  EARLIEST_YEAR,
  fullDate,
  LATEST_YEAR,
  LEAD,
  OPENING,
  sentenceAround,
  writesYear,
  yearsIn,
} from "./infer-shared.ts";
import { afterTenure, latestDate, latestYear } from "./latest.ts";
import { NUMBER_WORDS } from "./numbers.ts";
import { dateline, printed } from "./printed.ts";
import { type CalendarRaw, type RawMention, scan } from "./scan.ts";
import { summitAnchoredYears, summitYear } from "./summit-anchor.ts";
import { openingSummitDays, summitDay } from "./summit-day.ts";
import { tenseAt } from "./tense.ts";

const isCalendar = (m: RawMention): m is CalendarRaw => m.kind === "calendar";

/** "Friday (Oct 27)": the latest year, not after today, in which that day was that weekday. */
function weekdayPair(
  text: string,
  body: CalendarRaw[],
  all: CalendarRaw[],
  today: string,
  sameStory: (passage: string) => boolean,
): PublicationDate | null {
  for (const c of all) {
    const { year, month, day, weekday } = c.from;
    if (year !== undefined || month === undefined || day === undefined || weekday === undefined) continue;
    for (let y = Math.min(LATEST_YEAR, Number(today.slice(0, 4))); y >= EARLIEST_YEAR; y--) {
      const date = isoDay(y, month, day);
      if (!isRealDate(date) || date > today || weekdayOf(date) !== weekday) continue;
      const news = body.includes(c) ? leadDayNear(text, body, c, date, today, sameStory) : null;
      if (news) return news;
      // Published on or soon after that day: the month is as much as can honestly be claimed.
      return {
        value: isoMonth(y, month),
        precision: "month",
        source: "inferred",
        note: `Inferred: '${c.text}' — ${day} ${MONTH_NAMES[month - 1]} fell on a ${WEEKDAY_NAMES[weekday]} in ${y}.`,
      };
    }
  }
  return null;
}

/**
 * "… talks on Saturday, Feb. 1", told below a lead that says "on Monday": the lead's
 * weekday is the news day, the first such day after a day the text tells as past, or the
 * last before one it tells as ahead (within a week either way).
 */
function leadDayNear(
  text: string,
  body: CalendarRaw[],
  c: CalendarRaw,
  date: string,
  today: string,
  sameStory: (passage: string) => boolean,
): PublicationDate | null {
  // Only a day told below the lead: a pair in the lead is the news day itself ("stated
  // Friday (Oct 27) that … met on Thursday"), and the lead's weekday then lies before it.
  if (c.start < LEAD) return null;
  const lead = body.find((w) => w.start < LEAD && w.from.weekday !== undefined && w.from.day === undefined);
  if (lead?.from.weekday === undefined) return null;
  const { from, sentence } = sentenceAround(text, c);
  // "Trump announced tariffs on Wednesday, April 2" below a lead about Putin's talks is
  // background, any number of weeks before the news: the day must be of the lead's story.
  if (!sameStory(sentence)) return null;
  const tense = tenseAt(sentence, c.start - from, c.end - from);
  if (!tense) return null;
  const gap = (lead.from.weekday - weekdayOf(date) + 7) % 7;
  const value = tense === "past" ? addDays(date, gap) : addDays(date, gap === 0 ? 0 : gap - 7);
  if (value > today) return null;
  return {
    value,
    precision: "day",
    source: "inferred",
    note: `Inferred: '${c.text}' (${date}) is told as ${tense === "past" ? "past" : "ahead"}, and the lead's ${WEEKDAY_NAMES[lead.from.weekday]} is the news day ${tense === "past" ? "on or after" : "on or before"} it.`,
  };
}

/** "on Wednesday (March 19, 2025)" in the lead: the news is of that day. */
function leadDay(body: CalendarRaw[]): PublicationDate | null {
  for (const c of body.filter((c) => c.start < LEAD && writesYear(c))) {
    const value = c.from.weekday === undefined ? null : fullDate(c.from);
    if (!value || weekdayOf(value) !== c.from.weekday) continue;
    return {
      value,
      precision: "day",
      source: "inferred",
      note: `Inferred: the lead dates the news '${c.text}'.`,
    };
  }
  return null;
}

/**
 * "on Tuesday, March 26" in the opening, in an article that writes 2024: news is of its own
 * era, so a year within one of the latest the article names, in which that day was that
 * weekday, dates the news to the day. A date recurs on a weekday only 5, 6 or 11 years
 * apart, so at most one year in that window fits.
 */
function leadWeekdayPair(body: CalendarRaw[], all: CalendarRaw[], today: string): PublicationDate | null {
  const written = all.filter(writesYear).flatMap(yearsIn);
  if (written.length === 0) return null;
  const latest = Math.max(...written);
  for (const c of body.filter((c) => c.start < OPENING && !writesYear(c))) {
    const { month, day, weekday } = c.from;
    if (month === undefined || day === undefined || weekday === undefined) continue;
    const y = [latest, latest - 1, latest + 1].find((y) => {
      const date = isoDay(y, month, day);
      return isRealDate(date) && date <= today && weekdayOf(date) === weekday;
    });
    if (y === undefined) continue;
    return {
      value: isoDay(y, month, day),
      precision: "day",
      source: "inferred",
      note: `Inferred: the lead dates the news '${c.text}', a ${WEEKDAY_NAMES[weekday]} in ${y}, the era of the latest year the article names (${latest}).`,
    };
  }
  return null;
}

export function inferPublicationDate(
  text: string,
  title: string | null = null,
  now: Date = new Date(),
  ref: Reference | null = null,
): PublicationDate | null {
  const today = now.toISOString().slice(0, 10);
  const body = scan(text, noon(today)).filter(isCalendar);
  const all = title ? [...scan(title, noon(today)).filter(isCalendar), ...body] : body;
  // The opening's officials, read once and only when a step asks for them.
  let named: Reference["officials"] | undefined;
  const opening = () => (named ??= ref ? openingOfficials(text, ref) : []);
  const heldOffice = (when: number | string) => inOffice(opening(), when);
  return (
    printed(text, body) ??
    dateline(
      text,
      body,
      all,
      today,
      ref ? summitAnchoredYears(text, ref) : [],
      heldOffice,
      ref ? openingSummitDays(text, ref) : [],
    ) ??
    leadDay(body) ??
    agoDay(text, body, all, today, heldOffice) ??
    leadWeekdayPair(body, all, today) ??
    (ref ? summitDay(text, body, all.filter(writesYear).flatMap(yearsIn), ref, today) : null) ??
    weekdayPair(text, body, all, today, (passage) => sameStory(opening(), passage)) ??
    elapsedDay(text, body, all, today, (passage) => sameStory(opening(), passage)) ??
    (ref ? summitYear(text, body, all, ref, today) : null) ??
    latest(text, all, today, ref ? opening() : [])
  );
}

/** The latest date or year written, unless the opening's officials took office after it. */
function latest(
  text: string,
  all: CalendarRaw[],
  today: string,
  named: Reference["officials"],
): PublicationDate | null {
  const late = latestDate(text, all, today) ?? latestYear(all, today);
  return afterTenure(text, all, today, named, late) ?? late;
}

// "in Moscow two weeks ago, on Dec. 2": a day and how long ago it was.
const AGO_BEFORE = /\b(a|one|two|three|four|five|six|\d{1,2})\s+(days?|weeks?)\s+ago,?\s+(?:on\s+)?$/i;
const AGO_AFTER = /^,?\s+(a|one|two|three|four|five|six|\d{1,2})\s+(days?|weeks?)\s+ago\b/i;

/**
 * "Kishida laid the groundwork in Moscow two weeks ago, on Dec. 2", in a report whose
 * lead says "agreed Friday": the report is of that day plus the time elapsed, in the
 * latest year (not before any the article writes) in which that day was the lead's
 * weekday and the officials its opening names held office.
 */
function agoDay(
  text: string,
  body: CalendarRaw[],
  all: CalendarRaw[],
  today: string,
  inOffice: (when: number | string) => boolean,
): PublicationDate | null {
  const weekday = body.find((w) => w.start < LEAD && w.from.weekday !== undefined && w.from.day === undefined)
    ?.from.weekday;
  if (weekday === undefined) return null;
  const written = all.filter(writesYear).flatMap(yearsIn);
  const floor = written.length ? Math.max(...written) : EARLIEST_YEAR;
  for (const c of body) {
    const { year, month, day } = c.from;
    if (year !== undefined || month === undefined || day === undefined) continue;
    const ago =
      AGO_BEFORE.exec(text.slice(Math.max(0, c.start - 30), c.start)) ??
      AGO_AFTER.exec(text.slice(c.end, c.end + 30));
    if (!ago) continue;
    const n = NUMBER_WORDS[(ago[1] ?? "").toLowerCase()] ?? Number(ago[1]);
    const days = /^week/i.test(ago[2] ?? "") ? 7 * n : n;
    // In office on that very day first, then at any time in its year (see dateline()).
    const dayAfter = (y: number) =>
      isRealDate(isoDay(y, month, day)) ? addDays(isoDay(y, month, day), days) : null;
    const latest = (inOfficeThen: (value: string) => boolean) => {
      for (let y = Number(today.slice(0, 4)); y >= floor; y--) {
        const value = dayAfter(y);
        if (value && value <= today && weekdayOf(value) === weekday && inOfficeThen(value)) return value;
      }
      return null;
    };
    const value = latest(inOffice) ?? latest((v) => inOffice(Number(v.slice(0, 4))));
    if (value)
      return {
        value,
        precision: "day",
        source: "inferred",
        note: `Inferred: '${c.text}' was '${ago[0].trim().replace(/,?\s*(?:on\s*)?$/i, "")}', and ${value} is the latest such day that was a ${WEEKDAY_NAMES[weekday]}, the lead's day, with the officials its opening names in office.`,
      };
  }
  return null;
}

/**
 * "… their first in six years. Xi last saw his guest in June 2019 … Putin arrived in China on
 * August 31", below a lead that says "on Thursday": the year the gap gives dates the
 * story's own day told as past, and the lead's weekday after it is the news day.
 */
function elapsedDay(
  text: string,
  body: CalendarRaw[],
  all: CalendarRaw[],
  today: string,
  sameStory: (passage: string) => boolean,
): PublicationDate | null {
  const elapsed = laterElapsed(text, all, today);
  if (!elapsed) return null;
  for (const c of body) {
    const { year, month, day, weekday } = c.from;
    if (year !== undefined || month === undefined || day === undefined || weekday !== undefined) continue;
    const date = isoDay(Number(elapsed.value), month, day);
    if (!isRealDate(date) || date > today) continue;
    const news = leadDayNear(text, body, c, date, today, sameStory);
    if (news) return { ...news, note: `${elapsed.note} ${news.note}` };
  }
  return elapsed;
}

/** "1944, 75 years ago": the year it is written, when no year the text writes is later. */
function laterElapsed(text: string, all: CalendarRaw[], today: string): PublicationDate | null {
  const elapsed = elapsedYear(text, today);
  if (!elapsed) return null;
  const written = all.filter(writesYear).flatMap(yearsIn);
  return written.every((y) => y <= Number(elapsed.value)) ? elapsed : null;
}
