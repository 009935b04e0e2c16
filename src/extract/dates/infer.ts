// The article's own date when its metadata has none, from the strongest evidence the text offers:
// a printed date line, then a weekday printed beside a date, then the latest date or year it
// mentions. Each step down says less, and the precision and note say so.

import { isRealDate } from "../../lib/partial-date.ts";
import type { Reference } from "../reference.ts";
import type { PublicationDate } from "../types.ts";
import { addDays, isoDay, noon, WEEKDAY_NAMES, weekdayOf } from "./calendar.ts";
import { elapsedYear } from "./elapsed.ts";
import { inOffice, openingOfficials, sameStory } from "./in-office.ts";
import { EARLIEST_YEAR, LEAD, writesYear, yearsIn } from "./infer-shared.ts";
import { afterTenure, latestDate, latestYear } from "./latest.ts";
import { leadDay, leadDayNear, leadWeekdayPair, weekdayPair } from "./lead-day.ts";
import { NUMBER_WORDS } from "./numbers.ts";
import { dateline, printed } from "./printed.ts";
import { type CalendarRaw, type RawMention, scan } from "./scan.ts";
import { summitAnchoredYears, summitYear } from "./summit-anchor.ts";
import { openingSummitDays, summitDay } from "./summit-day.ts";

const isCalendar = (m: RawMention): m is CalendarRaw => m.kind === "calendar";

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

const RETROSPECTIVE = /\b(?:then-|former\s|the\s+late\s)/i;

/** The latest date or year written, unless the opening's officials took office after it. */
function latest(
  text: string,
  all: CalendarRaw[],
  today: string,
  named: Reference["officials"],
): PublicationDate | null {
  const late = latestDate(text, all, today) ?? latestYear(all, today);
  // "Then-Vice President Joe Biden met Vice President Xi Jinping": an opening that names
  // roles held then, or no longer, tells of another time than the officials' tenures.
  if (RETROSPECTIVE.test(text.slice(0, LEAD))) return late;
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
