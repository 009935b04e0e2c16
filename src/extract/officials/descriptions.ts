import { memo, officialsById } from "../reference.ts";
import { type Match, matchAll, wordRegex } from "../text.ts";
import { useKnown } from "./known.ts";
import { holdsAt, roleEntryAt } from "./roles.ts";
import { addMention, perArticle, qualPattern, type Scan, taken, titlePattern } from "./scan.ts";
import type { FoundOfficial } from "./types.ts";

/**
 * The one candidate the description fits, or nobody when two could be meant. "The prime
 * minister" is the one in office: not a predecessor the article recalls.
 */
function soleTitle(scan: Scan, m: Match, candidates: FoundOfficial[]) {
  const current = candidates.filter((f) => !f.former);
  const [only, other] = current;
  const pick = only && !other ? only : (subjectBefore(scan, m, current) ?? onlyNamedBefore(scan, m, current));
  if (pick)
    addMention(scan, { start: m.start, end: m.end, text: m.text, officialIds: [pick.id], kind: "title" });
}

/**
 * "Prime Minister Narendra Modi and US President Joe Biden reviewed ties … Biden received
 * the prime minister at his home": of several officials the title fits, the only one the
 * text has named by name before it (the others come later in the story).
 */
function onlyNamedBefore(scan: Scan, m: Match, candidates: FoundOfficial[]): FoundOfficial | undefined {
  const named = candidates.filter((c) =>
    scan.mentions.some((x) => x.start < m.start && x.kind !== "group" && x.officialIds.includes(c.id)),
  );
  return named.length === 1 ? named[0] : undefined;
}

/**
 * "Trump arrived in South Korea on Wednesday. … from where the president flew to
 * Gyeongju": of several officials the title fits, the one the sentence before opened
 * with (in the same paragraph), as a pronoun would refer to him.
 */
function subjectBefore(scan: Scan, m: Match, candidates: FoundOfficial[]): FoundOfficial | undefined {
  const here = scan.sentences.find((s) => m.start >= s.start && m.start < s.end);
  const prev = here ? scan.sentences[here.index - 1] : undefined;
  if (!here || !prev || /\n/.test(scan.text.slice(prev.end, here.start))) return undefined;
  // Nobody the title fits is named between: "Trump met Lee. The president said" is open.
  const between = scan.mentions.filter((x) => x.sentence === here.index && x.start < m.start);
  if (between.some((x) => x.officialIds.some((id) => candidates.some((c) => c.id === id)))) return undefined;
  const opener = scan.mentions
    .filter((x) => x.sentence === prev.index && x.kind !== "group")
    .sort((a, b) => a.start - b.start)[0];
  const [id] = opener?.officialIds.length === 1 ? opener.officialIds : [];
  const others = scan.mentions.filter(
    (x) =>
      x.sentence === prev.index &&
      x !== opener &&
      x.officialIds.some((o) => candidates.some((c) => c.id === o && o !== id)),
  );
  // The sentence before names another who fits too: the title could be either.
  if (others.length) return undefined;
  return candidates.find((c) => c.id === id);
}

