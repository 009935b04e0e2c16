import type { Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { DAYS_APART } from "./cues.ts";

// What in a sentence names an engagement other than its own: the officials and triggers
// inside these spans make no event of the sentence (participantsIn, triggersIn).

// "in preparation for the Xi-Biden meeting", "after the meeting": a reference to another
// event, whose trigger and officials do not make one here.
const REFERENCE =
  /\b(?:after|before|ahead of|following|since|for|of|during)\s+(?:the|their|this|that)\s+(?:\p{Lu}[\p{L}.]+[-–]\p{Lu}[\p{L}.]+\s+)?(?:[\w-]+\s+)?(?:meeting|summit|talks|call|encounter|visit|trip)\b/giu;

// "dialled Putin on Tuesday, a day after his conversation with Biden": the engagement
// counted from (DAYS_APART) is added on its own (addDaysApart), not joined to the sentence's.
export function referenceSpans(ctx: ArticleContext, index: number): Span[] {
  const s = ctx.sentences[index];
  if (!s) return [];
  const spans = [...s.text.matchAll(REFERENCE)].map((m) => ({
    start: s.start + (m.index ?? 0),
    end: s.start + (m.index ?? 0) + m[0].length,
    text: m[0],
  }));
  for (const m of s.text.matchAll(DAYS_APART)) {
    const start = s.start + (m.index ?? 0);
    // …with the official it names: theirs is the other engagement.
    const named = ctx.officials.mentions.find((x) => x.sentence === index && x.start === start + m[0].length);
    const end = named?.end ?? start + m[0].length;
    spans.push({ start, end, text: ctx.text.slice(start, end) });
  }
  return spans;
}

export const inside = (x: Span, spans: Span[]) => spans.some((r) => x.start >= r.start && x.end <= r.end);
