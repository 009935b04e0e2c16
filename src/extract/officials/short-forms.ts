import { MONTH_NAMES, WEEKDAY_NAMES } from "../dates/calendar.ts";
import { lookupCity } from "../places/gazetteer.ts";
import { alternation, escapeRegex, matchAll, wordRegex } from "../text.ts";
import { namedAfter, placeName } from "./known.ts";
import { ENGLISH_WORDS } from "./names.ts";
import { addMention, type Scan, titlePattern } from "./scan.ts";

const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Dr)\.?`;
const GIVEN_AFTER = /^\s+\p{Lu}\p{Ll}*[-‐]\p{Ll}/u;
const NAME_AFTER = /^ (\p{Lu}\p{Ll}+)(?![\p{L}.’'])/u;
// The short words a headline in title case still writes in lower case.
const HEADLINE_LOWER = new Set([
  "and",
  "the",
  "for",
  "but",
  "nor",
  "yet",
  "via",
  "with",
  "from",
  "into",
  "over",
]);
const CALENDAR = new Set<string>([...MONTH_NAMES, ...WEEKDAY_NAMES]);

// A town of 10,000 or more: its name after a family name is the town, not a given name.
const bigCity = (name: string) => lookupCity(name).some((c) => c.population >= 10_000);

/**
 * "Kim Yo Jong", "Kim Yong Chol", "Wang Xiaohong": where the official's name opens with
 * the short form (family name first), a capitalised word right after it that does not
 * go on with the official's own name starts another person's name. A headline's title
 * case capitalises every word, so there the rule stays silent.
 */
function familyFirstOther(scan: Scan, ids: string[], short: string, end: number): boolean {
  const f = ids.length === 1 ? scan.officials.get(ids[0] as string) : undefined;
  if (!f || ![f.name, ...f.aliases].some((n) => n.startsWith(`${short} `))) return false;
  const next = NAME_AFTER.exec(scan.text.slice(end, end + 30))?.[1];
  // "Biden told Xi Washington would not …": a country, demonym or city is no given name.
  if (!next || CALENDAR.has(next) || scan.lex.byName.has(next) || bigCity(next)) return false;
  return !titleCase(scan, end);
}

/** Whether the line around `at` is a headline in title case, which capitalises every word. */
function titleCase(scan: Scan, at: number): boolean {
  const lineStart = scan.text.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = scan.text.indexOf("\n", at);
  const sentence = scan.sentences.find((s) => s.start <= at && at < s.end);
  const from = Math.max(lineStart, sentence?.start ?? lineStart);
  const to = Math.min(lineEnd < 0 ? scan.text.length : lineEnd, sentence?.end ?? scan.text.length);
  const words = scan.text.slice(from, to).match(/\p{L}{3,}/gu) ?? [];
  return !words.some((w) => /^\p{Ll}/u.test(w) && !HEADLINE_LOWER.has(w));
}

// Capitalised words before a surname that are no given name: words that open a sentence,
// and titles the title list leaves out ("Ambassador Burns").
const NOT_GIVEN = new Set(
  (
    "The A An This That These Those His Her Its Their Our But And Or Then When After Before While As If So Yet " +
    "Still Meanwhile Later Earlier Today Yesterday On In At For With By From To Of Also Both Neither Nor Since " +
    "Ambassador Director Envoy Senator Governor General Gen Admiral Adm Secretary Minister Chairman Chairwoman " +
    "Commissioner Deputy Speaker Justice Judge Professor Prof Doctor Captain Colonel Sir Lord Lady Dame Mr Mrs Ms Dr"
  )
    .split(" ")
    .concat(...CALENDAR),
);

/**
 * "Nicholas Burns" after "CIA Director William Burns", "Dennis Ross" for Wilbur Ross: where
 * the official's name ends with the short form (family name last), a given name right
 * before it that is not the official's own starts another person's name.
 */
function givenBeforeOther(scan: Scan, ids: string[], short: string, start: number): boolean {
  const f = ids.length === 1 ? scan.officials.get(ids[0] as string) : undefined;
  if (!f || ![f.name, ...f.aliases].some((n) => n.endsWith(` ${short}`))) return false;
  const before = scan.text.slice(Math.max(0, start - 40), start);
  const given = /(?:^|[^\p{L}.'’-])(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(before)?.[1];
  if (!given || NOT_GIVEN.has(given) || scan.lex.byName.has(given) || titleCase(scan, start)) return false;
  const own = (word: string | undefined) =>
    !!word && [f.name, ...f.aliases].some((n) => n.split(/\s+/).includes(word));
  // "Donald and Melania Trump": a couple named together shares the surname.
  const couple = /(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+\p{Lu}\p{Ll}+[ \t]+$/u.exec(before)?.[1];
  return !own(given) && !own(couple);
}

/**
 * Of several officials with one short form, the one it means: news names its principal
 * in full first and by surname after, and names anyone else who shares the surname in
 * full each time ("Kim Jong Un" … "Premier Kim Jae Ryong" … "Kim said"). So the official
 * named first, and at least twice as often in full as any other, takes the short form;
 * two who are named alike (Wang Yi and Wang Huning once each) leave it unread.
 */
function principal(scan: Scan, ids: string[], short: string): string | null {
  const named = ids.map((id) => {
    const own = scan.mentions.filter((m) => m.officialIds.length === 1 && m.officialIds[0] === id);
    return { id, count: own.length, first: Math.min(...own.map((m) => m.start)) };
  });
  named.sort((a, b) => b.count - a.count);
  const [top, next] = named;
  if (!top || !next) return null;
  if (top.count < 2 || top.count < 2 * next.count) return leaderFirst(scan, named, short);
  return named.every((n) => n === top || top.first < n.first) ? top.id : null;
}

/**
 * "North Korean leader Kim Jong Un" … "Kim Yong Chol" … "Mr Kim": named alike, the
 * leader named first is the story's principal, and the aide who shares the surname is
 * the one the story names in full, so long as the leader is named more often than
 * anyone who shares it. Named once each, either may be the "Kim" of the story, unless
 * the bare surname recurs: a story names its principal by surname again and again, and
 * anyone who shares it in full.
 */
function leaderFirst(
  scan: Scan,
  named: { id: string; count: number; first: number }[],
  short: string,
): string | null {
  const [first] = [...named].sort((a, b) => a.first - b.first);
  if (!first || !Number.isFinite(first.first) || !scan.officials.get(first.id)?.leader) return null;
  const recurs = bareUses(scan.text, short) >= BARE_RECURS;
  return named.some((n) => n !== first && (recurs ? n.count > first.count : n.count >= first.count))
    ? null
    : first.id;
}

// How often a surname must stand alone for the story to be its principal's.
const BARE_RECURS = 2;

/** The surname written on its own: not followed by another capitalised name part. */
function bareUses(text: string, short: string): number {
  const re = new RegExp(`(?<![\\p{L}-])${escapeRegex(short)}(?![\\p{L}-]|\\s+\\p{Lu})`, "gu");
  return [...text.matchAll(re)].length;
}

/**
 * The end of the official's full name written from `start`, if it is written there, with
 * the given name spaced or hyphenated either way ("Kim Yong Chol" for "Kim Yong-chol").
 */
function ownFullName(scan: Scan, ids: string[], start: number): number | null {
  const f = ids.length === 1 ? scan.officials.get(ids[0] as string) : undefined;
  if (!f) return null;
  for (const name of [f.name, ...f.aliases]) {
    const parts = name.split(/[\s\-‐]+/);
    if (parts.length < 2) continue;
    const re = new RegExp(`^${parts.map(escapeRegex).join("[\\s\\-‐]?")}(?![\\p{L}\\p{N}])`, "iu");
    const m = re.exec(scan.text.slice(start, start + name.length + 8));
    if (m) return start + m[0].length;
  }
  return null;
}

/** Short forms of officials present in the article ("Blinken", "Mr. Wang"), where one official has it. */
export function findShortForms(scan: Scan) {
  const { text, sentences, officials } = scan;
  const byShort = new Map<string, string[]>();
  for (const f of officials.values())
    for (const s of f.shortForms) byShort.set(s, [...(byShort.get(s) ?? []), f.id]);
  for (const [short, ids] of byShort) {
    if (ids.length < 2) continue;
    const one = principal(scan, ids, short);
    if (one) byShort.set(short, [one]);
  }
  const unique = [...byShort].filter(([, ids]) => ids.length === 1);
  if (!unique.length) return;
  const re = wordRegex(
    String.raw`(?:(${HONORIFIC}|${titlePattern(scan)})\s+)?(${alternation(unique.map(([s]) => s))})(?:[’']s)?(?![’']\p{L})`,
  );
  for (const m of matchAll(re, text)) {
    const [prefix, short] = m.groups;
    if (!short) continue;
    const ids = byShort.get(short) as string[];
    const start = m.start;
    const sentenceStart = sentences.some((s) => s.start === start);
    if (!prefix && ENGLISH_WORDS.has(short)) continue;
    if (namedAfter(text, m.end)) continue;
    // The official's own name again in full ("Pak Myong Gil" after "Vice Foreign Minister
    // Pak Myong Gil"), where only the title found it: the mention spans the name.
    const full = ownFullName(scan, ids, start + m.text.indexOf(short, prefix?.length ?? 0));
    if (full) {
      addMention(scan, { start, end: full, text: text.slice(start, full), officialIds: ids, kind: "short" });
      continue;
    }
    // "Kim Yo-jong", "Ri Sol-ju": a family name before a hyphenated given name is the
    // start of another person's name.
    if (GIVEN_AFTER.test(text.slice(m.end, m.end + 24))) continue;
    // "Pope Leo XIII" after "Pope Leo XIV": another regnal number is another person.
    if (/^\s+[IVXL]+\b/.test(text.slice(m.end, m.end + 8))) continue;
    if (!prefix && !/[’']s$/.test(m.text) && familyFirstOther(scan, ids, short, m.end)) continue;
    if (!prefix && givenBeforeOther(scan, ids, short, start)) continue;
    if (!prefix && placeName(text, start, m.end)) continue;
    if (!prefix && sentenceStart && ENGLISH_WORDS.has(short)) continue;
    addMention(scan, { start, end: m.end, text: m.text, officialIds: ids, kind: "short" });
  }
}
