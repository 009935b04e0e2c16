import { firstDay, lastDay } from "../../lib/partial-date.ts";
import type { Reference } from "../reference.ts";

type RefOfficial = Reference["officials"][number];

/** The reference role held at the publication date (the latest role when the date is unknown). */
export function roleEntryAt(o: RefOfficial, pub: string | null): RefOfficial["roles"][number] | null {
  const roles = [...o.roles].sort((a, b) => a.startDate.localeCompare(b.startDate));
  if (!pub) return roles.at(-1) ?? null;
  const to = lastDay(pub);
  const held = roles.filter((r) => holdsAt(r, pub));
  return held.at(-1) ?? roles.filter((r) => firstDay(r.startDate) <= to).at(-1) ?? roles.at(-1) ?? null;
}

/** Whether the role was held at any time in `pub` (a day, month or year); undated: yes. */
export function holdsAt(r: RefOfficial["roles"][number], pub: string | null): boolean {
  if (!pub) return true;
  return firstDay(r.startDate) <= lastDay(pub) && (r.endDate === null || lastDay(r.endDate) >= firstDay(pub));
}

export const roleAt = (o: RefOfficial, pub: string | null): string | null =>
  roleEntryAt(o, pub)?.title ?? null;

export interface TitleEntry {
  pattern: string;
  role: string | null;
  leader: boolean;
  country?: string | undefined;
}

export function titleEntries(ref: Reference): TitleEntry[] {
  return ref.titles
    .flatMap((t) =>
      t.patterns.map((pattern) => ({ pattern, role: t.role, leader: t.leader, country: t.country })),
    )
    .sort((a, b) => b.pattern.length - a.pattern.length);
}

const INSTITUTION =
  /\b(?:Senate|Assembly|Parliament|Congress|Duma|Court|Bank|Committee|Chamber|Diet|Legislat\w*|Rada|Knesset)\b/;

/** Whether a role title names a head of state or government, by the titles data. */
export function isLeaderRole(role: string | null, titles: TitleEntry[]): boolean {
  // "President of the Federal Senate" fits "President of {country}" but heads a chamber.
  if (!role || INSTITUTION.test(role)) return false;
  const t = titles.find((e) => e.role && new RegExp(`^${e.role.replace("{country}", ".+")}$`).test(role));
  return t?.leader ?? false;
}

export function canonicalRole(entry: TitleEntry, countryName: string | undefined): string | null {
  if (!entry.role) return null;
  return entry.role.includes("{country}")
    ? countryName
      ? entry.role.replace("{country}", countryName)
      : null
    : entry.role;
}