/** "the Chinese leader", "the U.S. Secretary of State": the one official of that country and role. */
export function findDescriptions(scan: Scan) {
  const { text, lex, officials } = scan;
  const descr = perArticle(scan, "described", () =>
    // "the Japanese minister": a minister of any portfolio (MINISTER below).
    wordRegex(String.raw`the\s+(${qualPattern(scan)})\s+(${titlePattern(scan)}|minister)`, "giu"),
  );
  // "the President of Russia", "the Prime Minister of India": the title before its country.
  const descrOf = perArticle(scan, "described-of", () =>
    wordRegex(
      String.raw`the\s+(${titlePattern(scan)})\s+of\s+(?:the\s+)?(${qualPattern(scan)})(?![\p{L}-])`,
      "giu",
    ),
  );
  // "South Korea's foreign minister held talks …", unnamed.
  const descrOwn = perArticle(scan, "described-own", () =>
    wordRegex(String.raw`(${qualPattern(scan)})['’]s\s+(${titlePattern(scan)})`, "giu"),
  );
  // Named after it ("the President of the United Arab Emirates, Mohamed bin Zayed"), the
  // name is the mention.
  const unnamed = (m: Match) => !/^,?\s+(?:\p{Lu}|Sheikh)/u.test(text.slice(m.end, m.end + 12));
  const found = [
    ...matchAll(descr, text).map((m) => ({ m, qual: m.groups[0], title: m.groups[1], byRole: false })),
    ...matchAll(descrOf, text)
      // A country's name, not an adjective ("the president of the Iranian parliament").
      .filter((m) => unnamed(m) && lex.placeNames.has(m.groups[1] ?? ""))
      .map((m) => ({ m, qual: m.groups[1], title: m.groups[0], byRole: false })),
    ...matchAll(descrOwn, text)
      .filter(unnamed)
      .map((m) => ({ m, qual: m.groups[0], title: m.groups[1], byRole: true })),
  ].sort((a, b) => a.m.start - b.m.start);
  for (const { m, qual, title, byRole } of found) {
    if (taken(scan, m.start, m.end)) continue;
    const country = lex.byName.get(qual ?? "") ?? lex.byName.get((qual ?? "").toLowerCase());
    if (!country) continue;
    const t = (title ?? "").toLowerCase();
    // The possessive form reads the title as its canonical role; the others as written.
    const head = byRole ? roleHead(scan, t) : t;
    const fits = (role: string | null, leader: boolean) =>
      t === "leader"
        ? leader
        : t === "minister"
          ? !leader && MINISTER.test(role ?? "")
          : plain(role ?? "").startsWith(head);
    const candidates = [...officials.values()].filter((f) => f.country === country && fits(f.role, f.leader));
    if (candidates.length || !byRole) {
      soleTitle(scan, m, candidates);
      continue;
    }
    // Nobody in the article holds it: the one official of the reference who held that
    // role in that country when the article was written.
    const holders = scan.ref.officials.filter((o) => {
      const held = roleEntryAt(o, scan.pub);
      return (
        o.country === country &&
        !!held &&
        holdsAt(held, scan.pub) &&
        !held.organization &&
        fits(held.title, false)
      );
    });
    const [only, other] = holders;
    if (!only || other || t === "leader") continue;
    const f = useKnown(scan, only, m.text);
    addMention(scan, { start: m.start, end: m.end, text: m.text, officialIds: [f.id], kind: "title" });
  }
}

// "The Japanese minister is to pay a courtesy call": the one minister of that country the
// article names, whatever the portfolio (a deputy is not "the minister").
const MINISTER = /^(?!(?:Deputy|Vice)\b)[^,]*\b(?:Minister|Secretary)\b/;

const plain = (x: string) => x.toLowerCase().replace(/[-\s]+/g, " ");

/** The canonical role a title names ("foreign minister" → "minister of foreign affairs"). */
function roleHead(scan: Scan, said: string): string {
  const entry = scan.titles.find((e) => plain(e.pattern) === plain(said));
  return entry?.role ? plain(entry.role.replace(/\s*(?:of\s+)?\{country\}/, "")) : plain(said);
}

/**
 * "the Secretary-General", "the Chancellor", "the premier": a bare title names the one
 * official of the article whose role it is (and nobody when two could be meant).
 */
export function findBareTitles(scan: Scan) {
  const { ref, text, titles, officials } = scan;
  // "the premier"; and a headline's "Prime minister to meet Xi on Monday", without "the".
  const bare = memo(ref, "bare-title", () =>
    wordRegex(
      String.raw`the\s+(${titlePattern(scan)})|(?<=^|\n)(${titlePattern(scan)})(?=\s+(?:to|will|says|said|meets|visits|arrives)\b)`,
      "giu",
    ),
  );
  for (const m of matchAll(bare, text)) {
    if (taken(scan, m.start, m.end) || /^\s+(?:of\b|\p{Lu})/u.test(text.slice(m.end, m.end + 20))) continue;
    const said = plain(m.groups[0] ?? m.groups[1] ?? "");
    const entry = titles.find((e) => plain(e.pattern) === said);
    const head = roleHead(scan, said);
    // "the Commission president": a title that names its body is the role that has each
    // of its words ("President of the European Commission"), in any order.
    const words = head.split(" ");
    const fits = (role: string) =>
      role.startsWith(head) ||
      (words.length > 1 && !entry?.role && words.every((w) => role.split(" ").includes(w)));
    // "the External Affairs Minister": a title only one state uses names none of the
    // other states' foreign ministers the article also names; when none of that state
    // fits, any official may ("the Secretary of State" of the Holy See, Parolin).
    const named = (list: FoundOfficial[]) =>
      list.filter((f) => (entry?.leader && !entry.role ? f.leader : fits(plain(f.role ?? ""))));
    const everyone = [...officials.values()];
    const own = named(everyone.filter((f) => entry?.country && f.country === entry.country));
    const all = own.length ? everyone.filter((f) => f.country === entry?.country) : everyone;
    const candidates = own.length ? own : named(everyone);
    // Saudi Arabia's crown prince is its prime minister too: when nobody's main role fits,
    // the title names whoever held it at the article's date among their other roles.
    soleTitle(
      scan,
      m,
      candidates.length
        ? candidates
        : all.filter((f) =>
            rolesOf(scan, f)
              .slice(1)
              .some((r) => fits(plain(r))),
          ),
    );
  }
}

