import type { EventKind } from "../../schemas/extraction.ts";
import { daysBetween } from "../dates/calendar.ts";
import type { Sentence, Span } from "../types.ts";
import { apply } from "./apply.ts";
import { nearestInClause } from "./clause.ts";
import type { ArticleContext } from "./context.ts";
import { ANAPHORA_KINDS, CANCELLED, EARLIER, FIRM, OF_DAY } from "./cues.ts";
import {
  type Draft,
  type DraftDate,
  draftDate,
  IN_PERSON,
  newDraft,
  overlaps,
  updateStatus,
} from "./draft.ts";
import { eventDates } from "./event-dates.ts";
import { OTHER_PEOPLE, type Recalled, recalledIn } from "./recalled.ts";
import { storyEngagement } from "./story-engagement.ts";
import type { Walk } from "./walk.ts";

// An anaphor ("the meeting") refers to the event in focus only this many sentences on.
const ANAPHOR_REACH = 2;

/** "the talks" in a sentence that reports no engagement by its own trigger. */
export interface Anaphor {
  /** Where the noun phrase is. */
  at: Span;
  /** The event kinds the noun can name. */
  kinds: EventKind[];
  /** The event it refers to, if one already found fits. */
  referent: Draft | null;
  /** The date next to it. */
  date: DraftDate | null;
  /** "Before the talks": the anaphor dates another clause. */
  timePoint: boolean;
}

export function readAnaphor(ctx: ArticleContext, walk: Walk, s: Sentence, anaphor: RegExpExecArray): Anaphor {
  const { focus, focusAt, drafts } = walk;
  const at = {
    start: s.start + anaphor.index,
    end: s.start + anaphor.index + anaphor[0].length,
    text: anaphor[0],
  };
  const kinds = ANAPHORA_KINDS[(anaphor[1] ?? "meeting").toLowerCase()] ?? [];
  // "the upcoming summit" can only be an event still ahead.
  const ahead = /upcoming|planned|anticipated|coming|next|final/i.test(anaphor[0]);
  // "In the trilateral meeting": the one of three or more, not the bilateral before it.
  const several = /trilateral|three-way|multilateral/i.test(anaphor[0]);
  const live = (d: Draft) =>
    (!several || d.participants.length >= 3) &&
    !d.context &&
    !d.earlier &&
    kinds.includes(d.kind) &&
    (!ahead || d.status === "expected" || d.status === "scheduled");
  // A recent focus is the referent; past that, "the talks" is the story's own event
  // (the first the article reports), not the background one mentioned last.
  // "Monday's meeting" is dated by its own day, not by "this year" further on.
  const dates = eventDates(ctx, s.index, at);
  const m =
    (OF_DAY.test(anaphor[0]) ? dates.find((d) => d.start === at.start) : undefined) ??
    nearestInClause(ctx.text, dates, at);
  const date = m ? draftDate(m) : null;
  // "In Tuesday's call": the one of that day, though Wednesday's is in focus.
  const ofDay = OF_DAY.test(anaphor[0]) && date?.precision === "day";
  // "Monday's talks" when Monday is already past: not an engagement still ahead ("Xi is
  // due to receive Putin later this month"), though its month holds that Monday.
  const past = ofDay && ctx.pub?.precision === "day" && date !== null && date.start < ctx.pub.value;
  const stillAhead = (d: Draft) => past && (d.status === "expected" || d.status === "scheduled");
  const fits = (d: Draft) =>
    live(d) && (!ofDay || (d.date !== null && overlaps(d.date, date))) && !stillAhead(d);
  const referent =
    focus && fits(focus) && s.index - focusAt <= ANAPHOR_REACH
      ? focus
      : ofDay
        ? // None of that day: the story's own engagement, if nothing has dated it yet.
          ([...drafts].reverse().find(fits) ??
          drafts.find((d) => live(d) && !d.date && !stillAhead(d)) ??
          null)
        : (drafts.find(live) ?? null);
  // "Before the talks, he had … earlier this month": the anaphor is a point in time for
  // another clause, not an earlier meeting. "On the eve of the summit" too.
  const timePoint = /\b(?:before|after|ahead of|following|since|during|(?:on )?the eve of)\s+$/i.test(
    ctx.text.slice(Math.max(0, at.start - 16), at.start),
  );
  return { at, kinds, referent, date, timePoint };
}

const RECALLED_NOUN = /\btheir (?:previous|last(?![-\w])|earlier|prior)\b/i;

/**
 * "their previous discussions … about a year ago": an earlier meeting of the same
 * officials, recalled in passing. Returns whether the sentence recalls one.
 */
export function addEarlierMeeting(ctx: ArticleContext, walk: Walk, s: Sentence, a: Anaphor): boolean {
  const { date } = a;
  // "Their last in-person meeting" in a report of a call: the pair is the story's, the
  // first engagement the article reports, whatever its kind.
  const story = walk.drafts.find((d) => !d.context && !d.earlier && d.participants.length >= 2);
  const referent = a.referent ?? (/^their\b/i.test(a.at.text) ? (story ?? null) : null);
  // "Their first meeting, in 2019, …": the first of them, dated apart from this one, is earlier.
  // "The first meeting … since 2020" is this one, the first after a gap.
  const first = /\btheir first\b/i.test(a.at.text) && !/\bsince\b/i.test(ctx.text.slice(a.at.end, s.end));
  const looksBack = EARLIER.test(s.text) || first;
  // "Their previous encounter, … on Sept. 21": the noun itself names another occasion, so
  // its date is not the undated referent's ("last" of a dated one may still be this one).
  const named = RECALLED_NOUN.test(a.at.text);
  const same = referent?.date || !named ? overlaps(referent?.date ?? null, date) : false;
  if (!referent || !date || a.timePoint || same || !looksBack) return false;
  const earlier = newDraft(
    a.kinds.includes(referent.kind) ? referent.kind : (a.kinds[0] ?? referent.kind),
    s.text,
  );
  earlier.participants = [...referent.participants];
  earlier.status = "held";
  earlier.earlier = true;
  walk.drafts.push(earlier);
  apply(ctx, earlier, s, a.at);
  return true;
}

