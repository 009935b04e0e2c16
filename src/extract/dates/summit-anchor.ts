// "… on the margins of the G20 Summit in Rio de Janeiro last month": a summit the reference
// dates, recalled relative to the article ("last month", "earlier this month", "last
// year"), says when the article was written, which a dateline without a year does not.

import type { Reference } from "../reference.ts";
import { findSummits } from "../summits.ts";
import { escapeRegex } from "../text.ts";
import type { PublicationDate } from "../types.ts";
import { writesYear, yearsIn } from "./infer-shared.ts";
import type { CalendarRaw } from "./scan.ts";

/** How far after a summit's name its city or the relative phrase may stand. */
const NEAR = 60;
const RELATIVE =
  /^[^.;!?]*?\b(last month|last week|earlier this month|this month|last year|earlier this year|this year)\b/i;

/** The years the article's summit recollections place it in, latest first. */
export function summitAnchoredYears(text: string, ref: Reference): number[] {
  const years = new Set<number>();
  for (const m of findSummits(text, [], ref)) {
    const after = text.slice(m.end, m.end + NEAR);
    const rel = RELATIVE.exec(after)?.[1]?.toLowerCase();
    if (!rel) continue;
    // The series alias names many summits: the city written beside it picks one.
    const named = m.summitIds
      .map((id) => ref.summits.find((s) => s.id === id))
      .filter((s) => s?.startDate && (m.summitIds.length === 1 || (s.city && cityIn(after, s.city))));
    const [summit, other] = named;
    if (!summit?.startDate || other) continue;
    const year = Number(summit.startDate.slice(0, 4));
    const month = Number(summit.startDate.slice(5, 7));
    if (rel === "last year") years.add(year + 1);
    // "last month" in January is December of the year before.
    else if (rel === "last month" && month === 12) years.add(year + 1);
    else years.add(year);
  }
  return [...years].sort((a, b) => b - a);
}

const cityIn = (text: string, city: string) => new RegExp(`\\b${escapeRegex(city)}\\b`, "i").test(text);

const YEAR_BEFORE = /\b(?:last|previous|next|this)\s+year['’]s\s+(?:the\s+)?$/i;
const YEAR_AFTER =
  /\b(?:(?:a|one|two|three|four|five|\d+)\s+years?\s+(?:ago|earlier|before)|(?:last|next|the previous|the following)\s+year)\b/i;

/**
 * "South Africa hosts the BRICS summit in Johannesburg from 22 to 24 August", "expected in
 * Brasília for the BRICS summit on November 13": a summit the reference dates, written
 * with its city (either side) and its own first or last day after it, is of that year,
 * which dates an article that writes none later.
 */
function summitDatedYears(text: string, body: CalendarRaw[], ref: Reference): number[] {
  const years = new Set<number>();
  for (const m of findSummits(text, [], ref)) {
    const after = text.slice(m.end, m.end + NEAR);
    // "at last year's G20 summit in Osaka in June", "… on 28 June, a year ago": another
    // year than the article's.
    if (YEAR_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) || YEAR_AFTER.test(after)) continue;
    // "from 22 to 24 August", "on November 13 and 14": the days the scanner read there.
    const days = body
      .filter((c) => c.start >= m.end && c.end <= m.end + NEAR)
      .flatMap((c) => [c.from, c.to ?? {}])
      .flatMap((p) =>
        p.month && p.day ? [`${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`] : [],
      );
    if (!days.length) continue;
    const named = m.summitIds
      .map((id) => ref.summits.find((s) => s.id === id))
      .filter(
        (s) =>
          s?.startDate &&
          s.precision === "day" &&
          s.city &&
          cityIn(text.slice(Math.max(0, m.start - NEAR), m.end + NEAR), s.city) &&
          days.some((d) => s.startDate?.endsWith(d) || s.endDate?.endsWith(d)),
      );
    const [summit, other] = named;
    if (summit?.startDate && !other) years.add(Number(summit.startDate.slice(0, 4)));
  }
  return [...years].sort((a, b) => b - a);
}

/**
 * A reference summit the article writes with its city and days ("the BRICS summit in
 * Johannesburg from 22 to 24 August") dates it to that year, unless it writes a later one.
 */
export function summitYear(
  text: string,
  body: CalendarRaw[],
  all: CalendarRaw[],
  ref: Reference,
  today: string,
): PublicationDate | null {
  const y = summitDatedYears(text, body, ref).find((k) => k <= Number(today.slice(0, 4)));
  if (
    y === undefined ||
    all
      .filter(writesYear)
      .flatMap(yearsIn)
      .some((w) => w > y)
  )
    return null;
  return {
    value: String(y),
    precision: "year",
    source: "inferred",
    note: `Inferred: the article names a summit of ${y} by its city and days.`,
  };
}
