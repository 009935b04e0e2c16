// The weekday a lead names, paired with a date the text prints: the news day of an article
// whose metadata has none ("on Tuesday, March 26", "Friday (Oct 27)", a day told below a
// lead that says "on Monday").

import { isRealDate } from "../../lib/partial-date.ts";
import type { PublicationDate } from "../types.ts";
import { addDays, isoDay, isoMonth, MONTH_NAMES, WEEKDAY_NAMES, weekdayOf } from "./calendar.ts";
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
import type { CalendarRaw } from "./scan.ts";
import { tenseAt } from "./tense.ts";

/** "Friday (Oct 27)": the latest year, not after today, in which that day was that weekday. */
export function weekdayPair(
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
export function leadDayNear(
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
export function leadDay(body: CalendarRaw[]): PublicationDate | null {
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
export function leadWeekdayPair(
  body: CalendarRaw[],
  all: CalendarRaw[],
  today: string,
): PublicationDate | null {
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
