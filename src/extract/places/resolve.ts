// Resolving a name to a place: a country, a capital, a region or a gazetteer town, told
// apart from its namesakes by a qualifier ("Woodside, California") or by the countries
// the article mentions.

import type { countryLexicon } from "../countries.ts";
import { lookupCity, lookupRegion } from "./gazetteer.ts";

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
  // Institutions named after their buildings: "according to the White House" is a source, not a place.
  "White House",
  "Kremlin",
  "Pentagon",
  "Downing Street",
  "Elysee",
  "Élysée",
  "Blue House",
  "Zhongnanhai",
  "Capitol",
  "State Department",
  // Calendar words after "in"/"on" ("in August", "since Monday") name times, however many
  // towns share them.
  ...["January", "February", "March", "April", "May", "June", "July", "August", "September"],
  ...["October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
  ...["Saturday", "Sunday", "Christmas", "Easter", "Ramadan"],
]);
type At = { city: string | null; region: string | null; country: string | null };

export function resolve(
  name: string,
  qualifier: string | undefined,
  mentioned: Set<string>,
  lex: Lex,
): { at: At; usedQualifier: boolean } | null {
  if (NOT_CITIES.has(name)) return null;
  const country = lex.placeNames.has(name) ? lex.byName.get(name) : undefined;
  // A city-state, whose capital has its name, is a city too: "in Singapore".
  if (country && lex.capitals.get(name) === country)
    return { at: { city: name, region: null, country }, usedQualifier: false };
  if (country) return { at: { city: null, region: null, country }, usedQualifier: false };
  if (lex.byName.has(name)) return null; // a demonym ("Chinese counterparts") is not a place
  const capitalOf = lex.capitals.get(name);
  const entries = lookupCity(name);
  // "in Florida": a state or province, not a town that shares its name, unless a city
  // of that name is large (New York, Washington) or the text names it as one.
  const regions = qualifier ? [] : lookupRegion(name);
  const regionOf = regions.filter((c) => mentioned.has(c) || regions.length === 1);
  // "Government House, Victoria" in a story of Australia: the state, not the Seychelles'
  // capital, when only the state's country is named.
  const [regionCountry] = regionOf;
  if (
    capitalOf &&
    regionOf.length === 1 &&
    regionCountry &&
    mentioned.has(regionCountry) &&
    !mentioned.has(capitalOf)
  )
    return { at: { city: null, region: name, country: regionCountry }, usedQualifier: false };
  if (!capitalOf && regionOf.length === 1 && !entries.some((e) => e.population >= 100_000)) {
    // "New York" is the city GeoNames calls "New York City" more often than the state.
    const city = lookupCity(`${name} City`).find(
      (e) => e.country === regionOf[0] && e.population >= 1_000_000,
    );
    if (city) return { at: { city: name, region: city.region, country: city.country }, usedQualifier: false };
    return { at: { city: null, region: name, country: regionOf[0] as string }, usedQualifier: false };
  }
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
  // The city the name usually means comes first: one that dwarfs every namesake (Geneva,
  // Switzerland, even in an article about the United States, which has a few Genevas).
  const [first, second] = [...entries].sort((a, b) => b.population - a.population);
  if (first && first.population >= 100_000 && (!second || first.population >= 10 * second.population)) {
    return { at: { city: name, region: first.region, country: first.country }, usedQualifier: false };
  }
  // Otherwise namesakes of a size are told apart by the countries the article names;
  // still ambiguous, the name is dropped.
  const inArticle = entries.filter((e) => mentioned.has(e.country));
  if (new Set(inArticle.map((e) => e.country)).size === 1)
    return { at: pick(name, inArticle), usedQualifier: false };
  // A town of some size with no namesake anywhere is that town ("in Davos"); not one that
  // shares an official's family name ("talks with Rubio", "spoke to Carney").
  if (entries.length === 1 && first && first.population >= SOLE_TOWN && !lex.personNames.has(name))
    return { at: { city: name, region: first.region, country: first.country }, usedQualifier: false };
  return null;
}

const SOLE_TOWN = 10_000;

function pick(city: string, entries: { country: string; region: string | null; population?: number }[]): At {
  const regions = new Set(entries.map((e) => e.region));
  const first = entries[0] as { country: string; region: string | null };
  return { city, region: regions.size === 1 ? first.region : null, country: first.country };
}
