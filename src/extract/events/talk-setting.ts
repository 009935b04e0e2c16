import type { Sentence } from "../types.ts";
import type { ArticleContext } from "./context.ts";

// "spoke with", "talked to", "chatted": a call by themselves, unless the clause puts the
// talk at a gathering both attended, or in a place. Not the phone or a screen.
const TALKED = /^(?:spok(?:e|en)|speak(?:s|ing)?|talk(?:ed|s|ing)?|chatt(?:ed|ing))\b/i;
const GATHERING =
  /\b(?:(?:at|during)\s+(?:a|an|the|their|regional|several)\s+(?:[\p{L}\d'’-]+\s+){0,5}(?:dinners?|galas?|receptions?|banquets?|summits?|forums?|ceremon(?:y|ies)|lunch(?:eon)?s?)|on\s+the\s+(?:sidelines|margins)|through\s+(?:an?\s+)?interpreters?|in\s+person)\b/iu;
const BY_WIRE = /\b(?:(?:tele)?phone|video|virtual(?:ly)?|online|calls?)\b/i;
// "Modi told reporters he had spoken with …": the talk is another's report of it; a
// trailing ", officials said" is not.
const REPORTED = /\b(?:said|says|told|tells|added|noted|recalled)\b/i;
// A setting fronted before the subject: at the sentence's start, or after one opening
// phrase ("In Phnom Penh on Saturday night, at a gala dinner …, Albanese spoke with Li"),
// not inside another clause ("A month after their meeting at the APEC summit, …").
const FRONTED = /^\s*(?:(?:In|On|At|Late|Early|Earlier|Later)\b[^,]{0,60},\s*)?$/;
// The clause after the verb ends at a topic ("about the summit in Lima"), a time that
// looks elsewhere ("since they met in person in Lima"), where the speaker was ("from Camp
// David") or a relative clause.
const AFTER =
  /^[^.;:]*?(?=\s+(?:about|on(?!\s+the\s+(?:sidelines|margins)\b)|over|regarding|concerning|ahead of|before|after|since|from|following|until|when|while|because|as|than|who|which|whom)\s|[.;:]|$)/i;

type Range = { start: number; end: number };

/**
 * Where a talk (`t`, "spoke with") took place when its sentence sets it at a gathering or
 * in a place: "At a state banquet in Hanoi, the prime minister spoke with Li", "spoke
 * briefly with Xi at a reception", "spoke privately with Xi in Guangzhou". The span of the
 * setting, or null.
 */
export function talkSetting(ctx: ArticleContext, s: Sentence, t: Range): Range | null {
  if (!TALKED.test(ctx.text.slice(t.start, t.end)) || BY_WIRE.test(ctx.text.slice(s.start, s.end)))
    return null;
  const lead = ctx.text.slice(s.start, t.start);
  if (REPORTED.test(lead)) return null;
  const before = GATHERING.exec(lead);
  if (before && FRONTED.test(lead.slice(0, before.index)))
    return { start: s.start + before.index, end: s.start + before.index + before[0].length };
  const clause = AFTER.exec(ctx.text.slice(t.end, s.end))?.[0] ?? "";
  const after = GATHERING.exec(clause);
  if (after) return { start: t.end + after.index, end: t.end + after.index + after[0].length };
  const end = t.end + clause.length;
  return (
    ctx.places.find((p) => p.sentence === s.index && !p.approximate && p.start >= t.end && p.end <= end) ??
    null
  );
}