// The plural titles a list of countries can share, and the roles each fits.
// A title fits any role the official held at the article's date: Qatar's prime minister
// is its foreign minister too.
const PLURAL_TITLES: [RegExp, (f: FoundOfficial, roles: string[]) => boolean][] = [
  [/^(?:leaders|heads of state|heads of government)$/i, (f) => f.leader],
  [/^presidents$/i, (f, roles) => f.leader && roles.some((r) => /\bpresident\b/i.test(r))],
  [
    /^prime ministers$/i,
    (f, roles) => f.leader && roles.some((r) => /\b(?:prime minister|premier|chancellor)\b/i.test(r)),
  ],
  [
    /^(?:foreign ministers|ministers of foreign affairs)$/i,
    (_, roles) =>
      roles.some((r) =>
        /\b(?:foreign (?:minister|secretary)|foreign affairs|external affairs|secretary of state)\b/i.test(r),
      ),
  ],
  [/^defen[cs]e ministers$/i, (_, roles) => roles.some((r) => /\b(?:defen[cs]e|armed forces)\b/i.test(r))],
];

/** The official's role as read, and every reference role held on the article's date. */
function rolesOf(scan: Scan, f: FoundOfficial): string[] {
  const byId = officialsById(scan.ref);
  const held = (byId.get(f.id)?.roles ?? []).filter(
    (r) => !scan.pub || ((!r.startDate || r.startDate <= scan.pub) && (!r.endDate || r.endDate >= scan.pub)),
  );
  return [f.role ?? "", ...held.map((r) => r.title)];
}
const PLURAL_TITLE =
  "leaders|heads of state|heads of government|presidents|prime ministers|foreign ministers|ministers of foreign affairs|defen[cs]e ministers";

/**
 * "hosted Japanese and South Korean leaders", "the leaders of India and China", "the
 * foreign ministers of Jordan, Egypt, Saudi Arabia, Qatar and the United Arab Emirates":
 * the official in office with that title of each country, where the article names exactly
 * one (countries whose official it does not name are left out; nobody when none is named).
 */
export function findCountryLeaders(scan: Scan) {
  const { text, lex, officials } = scan;
  const q = qualPattern(scan);
  const item = String.raw`(?:the\s+)?(?:${q})`;
  const list = String.raw`${item}(?:,\s*${item}){0,7},?\s+and\s+${item}`;
  const plural = perArticle(scan, "country-leaders", () =>
    wordRegex(String.raw`(${list})\s+(${PLURAL_TITLE})|the\s+(${PLURAL_TITLE})\s+of\s+(${list})`, "giu"),
  );
  const one = perArticle(scan, "country-leaders-item", () => wordRegex(q, "giu"));
  for (const m of matchAll(plural, text)) {
    const [before, titleBefore, titleAfter, after] = m.groups;
    const title = (titleBefore ?? titleAfter ?? "").replace(/\s+/g, " ");
    const fits = PLURAL_TITLES.find(([re]) => re.test(title))?.[1];
    const names = matchAll(one, before ?? after ?? "").map((x) => x.text);
    const countries = names.map((g) => lex.byName.get(g) ?? lex.byName.get(g.toLowerCase()));
    if (!fits || !countries.every(Boolean)) continue;
    const ids = countries.flatMap((c) => {
      const found = [...officials.values()].filter(
        (f) => f.country === c && !f.former && !f.organization && fits(f, rolesOf(scan, f)),
      );
      return found.length === 1 && found[0] ? [found[0].id] : [];
    });
    if (ids.length)
      addMention(scan, { start: m.start, end: m.end, text: m.text, officialIds: ids, kind: "group" });
  }
}
