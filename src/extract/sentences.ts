import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import type { Sentence } from "./types.ts";

// Only the sentence boundaries are read: the default pipe also tags parts of speech,
// entities, negation and sentiment, which cost as much again and are never used.
const nlp = winkNLP(model, ["sbd"]);

/**
 * Sentences with absolute offsets. Lines are split first: headlines, datelines and
 * live-blog entries end without punctuation and must not run into the next line.
 * wink-nlp then splits each line, knowing "U.S." and "Nov." do not end sentences.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    let cursor = 0;
    if (line.trim()) {
      for (const s of nlp.readDoc(line).sentences().out() as string[]) {
        const at = line.indexOf(s, cursor);
        if (at < 0) continue;
        cursor = at + s.length;
        out.push({ index: out.length, start: lineStart + at, end: lineStart + cursor, text: s });
      }
    }
    lineStart += line.length + 1;
  }
  return out;
}
