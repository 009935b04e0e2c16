import { lookupCity } from "../places/gazetteer.ts";
import { memo } from "../reference.ts";
import { alternation, type Match, matchAll, slugify, wordRegex } from "../text.ts";
import { useKnown } from "./known.ts";
import { cleanName, NAME, nameEndingAt, shortForms } from "./names.ts";
import { canonicalRole, holdsAt, type TitleEntry } from "./roles.ts";
import { addMention, perArticle, qualPattern, type Scan, titlePattern } from "./scan.ts";

/**
 * Titled names: "Chinese Foreign Minister Wang Yi", "U.S. President Joe Biden". A name
 * the reference lacks is a new official of the country the title names.
 */
export function findTitledNames(scan: Scan) {
  const { ref, text, titles, knownByName } = scan;
  const qual = qualPattern(scan);
  const title = titlePattern(scan);
  const titled = perArticle(scan, "titled", () =>
    // "China's Foreign Ministry spokeswoman, Hua Chunying": the name may follow a comma.
    // "Australia's leader, Prime Minister Anthony Albanese": a name never starts with a
    // title, or "Prime Minister Anthony" (another official's alias) is read for a name.
    wordRegex(
      String.raw`(?:(${qual})(?:[’']s)?\s+)?(?:(?:the|then)\s+)?(${title})${postedTo(qual)},?\s+(?!(?:${title})\s)(${NAME})`,
    ),
  );
  // The party of the titled name just read, for the next in a list ("Russian Foreign
  // Minister Sergei Lavrov, Deputy Prime Minister Alexander Novak and …").
  let previous: { end: number; country: string | null } | null = null;
  for (const m of matchAll(titled, text)) {
    const [q, t, rawName] = m.groups;
    const cleaned = rawName ? cleanName(rawName) : null;
    if (!cleaned || !t) continue;
    const nameStart = m.start + m.text.lastIndexOf(rawName as string);
    // A listed name longer than the pattern reads ("Emir Sheikh Tamim bin Hamad Al Thani")
    // is that official, not an unknown one with the name cut short.
    const name = longestKnownAt(scan, nameStart) ?? cleaned;
    const end = nameStart + name.length;
    const entry = titles.find((e) => e.pattern === t) as TitleEntry;
    const known =
      knownByName.get(name) ?? ref.officials.find((o) => o.name === name) ?? spellingOf(scan, name, q, entry);
    const listed: string | null | undefined =
      previous && LIST_GAP.test(text.slice(previous.end, m.start)) ? previous.country : null;
    if (known) {
      const official = useKnown(scan, known, name);
      addTitled(scan, m, end, official.id);
      previous = { end, country: official.organization ? null : official.country };
      continue;
    }
    previous = null;
    if (!name.includes(" ")) continue; // a lone surname after a title is resolved in step 3
    // "Pope Leo XIII's encyclical", "King Louis XIV": the reference lists the monarchs and
    // popes of its years, so a regnal name it lacks is one of history's.
    if (REGNAL.test(name)) continue;
    // A title one state alone uses says the country when the text writes none; so does
    // the official before it in a list of titled names.
    const country: string | null | undefined = q ? scan.lex.byName.get(q) : (entry.country ?? listed);
    if (!country) continue; // without a country the official cannot be placed; skip rather than guess
    // "West Australian Premier Roger Cook": an official of a region of the country, whose
    // premier is no head of its government and holds no national role.
    const regional = q && REGION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
    const office = regional ? { ...entry, role: null, leader: false } : entry;
    addTitled(scan, m, end, useUnknown(scan, name, country, office));
    previous = { end, country };
  }
}

// "US Ambassador to China Nicholas Burns" (a capitalised title, then a country or one
// word), "Brazil's ambassador to China, Marcos Galvao," and "Iran's ambassador in Moscow,
// Kazem Jalali," (a name closed by a comma): where an envoy is posted, between the title
// and the name. Not "After summoning Russia's ambassador in Warsaw, Polish Foreign
// Minister Radoslaw Sikorski said …".
const postedTo = (qual: string) =>
  String.raw`(?:(?<=Ambassador|Envoy|Representative)\s+to\s+(?:the\s+)?(?:${qual}|\p{Lu}[\p{L}.-]*)(?=\s+\p{Lu})|(?<=[Aa]mbassador|[Ee]nvoy)\s+(?:to|in)\s+(?:the\s+)?(?:${qual}|\p{Lu}[\p{L}.-]*)(?=,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*,))?`;

// Between two titled names of one list: a comma or "and", and a rank the title pattern
// leaves out ("First Deputy Prime Minister").
// "…, Energy Minister X and Treasury and Finance Minister Y": a first portfolio joined to
// the title ("Industry and Trade Minister") belongs to the title, not the gap.
const LIST_GAP =
  /^(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:(?:First|Acting|acting)\s+)?(?:\p{Lu}\p{Ll}+\s+and\s+)?$/u;

const REGNAL = /\s[IVXL]+$/;

const REGION_BEFORE = /\b(?:West|Western|South|Southern|North|Northern|East|Eastern|Central|Upper|Lower)\s+$/;

/**
 * A title after the name, set off by commas: "Penny Wong, Australia's foreign minister,
 * said", "met Penny Wong, the Australian foreign minister, in Beijing". News writes the
 * title there in lower case, so each title is matched in both cases. A name the
 * reference lacks is a new official of the country the qualifier (or the title) names;
 * the mention is the name alone.
 */
