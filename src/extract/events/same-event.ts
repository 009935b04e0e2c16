// Which event already found a trigger reports again: the one an anaphor or a remark
// refers to, else one of the same officials, mode and date.

import type { EventKind } from "../../schemas/extraction.ts";
import type { Sentence } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { EARLIER } from "./cues.ts";
import { DISCUSSION_WINDOW } from "./discussion.ts";
import { type Draft, type DraftDate, overlaps, sameMode } from "./draft.ts";
import type { Trigger } from "./sentence-facts.ts";
import type { Walk } from "./walk.ts";

/** "The summit … the two leaders' final meeting": an anaphor whose event's officials are all named here. */
export function anaphoricFocus(
  walk: Walk,
  s: Sentence,
  ids: string[],
  date: DraftDate | null,
  ahead: boolean,
  again: boolean,
  // A day weeks from the one an undated engagement of the lead will take (news-day.ts).
  farFromLead: (d: Draft) => boolean = () => false,
): Draft | null {
  const { focus } = walk;
  if (!focus || focus.context || !overlaps(focus.date, date) || farFromLead(focus)) return null;
  // "The two leaders first met officially in June last year, when … the pair rode bicycles":
  // a sentence that looks back names an undated event in focus only by its own date.
  if ((HAD_MET.test(s.text) || FIRST_MET.test(s.text)) && (focus.date === null || date === null)) return null;
  if (ahead && (again || focus.status === "held") && date?.precision !== "day") return null;
  // "Putin is expected to hold talks with the Turkmen president during the visit": talks
  // on a one-person trip are an engagement of their own, not the trip.
  if (focus.kind === "visit" && focus.participants.length === 1 && ids.length >= 2) return null;
  return focus.participants.every((id) => ids.includes(id)) ? focus : null;
}

// "The two leaders had met in May at the G7": the past perfect tells of an earlier meeting
// (not "had met 42 times", a count of them).
const HAD_MET =
  /\bhad\s+(?:(?:already|previously|first|also|last)\s+)?(?:met|held talks|spoken|talked|visited|hosted)\b(?!\s+(?:[\w-]+\s+){0,2}times\b)/i;

// "They first met on April 27 at the Peace House", "first met officially in June last
// year": the start of a history, told back.
// Not "The two presidents first met one-on-one, then …", the first step of the day.
const FIRST_MET =
  /\b(?:first|initially)\s+(?:met|spoke|held talks)\s+(?:(?:officially|formally|in person|face[- ]to[- ]face|as leaders)\s+)?(?:on|in)\s+(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b/;

// "It was the first time the two men had met face to face since …": a remark on the
// occasion just reported, however its verb looks back.
const FIRST_TIME =
  /^\W*(?:It|This|That)\s+(?:was|is|marked)\s+(?:the|their|his|her)\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time\b/;
// "He called it a 'very productive meeting'": "it" is the occasion the passage is about.
const CALLED_IT =
  /\b(?:called|calling|described|describing|termed|hailed)\s+it\s+(?:as\s+)?(?:an?\s+)?(?:[\w"“'-]+\s+){0,3}$/i;

/**
 * The event just reported, when the sentence remarks on it ("It was the first time the two
 * men had met since …") or names it through "it" ("He called it a productive meeting")
 * while the passage is still about it, and the officials are its own.
 */
export function remarkOnFocus(
  ctx: ArticleContext,
  walk: Walk,
  s: Sentence,
  t: Trigger,
  ids: string[],
): Draft | null {
  const { focus, focusAt, discussedAt } = walk;
  if (!focus || focus.context) return null;
  const first = FIRST_TIME.test(s.text) && s.index - focusAt <= 2;
  const called =
    CALLED_IT.test(ctx.text.slice(s.start, t.start)) && s.index - discussedAt <= DISCUSSION_WINDOW;
  if (!first && !called) return null;
  return ids.every((id) => focus.participants.includes(id)) ? focus : null;
}

const PLANNED = new Set<Draft["status"]>(["expected", "scheduled", "cancelled"]);

const looksBackIn = (s: Sentence) => EARLIER.test(s.text) || HAD_MET.test(s.text) || FIRST_MET.test(s.text);

/** The event in focus, else the latest, if it is this one reported again. */
export function sameEvent(
  walk: Walk,
  s: Sentence,
  kind: EventKind,
  date: DraftDate | null,
  ids: string[],
  ahead: boolean,
  again: boolean,
  status: Draft["status"] = "held",
  // A day weeks from the one an undated engagement of the lead will take (news-day.ts).
  farFromLead: (d: Draft) => boolean = () => false,
): Draft | null {
  // "The two last met in Tokyo in 2019": a sentence that looks back joins an event only
  // when both are dated and the dates agree, never an undated one by default.
  const looksBack = looksBackIn(s);
  const same = (d: Draft) =>
    !d.context &&
    !d.earlier &&
    sameMode(d.kind, kind) &&
    overlaps(d.date, date) &&
    !farFromLead(d) &&
    (!looksBack || (d.date !== null && date !== null)) &&
    // Only its own day makes an occasion still ahead the one already held.
    (!ahead || (d.status !== "held" && !again) || date?.precision === "day") &&
    ids.length === d.participants.length &&
    ids.every((id) => d.participants.includes(id)) &&
    // "He was to hold talks with Frederiksen", after their call on Thursday: what was
    // planned, with no day of its own, is not a meeting already held on a known day.
    !(PLANNED.has(status) && date === null && d.status === "held" && d.date?.precision === "day");
  const { focus, drafts } = walk;
  return (focus && same(focus) ? focus : null) ?? [...drafts].reverse().find(same) ?? null;
}
