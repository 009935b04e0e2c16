import type { CountryLexicon } from "../countries.ts";
import { alternation, matchAll, wordRegex } from "../text.ts";
import type { PlaceMention } from "./find.ts";

// "Finland's capital", "the capital of Finland": the capital the lexicon knows.
const OF_COUNTRY = (countries: string) =>
  String.raw`(${countries})['’]s\s+capital|[Tt]he\s+capital\s+of\s+(?:the\s+)?(${countries})`;
// The pattern holds every country name the lexicon knows: built once per lexicon.
const ofCountryMemo = new WeakMap<CountryLexicon, RegExp>();
function ofCountry(lex: CountryLexicon): RegExp {
  const known = ofCountryMemo.get(lex);
  if (known) return known;
  const re = wordRegex(OF_COUNTRY(alternation([...lex.placeNames].filter((n) => lex.byName.has(n)))));
  ofCountryMemo.set(lex, re);
  return re;
}
// "George HW Bush met Gorbachev in the city in 1990": the city named just before.
const THE_CITY = /\bin\s+the\s+(?:same\s+)?(?:city|capital)\b(?!\s+of\b)/gi;

/**
 * Places named by description rather than by name: a country's capital, and "in the
 * city" for the last city named in the sentence or the one before.
 */
export function describedPlaces(
  text: string,
  lex: CountryLexicon,
  found: PlaceMention[],
  sentenceOf: (pos: number) => number,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of /capital/i.test(text) ? matchAll(ofCountry(lex), text) : []) {
    const code = lex.byName.get(m.groups[0] ?? m.groups[1] ?? "");
    const capital = [...lex.capitals].find(([, c]) => c === code)?.[0];
    if (!code || !capital || found.some((o) => m.start < o.end && m.end > o.start)) continue;
    out.push(at(m, capital, code, sentenceOf(m.start)));
  }
  const cities = [...found, ...out].filter((p) => p.city).sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(THE_CITY)) {
    const start = m.index ?? 0;
    const sentence = sentenceOf(start);
    const before = cities.filter((p) => p.end <= start && p.sentence >= sentence - 1).at(-1);
    if (!before?.city || found.some((o) => start < o.end && start + m[0].length > o.start)) continue;
    out.push({ ...before, start, end: start + m[0].length, text: m[0], sentence, approximate: false });
  }
  return out;
}

const at = (
  m: { start: number; end: number; text: string },
  city: string,
  country: string,
  sentence: number,
) => ({
  start: m.start,
  end: m.end,
  text: m.text,
  sentence,
  venue: null,
  city,
  region: null,
  country,
  approximate: false,
});
