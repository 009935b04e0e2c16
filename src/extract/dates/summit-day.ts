// An undated report of a summit: the opening names the summit and its city ("PANAMA CITY
// — … the Summit of the Americas … on Saturday afternoon"), and the reference knows when
// that summit was held, so the weekday says which of its days the news is of.

import { countryLexicon } from "../countries.ts";
import { shortForms } from "../officials/names.ts";
import { datelineName } from "../places/dateline.ts";
import type { Reference } from "../reference.ts";
import { findSummits } from "../summits.ts";
import { escapeRegex } from "../text.ts";
import type { PublicationDate } from "../types.ts";

type Summit = Reference["summits"][number];

import { addDays, WEEKDAY_NAMES, weekdayOf } from "./calendar.ts";
import type { CalendarRaw } from "./scan.ts";

/** Headline and first paragraphs: where a report names its occasion. */
const OPENING = 1000;

/** A summit known to the day whose host city the opening names. */
const heldIn = (opening: string) => (s: Summit) =>
  s.precision === "day" &&
  !!s.startDate &&
  !!s.city &&
  new RegExp(`\\b${escapeRegex(s.city)}\\b`, "i").test(opening);

/**
 * The one summit of the reference, known to the day, that the opening names together with
 * its host city (by its name, else a bilateral one by "summit" and its two leaders).
 */
export function openingSummit(text: string, ref: Reference): Summit | null {
  const named = openingSummits(text, ref);
  // "SAMARKAND, Uzbekistan — … the SCO summit …, weeks before the party congress opens in
  // Beijing": of the series' summits in cities the opening names, the dateline's.
  const filed = datelineName(text)?.toLowerCase();
  const atDateline = named.filter((s) => s.city?.toLowerCase() === filed);
  const [summit, other] = named.length > 1 && atDateline.length ? atDateline : named;
  return summit && !other ? summit : null;
}

/**
 * Every summit of the reference, known to the day, that the opening names together with
 * its host city: one series may have met in that city more than once (Astana, 2011, 2017
 * and 2024), and a meeting's own date can choose among them where the opening cannot.
 */
export function openingSummits(text: string, ref: Reference): Summit[] {
  const opening = text.slice(0, OPENING);
  const ids = new Set(findSummits(opening, [], ref).flatMap((m) => m.summitIds));
  const held = heldIn(opening);
  // A summit named by its own name comes first: "Beijing" in "accused Beijing of …" is no
  // second summit of the same two leaders.
  const byName = ref.summits.filter((s) => ids.has(s.id) && held(s));
  return byName.length ? byName : ref.summits.filter((s) => byLeaders(opening, s.leaders, ref) && held(s));
}

/**
 * The day of the one summit the opening names together with its host city, picked by the
 * opening's weekday within the summit's days (or the day after, when it is reported).
 * Nobody when the article writes a year after the summit's, or the weekday fits no day.
 */
export function summitDay(
  text: string,
  body: CalendarRaw[],
  writtenYears: number[],
  ref: Reference,
  today: string,
): PublicationDate | null {
  const summit = openingSummit(text, ref);
  if (!summit?.startDate) return null;
  const end = summit.endDate ?? summit.startDate;
  const year = Number(summit.startDate.slice(0, 4));
  if (end > today || writtenYears.some((y) => y > year)) return null;
  const weekday = body.find(
    (c) => c.start < OPENING && c.from.weekday !== undefined && c.from.day === undefined,
  )?.from.weekday;
  if (weekday === undefined) return null;
  const days: string[] = [];
  for (let d = summit.startDate; d <= addDays(end, 1); d = addDays(d, 1))
    if (weekdayOf(d) === weekday) days.push(d);
  if (days.length !== 1 || !days[0]) return null;
  return {
    value: days[0],
    precision: "day",
    source: "inferred",
    note: `Inferred: the opening names the ${summit.name} in ${summit.city} (${summit.startDate} to ${end}) and a ${WEEKDAY_NAMES[weekday]}.`,
  };
}

/**
 * "What the world will remember from Monday in Helsinki is an American president standing
 * beside Vladimir Putin … The summit": a bilateral summit is named by the word and its
 * two leaders' family names (the city is checked by the caller).
 */
function byLeaders(opening: string, leaders: string[] | undefined, ref: Reference, word = true): boolean {
  if (!leaders || (word && !/\bsummit\b/i.test(opening))) return false;
  const lex = countryLexicon(ref);
  return leaders.every((id) => {
    const o = ref.officials.find((x) => x.id === id);
    return (
      !!o &&
      shortForms(o.name, o.country ?? "", lex).some((f) =>
        new RegExp(`(?<![\\p{L}])${escapeRegex(f)}(?![\\p{L}])`, "u").test(opening),
      )
    );
  });
}

/**
 * The days of the reference summits the opening names (or whose two leaders it names) in
 * their city, and the day after each: a yearless dateline on one of them is of that
 * summit ("PYONGYANG, June 20 (Agency) -- Xi Jinping … held talks … with Kim Jong Un").
 */
export function openingSummitDays(text: string, ref: Reference): string[] {
  const opening = text.slice(0, OPENING);
  const ids = new Set(findSummits(opening, [], ref).flatMap((m) => m.summitIds));
  const days: string[] = [];
  const held = heldIn(opening);
  for (const s of ref.summits) {
    if (!s.startDate || !held(s)) continue;
    if (!ids.has(s.id) && !byLeaders(opening, s.leaders, ref, false)) continue;
    for (let d = s.startDate; d <= addDays(s.endDate ?? s.startDate, 1); d = addDays(d, 1)) days.push(d);
  }
  return days;
}
