import type { PlacesFile } from "../../schemas/reference.ts";
import { lookupCity } from "./gazetteer.ts";

/** A point on the map, WGS 84 degrees. */
export interface Location {
  lat: number;
  lon: number;
}

export interface PlaceKey {
  city: string | null;
  region: string | null;
  country: string | null;
}

/**
 * Where a place's city is: GeoNames' point for the city of that name in that country,
 * in the stated region when one there has it (Woodside, California, not Woodside, New
 * York), else the most populous of the name. A curated city that GeoNames spells
 * otherwise (Geneva as Genève) is looked up under GeoNames' spelling. With no city, or no
 * city of that name in the country, the answer is null: only the country is known, and
 * a point for it would be invented.
 */
export function placeLocator(curated: PlacesFile["places"]): (place: PlaceKey) => Location | null {
  const spelt = new Map<string, string>();
  for (const p of curated)
    if (p.kind === "city" && p.geonames) spelt.set(`${p.name}|${p.country}`, p.geonames);
  // Keys are places stored in the database, so the memo is as small as their number.
  const memo = new Map<string, Location | null>();
  return ({ city, region, country }) => {
    if (!city || !country) return null;
    const key = `${city}|${region ?? ""}|${country}`;
    let hit = memo.get(key);
    if (hit === undefined) {
      hit = locate(spelt.get(`${city}|${country}`) ?? city, region, country);
      memo.set(key, hit);
    }
    return hit;
  };
}

function locate(city: string, region: string | null, country: string): Location | null {
  const inCountry = lookupCity(city).filter((e) => e.country === country);
  const inRegion = inCountry.filter((e) => region !== null && e.region === region);
  let best: (typeof inCountry)[number] | undefined;
  for (const e of inRegion.length ? inRegion : inCountry)
    if (!best || e.population > best.population) best = e;
  return best ? { lat: round(best.lat), lon: round(best.lon) } : null;
}

// Four decimals are about 11 m: finer than a city's point means.
const round = (x: number) => Math.round(x * 1e4) / 1e4;
