import { countryLexicon } from "../countries.ts";
import { memo, type Reference } from "../reference.ts";
import { alternation, matchAll, slugify, wordRegex } from "../text.ts";
import type { Sentence } from "../types.ts";
import { counterparts } from "./counterparts.ts";
import { cleanName, ENGLISH_WORDS, isAmbiguousShortForm, NAME, shortForms } from "./names.ts";
import { objectPronouns, subjectPronouns } from "./pronouns.ts";
import { canonicalRole, isLeaderRole, roleEntryAt, type TitleEntry, titleEntries } from "./roles.ts";
import { type FoundOfficial, type OfficialMention, partyOf } from "./types.ts";

export interface OfficialsResult {
  officials: Map<string, FoundOfficial>;
  mentions: OfficialMention[];
}

const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Dr)\.?`;

/**
 * Finds the officials an article mentions and every mention of them: reference
 * officials by name and alias, unknown ones from a title before a name ("Foreign
 * Minister Qin Gang"), then later short forms ("Blinken", "Mr. Wang"), title-only
 * descriptions ("the Chinese leader") and "the two leaders".
 */
export function findOfficials(
  text: string,
  sentences: Sentence[],
  ref: Reference,
  pub: string | null,
): OfficialsResult {
  const lex = countryLexicon(ref);
  const titles = titleEntries(ref);
  const officials = new Map<string, FoundOfficial>();
  const mentions: OfficialMention[] = [];
  const sentenceAt = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end)?.index ?? -1;
  const taken = (start: number, end: number) => mentions.some((m) => start < m.end && end > m.start);
  const add = (m: Omit<OfficialMention, "sentence">) => {
    if (!taken(m.start, m.end)) mentions.push({ ...m, sentence: sentenceAt(m.start) });
  };

  const knownByName = new Map<string, Reference["officials"][number]>();
  for (const o of ref.officials)
    for (const n of [o.name, ...o.aliases]) if (n.includes(" ")) knownByName.set(n, o);
  const useKnown = (o: Reference["officials"][number], form: string) => {
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
  };

  // 1. Titled names: "Chinese Foreign Minister Wang Yi", "U.S. President Joe Biden".
  const qual = memo(ref, "qual", () => alternation(lex.byName.keys()));
  const title = memo(ref, "title", () => alternation(titles.map((t) => t.pattern)));
  const titled = memo(ref, "titled", () =>
    wordRegex(String.raw`(?:(${qual})(?:[’']s)?\s+)?(?:(?:the|then)\s+)?(${title})\s+(${NAME})`),
  );
  for (const m of matchAll(titled, text)) {
    const [q, t, rawName] = m.groups;
    const name = rawName ? cleanName(rawName) : null;
    if (!name || !t) continue;
    const nameStart = m.start + m.text.lastIndexOf(rawName as string);
    const entry = titles.find((e) => e.pattern === t) as TitleEntry;
    const known = knownByName.get(name) ?? ref.officials.find((o) => o.name === name);
    if (known) {
      add({
        start: m.start,
        end: nameStart + name.length,
        text: text.slice(m.start, nameStart + name.length),
        officialIds: [useKnown(known, name).id],
        kind: "full",
      });
      continue;
    }
    if (!name.includes(" ")) continue; // a lone surname after a title is resolved in step 3
    const country = q ? lex.byName.get(q) : undefined;
    if (!country) continue; // without a country the official cannot be placed; skip rather than guess
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
        known: false,
        aliases: new Set(),
        shortForms: shortForms(name, country, lex),
      };
      officials.set(id, f);
    }
    f.aliases.add(name);
    add({
      start: m.start,
      end: nameStart + name.length,
      text: text.slice(m.start, nameStart + name.length),
      officialIds: [id],
      kind: "full",
    });
  }

  // 2. Reference officials by full name or multi-word alias anywhere.
  if (knownByName.size) {
    const known = memo(ref, "known-names", () => wordRegex(alternation(knownByName.keys())));
    for (const m of matchAll(known, text)) {
      const o = knownByName.get(m.text);
      if (o)
        add({
          start: m.start,
          end: m.end,
          text: m.text,
          officialIds: [useKnown(o, m.text).id],
          kind: "full",
        });
    }
  }
  // Reference officials whose distinctive short form ("Biden", "Xi") appears alone: one
  // scan for all of them. A short form two reference officials share names neither.
  const lone = memo(ref, "lone-aliases", () => {
    const owners = new Map<string, Reference["officials"][number][]>();
    for (const o of ref.officials)
      for (const alias of new Set(o.aliases))
        if (!alias.includes(" ") && !isAmbiguousShortForm(alias))
          owners.set(alias, [...(owners.get(alias) ?? []), o]);
    const distinct = new Map(
      [...owners].flatMap(([a, os]) => (os.length === 1 && os[0] ? [[a, os[0]]] : [])),
    );
    // "Blair House" is a building, not Bill Blair: a lone short form followed by another
    // capitalised word is part of some other name.
    const re = distinct.size
      ? wordRegex(String.raw`(?:${alternation(distinct.keys())})(?!\s+\p{Lu}\p{Ll})`, "gu")
      : null;
    return { distinct, re };
  });
  if (lone.re)
    for (const m of matchAll(lone.re, text)) {
      const o = lone.distinct.get(m.text);
      if (o && !officials.has(o.id)) useKnown(o, m.text);
    }

  // 3. Short forms of officials present in the article.
  const byShort = new Map<string, string[]>();
  for (const f of officials.values())
    for (const s of f.shortForms) byShort.set(s, [...(byShort.get(s) ?? []), f.id]);
  const unique = [...byShort].filter(([, ids]) => ids.length === 1);
  if (unique.length) {
    const re = wordRegex(
      String.raw`(?:(${HONORIFIC}|${title})\s+)?(${alternation(unique.map(([s]) => s))})(?:[’']s)?`,
    );
    for (const m of matchAll(re, text)) {
      const [prefix, short] = m.groups;
      if (!short) continue;
      const ids = byShort.get(short) as string[];
      const start = m.start;
      const sentenceStart = sentences.some((s) => s.start === start);
      if (!prefix && ENGLISH_WORDS.has(short)) continue;
      if (!prefix && sentenceStart && ENGLISH_WORDS.has(short)) continue;
      add({ start, end: m.end, text: m.text, officialIds: ids, kind: "short" });
    }
  }

  // 4. Title-only descriptions and groups: a description names an official only when one fits.
  const soleTitle = (m: { start: number; end: number; text: string }, candidates: FoundOfficial[]) => {
    const [only, other] = candidates;
    if (only && !other)
      add({ start: m.start, end: m.end, text: m.text, officialIds: [only.id], kind: "title" });
  };
  const descr = memo(ref, "described", () => wordRegex(String.raw`the\s+(${qual})\s+(${title})`, "giu"));
  for (const m of matchAll(descr, text)) {
    const country = lex.byName.get(m.groups[0] ?? "");
    const t = (m.groups[1] ?? "").toLowerCase();
    const candidates = [...officials.values()].filter(
      (f) =>
        f.country === country && (t === "leader" ? f.leader : (f.role ?? "").toLowerCase().startsWith(t)),
    );
    soleTitle(m, candidates);
  }
  // "the Secretary-General", "the Chancellor", "the premier": a bare title names the one
  // official of the article whose role it is (and nobody when two could be meant).
  const bare = memo(ref, "bare-title", () => wordRegex(String.raw`the\s+(${title})`, "giu"));
  const plain = (x: string) => x.toLowerCase().replace(/[-\s]+/g, " ");
  for (const m of matchAll(bare, text)) {
    if (taken(m.start, m.end) || /^\s+(?:of\b|\p{Lu})/u.test(text.slice(m.end, m.end + 20))) continue;
    const said = plain(m.groups[0] ?? "");
    const entry = titles.find((e) => plain(e.pattern) === said);
    const head = entry?.role ? plain(entry.role.replace(/\s*(?:of\s+)?\{country\}/, "")) : said;
    const candidates = [...officials.values()].filter((f) =>
      entry?.leader && !entry.role ? f.leader : plain(f.role ?? "").startsWith(head),
    );
    soleTitle(m, candidates);
  }
  mentions.sort((a, b) => a.start - b.start);
  // "the two leaders" are the two heads of state or government last named; "the two
  // ministers" or a bare "The two agreed" the last two officials of different countries.
  const GROUP =
    /\b(?:the two|both)(?:\s+(leaders|presidents|heads of state|heads of government|prime ministers|ministers|foreign ministers|counterparts|men|women))?\b(?!\s+(?:countries|sides|nations|economies|governments|capitals|days|years|sessions))/gi;
  for (const m of matchAll(GROUP, text)) {
    const leadersOnly = /leaders|presidents|heads|prime/i.test(m.groups[0] ?? "");
    // Salience: the officials named most often so far, the latest first among equals.
    const earlier = mentions
      .filter((x) => x.start < m.start && x.kind !== "group")
      .flatMap((x) => x.officialIds);
    const count = new Map<string, number>();
    for (const id of earlier) count.set(id, (count.get(id) ?? 0) + 1);
    const before = [...new Set([...earlier].reverse())].sort(
      (a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0),
    );
    const pick: string[] = [];
    for (const id of before) {
      const o = officials.get(id);
      if (!o || (leadersOnly && !o.leader)) continue;
      if (!leadersOnly && pick.some((p) => officials.get(p)?.country === o.country)) continue;
      pick.push(id);
      if (pick.length === 2) break;
    }
    if (pick.length === 2)
      add({ start: m.start, end: m.end, text: m.text, officialIds: pick, kind: "group" });
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const m of subjectPronouns(text, sentences, mentions)) add(m);
  mentions.sort((a, b) => a.start - b.start);
  for (const m of counterparts(text, sentences, mentions, officials, lex.byName)) add(m);
  mentions.sort((a, b) => a.start - b.start);
  for (const m of objectPronouns(sentences, mentions, (id) => partyOf(officials.get(id)))) add(m);
  mentions.sort((a, b) => a.start - b.start);
  return { officials, mentions };
}
