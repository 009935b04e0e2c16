import type { DateMention, Span } from "../types.ts";

// "flew into Geneva on Tuesday for his first meeting with Putin": the meeting is what the
// journey is for; the journey's day and verb are not the meeting's.
const JOURNEY_FOR =
  /\b(?:flew|flown|flies|fly|flying|arrived|arrives|arriving|landed|lands|travell?ed|travels|travell?ing|headed|heads|heading|set off|left)\b[^.;:!?]{0,90}?\bfor\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\w-]+\s+){0,3}$/i;

/** Where the journey whose purpose the engagement at `at` is ends ("… for"), or -1. */
export function journeyEnd(text: string, sentence: Span & { start: number }, at: Span): number {
  const before = text.slice(sentence.start, at.start);
  const m = JOURNEY_FOR.exec(before);
  return m ? sentence.start + m.index + m[0].length : -1;
}

const IN_RELATIVE = /,\s*(?:who|which)\b[^,;]*$/i;

/**
 * "due to fly to Abu Dhabi on Thursday for talks with Mohamed bin Zayed": the day of the
 * journey the engagement at `at` is for, which dates it when nothing else does.
 */
export function journeyDay(
  text: string,
  sentence: Span & { start: number },
  at: Span,
  dates: DateMention[],
): DateMention | undefined {
  const end = journeyEnd(text, sentence, at);
  if (end < 0) return undefined;
  // Not a relative clause's: "Modi, who returned to Delhi on Tuesday, will fly to Abu
  // Dhabi later this month for talks" (Tuesday is the return's).
  return dates
    .filter(
      (d) =>
        !d.endDate &&
        d.start >= sentence.start &&
        d.end <= end &&
        !IN_RELATIVE.test(text.slice(sentence.start, d.start)),
    )
    .at(-1);
}
