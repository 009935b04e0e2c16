// The last steps down when nothing dates the article to the day: the latest month, else
// the latest year, that the article mentions.

import { firstDay, isRealDate, lastDay } from "../../lib/partial-date.ts";
import type { Reference } from "../reference.ts";
import type { PublicationDate } from "../types.ts";
import { isoMonth } from "./calendar.ts";
import { inOffice } from "./in-office.ts";
import { fullDate, sentenceAround, writesYear, yearsIn } from "./infer-shared.ts";
import type { CalendarRaw } from "./scan.ts";
import { tenseAt } from "./tense.ts";

/** The article is no older than the latest dated month it mentions (future dates excepted). */
export function latestDate(text: string, all: CalendarRaw[], today: string): PublicationDate | null {
  let best: { month: string; text: string } | null = null;
  for (const c of all.filter(writesYear)) {
    for (const p of [c.from, c.to]) {
      if (p?.year === undefined || p.month === undefined) continue;
      const value = p.day === undefined ? isoMonth(p.year, p.month) : fullDate(p);
      if (!value || !isRealDate(value) || firstDay(value) > today) continue;
      if (!best || value.slice(0, 7) > best.month) best = { month: value.slice(0, 7), text: c.text };
    }
  }
  if (!best) return null;
  // "in December 2013 … in 2015": a later year written alone says more than the older month.
  const years = all.filter(writesYear).flatMap(yearsIn);
  if (years.some((y) => y > Number(best.month.slice(0, 4)) && y <= Number(today.slice(0, 4)))) return null;
  const later = laterYearless(text, all, best.month, today);
  return {
    value: later?.month ?? best.month,
    precision: "month",
    source: "inferred",
    note: later
      ? `Inferred: '${later.text}', told as past and written without a year, is the latest date, read as the first such month on or after '${best.text}'.`
      : `Inferred: the latest date the article mentions is '${best.text}'.`,
  };
}

/**
 * "Modi had hosted Xi … in October 2019. … killed in the Galwan Valley on June 15": the
 * story's own dates go without a year and the background's carry one, and a story is told
 * after its background. So a month written without a year and told as past is the first
 * such month on or after the latest dated one; the latest of those is a later floor for
 * the publication than the dated month.
 */
const PLUPERFECT =
  /\bhad\s+(?:(?:already|previously|last|first|also|earlier|just)\s+)?(?:\p{L}+(?:ed|en)|met|held|spoken|seen|made|come|gone|done|been|sat|led|flown|begun|taken|given|told|paid|spent)\b/iu;

const BOUND_BEFORE = /\b(?:until|till|through|by|before|from)\s+$/i;

function laterYearless(
  text: string,
  all: CalendarRaw[],
  floor: string,
  today: string,
  // After a tenure floor, a month before the floor's would be next year's but is as likely
  // this year's and before the floor ("met on July 28, before the inauguration" of
  // August): it dates the piece only when no month of the floor's own year after it does.
  floorYearFirst = false,
): { month: string; text: string } | null {
  let best: { month: string; text: string } | null = null;
  let wrapped: { month: string; text: string } | null = null;
  const [y, m] = [Number(floor.slice(0, 4)), Number(floor.slice(5, 7))];
  for (const c of all) {
    const { year, month, weekday } = c.from;
    if (year !== undefined || month === undefined || weekday !== undefined || c.to || writesYear(c)) continue;
    const { from, sentence } = sentenceAround(text, c);
    if (tenseAt(sentence, c.start - from, c.end - from) !== "past") continue;
    // "The two leaders had met in Osaka in June": the pluperfect is background too, unless
    // the month is the story's own ("He had been expected in Tokyo earlier in July").
    const own = /\bearlier\s+in\s+$/i.test(text.slice(Math.max(0, c.start - 12), c.start));
    if (PLUPERFECT.test(sentence) && !own) continue;
    // "suspended the duties for 90 days, until August": a bound, not a month of the story.
    if (BOUND_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) continue;
    const value = isoMonth(month < m ? y + 1 : y, month);
    if (value > today.slice(0, 7) || value <= floor) continue;
    if (floorYearFirst && month < m) {
      if (!wrapped || value > wrapped.month) wrapped = { month: value, text: c.text };
    } else if (!best || value > best.month) best = { month: value, text: c.text };
  }
  return best ?? wrapped;
}

/**
 * "U.S. Secretary of State Marco Rubio held talks with Wang Yi on Friday … sanctions imposed
 * in 2020": the latest year written is background when an official the opening names took
 * office only later. The article is then of the first day all of them held office, or of
 * the latest month told as past without a year after it ("earlier in July").
 */
export function afterTenure(
  text: string,
  all: CalendarRaw[],
  today: string,
  named: Reference["officials"],
  late: PublicationDate | null,
): PublicationDate | null {
  if (!late || late.precision === "day" || !named.length) return null;
  if (inOffice(named, Number(late.value.slice(0, 4)))) return null;
  const start = named
    .flatMap((o) => o.roles.map((r) => firstDay(r.startDate)))
    .filter((d) => d > lastDay(late.value) && d <= today && inOffice(named, d))
    .sort()[0];
  if (!start) return null;
  const later = laterYearless(text, all, start.slice(0, 7), today, true);
  const whom = named.map((o) => o.name).join(", ");
  return later
    ? {
        value: later.month,
        precision: "month",
        source: "inferred",
        note: `Inferred: ${whom} held office together only from ${start}, after '${late.value}'; '${later.text}', told as past and written without a year, is the first such month after.`,
      }
    : {
        value: start.slice(0, 4),
        precision: "year",
        source: "inferred",
        note: `Inferred: ${whom} held office together only from ${start}, after '${late.value}'.`,
      };
}

export function latestYear(all: CalendarRaw[], today: string): PublicationDate | null {
  const years = all
    .filter(writesYear)
    .flatMap(yearsIn)
    .filter((y) => y <= Number(today.slice(0, 4)));
  if (years.length === 0) return null;
  const y = Math.max(...years);
  return {
    value: String(y),
    precision: "year",
    source: "inferred",
    note: `Inferred: the latest year the article mentions is ${y}.`,
  };
}
