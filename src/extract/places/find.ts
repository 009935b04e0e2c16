import { countryLexicon } from "../countries.ts";
import { memo, type Reference } from "../reference.ts";
import { alternation, matchAll, wordRegex } from "../text.ts";
import type { Sentence, Span } from "../types.ts";
import { lookupCity } from "./gazetteer.ts";

export interface PlaceMention extends Span {
  sentence: number;
  venue: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  /** "near San Francisco" places an event around, not in, the city. */
  approximate: boolean;
}

const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s(?:de\s|del\s|da\s)?\p{Lu}[\p{L}'’.-]*){0,3}`;
// Only names after a locative word are read as places: "in Lima", "to Beijing", "visit Peru".
const LOCATIVE = String.raw`(?:in|at|to|near|from|outside|inside|visit|visits|visited|visiting|toured|arrived in|landed in|hosted by the US in)`;

/**
 * Places where something happens: curated venues and cities first, then capitals and
 * the GeoNames gazetteer, disambiguated by a following region or country ("Woodside,
 * California") or by the countries the article mentions; an ambiguous name is dropped.
 */
export function findPlaces(text: string, sentences: Sentence[], ref: Reference): PlaceMention[] {
  const lex = countryLexicon(ref);
  const out: PlaceMention[] = [];
  const sentenceOf = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end)?.index ?? -1;
  const mentioned = new Set<string>();
  for (const m of matchAll(wordRegex(alternation(lex.byName.keys())), text))
    mentioned.add(lex.byName.get(m.text) ?? "");

  const curated = memo(ref, "curated-places", () => {
    const map = new Map<string, Reference["places"][number]>();
    for (const p of ref.places) for (const n of [p.name, ...p.aliases]) map.set(n, p);
    return map;
  });
  const curatedRe = memo(ref, "curated-places-re", () => wordRegex(alternation(curated.keys())));
  for (const m of matchAll(curatedRe, text)) {
    const p = curated.get(m.text) as Reference["places"][number];
    const lead = text.slice(Math.max(0, m.start - 30), m.start);
    // "blame on Washington", "Beijing pushed back": a capital standing for its government.
    if (
      !new RegExp(String.raw`\b${LOCATIVE}\s+(?:the\s+)?$`, "i").test(lead) &&
      !/^[’']s\b/.test(text.slice(m.end)) &&
      !/(?:^|\n)\s*$/.test(lead)
    )
      continue;
    const near = /\bnear\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 10), m.start));
    out.push({
      start: m.start,
      end: m.end,
      text: m.text,
      sentence: sentenceOf(m.start),
      venue: p.kind === "venue" ? p.name : null,
      city: p.kind === "venue" ? (p.city ?? null) : p.name,
      region: p.region,
      country: p.country,
      approximate: near || /\barea$/i.test(m.text),
    });
  }

  const re = wordRegex(String.raw`(${LOCATIVE})\s+(?:the\s+)?(${PLACE_NAME})(?:,\s+(${PLACE_NAME}))?`);
  for (const m of matchAll(re, text)) {
    const [prep, name, qualifier] = m.groups as [string, string, string | undefined];
    const start = m.start + m.text.indexOf(name, prep.length);
    if (out.some((o) => start < o.end && start + name.length > o.start)) continue;
    if (/[’']s$/.test(name)) continue; // "to North Korea's deployment" names no place
    const place = resolve(name, qualifier, mentioned, lex);
    if (!place) continue;
    const end = place.usedQualifier && qualifier ? m.end : start + name.length;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      sentence: sentenceOf(start),
      venue: null,
      ...place.at,
      approximate: prep === "near",
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

type Lex = ReturnType<typeof countryLexicon>;

// Regions of the world that share names with small towns in the gazetteer.
const NOT_CITIES = new Set([
  "Middle East",
  "Asia",
  "Europe",
  "Africa",
  "America",
  "Asia-Pacific",
  "Indo-Pacific",
  "Pacific",
  "Atlantic",
  "West",
  "East",
  "North",
  "South",
  "Arctic",
  "Gulf",
  "Balkans",
  "Caucasus",
]);
type At = { city: string | null; region: string | null; country: string | null };

function resolve(
  name: string,
  qualifier: string | undefined,
  mentioned: Set<string>,
  lex: Lex,
): { at: At; usedQualifier: boolean } | null {
  if (NOT_CITIES.has(name)) return null;
  const country = lex.placeNames.has(name) ? lex.byName.get(name) : undefined;
  if (country) return { at: { city: null, region: null, country }, usedQualifier: false };
  if (lex.byName.has(name)) return null; // a demonym ("Chinese counterparts") is not a place
  const capitalOf = lex.capitals.get(name);
  const entries = lookupCity(name);
  if (!entries.length && !capitalOf) return null;
  const qualCountry = qualifier ? lex.byName.get(qualifier) : undefined;
  const byQualifier = qualifier
    ? entries.filter(
        (e) =>
          e.region === qualifier ||
          e.country === qualCountry ||
          (qualifier.length <= 6 && e.region?.startsWith(qualifier.replace(/\.$/, ""))),
      )
    : [];
  if (byQualifier.length) return { at: pick(name, byQualifier), usedQualifier: true };
  if (capitalOf) {
    const region = entries.find((e) => e.country === capitalOf)?.region ?? null;
    return { at: { city: name, region, country: capitalOf }, usedQualifier: false };
  }
  const inArticle = entries.filter((e) => mentioned.has(e.country));
  const countries = new Set(inArticle.map((e) => e.country));
  return countries.size === 1 ? { at: pick(name, inArticle), usedQualifier: false } : null;
}

function pick(city: string, entries: { country: string; region: string | null }[]): At {
  const regions = new Set(entries.map((e) => e.region));
  const first = entries[0] as { country: string; region: string | null };
  return { city, region: regions.size === 1 ? first.region : null, country: first.country };
}
