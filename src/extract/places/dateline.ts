import { countryLexicon } from "../countries.ts";
import type { Reference } from "../reference.ts";
import type { Sentence } from "../types.ts";
import { type PlaceMention, resolve } from "./find.ts";

// "WASHINGTON, Feb 28 (Wire) -", "ANCHORAGE, Alaska —", "Moscow, 26 April –", "PANAMA CITY —":
// a place opening a line near the top, an optional qualifier and date, then a dash. The
// qualifier is whole words: not the "S" of "NEW YORK, Sept 23 -"; a third word only a
// region's kind ("GYEONGJU, North Gyeongsang Province --"), not a headline's verb
// ("Beijing, Moscow Sign Deals –").
const DATELINE =
  /^[ \t]*(\p{Lu}[\p{L}.'’-]*(?:[ \t]\p{Lu}[\p{L}.'’-]*){0,3})(?:,[ \t]*(\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?(?:[ \t](?:Province|Region|Prefecture|Oblast|Krai|County|State|Territory|District|Governorate))?)(?![\p{L}.]))?(?:,?[ \t]*(?:\p{L}{3,9}\.?[ \t]\d{1,2}|\d{1,2}[ \t]\p{L}{3,9})(?:,?[ \t]\d{4})?)?[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*[-–—:]/mu;
// "WASHINGTON" or "LVIV, Ukraine" alone on a line above the lead: a dateline set as a
// line of its own, in capitals (not a headline word in title case).
const DATELINE_LINE =
  /^[ \t]*(\p{Lu}[\p{Lu}.'’-]+(?:[ \t]\p{Lu}[\p{Lu}.'’-]+){0,3})(?:,[ \t]*(\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?))?[ \t]*$/mu;
/** A dateline line above the lead: only a headline and a standfirst (no full sentence) before it. */
function lineAboveLead(top: string): RegExpExecArray | null {
  const m = DATELINE_LINE.exec(top);
  if (!m) return null;
  const before = top
    .slice(0, m.index)
    .split("\n")
    .filter((l) => l.trim());
  // A paragraph of sentences before it is the lead: the line is a later section's.
  return before.length <= 2 && !before.some((l) => /[.!?]["”’']?\s*$/.test(l)) ? m : null;
}

/** How far into the text a dateline can sit (a headline and a standfirst may come first). */
const TOP = 600;

const titleCase = (s: string) =>
  s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : s;

/** The place name a dateline opens on ("SAMARKAND, Uzbekistan —" → "Samarkand"), if any. */
export function datelineName(text: string): string | null {
  const top = text.slice(0, TOP);
  const name = (DATELINE.exec(top) ?? lineAboveLead(top))?.[1];
  return name ? titleCase(name.trim()) : null;
}

/** Where the report was filed, when its dateline names a place the reference or gazetteer knows. */
export function findDateline(text: string, sentences: Sentence[], ref: Reference): PlaceMention | null {
  const top = text.slice(0, TOP);
  const m = DATELINE.exec(top) ?? lineAboveLead(top);
  if (!m || m.index === undefined) return null;
  const [, rawName = "", rawQualifier] = m;
  const name = titleCase(rawName.trim());
  const qualifier = rawQualifier ? titleCase(rawQualifier.trim()) : undefined;
  const start = m.index + m[0].indexOf(rawName);
  const at = { start, end: start + rawName.length, text: rawName };
  const sentence = sentences.find((s) => start >= s.start && start < s.end)?.index ?? -1;
  const named = (p: Reference["places"][number]) =>
    [p.name, ...p.aliases].some((n) => n.toLowerCase() === name.toLowerCase());
  const curated = ref.places.find((p) => p.kind === "city" && named(p));
  if (curated)
    return {
      ...at,
      sentence,
      venue: null,
      city: curated.name,
      region: curated.region,
      country: curated.country,
      approximate: false,
    };
  const place = resolve(name, qualifier, new Set(), countryLexicon(ref));
  if (place?.at.city) return { ...at, sentence, venue: null, ...place.at, approximate: false };
  // "CAMP DAVID, Md. (AP) —": a venue the reference lists, filed from where it stands, when
  // no city has the name ("VERSAILLES, France" is the town, not its palace).
  const venue = ref.places.find((p) => p.kind === "venue" && named(p));
  if (!venue) return null;
  return {
    ...at,
    sentence,
    venue: venue.name,
    city: venue.city ?? null,
    region: venue.region,
    country: venue.country,
    approximate: false,
  };
}
