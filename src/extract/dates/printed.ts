// The article's date as printed at its top: a date line ("Published 3 March 2024") gives the
// day outright; a dateline ("BEIJING, Oct 27 (Reuters) -") gives day and month, and the year
// comes from the text.

import { isRealDate } from "../../lib/partial-date.ts";
import type { PublicationDate } from "../types.ts";
import { isoDay, weekdayOf } from "./calendar.ts";
import { EARLIEST_YEAR, fullDate, LEAD, TOP, writesYear, yearsIn } from "./infer-shared.ts";
import type { CalendarRaw } from "./scan.ts";

const DATE_LABEL = /\b(?:date|dated|published|posted|updated|last updated|first published)\b\W*$/i;
// A date after a preposition at the top is the lede's event ("On Nov 14, 2024, ..."), not a date line.
const PREPOSITION_BEFORE = /\b(?:on|in|since|by|until|till|from|before|after|of|to|and|between|through)\s*$/i;
// "(Reuters)", or any name in brackets that a dash follows: "Beijing, Apr 14 (Wire) -".
const AGENCY =
  /^\s*\((?:Reuters|AP|AFP|Bloomberg|Xinhua|dpa|Kyodo|Yonhap|UPI|IANS|PTI|ANI|TASS)\)|^\s*\(\p{Lu}[\p{L}.&' /-]{0,30}\)\s*[-–—]/iu;
const DATELINE_PLACE = /(?:^|\n)\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Za-z .]+)?,\s*$/;
// "Beijing, 18 December" or "Moscow, 26 April –": a place in title case opening its line
// is a dateline too when the date ends the line or a dash follows it.
const DATELINE_PLACE_TITLE = /(?:^|\n)\s*\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3},\s*$/u;
const DATELINE_END = /^\s*(?:[-–—:]|\n|$)/;

function lineAround(text: string, start: number, end: number): [string, string] {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  return [text.slice(lineStart, start), text.slice(end, lineEnd < 0 ? undefined : lineEnd)];
}

export function printed(text: string, body: CalendarRaw[]): PublicationDate | null {
  for (const c of body.filter((c) => c.start < TOP)) {
    const value = fullDate(c.from);
    if (!value) continue;
    const [before, after] = lineAround(text, c.start, c.end);
    const ownLine = before.trim() === "" && after.trim().length <= 3;
    const atTop = c.start < 60 && !PREPOSITION_BEFORE.test(before);
    if (DATE_LABEL.test(before) || c.timed || /^\d{4}-\d{2}-\d{2}$/.test(c.text) || ownLine || atTop) {
      return {
        value,
        precision: "day",
        source: "printed",
        note: `Printed date '${c.text}' at the top of the article.`,
      };
    }
  }
  return null;
}

/** "BEIJING, Oct 27 (Reuters) -" prints day and month; the year comes from the text. */
export function dateline(
  text: string,
  body: CalendarRaw[],
  all: CalendarRaw[],
  today: string,
  anchored: number[] = [],
  inOffice: (when: number | string) => boolean = () => true,
  summitDays: string[] = [],
): PublicationDate | null {
  for (const c of body.filter((c) => c.start < TOP)) {
    const { year, month, day } = c.from;
    if (year !== undefined || month === undefined || day === undefined) continue;
    const agency = AGENCY.exec(text.slice(c.end));
    const before = text.slice(0, c.start);
    const titleCase = DATELINE_PLACE_TITLE.test(before) && DATELINE_END.test(text.slice(c.end));
    if (!agency && !DATELINE_PLACE.test(before) && !titleCase) continue;
    // "on Tuesday" in the lead is the dateline's day: it rules out the years in which that
    // day was another weekday, and names the year when the article writes none.
    const weekday = body.find(
      (w) => w.start < LEAD && w.from.weekday !== undefined && w.from.day === undefined,
    )?.from.weekday;
    // "SEOUL, Nov. 5 (Agency) -- … received Choe on Monday": a wire filed the day after
    // the lead's weekday tells of yesterday, which a year the article writes may show.
    const fits = (y: number, after = 0) =>
      isRealDate(isoDay(y, month, day)) &&
      isoDay(y, month, day) <= today &&
      (weekday === undefined || weekdayOf(isoDay(y, month, day)) === (weekday + after) % 7);
    const written = [...new Set(all.filter(writesYear).flatMap(yearsIn))].sort((a, b) => b - a);
    // A summit recalled as "last month" dates the article better than any year it writes.
    const fromSummit = anchored.find((k) => fits(k));
    // The day of a summit the opening names says the year outright, unless the article
    // writes a later year (then the summit is its background).
    const onSummit = summitDays
      .map((d) => Number(d.slice(0, 4)))
      .find((k) => summitDays.includes(isoDay(k, month, day)) && fits(k) && !written.some((w) => w > k));
    // "SEOUL, May 27 (Agency) -- … on Monday" in a piece that recalls a summit "in December
    // 2019": 27 May 2019 was a Monday too, but the premier the opening names took office in
    // 2023. A written year fits only with the opening's officials in office on that day.
    const held = (k: number) => inOffice(isoDay(k, month, day));
    let y =
      fromSummit ??
      onSummit ??
      written.find((k) => fits(k) && held(k)) ??
      written.find((k) => fits(k, 1) && held(k));
    // No written year fits: the latest year, not before the latest written one, in which
    // that day was the lead's weekday and the officials the opening names were in office.
    const floor = written.length ? Math.max(...written) : EARLIEST_YEAR;
    // In office on that very day first; then, since an opening may name a predecessor
    // ("succeeds Liu He"), at any time in that year.
    const latestFit = (inOfficeThen: (k: number) => boolean) => {
      for (let k = Number(today.slice(0, 4)); k >= floor; k--) if (fits(k) && inOfficeThen(k)) return k;
      return undefined;
    };
    if (y === undefined && weekday !== undefined)
      y = latestFit((k) => inOffice(isoDay(k, month, day))) ?? latestFit(inOffice);
    // Else a written year that fits the weekday, as officials the reference dates wrongly
    // or not at all may have been in office after all.
    y ??= written.find((k) => fits(k)) ?? written.find((k) => fits(k, 1));
    if (y === undefined) return null;
    const lineStart = text.lastIndexOf("\n", c.start - 1) + 1;
    const read = text.slice(lineStart, c.end + (agency?.[0].length ?? 0)).trim();
    return {
      value: isoDay(y, month, day),
      precision: "day",
      source: "printed",
      note: fromSummit
        ? `Printed dateline '${read}'; the year ${y} is that of a summit the article recalls relative to its own date.`
        : onSummit
          ? `Printed dateline '${read}'; ${y} is the year of the summit the opening names on that day.`
          : written.includes(y)
            ? `Printed dateline '${read}'; the year ${y} is the latest the article mentions that fits.`
            : `Printed dateline '${read}'; ${y} is the latest year (not before any the article writes) in which that day was the weekday the lead names and the officials its opening names held office.`,
    };
  }
  return null;
}
