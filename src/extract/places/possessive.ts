// "on Singapore's Sentosa island", "in China's eastern city of Hangzhou", "at Russia's
// Vostochny cosmodrome", "in Russia's capital": a country's (or city's) possessive followed
// by a kind of place names where something happens. Elsewhere a possessive names no place
// ("to North Korea's deployment"), so only these place nouns open it.

import type { countryLexicon } from "../countries.ts";
import { matchAll, wordRegex } from "../text.ts";

type Lex = ReturnType<typeof countryLexicon>;
export type Resolve = (
  name: string,
  qualifier: string | undefined,
) => { at: { city: string | null; region: string | null; country: string | null } } | null;

export interface PossessivePlace {
  start: number;
  end: number;
  city: string | null;
  region: string | null;
  country: string;
}

const TOKEN = String.raw`\p{Lu}[\p{L}'’-]*`;
const NAME = String.raw`${TOKEN}(?:\s${TOKEN}){0,2}`;
const PLACE_NOUN = String.raw`(?:island|islands|resort|coast|capital|city|port|town|village|region|province|peninsula|retreat|cosmodrome|spaceport|air\s+base|naval\s+base|airport|enclave|far\s+east)`;
// Up to three words (adjectives or the place's own name) between the possessive and the noun.
const POSSESSIVE = wordRegex(
  String.raw`(?:on|in|at|to|visit(?:s|ed|ing)?|toured)\s+(?:the\s+)?(${NAME})['’]s\s+((?:[\p{L}-]+\s+){0,3}?)(${PLACE_NOUN})(?:\s+of\s+(${NAME}))?`,
);

// "in the Kazakh capital Astana", "in the Vietnamese city of Da Nang", "the Chinese
// capital": a country's adjective before a kind of place, and the place's name after it.
const DEMONYM = wordRegex(
  String.raw`(?:on|in|at|to|visit(?:s|ed|ing)?|toured)\s+the\s+(${NAME})\s+((?:[\p{Ll}-]+\s+){0,2}?)(${PLACE_NOUN})(?:,?\s+(?:of\s+)?(${NAME}))?`,
);

export function possessivePlaces(text: string, lex: Lex, resolve: Resolve): PossessivePlace[] {
  return [...ownedPlaces(text, lex, resolve), ...demonymPlaces(text, lex, resolve)];
}

function demonymPlaces(text: string, lex: Lex, resolve: Resolve): PossessivePlace[] {
  const out: PossessivePlace[] = [];
  for (const m of matchAll(DEMONYM, text)) {
    const [adjective, , noun, named] = m.groups as [string, string, string, string | undefined];
    const country = lex.placeNames.has(adjective) ? undefined : lex.byName.get(adjective);
    if (!country) continue;
    const start = m.start + m.text.indexOf(adjective);
    const at = named ? resolve(named, undefined)?.at : null;
    if (at?.country === country) {
      out.push({ start, end: m.end, city: at.city, region: at.region, country });
    } else if (!named || !at) {
      const capital = /^capital$/i.test(noun) ? capitalOf(lex, country) : null;
      out.push({ start, end: named ? m.end - named.length : m.end, city: capital, region: null, country });
    }
  }
  return out;
}

function ownedPlaces(text: string, lex: Lex, resolve: Resolve): PossessivePlace[] {
  const out: PossessivePlace[] = [];
  for (const m of matchAll(POSSESSIVE, text)) {
    const [owner, , noun, named] = m.groups as [string, string, string, string | undefined];
    const country = lex.placeNames.has(owner) ? lex.byName.get(owner) : undefined;
    const start = m.start + m.text.indexOf(owner);
    // "China's eastern city of Hangzhou": the named city, in that country.
    if (named) {
      const at = resolve(named, country ? owner : undefined)?.at;
      if (at?.country && (!country || at.country === country))
        out.push({ start, end: m.end, city: at.city, region: at.region, country: at.country });
      continue;
    }
    if (country) {
      // A city-state is its own capital: "Singapore's Sentosa island" is in Singapore.
      const capital =
        lex.capitals.get(owner) === country
          ? owner
          : /^capital$/i.test(noun)
            ? capitalOf(lex, country)
            : null;
      out.push({ start, end: m.end, city: capital, region: null, country });
      continue;
    }
    // "Moscow's Vnukovo airport": inside the city the possessive names.
    const at = resolve(owner, undefined)?.at;
    if (at?.city && at.country)
      out.push({ start, end: m.end, city: at.city, region: at.region, country: at.country });
  }
  return out;
}

function capitalOf(lex: Lex, country: string): string | null {
  const names = [...lex.capitals].filter(([, code]) => code === country).map(([name]) => name);
  return names.length === 1 ? (names[0] as string) : null;
}
