// notEvents are free text ("Putin-Zelensky meeting ('no plans')", "Modi visit to Ukraine
// ('no plans')"). The principals are read out of the text by the family names of the
// article's officials; places by country names, capitals and the article's cities.

import { countries } from "countries-list";
import type { PredictedMeeting } from "./match.ts";
import { displayFamilyName, familyNames, nameTokens, principalMatches } from "./names.ts";

export interface OracleOfficial {
  name: string;
  country: string | null;
  /** For an international organisation's official: the organisation (then country is null). */
  organization?: string | null;
}

export interface ParsedNotEvent {
  text: string;
  /** Family names found in the text (before any parenthesis), in the officials' own spelling. */
  principals: string[];
  /** The same, normalised as found in the text ("kishida"), for matching participants. */
  forms: string[];
  /** Normalised city names the text mentions ("kyiv"); a prediction elsewhere does not violate it. */
  cities: string[];
  /** ISO codes of the countries the text names ("Ukraine" -> UA). */
  countries: string[];
  /** Meeting kinds the text rules out ("in-person" rules out calls; "trip" calls and meals). */
  excludedKinds: string[];
}

// What a notEvent's wording says about its kind: [pattern, kinds it rules out].
const KIND_HINTS: [RegExp, string[]][] = [
  [/\b(in-person|face-to-face)\b/i, ["call", "video_call"]],
  [/\b(trip|visit|travel)/i, ["call", "video_call", "dinner"]],
  [/\b(call|phone)/i, ["in_person", "visit", "talks", "dinner"]],
];

const containsRun = (hay: string[], needle: string[]) =>
  needle.length > 0 &&
  hay.some((_, i) => i + needle.length <= hay.length && needle.every((t, k) => hay[i + k] === t));

// Words split on anything but letters and digits, so "Macron-Scholz" gives both names.
const words = (text: string) => nameTokens(text.replace(/[^\p{L}\p{N}]+/gu, " "));

interface PlaceWord {
  tokens: string[];
  city: string | null;
  country: string | null;
}

let countryWords: PlaceWord[] | null = null;

function placeWords(extraCities: string[]): PlaceWord[] {
  if (!countryWords) {
    countryWords = [];
    for (const [code, c] of Object.entries(countries)) {
      const aliases = "alias" in c && Array.isArray(c.alias) ? (c.alias as string[]) : [];
      for (const n of [c.name, ...aliases].filter((n) => n.length > 2)) {
        countryWords.push({ tokens: words(n), city: null, country: code });
      }
      for (const cap of c.capital.split(",").map((s) => s.trim())) {
        if (cap) countryWords.push({ tokens: words(cap), city: words(cap).join(" "), country: null });
      }
    }
  }
  return [
    ...countryWords,
    ...extraCities.map((c) => ({ tokens: words(c), city: words(c).join(" "), country: null })),
  ];
}

/** Reads principals and places out of a notEvent's text; `cities` adds the article's own cities. */
export function parseNotEvent(
  text: string,
  officials: OracleOfficial[],
  cities: string[] = [],
): ParsedNotEvent {
  const head = words(text.split("(")[0] ?? text);
  const principals: string[] = [];
  const forms: string[] = [];
  for (const o of officials) {
    const found = familyNames(o.name, o.country).find((f) => containsRun(head, f.split(" ")));
    if (found === undefined || forms.includes(found)) continue;
    principals.push(displayFamilyName(o.name, o.country));
    forms.push(found);
  }
  const places = placeWords(cities).filter((p) => containsRun(head, p.tokens));
  const headText = text.split("(")[0] ?? text;
  const excludedKinds = KIND_HINTS.flatMap(([re, kinds]) => (re.test(headText) ? kinds : []));
  return {
    text,
    principals,
    forms,
    cities: [...new Set(places.flatMap((p) => (p.city ? [p.city] : [])))],
    countries: [...new Set(places.flatMap((p) => (p.country ? [p.country] : [])))],
    excludedKinds: [...new Set(excludedKinds)],
  };
}

/**
 * True when a predicted meeting realises a notEvent: all its principals take part (matched
 * by family name as an expected meeting's are), its kind is not ruled out by the wording,
 * and when the notEvent names a place, the prediction is there
 * or has no place. Only predictions that matched no expected meeting should be passed.
 */
export function violates(m: PredictedMeeting, notEvent: ParsedNotEvent): boolean {
  if (notEvent.forms.length === 0 || m.participants.length === 0) return false;
  if (notEvent.excludedKinds.includes(m.kind)) return false;
  const present = notEvent.forms.every((f) =>
    m.participants.some((p) => principalMatches(f, p.name, p.country)),
  );
  if (!present) return false;
  if (notEvent.cities.length === 0 && notEvent.countries.length === 0) return true;
  const { city, country } = m.place;
  if (city === null && country === null) return true;
  return (
    (city !== null && notEvent.cities.includes(words(city).join(" "))) ||
    (country !== null && notEvent.countries.includes(country))
  );
}
