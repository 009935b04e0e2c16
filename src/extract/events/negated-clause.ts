import type { Sentence } from "../types.ts";
import { NEGATED } from "./cues.ts";

// A contrastive clause boundary: ", but", ", though", "; ", " — ".
const CONTRAST = /(?:[,;]?\s+(?:but|though|although|whereas|yet)\s+|,\s+while\s+|;\s+|\s+[—–]\s+)/g;

/**
 * "Modi met Albanese on Friday, though there are no plans for him to meet Xi": the
 * negation belongs to the clause after the contrast, and the meeting before it stands.
 * Such a sentence is read as two, the first as it is and the negated rest on its own
 * (which the event walk then skips, as it skips any negated sentence); so is a negation
 * followed by a time clause of its own (timeClauseAfter).
 */
export function splitNegatedClauses(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const negation = NEGATED.exec(s.text);
    const cut = negation ? lastContrastBefore(s.text, negation.index) : null;
    const after =
      negation && cut === null ? timeClauseAfter(s.text, negation.index + negation[0].length) : null;
    const at = cut ?? after;
    if (at === null) {
      out.push({ ...s, index: out.length });
      continue;
    }
    const head = s.text.slice(0, at.start).trimEnd();
    out.push({ index: out.length, start: s.start, end: s.start + head.length, text: head });
    out.push({ index: out.length, start: s.start + at.end, end: s.end, text: s.text.slice(at.end) });
  }
  return out;
}

// ', after Rubio and Lavrov spoke by phone on Monday': a clause of its own time.
const TIME_CLAUSE = /[,"”]+\s+(?=(?:after|before|since|when|as)\s)/g;

/**
 * "… said there were 'no plans for Trump to meet Putin,' after Rubio and Lavrov spoke by
 * phone on Monday": the negation is the first clause's; the time clause after it tells an
 * engagement of its own. (The split keeps the clause's conjunction.)
 */
function timeClauseAfter(text: string, from: number): { start: number; end: number } | null {
  for (const m of text.matchAll(TIME_CLAUSE)) {
    const start = m.index ?? 0;
    if (start >= from) return { start, end: start + m[0].length };
  }
  return null;
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
