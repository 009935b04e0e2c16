import { LIVE_ENTRY, lineStart } from "../text.ts";
import type { Sentence } from "../types.ts";
import type { OfficialMention } from "./types.ts";

/**
 * "Mr. Macron knows both well. He hosted Mr. Putin at Versailles in 2017": a sentence
 * that opens with He or She continues with the official the sentence before it opened
 * with, when that sentence names one (a paragraph's last sentence for its next paragraph).
 */
const FRONTED =
  /^(?:Before|After|While|When|Since|Although|Though|Despite|Following|Unlike|Like|As|Having)\b[^,.;]{0,80},\s*/;
// "Seated beside Macron after two hours of talks, he rejected …", "After meeting Putin, she
// said …": a participle's clause has no subject of its own, so the pronoun after it is
// the sentence's subject (a clause with its own, "When Xi met Biden, he …", is not read).
const PARTICIPLE_CLAUSE = String.raw`(?:(?:After|Before|Upon|On|While|When|Since)\s+\p{Ll}+ing|Having\s+\p{Ll}+|\p{Lu}\p{Ll}+(?:ed|ing))\b[^.;"“”]{0,120}?,\s+`;
// A relative clause the official is named in ("…, where Larcher hosted him").
const RELATIVE_BEFORE = /,\s*(?:where|when|which|who|whose)\b[^,;]*$/;
const OPENING_PRONOUN = new RegExp(
  String.raw`^(?:${PARTICIPLE_CLAUSE}|(?:On|In|At|Later|Then|Earlier|After|Before|During|Upon|The same|That|The next|The following|Next)\b(?:[^.,;]{0,40}?,?|[^,;]{0,60}?,)\s+(?:(?:on|in|at|after|before|during|upon)\b[^.,;]{0,40}?,\s+)?)?(He|She|he|she)\b`,
  "u",
);

