import { countryLexicon } from "../countries.ts";
import { memo, type Reference } from "../reference.ts";
import { alternation, foldAccents, matchAll, wordRegex } from "../text.ts";
import type { Sentence, Span } from "../types.ts";
import { describedPlaces } from "./anaphoric.ts";
import { possessivePlaces } from "./possessive.ts";
import { resolve } from "./resolve.ts";

// The place-finding modules (named, dateline) take resolve from here, beside findPlaces.
export { resolve } from "./resolve.ts";

export interface PlaceMention extends Span {
  sentence: number;
  venue: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  /** "near San Francisco" places an event around, not in, the city. */
  approximate: boolean;
}

// Name tokens: capitalised words, or dotted abbreviations ("D.C."); a full stop after a
// word ends the sentence, so "Tokyo. They" is not one name.
const PLACE_TOKEN = String.raw`(?:(?:\p{Lu}\.){2,3}|\p{Lu}[\p{L}'’-]*)`;
// "St. Petersburg", "St. Louis": Saint's abbreviation keeps its point.
// A day or month after a name is the date ("met in Sochi Monday", AP style), not part of it.
const CALENDAR_WORD = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b`;
// "Rio de Janeiro", "Dar es Salaam", "São José dos Campos": particles inside a name. Not
// "do": "Belém do Pará" is Belém in Pará state, which the longer name would lose.
const PLACE_NAME = String.raw`(?:St\.\s)?${PLACE_TOKEN}(?:\s(?:de\s|del\s|da\s|dos\s|das\s|di\s|du\s|es\s)?(?!${CALENDAR_WORD})${PLACE_TOKEN}){0,3}`;
// Only names after a locative word are read as places: "in Lima", "to Beijing", "visit Peru".
// A sentence may open with one: "In Phnom Penh on Sunday, …".
// "in the Black Sea resort of Sochi", "the port city of Dalian": the settlement noun's "of".
const LOCATIVE = String.raw`(?:[Ii]n|[Aa]t|to|[Nn]ear|from|[Oo]utside|[Ii]nside|visit|visits|visited|visiting|toured|arrived in|landed in|(?:left|leaves|leaving|headed|heads|departed|bound|set off) for|(?:city|town|resort|port|village|island|enclave|seaport|harbou?r)\s+of)`;

const INSTITUTION_LOCATIVE =
  /\b(?:at|in|inside|visit(?:s|ed|ing)?|(?:visits?|trips?|journey)\s+to)\s+(?:the\s+)?$/i;

// "through the grounds of Bogor Palace", "on the steps of the Elysee": a part of a venue
// (only a venue: "the next steps of the Minsk process" is no place).
const VENUE_PART = /\bthe\s+(?:grounds|gardens|steps|courtyard|lawns?|terrace)\s+of\s+(?:the\s+)?$/i;
// "It was up to Kyiv to seek a meeting": the capital is its government, not a place.
const UP_TO = /\bup\s+to\s+(?:the\s+)?$/i;
// "The Moscow leg on Monday", "the Beijing stop of his tour": the part of a trip spent there.
const LEG_AFTER = /^\s+(?:leg|stop|stopover|stage)\b/i;
// What folding could lengthen (Hangul syllables decompose) or shorten (a loose accent).
const LENGTH_CHANGING = /[\p{M}\uAC00-\uD7A3]/u;

const EVENT_NOUN_AFTER =
  /^\s+(?:meeting|talks|summit|dinner|lunch|luncheon|banquet|breakfast|session|encounter)\b/i;

/**
 * Places where something happens: curated venues and cities first, then capitals and
 * the GeoNames gazetteer, disambiguated by a following region or country ("Woodside,
 * California") or by the countries the article mentions; an ambiguous name is dropped.
 */
export function findPlaces(text: string, sentences: Sentence[], ref: Reference): PlaceMention[] {
  const lex = countryLexicon(ref);
  const out: PlaceMention[] = [];
  const sentenceOf = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end)?.index ?? -1;
  const mentioned = new Set<string>();
  // Country names, not demonyms, disambiguate towns: a "Canadian" visitor to Sydney is in Australia.
  const countryNames = memo(ref, "country-names", () => wordRegex(alternation(lex.placeNames)));
  for (const m of matchAll(countryNames, text)) mentioned.add(lex.byName.get(m.text) ?? "");

  const curated = memo(ref, "curated-places", () => {
    const map = new Map<string, Reference["places"][number]>();
    for (const p of ref.places)
      for (const n of [p.name, ...p.aliases]) for (const form of [n, foldAccents(n)]) map.set(form, p);
    return map;
  });
  const curatedRe = memo(ref, "curated-places-re", () => wordRegex(alternation(curated.keys())));
  // "Elysée Palace" with one accent of two: names are matched with the accents folded on
  // both sides, letter by letter, so that offsets stay the text's (a letter whose folding
  // would change the length, as Hangul's does, is kept as written). A text with no such
  // letter and no loose accent folds whole, offsets kept, without splitting it.
  const plain = !LENGTH_CHANGING.test(text)
    ? foldAccents(text)
    : Array.from(text, (ch) => {
        const f = foldAccents(ch);
        return f.length === ch.length ? f : ch;
      }).join("");
  for (const f of matchAll(curatedRe, plain)) {
    const p = curated.get(f.text) as Reference["places"][number];
    const m = { ...f, text: text.slice(f.start, f.end) };
    const lead = text.slice(Math.max(0, m.start - 30), m.start);
    // A dateline ("BEIJING, Nov 3 -") names where the story was filed; elsewhere a capital
    // needs a locative ("in Beijing"): "Beijing pushed back" is its government.
    const dateline =
      /(?:^|\n)\s*$/.test(lead) &&
      (m.text === m.text.toUpperCase() || /^,\s+\p{Lu}\p{Ll}+\.?\s+\d/u.test(text.slice(m.end)));
    // "The Oval Office meeting", "the Elysee Palace talks": a venue naming an occasion is where it was.
    const namesOccasion = p.kind === "venue" && EVENT_NOUN_AFTER.test(text.slice(m.end, m.end + 30));
    // "at his Mar-a-Lago estate", "at Trump's Mar-a-Lago": an owner before a venue.
    const owner = p.kind === "venue" ? String.raw`|(?:his|her|their)\s+|\p{Lu}[\p{L}-]+['’]s\s+` : "";
    const located =
      new RegExp(String.raw`\b${LOCATIVE}\s+(?:the\s+|an?\s+${owner})?$`, "iu").test(lead) &&
      !UP_TO.test(lead);
    const leg = /\bthe\s+$/i.test(lead) && LEG_AFTER.test(text.slice(m.end, m.end + 12));
    // "in the Washington Post", "a Moscow Times report": a city starting another name.
    if (
      p.kind === "city" &&
      new RegExp(String.raw`^ (?!${CALENDAR_WORD})\p{Lu}\p{Ll}`, "u").test(text.slice(m.end, m.end + 12))
    )
      continue;
    const part = p.kind === "venue" && VENUE_PART.test(lead);
    if (!located && !dateline && !namesOccasion && !leg && !part) continue;
    // An institution's seat is a place only as where someone is or visits ("at the White
    // House", "visited the Kremlin", "a trip to the White House"): "the Kremlin said" is
    // its government, and "returned to the White House" an office taken again.
    if (p.institution && !INSTITUTION_LOCATIVE.test(lead) && !namesOccasion) continue;
    const near = /\bnear\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 10), m.start));
    out.push({
      start: m.start,
      end: m.end,
      text: m.text,
      sentence: sentenceOf(m.start),
      venue: p.kind === "venue" ? p.name : null,
      city: p.kind === "venue" ? (p.city ?? null) : p.name,
      region: p.region,
      country: p.country,
      approximate: near || /\barea$/i.test(m.text),
    });
  }

  for (const p of possessivePlaces(text, lex, (name, qualifier) =>
    resolve(name, qualifier, mentioned, lex),
  )) {
    if (out.some((o) => p.start < o.end && p.end > o.start)) continue;
    // "the war in Russia's Kursk region": a place that is a topic of discussion.
    const before = text.slice(Math.max(0, p.start - 50), p.start).replace(/\s+(?:the\s+)?$/i, "");
    if (TOPIC_BEFORE.test(before)) continue;
    out.push({
      ...p,
      text: text.slice(p.start, p.end),
      sentence: sentenceOf(p.start),
      venue: null,
      approximate: false,
    });
  }

  // "in a Paris restaurant", "at a Geneva villa": an article before a city used as an attribute.
  const re = wordRegex(String.raw`(${LOCATIVE})\s+(?:the\s+|an?\s+)?(${PLACE_NAME})(?:,\s+(${PLACE_NAME}))?`);
  for (const m of matchAll(re, text)) {
    const [prep, rawName, rawQualifier] = m.groups as [string, string, string | undefined];
    // "met in Vilnius." — the full stop ends the sentence, not the name ("D.C." keeps its own).
    const name = rawName.replace(/(?<!\.\p{Lu})\.$/u, "");
    const qualifier = rawQualifier?.replace(/(?<!\.\p{Lu})\.$/u, "");
    const start = m.start + m.text.indexOf(name, prep.length);
    if (prep === "to" && /\b(?:according|up)\s*$/i.test(text.slice(Math.max(0, m.start - 12), m.start)))
      continue;
    // "arrived from Moscow" is where someone came from, never where they met ("took the call
    // from Helsinki, where he was meeting Stubb" still places the call's side).
    if (prep === "from" && ORIGIN_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    // "the war in Ukraine", "the situation in Gaza": a place that is a topic of discussion.
    if (TOPIC_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start + prep.length))) continue;
    if (out.some((o) => start < o.end && start + name.length > o.start)) continue;
    if (/[’']s$/.test(name)) continue; // "to North Korea's deployment" names no place
    // "the Temple of Heaven", "the Great Hall of the People": the name goes on past "of",
    // so its first words are not a town that shares them.
    if (!qualifier && OF_NAME.test(text.slice(start + name.length))) continue;
    const venueCity = !resolve(name, qualifier, mentioned, lex) ? venueIn(prep, name, qualifier) : null;
    if (venueCity) {
      const city = resolve(venueCity, undefined, mentioned, lex);
      if (city?.at.city) {
        out.push({
          start,
          end: m.end,
          text: text.slice(start, m.end),
          sentence: sentenceOf(start),
          venue: name,
          ...city.at,
          approximate: false,
        });
        continue;
      }
    }
    const place = resolve(name, qualifier, mentioned, lex);
    if (!place) continue;
    const end = place.usedQualifier && qualifier ? m.end : start + name.length;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      sentence: sentenceOf(start),
      venue: null,
      ...place.at,
      approximate: prep === "near",
    });
    // "will travel to Saudi Arabia, Qatar and Israel", "stops in Rome, Berlin and Paris":
    // the places coordinated with a trip's destination are destinations too.
    if (/^(?:to|in|visit|visits|visited|visiting|toured)$/i.test(prep) && !place.usedQualifier)
      out.push(...listedAfter(text, end, sentenceOf, (n) => resolve(n, undefined, mentioned, lex), out));
  }
  const leg = wordRegex(String.raw`[Tt]he\s+(${PLACE_NAME})(?=${LEG_AFTER.source.slice(1)})`);
  for (const m of matchAll(leg, text)) {
    const name = m.groups[0] as string;
    const start = m.end - name.length;
    if (out.some((o) => start < o.end && m.end > o.start)) continue;
    const place = resolve(name, undefined, mentioned, lex);
    if (place?.at.city)
      out.push({
        start,
        end: m.end,
        text: name,
        sentence: sentenceOf(start),
        venue: null,
        ...place.at,
        approximate: false,
      });
  }
  out.push(...describedPlaces(text, lex, out, sentenceOf));
  return out.sort((a, b) => a.start - b.start);
}

