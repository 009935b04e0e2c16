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
