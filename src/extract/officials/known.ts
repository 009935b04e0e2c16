import { cachedRegex, phraseIndex, presentPhrases } from "../phrases.ts";
import { lookupCity } from "../places/gazetteer.ts";
import { memo, type Reference } from "../reference.ts";
import { alternation, matchAll, wordSource } from "../text.ts";
import { isAmbiguousShortForm, shortForms } from "./names.ts";
import { holdsAt, isLeaderRole, roleEntryAt } from "./roles.ts";
import { addMention, type Scan } from "./scan.ts";
import type { FoundOfficial } from "./types.ts";

/** The reference official, found in the article under `form`. */
export function useKnown(scan: Scan, o: Reference["officials"][number], form: string): FoundOfficial {
  const { officials, pub, titles, lex } = scan;
  let f = officials.get(o.id);
  if (!f) {
    const held = roleEntryAt(o, pub);
    const role = held?.title ?? null;
    f = {
      id: o.id,
      name: o.name,
      country: o.country,
      organization: held?.organization ?? null,
      role,
      leader: isLeaderRole(role, titles),
      former: held !== null && !holdsAt(held, pub),
      known: true,
      aliases: new Set(),
      // The reference's one-word aliases ("Lula", "Biden") first: they are what news writes.
      shortForms: [
        ...new Set([
          ...o.aliases.filter((a) => !a.includes(" ") && !isAmbiguousShortForm(a)),
          ...shortForms(o.name, o.country, lex),
        ]),
      ],
    };
    officials.set(o.id, f);
  }
  f.aliases.add(form);
  return f;
}

/**
 * "in The Hague": a person's name takes no capitalised article, though "The Biden-Xi
 * meeting" names Biden in a compound.
 */
export const placeName = (text: string, start: number, end: number) =>
  /\bThe\s+$/.test(text.slice(Math.max(0, start - 8), start)) && !/^[-–]/.test(text.slice(end, end + 1));

// "talks mediated by Oman in Muscat": a short form that is also a city's name (Joseph
// Muscat's), right after a preposition of place, names the city. A city of some size:
// a village sharing a leader's name ("in Modi's India" has no preposition before it
// anyway) is no reason to doubt the person.
const LOCATIVE_BEFORE = /\b(?:in|at|to|from|near|outside|into|via|towards?)\s+$/;
const cityAfterLocative = (text: string, m: { start: number; text: string }) =>
  LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
  lookupCity(m.text).some((c) => c.population >= 100_000);

// "Trump Tower", "Kim Il Sung Square", "the Obama administration": a name that names a
// building, a place, an institution or a government is not the person.
const NAMED_AFTER =
  /^\s+(?:Tower|Towers|House|Hall|Center|Centre|Plaza|Hotel|Building|Library|Foundation|Institute|Museum|Stadium|Gymnasium|Airport|International\s+Airport|Street|Avenue|Boulevard|Road|Square|Bridge|Park|University|Doctrine|[Aa]dministration|[Gg]overnment|[Cc]abinet|[Cc]ampaign|[Ee]ra)\b/;

export const namedAfter = (text: string, end: number) => NAMED_AFTER.test(text.slice(end, end + 24));

/** Reference officials by full name or multi-word alias anywhere. */
export function findFullNames(scan: Scan) {
  const { ref, text, knownByName } = scan;
  if (!knownByName.size) return;
  const used = presentPhrases(
    memo(ref, "known-names", () => phraseIndex(knownByName.keys())),
    text,
    true,
  );
  if (!used.length) return;
  const known = cachedRegex(
    memo(ref, "known-patterns", () => new Map<string, RegExp>()),
    wordSource(alternation(used)),
    "gu",
  );
  for (const m of matchAll(known, text)) {
    const o = knownByName.get(m.text);
    // "President Lee" inside "South Korean President Lee Jae Myung", already read: another
    // official's alias there names nobody, so it must not make that official present.
    const over = scan.mentions.filter((x) => m.start < x.end && m.end > x.start);
    if (o && over.every((x) => x.officialIds.includes(o.id)) && !namedAfter(text, m.end))
      addMention(scan, {
        start: m.start,
        end: m.end,
        text: m.text,
        officialIds: [useKnown(scan, o, m.text).id],
        kind: "full",
      });
  }
}

/**
 * Reference officials whose distinctive short form ("Biden", "Xi") appears alone: one
 * scan for all of them. A short form two reference officials share names neither.
 */
export function findLoneAliases(scan: Scan) {
  const { ref, text, officials } = scan;
  const lone = memo(ref, "lone-aliases", () => {
    const owners = new Map<string, Reference["officials"][number][]>();
    for (const o of ref.officials)
      for (const alias of new Set(o.aliases))
        if (!alias.includes(" ") && !isAmbiguousShortForm(alias))
          owners.set(alias, [...(owners.get(alias) ?? []), o]);
    const distinct = new Map(
      [...owners].flatMap(([a, os]) => (os.length === 1 && os[0] ? [[a, os[0]]] : [])),
    );
    return { distinct, index: phraseIndex(distinct.keys()) };
  });
  const used = presentPhrases(lone.index, text, true);
  if (!used.length) return;
  // "Blair House" is a building, not Bill Blair: a lone short form followed by another
  // capitalised word is part of some other name; so is one joined to a word by a hyphen
  // ("Yoon Young-chan" is not Stuart Young); and one joined to a contraction is a word
  // ("Don't meddle" is not Don Pramudwinai).
  const re = cachedRegex(
    memo(ref, "lone-patterns", () => new Map<string, RegExp>()),
    wordSource(
      String.raw`(?<!\p{L}[-‐])(?:${alternation(used)})(?!\s+\p{Lu}\p{Ll}|[-‐]\p{L}|[’'](?!s\b)\p{L})`,
    ),
    "gu",
  );
  for (const m of matchAll(re, text)) {
    const o = lone.distinct.get(m.text);
    if (placeName(text, m.start, m.end) || cityAfterLocative(text, m)) continue;
    if (o && !officials.has(o.id)) useKnown(scan, o, m.text);
  }
}
