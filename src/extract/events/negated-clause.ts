import type { Sentence } from "../types.ts";
import { NEGATED } from "./cues.ts";

// A contrastive clause boundary: ", but", ", though", "; ", " — ".
const CONTRAST = /(?:[,;]?\s+(?:but|though|although|whereas|yet)\s+|,\s+while\s+|;\s+|\s+[—–]\s+)/g;

/**
 * "Modi met Albanese on Friday, though there are no plans for him to meet Xi": the
 * negation belongs to the clause after the contrast, and the meeting before it stands.
 * Such a sentence is read as two, the first as it is and the negated rest on its own
 * (which the event walk then skips, as it skips any negated sentence).
 */
export function splitNegatedClauses(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const negation = NEGATED.exec(s.text);
    const cut = negation ? lastContrastBefore(s.text, negation.index) : null;
    if (cut === null) {
      out.push({ ...s, index: out.length });
      continue;
    }
    const head = s.text.slice(0, cut.start).trimEnd();
    out.push({ index: out.length, start: s.start, end: s.start + head.length, text: head });
    out.push({ index: out.length, start: s.start + cut.end, end: s.end, text: s.text.slice(cut.end) });
  }
  return out;
}

function lastContrastBefore(text: string, at: number): { start: number; end: number } | null {
  let last: { start: number; end: number } | null = null;
  for (const m of text.matchAll(CONTRAST)) {
    const start = m.index ?? 0;
    if (start + m[0].length > at) break;
    // A clause needs words before it to stand on its own.
    if (start > 0) last = { start, end: start + m[0].length };
  }
  return last;
}