// The days one occasion of the story can span ("two days of summit talks").
const STORY_SPAN_DAYS = 7;
// "The summit opened on Thursday", "The talks continued on Friday": the sentence tells a
// day of the occasion it starts with (not "took place on", which may correct its date).
const DAY_OF_OCCASION =
  /^\s+(?:had\s+)?(?:opened|began|started|continued|resumed|moved|kicked off|got under way|got underway)\b/i;
// "The talks resumed on Monday at a lower level": others carried them on.
const LOWER_LEVEL = /\b(?:lower|working|expert|technical|deputy|ministerial|official)[- ]level\b/i;

/**
 * "… wrapped up two days of talks in Tokyo on Friday. The summit opened on Thursday
 * evening in Nagato": a sentence that starts with the anaphor and tells how the occasion
 * went on, on another day than the event it names (within days of it), reports another
 * day of the story's occasion: an event of its own, with the same officials, where that
 * day's sentence puts it. Not a call ("continued on Tuesday morning Beijing time" is the
 * same call), not the summit whose sidelines the pair met on, and not where the sentence
 * names anyone else or other people ("talks between officials", "at a lower level").
 */
export function anotherDay(ctx: ArticleContext, walk: Walk, s: Sentence, a: Anaphor): Draft | null {
  const { date, at } = a;
  if (date?.precision !== "day" || date.end || a.timePoint) return null;
  if (OTHER_PEOPLE.test(s.text) || LOWER_LEVEL.test(s.text)) return null;
  if (at.start !== s.start || !DAY_OF_OCCASION.test(ctx.text.slice(at.end, s.end))) return null;
  const near = (d: Draft | null | undefined): d is Draft =>
    !!d?.date &&
    d.date.precision === "day" &&
    IN_PERSON.includes(d.kind) &&
    !overlaps(d.date, date) &&
    Math.abs(daysBetween(d.date.start, date.start)) <= STORY_SPAN_DAYS;
  // The referent, or when it is another occasion (Vladivostok next year), the story's own.
  const story = walk.drafts.find(
    (d) => !d.context && !d.earlier && d.participants.length >= 2 && IN_PERSON.includes(d.kind),
  );
  const base = near(a.referent) ? a.referent : near(story) ? story : null;
  if (!base || !a.kinds.includes(base.kind) || othersNamed(ctx, s, base)) return null;
  if (/summit/i.test(at.text) && base.summit) return null;
  if (a.referent && a.referent !== base && overlaps(a.referent.date, date)) return null;
  const d = newDraft(base.kind, s.text);
  d.participants = [...base.participants];
  d.status = ctx.pub?.precision === "day" && date.start < ctx.pub.value ? "held" : base.status;
  walk.drafts.push(d);
  apply(ctx, d, s, at);
  return d;
}

/** The sentence reports on the anaphor's event ("the call … took place on Tuesday"); returns that event. */
export function followAnaphor(ctx: ArticleContext, walk: Walk, s: Sentence, a: Anaphor): Draft | null {
  const { at, referent, date } = a;
  // "their first formal meeting since their talks in Helsinki": an occasion the sentence
  // counts from is an earlier one (addRecalledMeetings), not the one in focus. Only
  // "since" says so: "before their first summit at the Capella Hotel" may be this one.
  const looksBackTo = (r: Recalled) =>
    !r.loose &&
    !r.ordered &&
    r.noun.start < at.end &&
    at.start < r.noun.end &&
    /^since\b/i.test(ctx.text.slice(r.noun.start, r.noun.end));
  if (referent && recalledIn(ctx, s.index).some(looksBackTo)) return null;
  // "Biden pressed Xi on fentanyl, the White House said. The call … took place on Tuesday":
  // the first engagement of a report may be named only by its noun; its officials are
  // the lead's.
  const introduced =
    // Only while no engagement the noun could name has been read: a one-person trip
    // ("amid a possible trip to the island by Pelosi") is not the call it stands for.
    referent ||
    a.timePoint ||
    walk.drafts.some((d) => !d.context && a.kinds.includes(d.kind) && d.participants.length >= 2)
      ? null
      : storyEngagement(ctx, s, a.kinds, at);
  if (introduced) walk.drafts.push(introduced);
  const target = referent ?? introduced;
  if (!target) return null;
  // "… said Putin and Kim had swapped letters after the visit": a point in time for what
  // other officials did, which says nothing of the occasion itself.
  if (a.timePoint && othersNamed(ctx, s, target)) return null;
  const predicate = ctx.text.slice(at.end, Math.min(s.end, at.end + 50));
  if (/\b(?:took place|was held|went ahead|happened|ended|lasted)\b/i.test(predicate))
    updateStatus(target, "held", "");
  if (CANCELLED.test(predicate)) updateStatus(target, "cancelled", "");
  if (FIRM.test(predicate) || (date?.precision === "day" && /\bwill\b/i.test(predicate)))
    updateStatus(target, "scheduled", "");
  apply(ctx, target, s, at);
  return target;
}

/** Whether the sentence names an official who was not at the event. */
function othersNamed(ctx: ArticleContext, s: Sentence, d: Draft): boolean {
  return ctx.officials.mentions.some(
    (m) => m.sentence === s.index && m.officialIds.some((id) => !d.participants.includes(id)),
  );
}
