// Dates in article text, resolved against the article's own date. News reports the past, so an
// undated "Monday" or "November 15" is read in the direction its clause points, and nothing is
// resolved more finely than the publication date allows.

import * as chrono from "chrono-node";
import { isRealDate, lastDay, precisionOf } from "../lib/partial-date.ts";
import { addDays, isoDay, noon, weekdayOf } from "./dates/calendar.ts";
import { type Resolved, resolve } from "./dates/resolve.ts";
import { type RawMention, scan } from "./dates/scan.ts";
import { tenseAt } from "./dates/tense.ts";
import type { DateMention, PublicationDate, Sentence } from "./types.ts";

export { inferPublicationDate } from "./dates/infer.ts";

// Undated articles keep only mentions that print their year, which no reference day can change.
const UNDATED_REFERENCE = noon("2000-01-01");

/** Every date expression in the sentence, offsets absolute in the article. */
// Every date expression the scanner knows has a digit or one of these words; most
// sentences have neither, and chrono is the costliest stage, so they are skipped.
const DATE_WORDS =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|week|month|year|ago|last|next|this|spring|summer|autumn|fall|winter|early|late|mid|decade|century|days|fortnight)/i;

export function findDates(sentence: Sentence, pub: PublicationDate | null): DateMention[] {
  if (!DATE_WORDS.test(sentence.text)) return [];
  const ref = pub ? noon(lastDay(pub.value)) : UNDATED_REFERENCE;
  const out: DateMention[] = [];
  const raws = scan(sentence.text, ref);
  for (const raw of raws) {
    const anchored = thatWeekday(raw, sentence.text, out, sentence.start, pub);
    if (anchored) {
      out.push({
        start: sentence.start + raw.start,
        end: sentence.start + raw.end,
        text: raw.text,
        ...anchored,
      });
      continue;
    }
    // "visited Islamabad in April 2021 and met him again in Dushanbe that July": the month
    // of the year the sentence has just named, not the latest July before the article.
    if (raw.kind === "calendar" && raw.from.year === undefined && raw.from.day === undefined) {
      const year = THAT_MONTH.test(sentence.text.slice(0, raw.start))
        ? raws.findLast((r) => r.kind === "calendar" && r.end <= raw.start && r.from.year !== undefined)
        : undefined;
      if (year?.kind === "calendar") raw.from.year = year.from.year;
    }
    // "the first since May": what a meeting is counted since is over, whatever the verb.
    const since = /\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(sentence.text.slice(0, raw.start));
    const tense =
      raw.kind === "calendar" ? (since ? "past" : tenseAt(sentence.text, raw.start, raw.end)) : null;
    // Undated articles keep only mentions that print their year: "this year" or "Friday"
    // would otherwise be read against the placeholder reference day.
    if (!pub && !/\b\d{4}\b/.test(raw.text)) continue;
    const resolved = resolve(raw, pub, tense);
    if (!resolved) continue;
    // "on 2 and 3 September": the two days, from the first (chrono reads the second alone).
    const pair = PAIRED_DAY.exec(sentence.text.slice(0, raw.start));
    if (pair && resolved.precision === "day" && !resolved.endDate && /^\d/.test(raw.text)) {
      const first = `${resolved.date.slice(0, 8)}${(pair[1] as string).padStart(2, "0")}`;
      if (first < resolved.date) {
        const start = raw.start - pair[0].length;
        out.push({
          start: sentence.start + start,
          end: sentence.start + raw.end,
          text: sentence.text.slice(start, raw.end),
          ...resolved,
          date: first,
          endDate: resolved.date,
        });
        continue;
      }
    }
    out.push({
      start: sentence.start + raw.start,
      end: sentence.start + raw.end,
      text: raw.text,
      ...resolved,
    });
  }
  return [...out, ...relativeDays(sentence, out)].sort((a, b) => a.start - b.start);
}

