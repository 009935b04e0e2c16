import { partyOf } from "../officials/types.ts";
import type { Sentence } from "../types.ts";
import { apply } from "./apply.ts";
import { nearestInClause } from "./clause.ts";
import type { ArticleContext } from "./context.ts";
import { EARLIER, isGuest } from "./cues.ts";
import { dayApart } from "./days-apart.ts";
import { type Draft, newDraft, overlaps } from "./draft.ts";
import { eventDates } from "./event-dates.ts";
import { ev } from "./evidence.ts";
import { isBackground } from "./news-day.ts";
import { isHeadingLine } from "./scene.ts";
import type { Participant, Trigger } from "./sentence-facts.ts";
import { statusAt } from "./status.ts";
import { talkSetting } from "./talk-setting.ts";
import type { Reading, Walk } from "./walk.ts";

const HOSTED: Draft["kind"][] = ["in_person", "talks", "visit", "dinner"];
// "a dinner with business leaders", "lunch with students": a meal in other company than
// the engagement's officials is no meal of theirs.
const OTHER_COMPANY =
  /^\s+(?:with|for)\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:business\s+leaders|business\s+people|businesspeople|executives|chief\s+executives|CEOs|investors|entrepreneurs|industrialists|students|scholars|academics|diaspora|(?:the\s+)?community|supporters|donors|workers|troops|soldiers|veterans|journalists|reporters|artists|athletes)\b/iu;
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
  walk?: Walk,
): {
  /** The engagement whose day the meal takes, when the sentence gives none of its own. */
  occasion: Draft | null;
  meal: Trigger;
  kind: "dinner";
  participants: string[];
  date: Draft["date"];
  status: Draft["status"];
} | null {
  const meal = triggers.find((t) => t.kind === "dinner");
  if (!meal || !focus || distance > MEAL_REACH || EARLIER.test(s.text)) return null;
  if (OTHER_COMPANY.test(ctx.text.slice(meal.end, meal.end + 60))) return null;
  if (focus.context || focus.earlier || !HOSTED.includes(focus.kind) || focus.participants.length < 2)
    return null;
  // "one day after Biden hosted Kishida for a state dinner": counted, like its host's verb.
  const m =
    (walk ? dayApart(ctx, walk, s, meal) : null) ??
    nearestInClause(ctx.text, eventDates(ctx, s.index, meal), meal);
  const date = m ? { start: m.date, end: m.endDate, precision: m.precision } : focus.date;
  return {
    occasion: m ? null : focus,
    meal,
    kind: "dinner",
    participants: withNamedHost(ctx, s, meal, focus.participants),
    date,
    status: statusAt(ctx, s.index, meal, "dinner", date?.precision === "day"),
  };
}

const HIS_GUEST = /\b(?:for|in\s+honou?r\s+of|with)\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+)?guests?\b/iu;

