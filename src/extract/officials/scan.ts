import { type CountryLexicon, countryLexicon } from "../countries.ts";
import { phraseIndex, presentPhrases } from "../phrases.ts";
import { memo, type Reference } from "../reference.ts";
import { alternation } from "../text.ts";
import type { Sentence } from "../types.ts";
import { type TitleEntry, titleEntries } from "./roles.ts";
import type { FoundOfficial, OfficialMention } from "./types.ts";

/** One article's text and what the search for its officials has found so far. */
export interface Scan {
  text: string;
  sentences: Sentence[];
  ref: Reference;
  /** The publication date: which role a reference official held then. */
  pub: string | null;
  lex: CountryLexicon;
  titles: TitleEntry[];
  /** Reference officials by full name or multi-word alias. */
  knownByName: ReadonlyMap<string, Reference["officials"][number]>;
  officials: Map<string, FoundOfficial>;
  mentions: OfficialMention[];
  /** Patterns built for this article alone (what depends on the words it uses). */
  local: Map<string, unknown>;
}

/** Reference officials by full name or multi-word alias, built once per reference. */
const namesOf = (ref: Reference) =>
  memo(ref, "known-by-name", () => {
    const byName = new Map<string, Reference["officials"][number]>();
    for (const o of ref.officials)
      for (const n of [o.name, ...o.aliases]) if (n.includes(" ")) byName.set(n, o);
    return byName;
  });

export function startScan(text: string, sentences: Sentence[], ref: Reference, pub: string | null): Scan {
  const knownByName = namesOf(ref);
  return {
    text,
    sentences,
    ref,
    pub,
    lex: countryLexicon(ref),
    titles: titleEntries(ref),
    knownByName,
    officials: new Map(),
    mentions: [],
    local: new Map(),
  };
}

/** Whether an earlier mention already covers any of the span: the first reading wins. */
export const taken = (scan: Scan, start: number, end: number) =>
  scan.mentions.some((m) => start < m.end && end > m.start);

export function addMention(scan: Scan, m: Omit<OfficialMention, "sentence">) {
  const sentenceAt = (pos: number) => scan.sentences.find((s) => pos >= s.start && pos < s.end)?.index ?? -1;
  if (!taken(scan, m.start, m.end)) scan.mentions.push({ ...m, sentence: sentenceAt(m.start) });
}

export const sortMentions = (scan: Scan) => scan.mentions.sort((a, b) => a.start - b.start);

/** A value built once for this article. */
export function perArticle<T>(scan: Scan, key: string, build: () => T): T {
  if (!scan.local.has(key)) scan.local.set(key, build());
  return scan.local.get(key) as T;
}

/**
 * The country names and demonyms the lexicon knows ("Chinese", "U.S.") that this article
 * uses: an alternation of the thousand forms of every state would be tried at every
 * position of every text, so the patterns that hold it are built per article from the few
 * it has (case-insensitively, as some of them match). A pattern that matches nothing when
 * it has none.
 */
export const qualPattern = (scan: Scan) =>
  perArticle(scan, "qual", () => {
    const forms = memo(scan.ref, "qual-forms", () => phraseIndex(scan.lex.byName.keys()));
    const used = presentPhrases(forms, scan.text, false);
    return used.length ? alternation(used) : "(?!)";
  });

/** Any official title ("Foreign Minister", "President"). */
export const titlePattern = (scan: Scan) =>
  memo(scan.ref, "title", () => alternation(scan.titles.map((t) => t.pattern)));
