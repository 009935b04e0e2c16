import { lookupCity } from "../places/gazetteer.ts";
import { memo } from "../reference.ts";
import { alternation, escapeRegex, matchAll, slugify, wordRegex } from "../text.ts";
import { cleanName, NAME, nameEndingAt, shortForms } from "./names.ts";
import { addMention, type Scan } from "./scan.ts";

// A city or province: one to three capitalised words.
const PLACE = String.raw`\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}`;

/**
 * Officials of a city or province: "Shanghai party secretary Chen Jining", "Chen Jining,
 * the Communist Party secretary of Shanghai,". The place is looked up in the gazetteer
 * (a city large enough to be the one meant, or a capital) and gives the country.
 */
export function findLocalOfficials(scan: Scan) {
  const { ref, text } = scan;
  const entries = ref.localTitles.flatMap((t) => t.patterns.map((pattern) => ({ pattern, role: t.role })));
  // Most articles name no such office: the name-first patterns are costly to try everywhere.
  if (!entries.some((e) => text.includes(e.pattern))) return;
  const titles = memo(ref, "local-titles", () =>
    alternation(entries.map((e) => escapeRegex(e.pattern)).sort((a, b) => b.length - a.length)),
  );
  const before = memo(ref, "local-before", () =>
    wordRegex(String.raw`(${PLACE})(?:[’']s)?\s+(${titles})\s+(${NAME})`),
  );
  // The title after the comma first, then the name before it: name-first is costly.
  const after = memo(
    ref,
    "local-after",
    () => new RegExp(String.raw`,\s+(?:the\s+)?(${titles})\s+(?:of|in)\s+(${PLACE})(?![\p{L}\p{N}])`, "gu"),
  );
  for (const m of matchAll(before, text)) {
    const [place, title, rawName] = m.groups as [string, string, string];
    add(scan, entries, place, title, rawName, m.start + m.text.lastIndexOf(rawName));
  }
  for (const m of matchAll(after, text)) {
    const [title, place] = m.groups as [string, string];
    const before = nameEndingAt(text, m.start);
    if (before) add(scan, entries, place, title, before.text, before.start);
  }
  // "the Communist Party secretary of Shanghai, Chen Jining"
  const ofPlace = memo(ref, "local-of", () =>
    wordRegex(String.raw`(${titles})\s+(?:of|in)\s+(${PLACE}),\s+(${NAME})`),
  );
  for (const m of matchAll(ofPlace, text)) {
    const [title, place, rawName] = m.groups as [string, string, string];
    add(scan, entries, place, title, rawName, m.start + m.text.lastIndexOf(rawName));
  }
  // "heads to Shanghai, where she will meet the city's Communist Party secretary, Chen
  // Jining": the city is the one the sentence went to last.
  const ofCity = memo(ref, "local-city", () =>
    wordRegex(String.raw`the\s+(?:city|province|state)[’']s\s+(${titles}),?\s+(${NAME})`),
  );
  for (const m of matchAll(ofCity, text)) {
    const [title, rawName] = m.groups as [string, string];
    const place = lastPlaceBefore(scan, m.start);
    if (place) add(scan, entries, place, title, rawName, m.start + m.text.lastIndexOf(rawName));
  }
}

/** The last place a locative names in the 200 characters before `at` ("to Shanghai, where"). */
function lastPlaceBefore(scan: Scan, at: number): string | null {
  const window = scan.text.slice(Math.max(0, at - 200), at);
  const places = [...window.matchAll(new RegExp(String.raw`\b(?:in|to|at|of|from)\s+(${PLACE})`, "gu"))];
  for (const m of places.reverse()) if (m[1] && countryOf(scan, m[1])) return m[1];
  return null;
}

function add(
  scan: Scan,
  entries: { pattern: string; role: string }[],
  place: string,
  title: string,
  rawName: string,
  at: number,
) {
  const name = cleanName(rawName);
  if (!name?.includes(" ") || scan.knownByName.has(name)) return;
  const country = countryOf(scan, place);
  const entry = entries.find((e) => e.pattern === title);
  if (!country || !entry) return;
  const id = slugify(name);
  let f = scan.officials.get(id);
  if (!f) {
    f = {
      id,
      name,
      country,
      organization: null,
      role: entry.role.replace("{place}", place),
      leader: false,
      former: false,
      known: false,
      aliases: new Set(),
      shortForms: shortForms(name, country, scan.lex),
    };
    scan.officials.set(id, f);
  }
  f.aliases.add(name);
  const start = scan.text.indexOf(name, at);
  if (start >= 0)
    addMention(scan, { start, end: start + name.length, text: name, officialIds: [id], kind: "full" });
}

/** The country of a city the name means: a capital, or the largest namesake by far. */
function countryOf(scan: Scan, place: string): string | null {
  const capital = scan.lex.capitals.get(place);
  if (capital) return capital;
  if (scan.lex.byName.has(place)) return null; // a country or demonym is a national title's
  const [first, second] = lookupCity(place).sort((a, b) => b.population - a.population);
  if (!first || first.population < 500_000) return null;
  return !second || first.population >= 10 * second.population ? first.country : null;
}
