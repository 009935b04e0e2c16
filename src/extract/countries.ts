import { countries as countryList } from "countries-list";
import isoCountries from "i18n-iso-countries";
import { FORMER_STATES } from "../schemas/extraction.ts";
import { memo, type Reference } from "./reference.ts";

export interface CountryLexicon {
  /** Surface form -> ISO alpha-2, for names ("Germany"), aliases ("USA") and demonyms ("German"). */
  byName: Map<string, string>;
  /** Names of countries proper ("Peru", "U.S."), which can be places, unlike demonyms ("Peruvian"). */
  placeNames: Set<string>;
  /** ISO alpha-2 -> display name used in roles ("President of Brazil"). */
  names: Map<string, string>;
  capitals: Map<string, string>;
  familyNameFirst: Set<string>;
  familyNameEither: Set<string>;
}

// "President of the United States", not "President of United States".
const WITH_ARTICLE =
  /^(United |Netherlands$|Philippines$|Czech Republic$|Dominican Republic$|Central African Republic$|Bahamas$|Gambia$|Maldives$|Comoros$)/;

export function countryLexicon(ref: Reference): CountryLexicon {
  return memo(ref, "country-lexicon", () => buildLexicon(ref));
}

function buildLexicon(ref: Reference): CountryLexicon {
  const byName = new Map<string, string>();
  const names = new Map<string, string>();
  const capitals = new Map<string, string>();
  const placeNames = new Set<string>(["U.S.", "US", "U.K.", "UK", "United States"]);
  for (const [code, c] of Object.entries(countryList)) {
    const name = c.name;
    names.set(code, WITH_ARTICLE.test(name) ? `the ${name}` : name);
    byName.set(name, code);
    placeNames.add(name);
    for (const a of c.alias ?? []) {
      if (a.length <= 2) continue;
      byName.set(a, code);
      placeNames.add(a);
    }
    for (const cap of c.capital.split(",")) if (cap.trim()) capitals.set(cap.trim(), code);
  }
  for (const code of Object.keys(isoCountries.getAlpha2Codes())) {
    const official = isoCountries.getName(code, "en", { select: "official" });
    if (official && !byName.has(official)) byName.set(official, code);
    if (official) placeNames.add(official);
  }
  for (const [code, name] of Object.entries(FORMER_STATES)) {
    names.set(code, `the ${name}`);
    byName.set(name, code);
  }
  for (const [form, code] of Object.entries(ref.demonyms.demonyms)) byName.set(form, code);
  const lex = {
    byName,
    placeNames,
    names,
    capitals,
    familyNameFirst: new Set(ref.demonyms.familyNameFirst),
    familyNameEither: new Set(ref.demonyms.familyNameEither),
  };
  return lex;
}
