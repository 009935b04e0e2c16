import type { Sentence } from "../types.ts";
import { apply } from "./apply.ts";
import type { ArticleContext } from "./context.ts";
import { EARLIER } from "./cues.ts";
import { type Draft, newDraft, overlaps } from "./draft.ts";
import { ev } from "./evidence.ts";
import { eventDates, nearestInClause, statusAt, type Trigger } from "./sentence-facts.ts";
import type { Reading, Walk } from "./walk.ts";

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

/**
 * A meal of the engagement in focus is an event of its own, or a further report of one
 * already found. Returns whether the sentence reported one.
 */
export function addMeal(ctx: ArticleContext, walk: Walk, line: Reading): boolean {
  const { s } = line;
  const meal = mealOfFocus(ctx, s, line.triggers, walk.focus, s.index - walk.focusAt);
  if (!meal) return false;
  // The meal joins the story without taking its focus: "the talks" still means the talks.
  const known = walk.drafts.find(
    (d) =>
      d.kind === "dinner" &&
      !d.earlier &&
      overlaps(d.date, meal.date) &&
      d.participants.length === meal.participants.length &&
      meal.participants.every((id) => d.participants.includes(id)),
  );
  const d = known ?? newDraft("dinner", s.text);
  if (!known) {
    d.participants = meal.participants;
    d.status = meal.status;
    d.date = meal.date;
    walk.drafts.push(d);
  }
  d.evidence.push(ev("kind", meal.meal));
  apply(ctx, d, s, meal.meal);
  return true;
}
