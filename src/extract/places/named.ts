import { countryLexicon } from "../countries.ts";
import type { Reference } from "../reference.ts";
import { resolve } from "./find.ts";

/**
 * A place written bare where the sentence's form says it is one ("the third encounter,
 * after Wuhan in April"), resolved as "in Wuhan" would be: a country, a capital, or a
 * city the gazetteer knows, disambiguated by the countries the article mentions.
 */
export function placeNamed(name: string, ref: Reference, mentioned: Set<string>) {
  return resolve(name, undefined, mentioned, countryLexicon(ref))?.at ?? null;
}
