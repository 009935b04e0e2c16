import type { Sentence, Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { belongsToRecalled } from "./recalled.ts";
import { nearestInClause } from "./sentence-facts.ts";

/** Places in the sentence that belong with this trigger rather than another one, nearest first. */
export function placesNear(ctx: ArticleContext, s: Sentence, t: Span, triggers: Span[] = []) {
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
