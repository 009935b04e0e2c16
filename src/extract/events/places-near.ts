import type { PlaceMention } from "../places/find.ts";
import type { Sentence, Span } from "../types.ts";
import { clauseCost, nearestInClause } from "./clause.ts";
import type { ArticleContext } from "./context.ts";
import { PLURAL_TRIPS } from "./cues.ts";
import { belongsToRecalled } from "./recalled.ts";

// ", and visits by": further trips coordinated with the one before.
const FURTHER_TRIPS = /^[^.;:]*,?\s+and\s+(?:[\w-]+\s+){0,2}$/i;

// "their first meeting since the Helsinki summit", "since the G20 in Hangzhou in September
// 2016", "after the informal summit in Sochi", "after Wuhan in April": the place of an
// earlier occasion the sentence measures from, never where this engagement happened.
const OCCASION_BEFORE =
  /\b(?:since|after|following)\s+(?:(?:the|their|last|this|that|an?)\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?(?:summit|meeting|talks|visit|trip|encounter|gathering|forum|G20|G7|G-20|G-7)\s+(?:in|at)\s+(?:the\s+)?$/iu;
// "… after the informal summit in Sochi and the SCO summit in Qingdao": a second occasion
// joined to the first.
const AND_OCCASION_BEFORE =
  /\b(?:since|after|following)\s[^.;:]{0,100}?\band\s+(?:the\s+)?(?:[\p{L}\d'’-]+\s+){0,5}?(?:summit|meeting|talks|visit|trip|encounter|gathering|forum)\s+(?:in|at)\s+(?:the\s+)?$/iu;
// A destination after the engagement: "before flying to Beijing", "then headed for Paris".
const ONWARD =
  /\b(?:before|then|and then|after which (?:he|she|they)|later)\s+(?:flying|flew|heading|headed|travell?ing|travell?ed|leaving|left|departing|departed|going|went|moving on|moved on)\s+(?:on\s+|back\s+)?(?:to|for)\s+(?:the\s+)?$/i;
const PLACE_THEN_DATE =
  /^\s+(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|last\s+(?:year|month))\b/;

function anotherOccasion(ctx: ArticleContext, s: Sentence, p: Span, t: Span): boolean {
  // The occasion's own noun (a recalled "summit in Phnom Penh") is placed there.
  const before = (back: number, re: RegExp) => {
    const from = Math.max(s.start, p.start - back);
    const m = re.exec(ctx.text.slice(from, p.start));
    return !!m && t.start < from + m.index;
  };
  if (before(80, OCCASION_BEFORE) || before(200, AND_OCCASION_BEFORE)) return true;
  // "… before flying to Beijing": where the traveller went next.
  if (ONWARD.test(ctx.text.slice(Math.max(s.start, p.start - 50), p.start))) return true;
  const bare = /\b(?:since|after)\s+$/i.exec(ctx.text.slice(Math.max(s.start, p.start - 20), p.start));
  return !!bare && PLACE_THEN_DATE.test(ctx.text.slice(p.end, p.end + 30));
}

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

/**
 * "began this trip in Tokyo on Saturday, meeting Abe": a participle after a comma adds
 * to its main clause, and happened where that clause is.
 */
function adjunctOf(ctx: ArticleContext, p: Span, t: Span): boolean {
  return (
    /^\p{Ll}+ing\b/u.test(t.text) &&
    p.end <= t.start &&
    /^[^.;:()]*,\s*$/.test(ctx.text.slice(p.end, t.start))
  );
}

// "travelled to Beijing in June and met Xi": a verb joined by "and" to a journey's verb
// happened at the journey's destination ("before" or "later" may lead on elsewhere).
const JOURNEY = /^(?:travel|flew|fly|visit|arriv|went|came|journey|headed)/i;
const JOINED_AFTER = /^[^.;:,()]*?\sand\s+(?:(?:then|also|there)\s+)?$/i;

function destinationOf(ctx: ArticleContext, s: Sentence, p: Span, t: Span, triggers: Span[]): boolean {
  const journey = triggers.find((u) => u.end <= p.start && JOURNEY.test(u.text));
  // "… and met Xi in Shanghai": a place of its own after the verb wins.
  const clauseEnd = t.end + (/[.;:]/.exec(ctx.text.slice(t.end, s.end))?.index ?? s.end - t.end);
  const placedAfter = ctx.places.some(
    (q) => q.sentence === s.index && q.start >= t.end && q.end <= clauseEnd,
  );
  // "… traveled to Poland on Wednesday and met Zelensky on Friday": a day of its own may
  // be another leg of the trip.
  const datedAfter = (ctx.dates[s.index] ?? []).some((d) => d.start >= t.end && d.end <= clauseEnd);
  return (
    !!journey &&
    !placedAfter &&
    !datedAfter &&
    p.end <= t.start &&
    /^\s*(?:(?:to|in|at|for)\s+)?(?:the\s+)?$/i.test(ctx.text.slice(journey.end, p.start)) &&
    JOINED_AFTER.test(ctx.text.slice(p.end, t.start))
  );
}

function ownPlaces(ctx: ArticleContext, s: Sentence, t: Span, triggers: Span[]): PlaceMention[] {
  const inSentence = ctx.places.filter(
    (p) =>
      p.sentence === s.index &&
      (p.city || p.venue || p.country) &&
      !belongsToRecalled(ctx, s.index, p, t) &&
      !anotherOccasion(ctx, s, p, t) &&
      (triggers.length < 2 ||
        nearestInClause(ctx.text, triggers, p) === t ||
        adjunctOf(ctx, p, t) ||
        destinationOf(ctx, s, p, t, triggers)),
  );
  // A place far from the trigger, past a clause boundary, belongs to something else
  // ("raised the detention of an executive in Beijing"); so does one across a time
  // conjunction ("spoke at the expo in Shanghai before meeting Xi in Beijing").
  const cost = (p: Span) => clauseCost(ctx.text, p, t);
  return inSentence.filter((p) => cost(p) <= 400).sort((a, b) => cost(a) - cost(b));
}
