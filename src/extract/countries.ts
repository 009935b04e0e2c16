import { createRequire } from "node:module";
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
  /** The last word of every reference official's name: "Rubio" and "Carney" are towns too. */
  personNames: Set<string>;
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
  for (const [form, code] of demonyms()) if (!byName.has(form)) byName.set(form, code);
  // The curated forms ("U.S.", "Beijing's") and choices come last and win.
  for (const [form, code] of Object.entries(ref.demonyms.demonyms)) byName.set(form, code);
  const lex = {
    byName,
    placeNames,
    names,
    capitals,
    familyNameFirst: new Set(ref.demonyms.familyNameFirst),
    familyNameEither: new Set(ref.demonyms.familyNameEither),
    personNames: new Set(ref.officials.map((o) => o.name.split(/\s+/).at(-1) ?? "")),
  };
  return lex;
}

/**
 * English demonyms of every country (mledoze/countries, the world-countries package:
 * "Turkmen", "Ugandan", "Kyrgyzstani"), so that "Turkmen President Serdar Berdimuhamedov"
 * names his country. A form two states share ("Congolese", "Dominican") names neither; a
 * territory's ("French" for the French Southern Lands) gives way to the UN member's.
 */
function demonyms(): Map<string, string> {
  const owners = new Map<string, { code: string; member: boolean }[]>();
  const all = createRequire(import.meta.url)("world-countries/countries.json") as {
    cca2: string;
    unMember: boolean;
    demonyms?: { eng?: { m?: string; f?: string } };
  }[];
  for (const c of all) {
    const eng = c.demonyms?.eng;
    for (const form of new Set([eng?.m, eng?.f].filter((f): f is string => !!f)))
      owners.set(form, [...(owners.get(form) ?? []), { code: c.cca2, member: c.unMember }]);
  }
  const out = new Map<string, string>();
  for (const [form, list] of owners) {
    const members = list.filter((x) => x.member);
    const only = list.length === 1 ? list[0] : members.length === 1 ? members[0] : undefined;
    if (only) out.set(form, only.code);
  }
  return out;
}
