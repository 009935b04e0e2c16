// "Brazilian President Luiz Inacio Lula da Silva and his Chinese counterpart Xi Jinping":
// an undated report was written while the officials its opening names held office,
// which the reference's dated roles say (Lula: 2003-2010 and from 2023).

import { firstDay, lastDay } from "../../lib/partial-date.ts";
import type { Reference } from "../reference.ts";

/** Headline and lead, where a report names the officials its news is about. */
const OPENING = 600;

/** The reference officials the opening names in full, with no name cut short by another's. */
export function openingOfficials(text: string, ref: Reference): Reference["officials"] {
  const opening = text.slice(0, OPENING);
  const found = ref.officials.flatMap((o) =>
    [o.name, ...o.aliases]
      .filter((n) => n.includes(" "))
      .flatMap((n) => spansOf(opening, n).map((at) => ({ o, start: at, end: at + n.length }))),
  );
  // "President Lee Jae Myung" names Lee Jae Myung, not the Lee Myung-bak of the alias
  // "President Lee" in it: a name that another official's name overlaps and runs on past
  // is cut short, and does not count.
  const cut = (x: (typeof found)[number]) =>
    found.some((y) => y.o !== x.o && y.start < x.end && x.start < y.end && y.end > x.end);
  const named = [
    ...new Set(
      found
        .filter((x) => !cut(x))
        .sort((a, b) => a.start - b.start)
        .map((x) => x.o),
    ),
  ];
  // "Petro and Maduro met … the first since 2016, when Maduro hosted Juan Manuel Santos":
  // officials who never held office together cannot all be the news. Those named first
  // are; one named after them whose tenure never met theirs is background, left out.
  const kept: Reference["officials"] = [];
  for (const o of named) if (servedTogether([...kept, o])) kept.push(o);
  return kept;
}

/** Whether the officials all held an office on one day (the latest start of a shared span). */
function servedTogether(officials: Reference["officials"]): boolean {
  const starts = officials.flatMap((o) => o.roles.map((r) => firstDay(r.startDate)));
  return starts.some((day) => inOffice(officials, day));
}

/**
 * Whether a passage names one of the opening's officials, by family name at least: the
 * same story as the lead's.
 */
export function sameStory(named: Reference["officials"], passage: string): boolean {
  return named.some((o) => spansOf(passage, o.name.split(/\s+/).at(-1) ?? o.name).length > 0);
}

/**
 * Whether every one of the opening's officials held an office in year `y`, or on the day,
 * when a day ("2024-06-30") is asked: a year can hold a term's last or first weeks (a
 * president-elect from November) that the day of the news does not.
 */
export function inOffice(named: Reference["officials"], when: number | string): boolean {
  const [from, to] = typeof when === "number" ? [`${when}-01-01`, `${when}-12-31`] : [when, when];
  return named.every((o) =>
    o.roles.some((r) => firstDay(r.startDate) <= to && (r.endDate === null || lastDay(r.endDate) >= from)),
  );
}

/** Where the name stands as whole words in the text. */
function spansOf(text: string, name: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + name.length] ?? " ";
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) out.push(at);
  }
  return out;
}