// "President Murmu will host a banquet in his honour": the host is named, the guest is
// the one the story is about.
const HOSTS_MEAL =
  /^\s*,?\s*(?:will\s+|is\s+to\s+|was\s+to\s+|later\s+|then\s+)?host(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * The focus's officials at a meal its sentence gives a host of its own: the host, and
 * the focus's officials of the other parties (the guest), instead of the focus's host.
 */
function withNamedHost(ctx: ArticleContext, s: Sentence, meal: Trigger, participants: string[]): string[] {
  const host = ctx.officials.mentions.find(
    (x) =>
      x.sentence === s.index &&
      x.kind !== "pronoun" &&
      x.officialIds.length === 1 &&
      x.end <= meal.start &&
      HOSTS_MEAL.test(ctx.text.slice(x.end, meal.start)),
  )?.officialIds[0];
  if (!host || participants.includes(host)) return [...participants];
  const party = (id: string) => partyOf(ctx.officials.officials.get(id));
  const guests = participants.filter((p) => party(p) !== party(host));
  return guests.length ? [host, ...guests] : [...participants];
}

// A meal dated by its occasion before the occasion had a day ("Around the talks came …
// a state dinner"): the day the story later gives the occasion is the meal's too.
const occasionOf = new WeakMap<Draft, Draft>();

/** Which meal of the day a meal's word names, where it names one. */
function mealOf(word: string): string | null {
  if (/breakfast/i.test(word)) return "breakfast";
  if (/lunch/i.test(word)) return "lunch";
  if (/dinner|dined|dine|banquet|supper/i.test(word)) return "dinner";
  return null;
}

/** Each undated meal of an occasion takes the day the occasion has by now. */
export function dateMealsByOccasion(drafts: Draft[]): void {
  for (const d of drafts) {
    const occasion = occasionOf.get(d);
    if (d.date || !occasion?.date) continue;
    d.date = { ...occasion.date };
    const quote = occasion.evidence.find((e) => e.field === "date");
    if (quote) d.evidence.push({ ...quote });
  }
}

// "The conversation then continued over tea at Zhongnanhai, with Lavrov and Ushakov
// present", "The two leaders' talks continued over lunch": the meal of the talks in focus,
// whoever else the sentence names as present.
const CONTINUED_OVER =
  /\b(?:(?:conversation|talks|discussions?|meeting)\s+(?:then\s+|later\s+|also\s+)?continued|continued\s+(?:their|the)\s+(?:conversation|talks|discussions?))\s+over\b/i;

/** Whether the sentence tells the engagement in focus going on over a meal. */
export const continuesOverMeal = (s: Sentence) => CONTINUED_OVER.test(s.text);

/**
 * A meal of the engagement in focus is an event of its own, or a further report of one
 * already found. Returns whether the sentence reported one.
 */
export function addMeal(ctx: ArticleContext, walk: Walk, line: Reading): boolean {
  const { s } = line;
  // A live blog's heading announces its entry ("08:45 IST: Diaspora, UPI and a dinner at
  // the Elysee"): the meal is the one the entry reports, not the focus's.
  if (isHeadingLine(ctx, s)) return false;
  // "… since they met in Helsinki in 2018. A planned working lunch was dropped": the meal
  // is the story's, not the background meeting's the sentence before recalled.
  const focus =
    walk.focus && isBackground(ctx, walk.focus)
      ? (walk.drafts.find((d) => !d.context && !isBackground(ctx, d)) ?? walk.focus)
      : walk.focus;
  return addMealOf(ctx, walk, line, mealOfFocus(ctx, s, line.triggers, focus, s.index - walk.focusAt));
}

/**
 * "A state dinner in honour of the Chinese leader was to be given in the Kremlin": the
 * guest's meal is hosted by the guest's counterparts in their latest engagement, however
 * many sentences of quotes came between; the sentence leaves the host unnamed.
 */
export function hostGuest(ctx: ArticleContext, walk: Walk, s: Sentence, meal: Draft): void {
  if (meal.kind !== "dinner" || meal.participants.length !== 1) return;
  const [guest] = meal.participants;
  const named = ctx.officials.mentions.some(
    (m) => m.sentence === s.index && m.officialIds.includes(guest as string) && isGuest(ctx.text, m),
  );
  // "Kim hosted a state banquet for his guest": the host's, with the guest of the host's
  // latest engagement.
  if (!named && !HIS_GUEST.test(s.text)) return;
  const hosting = walk.drafts.findLast(
    (d) =>
      d !== meal &&
      !d.context &&
      !isBackground(ctx, d) &&
      d.participants.length >= 2 &&
      d.participants.includes(guest as string),
  );
  if (hosting) meal.participants = [...hosting.participants];
}

/**
 * "talks in the Kremlin, which continued over an informal dinner", "spoke privately before
 * sitting down to a social dinner": a meal in the sentence of an engagement, with no
 * officials of its own, is that engagement's officials' meal (guidelines: a meal is an
 * occasion of its own).
 */
export function addMealBeside(ctx: ArticleContext, walk: Walk, line: Reading, engagement: Draft): boolean {
  if (engagement.kind === "dinner") return false;
  // "spoke with Li at a gala dinner for leaders": the dinner is where they talked.
  const talk = engagement.evidence.findLast(
    (e) => e.field === "kind" && e.start >= line.s.start && e.end <= line.s.end,
  );
  const setting = talk && talkSetting(ctx, line.s, talk);
  const idle = line.triggers.filter(
    (t) =>
      t.kind === "dinner" &&
      !line.active.includes(t) &&
      !(setting && t.start >= setting.start && t.end <= setting.end),
  );
  return addMealOf(ctx, walk, line, mealOfFocus(ctx, line.s, idle, engagement, 0, walk));
}

function addMealOf(
  ctx: ArticleContext,
  walk: Walk,
  line: Reading,
  meal: ReturnType<typeof mealOfFocus>,
): boolean {
  const { s } = line;
  if (!meal) return false;
  // The meal joins the story without taking its focus: "the talks" still means the talks.
  const course = mealOf(meal.meal.text);
  const known = walk.drafts.find(
    (d) =>
      d.kind === "dinner" &&
      !d.earlier &&
      overlaps(d.date, meal.date) &&
      // "lunched on noodles … That evening they dined at a restaurant": two meals.
      d.evidence.every(
        (e) => e.field !== "kind" || !course || !mealOf(e.quote) || mealOf(e.quote) === course,
      ) &&
      d.participants.length === meal.participants.length &&
      meal.participants.every((id) => d.participants.includes(id)),
  );
  const d = known ?? newDraft("dinner", s.text);
  if (!known) {
    d.participants = meal.participants;
    d.status = meal.status;
    d.date = meal.date;
    walk.drafts.push(d);
    if (!d.date && meal.occasion) occasionOf.set(d, meal.occasion);
  }
  d.evidence.push(ev("kind", meal.meal));
  apply(ctx, d, s, meal.meal);
  return true;
}

const MEAL_NOUN = /^(?:dinner|lunch|luncheon|banquet|breakfast|meal)$/i;

/**
 * "After the talks, … Xi hosted a banquet in honor of Lula": a meal is an occasion of its
 * own (the guidelines), not the talks the sentence refers back to. Returns those talks
 * (the engagement in focus) when `t` is such a meal, else null.
 */
export function talksBeforeMeal(walk: Walk, t: Trigger, anaphor: RegExpExecArray | null): Draft | null {
  const focus = walk.focus;
  if (t.kind !== "dinner" || !anaphor || !focus || focus.kind === "dinner") return null;
  return MEAL_NOUN.test(anaphor[1] ?? "") ? null : focus;
}

/** "the two leaders" at the meal after the talks are the talks' two. */
export function atTheTalksMeal(talks: Draft, named: Participant[]): Participant[] {
  const pair = named.filter((p) => p.group);
  if (pair.length !== talks.participants.length) return named;
  return [
    ...pair.map((p, i) => ({ ...p, id: talks.participants[i] as string })),
    ...named.filter((p) => !p.group && !talks.participants.includes(p.id)),
  ];
}

/** The meal after the talks is on their day unless its sentence gives its own. */
export function dateByTalks(meal: Draft, talks: Draft): void {
  const day = talks.evidence.find((e) => e.field === "date");
  if (meal.date || !talks.date || !day) return;
  meal.date = { ...talks.date };
  meal.evidence.push({ ...day });
}
