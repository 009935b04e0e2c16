import type { Sentence } from "../types.ts";
import type { ArticleContext } from "./context.ts";

// "spoke with", "talked to", "chatted": a call by themselves, unless the clause puts the
// talk at a gathering both attended. Not the phone, a screen or another's report of it.
const TALKED = /^(?:spok(?:e|en)|speak(?:s|ing)?|talk(?:ed|s|ing)?|chatt(?:ed|ing))\b/i;
const GATHERING =
  /\b(?:(?:at|during)\s+(?:a|an|the|their|regional|several)\s+(?:[\p{L}\d'’-]+\s+){0,5}(?:dinners?|galas?|receptions?|banquets?|summits?|forums?|ceremon(?:y|ies)|lunch(?:eon)?s?)|on\s+the\s+(?:sidelines|margins)|through\s+(?:an?\s+)?interpreters?|in\s+person)\b/iu;
const BY_WIRE = /\b(?:(?:tele)?phone|video|virtual(?:ly)?|online|said|says|told|tells)\b/i;
// The clause after the verb: a topic phrase ("about the summit in Lima") ends the reading.
const AFTER =
  /^[^.;:]*?(?=\s+(?:about|on(?!\s+the\s+(?:sidelines|margins)\b)|over|regarding|concerning|ahead of|before|after)\s|[.;:]|$)/i;

type Range = { start: number; end: number };

/**
 * Where a talk (`t`, "spoke with") took place when its sentence sets it at a gathering:
 * "At a state banquet in Hanoi, the prime minister spoke with Li", "spoke briefly with Xi
 * at a reception". The span of the gathering's phrase, or null.
 */
export function talkSetting(ctx: ArticleContext, s: Sentence, t: Range): Range | null {
  if (!TALKED.test(ctx.text.slice(t.start, t.end)) || BY_WIRE.test(ctx.text.slice(s.start, s.end)))
    return null;
  const before = GATHERING.exec(ctx.text.slice(s.start, t.start));
  if (before) return { start: s.start + before.index, end: s.start + before.index + before[0].length };
  const clause = AFTER.exec(ctx.text.slice(t.end, s.end))?.[0] ?? "";
  const after = GATHERING.exec(clause);
  return after ? { start: t.end + after.index, end: t.end + after.index + after[0].length } : null;
}