export function findAppositiveNames(scan: Scan) {
  const { ref, text, titles, knownByName } = scan;
  const qual = qualPattern(scan);
  const lower = new Map(titles.map((e) => [e.pattern.toLowerCase(), e]));
  const title = memo(ref, "appositive-title", () =>
    alternation([...titles.map((e) => e.pattern), ...lower.keys()]),
  );
  // The title after the comma first, then the name before it (nameEndingAt).
  const appositive = perArticle(
    scan,
    "appositive",
    () =>
      new RegExp(
        String.raw`,\s+(?:the\s+)?(?:(${qual})(?:[’']s)?\s+)?(${title})(?=\s*[,.;)]|\s+(?:and|who)\b)(?![\p{L}\p{N}])`,
        "gu",
      ),
  );
  for (const tail of matchAll(appositive, text)) {
    const before = nameEndingAt(text, tail.start);
    if (!before) continue;
    const [q, t] = tail.groups;
    const name = cleanName(before.text);
    if (!name?.includes(" ") || !t || knownByName.has(name)) continue;
    // "visited New Delhi, the Indian prime minister's…": a place before the comma is no name.
    if (ref.officials.some((o) => o.name === name) || lookupCity(name).length) continue;
    const entry = lower.get(t.toLowerCase());
    const country = q ? scan.lex.byName.get(q) : entry?.country;
    if (!entry || !country) continue;
    addUnknownByName(scan, name, before.start + before.text.indexOf(name), country, entry);
  }
}

/**
 * A mention of a new official the text names by a full name no other rule read: not a
 * listed official, not a place ("New Delhi"), not inside another mention. Returns whether
 * it was added.
 */
export function addNewUnknown(scan: Scan, name: string, start: number, country: string, entry: TitleEntry) {
  if (!name.includes(" ") || scan.knownByName.has(name)) return false;
  // Nor a listed official written by an alias ("Sheikh Mohammed" for Qatar's premier).
  if (scan.ref.officials.some((o) => o.name === name || o.aliases.includes(name)) || lookupCity(name).length)
    return false;
  if (scan.mentions.some((x) => start < x.end && start + name.length > x.start)) return false;
  addUnknownByName(scan, name, start, country, entry);
  return true;
}

/** A mention of an official the reference does not list, by the name alone. */
export function addUnknownByName(
  scan: Scan,
  name: string,
  start: number,
  country: string,
  entry: TitleEntry,
) {
  addMention(scan, {
    start,
    end: start + name.length,
    text: name,
    officialIds: [useUnknown(scan, name, country, entry)],
    kind: "full",
  });
}

/** An official the reference does not list, known by name, country and the title before the name. */
/**
 * "President Vladimir Zelensky" for the reference's Volodymyr Zelensky: a name spelled
 * another way is the reference official of the title's country who has its family name
 * and holds the title's office at the article's date, when exactly one does.
 */
function spellingOf(scan: Scan, name: string, q: string | undefined, entry: TitleEntry) {
  const country = q ? scan.lex.byName.get(q) : entry.country;
  // "Pope Leo XIII" is not Pope Leo XIV: a regnal number names one holder only.
  if (!country || !name.includes(" ") || REGNAL.test(name)) return undefined;
  const countryName = scan.lex.names.get(country);
  const role = canonicalRole(entry, countryName);
  if (!role) return undefined;
  const family = new Set(shortForms(name, country, scan.lex));
  const sameOffice = (title: string) =>
    title === role || `${title} of ${countryName}` === role || title === `${role} of ${countryName}`;
  const found = scan.ref.officials.filter(
    (o) =>
      o.country === country &&
      shortForms(o.name, o.country, scan.lex).some((f) => family.has(f)) &&
      o.roles.some((r) => holdsAt(r, scan.pub) && sameOffice(r.title)),
  );
  return found.length === 1 ? found[0] : undefined;
}

function useUnknown(scan: Scan, name: string, country: string, entry: TitleEntry): string {
  const { officials, lex } = scan;
  const id = slugify(name);
  let f = officials.get(id);
  if (!f) {
    const role = canonicalRole(entry, lex.names.get(country));
    f = {
      id,
      name,
      country,
      organization: null,
      role,
      leader: entry.leader,
      former: false,
      known: false,
      aliases: new Set(),
      shortForms: shortForms(name, country, lex),
    };
    officials.set(id, f);
  }
  f.aliases.add(name);
  return id;
}

/** The longest listed full name or multi-word alias that starts at this offset. */
function longestKnownAt(scan: Scan, at: number): string | null {
  const { ref, knownByName, text } = scan;
  if (!knownByName.size) return null;
  // alternation() puts the longest first: "… Al Thani" before "… bin Hamad".
  const sticky = memo(ref, "known-names-at", () => wordRegex(alternation(knownByName.keys()), "uy"));
  sticky.lastIndex = at;
  return sticky.exec(text)?.[0] ?? null;
}

/** The mention runs from the title (or its country) to the end of the name. */
const addTitled = (scan: Scan, m: Match, end: number, id: string) =>
  addMention(scan, {
    start: m.start,
    end,
    text: scan.text.slice(m.start, end),
    officialIds: [id],
    kind: "full",
  });