const THAT_MONTH = /\bthat\s+$/i;
const SAYING_THAT =
  /\b(?:said|says|told|announced|added|noted|reported|stated|confirmed|disclosed|revealed)\b[^.;]{0,60}\bthat\s+$/i;
const ASIDE = /,\s*(?:who|which|whose)\b[^,]*$/i;

/**
 * "flew to Moscow on Aug. 20 and met Putin that Tuesday evening": the first such weekday
 * on or after the day the sentence has just named, not the one nearest the article's date.
 */
function thatWeekday(
  raw: RawMention,
  text: string,
  before: DateMention[],
  offset: number,
  pub: PublicationDate | null,
): Resolved | null {
  if (raw.kind !== "calendar" || raw.modifier !== null || raw.weekOffset !== null) return null;
  const { weekday: wd, month, day, year } = raw.from;
  if (wd === undefined || month !== undefined || day !== undefined || year !== undefined) return null;
  if (!THAT_MONTH.test(text.slice(0, raw.start))) return null;
  // "said on March 4 that Tuesday's call …": "that" opens what was said, and the weekday
  // is read from the day of saying, not after it.
  if (/^['’]s\b/.test(text.slice(raw.end)) || SAYING_THAT.test(text.slice(0, raw.start))) return null;
  const anchor = before.findLast((d) => d.precision === "day" && d.end <= offset + raw.start);
  // "Sunak, who took office on Oct. 25, met Biden … that Monday": a day inside an aside
  // about someone dates the aside, not the story.
  if (!anchor || ASIDE.test(text.slice(0, anchor.start - offset))) return null;
  const date = addDays(anchor.date, (wd - weekdayOf(anchor.date) + 7) % 7);
  // Past the article's date the named day was misread: leave the weekday to the usual reading.
  if (pub && date > lastDay(pub.value)) return null;
  return { date, endDate: null, precision: "day" };
}
const PAIRED_DAY = /\b(\d{1,2})\s+and\s+$/;

// "met Xi on November 6 and Li the following day": a day counted from one the sentence
// has just named. At a sentence's start the phrase counts from the story's day instead
// (see events/story-date.ts).
const DAYS_LATER = /\b(?:the\s+(?:following|next)\s+day|(a|one|two|three)\s+days?\s+later)\b/gi;
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

function relativeDays(sentence: Sentence, dates: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of sentence.text.matchAll(DAYS_LATER)) {
    const start = sentence.start + m.index;
    const from = dates.filter((d) => d.end <= start && d.precision === "day" && !d.endDate).at(-1);
    if (!from) continue;
    const date = addDays(from.date, COUNT[(m[1] ?? "a").toLowerCase()] ?? 1);
    out.push({ start, end: start + m[0].length, text: m[0], date, endDate: null, precision: "day" });
  }
  return out;
}

// The calendar date as written: "2024-11-14T23:30:00-05:00" was published on the 14th where it
// was written, whatever day it was in UTC.
const STAMP =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

/** Publication date from user metadata: "2024-11-14", "2024-11", "2024", an ISO timestamp, or "Nov 14, 2024". */
export function parsePublishedAt(value: string): PublicationDate | null {
  const v = value.trim();
  const m = STAMP.exec(v);
  const date = m ? [m[1], m[2], m[3]].filter(Boolean).join("-") : humanDate(v);
  if (!date || !isRealDate(date)) return null;
  return { value: date, precision: precisionOf(date), source: "printed", note: null };
}

/** A written-out date ("Thu, 14 Nov 2024 06:39:00 GMT") that is the whole value and names its year. */
function humanDate(v: string): string | null {
  const [r, ...rest] = chrono.en.parse(v, noon("2000-01-01"));
  if (!r || rest.length > 0 || v.replace(r.text, "").trim() !== "") return null;
  const [y, m, d] = (["year", "month", "day"] as const).map((k) =>
    r.start.isCertain(k) ? r.start.get(k) : null,
  );
  return y && m && d ? isoDay(y, m, d) : null;
}
