import type { Sentence } from "../types.ts";
import type { OfficialMention } from "./types.ts";

/**
 * "Mr. Macron knows both well. He hosted Mr. Putin at Versailles in 2017": a sentence
 * that opens with He or She continues with the official the sentence before it opened
 * with, when that sentence is in the same paragraph and names one.
 */
export function subjectPronouns(text: string, sentences: Sentence[], mentions: OfficialMention[]) {
  const out: Omit<OfficialMention, "sentence">[] = [];
  for (const s of sentences) {
    // "He hosted …", and after an opening adverbial: "On Tuesday he held talks …".
    const m =
      /^(?:(?:On|In|At|Later|Then|Earlier|After|Before|During)\b[^.,;]{0,40}?,?\s+)?(He|She|he|she)\b/.exec(
        s.text,
      );
    const prev = sentences[s.index - 1];
    if (!m || !prev || /\n/.test(text.slice(prev.end, s.start))) continue;
    const first = mentions.find(
      (x) => x.sentence === prev.index && x.kind !== "group" && x.officialIds.length === 1,
    );
    const pronoun = m[1] ?? "";
    const start = s.start + m[0].length - pronoun.length;
    if (first)
      out.push({
        start,
        end: start + pronoun.length,
        text: pronoun,
        officialIds: first.officialIds,
        kind: "pronoun",
      });
  }
  return out;
}

// "Putin hosted him for dinner", "Lula welcomed her at the palace": the object of an
// engagement verb.
const OBJECT =
  /\b(?:hosted|received|welcomed|met|greeted|invited|joined|thanked|accompanied|told|briefed)\s+(him|her)\b/g;

/**
 * "Modi arrived in Moscow … Putin hosted him": an object pronoun after an engagement verb
 * refers to the official last named before it whose side differs from the sentence's
 * subject (the first official the sentence names); nobody without such a subject.
 */
export function objectPronouns(
  sentences: Sentence[],
  mentions: OfficialMention[],
  sideOf: (id: string) => string | undefined,
): Omit<OfficialMention, "sentence">[] {
  const out: Omit<OfficialMention, "sentence">[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(OBJECT)) {
      const pronoun = m[1] ?? "";
      const start = s.start + (m.index ?? 0) + m[0].length - pronoun.length;
      const subject = mentions.find(
        (x) => x.sentence === s.index && x.start < start && x.officialIds.length === 1,
      );
      const side = subject ? sideOf(subject.officialIds[0] ?? "") : undefined;
      if (side === undefined) continue;
      const before = [...mentions]
        .reverse()
        .find(
          (x) => x.start < start && x.officialIds.length === 1 && sideOf(x.officialIds[0] ?? "") !== side,
        );
      if (before)
        out.push({
          start,
          end: start + pronoun.length,
          text: pronoun,
          officialIds: before.officialIds,
          kind: "pronoun",
        });
    }
  }
  return out;
}