// "at State House, Entebbe", "at the Hotel Okura, Tokyo": a building, then its city.
const VENUE_WORD =
  /\b(?:House|Palace|Hall|Hotel|Centre|Center|Resort|Villa|Residence|Buildings?|Lodge|Castle|Mansion|Pavilion|Guesthouse|Complex|Stadium|Museum|Gardens?|Estate)$/;

/** The city after a venue no list knows: "at State House, Entebbe" is in Entebbe. */
function venueIn(prep: string, name: string, qualifier: string | undefined): string | null {
  return qualifier && /^(?:at|in|inside)$/i.test(prep) && VENUE_WORD.test(name) ? qualifier : null;
}

const OF_NAME = /^\s+of\s+(?:the\s+)?\p{Lu}/u;
const LIST_ITEM = new RegExp(String.raw`^(,\s+(?:and\s+)?|\s+and\s+)(${PLACE_NAME})(?![\p{L}’'])`, "u");

/** Places listed right after one ("…, Qatar and Israel"), each a country or city. */
function listedAfter(
  text: string,
  from: number,
  sentenceOf: (pos: number) => number,
  resolveOne: (name: string) => ReturnType<typeof resolve>,
  out: PlaceMention[],
): PlaceMention[] {
  const found: PlaceMention[] = [];
  let at = from;
  for (let i = 0; i < 6; i++) {
    const m = LIST_ITEM.exec(text.slice(at, at + 80));
    const name = m?.[2]?.replace(/(?<!\.\p{Lu})\.$/u, "");
    const place = name ? resolveOne(name) : null;
    if (!m || !name || !place) break;
    const start = at + (m[1] ?? "").length;
    if (out.some((o) => start < o.end && start + name.length > o.start)) break;
    found.push({
      start,
      end: start + name.length,
      text: name,
      sentence: sentenceOf(start),
      venue: null,
      ...place.at,
      approximate: false,
    });
    at = start + name.length;
  }
  return found;
}
const ORIGIN_BEFORE =
  /\b(?:arriv\w*|flew|flown|fly(?:ing)?|came|coming|travel+(?:ed|ing)|return\w*|headed|drove|departed|set off|fresh)\s+(?:in\s+|back\s+|directly\s+|straight\s+|on\s+|over\s+)?$/i;
// "the situation in Gaza", "a sea corridor to carry aid from the island to Gaza": a place
// that is a topic or where goods go, not where anyone met.
// "the war in Gaza", "Tuesday's deadly blast at a hospital in Gaza": what happened there,
// not where the officials were (an incident's own site may come between).
const TOPIC_BEFORE =
  /\b(?:(?:situation|war|conflict|crisis|tensions?|fighting|attacks?|violence|peace|stability|elections?|invasion|offensive|ceasefire|strikes?|airstrikes?|blasts?|explosions?|bombings?|shelling|massacres?|killings?|earthquakes?|floods?|protests?|unrest|troops|deployment|developments|humanitarian \w+|embass(?:y|ies)|consulates?|investments?|projects?)(?:\s+(?:at|on|near)\s+(?:an?|the)\s+[\w-]+)?\s+(?:in|on|to)|(?:aid|supplies|shipments|deliveries|corridor|exports|imports|weapons|arms)(?:\s+[\w-]+){0,4}\s+(?:to|into))$/i;