export function subjectPronouns(text: string, sentences: Sentence[], mentions: OfficialMention[]) {
  const out: Omit<OfficialMention, "sentence">[] = [];
  for (const s of sentences) {
    // "He hosted …", and after an opening adverbial or two: "On Tuesday he held talks …",
    // "On Tuesday, on arrival in Kazan, he held talks …".
    const m = OPENING_PRONOUN.exec(s.text);
    const prev = sentences[s.index - 1];
    // A paragraph may open on the pronoun too ("The same night he sat down with Putin"),
    // after a paragraph of prose: not after a heading or a dateline line.
    if (!m || !prev || (/\n/.test(text.slice(prev.end, s.start)) && !/[.!?]["”’']?\s*$/.test(prev.text)))
      continue;
    // "He laid a wreath … He also held talks": a pronoun read just before counts too.
    // "Before seeing Xi, Meloni inaugurated …": the subject comes after a fronted clause.
    const subjectOf = (x: Sentence) => {
      const fronted = FRONTED.exec(x.text);
      const subjectFrom = x.start + (fronted ? fronted[0].length : 0);
      return [...mentions, ...out.map((o) => ({ ...o, sentence: -1, own: true }))]
        .filter((o) => ("own" in o ? o.start >= x.start && o.start < x.end : o.sentence === x.index))
        .filter((o) => o.kind !== "group" && o.officialIds.length === 1 && o.start >= subjectFrom)
        .sort((a, b) => a.start - b.start)[0];
    };
    let first = subjectOf(prev);
    // "His first engagement was at the Palace, where Larcher hosted him. He then held
    // talks …": a sentence whose subject is the possessive's owner, naming others only in
    // a relative clause, hands on the subject of the sentence before it.
    const before = sentences[prev.index - 1];
    if (
      first &&
      before &&
      /^(?:His|Her)\b/.test(prev.text) &&
      RELATIVE_BEFORE.test(text.slice(prev.start, first.start))
    )
      first = subjectOf(before);
    const pronoun = m[1] ?? "";
    const start = s.start + m[0].length - pronoun.length;
    if (first) out.push(pronounAt(start, pronoun, first.officialIds));
  }
  return out;
}

// "Xi will travel to Brasilia, where he will hold talks with Lula": a pronoun opening a
// clause inside the sentence ("where", "and then", "before") continues its subject; so does
// the subject of reported speech ("Erdogan said … and that he would speak with Putin").
const CLAUSE_PRONOUN =
  /(?:,\s*(?:where|when|after which|and|but)|\band then|\bbefore|\bafter|\b(?:said|says|added|announced|stated)(?:\s+that)?|\band that)\s+(he|she)\b/g;
// '"We cancelled the meeting with President Putin," Trump said at the White House, where
// he …': a quotation that opens the sentence is the subject's words, not its subject.
const OPENING_QUOTE = /^\s*["“][^"”]*["”],?\s*/;

const DATELINE_OPENING = /^\p{Lu}[\p{Lu}\s.'’]+(?:,[^-–—\n]{0,40}?)?\s*(?:\([^)]{1,20}\)\s*)?[-–—]+\s*/u;

/** The pronoun of a clause inside a sentence is the sentence's subject: the first official it names. */
export function clausePronouns(sentences: Sentence[], mentions: OfficialMention[]) {
  const out: Omit<OfficialMention, "sentence">[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(CLAUSE_PRONOUN)) {
      const pronoun = m[1] ?? "";
      const start = s.start + (m.index ?? 0) + m[0].length - pronoun.length;
      const quoted = s.start + (OPENING_QUOTE.exec(s.text)?.[0].length ?? 0);
      const named = mentions.filter(
        (x) => x.sentence === s.index && x.start >= quoted && x.end <= start && x.kind !== "group",
      );
      const subject = named.sort((a, b) => a.start - b.start)[0];
      // Only a subject that opens the sentence and the one official named before the
      // pronoun: in "Zelensky said Scholz should go to Kyiv before he met Putin", he is
      // not Zelensky.
      if (subject?.officialIds.length !== 1) continue;
      if (named.some((x) => x.officialIds.some((id) => !subject.officialIds.includes(id)))) continue;
      // A dateline that opens the lead ("WASHINGTON, Jan 10 - ") is no part of the clause.
      // "Before leaving Ankara on Tuesday, Erdogan said …": a fronted clause is no subject.
      const opening = s.text
        .slice(quoted - s.start, subject.start - s.start)
        .replace(DATELINE_OPENING, "")
        .replace(FRONTED, "");
      if (!/^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,6}$/u.test(opening)) continue;
      if (mentions.some((x) => x.start === start)) continue;
      out.push(pronounAt(start, pronoun, subject.officialIds));
    }
  }
  return out;
}

// "Putin hosted him for dinner", "Lula welcomed her at the palace": the object of an
// engagement verb; "held a welcome ceremony for him": the guest of an occasion; "is at
// the Hotel de Lassay … for lunch with her": the other side of a meal or talks.
const OBJECT =
  /\b(?:hosted|received|welcomed|met|greeted|invited|joined|thanked|accompanied|told|briefed|(?:ceremony|banquet|dinner|lunch|luncheon|reception)\s+for|(?:lunch|luncheon|dinner|breakfast|tea)\s+with)\s+(him|her)\b/g;

/**
 * "Modi arrived in Moscow … Putin hosted him": an object pronoun after an engagement verb
 * refers to the official last named before it whose side differs from the verb's subject
 * (the official named just before the verb, else the first the sentence names); nobody
 * without such a subject. "the prime minister spent days in Washington, where Joe Biden
 * hosted him": him is the prime minister, not Biden.
 */
export function objectPronouns(
  text: string,
  sentences: Sentence[],
  mentions: OfficialMention[],
  sideOf: (id: string) => string | undefined,
): Omit<OfficialMention, "sentence">[] {
  const out: Omit<OfficialMention, "sentence">[] = [];
  for (const s of sentences) {
    // Within a live blog's entry ("12:50 p.m. - Zelensky landed at Andrews. His ambassador
    // met him"): not whoever the entry above, told of something else, named last.
    const opens = lineStart(text, s.start);
    const from = LIVE_ENTRY.test(text.slice(opens, opens + 12)) ? opens : 0;
    for (const m of s.text.matchAll(OBJECT)) {
      const pronoun = m[1] ?? "";
      const verb = s.start + (m.index ?? 0);
      const start = verb + m[0].length - pronoun.length;
      // "… for lunch with her": the meal's other side is the sentence's subject's, not the
      // official named just before the noun.
      const withForm = /\bwith\s+(?:him|her)$/i.test(m[0]);
      // Not after an engagement the sentence already reports: "held talks with Macron and
      // then left for lunch with her" is someone else's company.
      if (withForm && ENGAGED_BEFORE.test(text.slice(s.start, verb))) continue;
      const doer = withForm
        ? undefined
        : [...mentions]
            .reverse()
            .find(
              (x) =>
                x.sentence === s.index && x.end <= verb && verb - x.end <= 25 && x.officialIds.length === 1,
            );
      const other = otherSide(mentions, s.index, start, sideOf, doer, from);
      if (other) out.push(pronounAt(start, pronoun, [other]));
    }
  }
  return out;
}

const ENGAGED_BEFORE = /\b(?:met|meets|talks|held|meeting|hosted|received|visited|spoke|dinner|lunch)\b/i;

const pronounAt = (start: number, pronoun: string, officialIds: string[]) => ({
  start,
  end: start + pronoun.length,
  text: pronoun,
  officialIds,
  kind: "pronoun" as const,
});

/**
 * The official on the other side from a sentence's subject (the first single official it
 * names before `at`): the one last named before `at` whose side differs; none without a
 * subject. What "him" after "hosted" and a bare "his counterpart" refer to.
 */
export function otherSide(
  mentions: OfficialMention[],
  sentence: number,
  at: number,
  sideOf: (id: string) => string | undefined,
  doer?: OfficialMention,
  // The earliest offset an antecedent may stand at.
  from = 0,
): string | undefined {
  const single = (x: OfficialMention) => x.officialIds.length === 1;
  const subject = doer ?? mentions.find((x) => x.sentence === sentence && x.start < at && single(x));
  const side = subject ? sideOf(subject.officialIds[0] ?? "") : undefined;
  if (side === undefined) return undefined;
  return [...mentions]
    .reverse()
    .find((x) => x.start >= from && x.start < at && single(x) && sideOf(x.officialIds[0] ?? "") !== side)
    ?.officialIds[0];
}
