import type { PlaceMention } from "../places/find.ts";
import type { Sentence, Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { PLURAL_TRIPS } from "./cues.ts";
import { belongsToRecalled } from "./recalled.ts";
import { nearestInClause } from "./sentence-facts.ts";

// ", and visits by": further trips coordinated with the one before.
const FURTHER_TRIPS = /^[^.;:]*,?\s+and\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * Places in the sentence that belong with this trigger rather than another one, nearest
 * first. "a visit to China last week by Kuleba, and visits by Orban and Scholz": plural
 * trips coordinated with a trip that names its destination, and naming none of their
 * own, went there too.
 */
export function placesNear(ctx: ArticleContext, s: Sentence, t: Span, triggers: Span[] = []): PlaceMention[] {
  const own = ownPlaces(ctx, s, t, triggers);
  if (own.length || !PLURAL_TRIPS.test(t.text)) return own;
  const before = triggers.filter((u) => u.end <= t.start && /^(?:visit|trip)/i.test(u.text)).at(-1);
  if (!before || !FURTHER_TRIPS.test(ctx.text.slice(before.end, t.start))) return own;
  return ownPlaces(ctx, s, before, triggers);
}

function ownPlaces(ctx: ArticleContext, s: Sentence, t: Span, triggers: Span[]): PlaceMention[] {
  const inSentence = ctx.places.filter(
    (p) =>
      p.sentence === s.index &&
      (p.city || p.venue || p.country) &&
      !belongsToRecalled(ctx, s.index, p, t) &&
      (triggers.length < 2 || nearestInClause(ctx.text, triggers, p) === t),
  );
  // A place far from the trigger, past a clause boundary, belongs to something else
  // ("raised the detention of an executive in Beijing").
  const cost = (p: Span) => {
    const [a, b] = p.end <= t.start ? [p.end, t.start] : [t.end, p.start];
    return Math.abs(b - a) + (/[,;:—]/.test(ctx.text.slice(Math.min(a, b), Math.max(a, b))) ? 60 : 0);
  };
  return inSentence.filter((p) => cost(p) <= 400).sort((a, b) => cost(a) - cost(b));
}
