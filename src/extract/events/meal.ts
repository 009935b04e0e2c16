import type { Sentence } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { EARLIER } from "./cues.ts";
import type { Draft } from "./draft.ts";
import { eventDates, nearestInClause, statusAt, type Trigger } from "./sentence-facts.ts";

const HOSTED: Draft["kind"][] = ["in_person", "talks", "visit", "dinner"];
// A meal this many sentences after the engagement in focus belongs to its occasion.
const MEAL_REACH = 3;

/**
 * "Xi later hosted a banquet in honour of his guest", "the day ended with a working
 * lunch": a meal that names no pair of its own is a meal of the engagement in focus,
 * with its officials, on its day unless the sentence gives another.
 */
export function mealOfFocus(
  ctx: ArticleContext,
  s: Sentence,
  triggers: Trigger[],
  focus: Draft | null,
  distance: number,
): {
  meal: Trigger;
  kind: "dinner";
  participants: string[];
  date: Draft["date"];
  status: Draft["status"];
} | null {
  const meal = triggers.find((t) => t.kind === "dinner");
  if (!meal || !focus || distance > MEAL_REACH || EARLIER.test(s.text)) return null;
  if (focus.context || focus.earlier || !HOSTED.includes(focus.kind) || focus.participants.length < 2)
    return null;
  const m = nearestInClause(ctx.text, eventDates(ctx, s.index), meal);
  const date = m ? { start: m.date, end: m.endDate, precision: m.precision } : focus.date;
  return {
    meal,
    kind: "dinner",
    participants: [...focus.participants],
    date,
    status: statusAt(ctx, s.index, meal, "dinner", date?.precision === "day"),
  };
}
