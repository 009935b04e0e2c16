import { firstDay, lastDay } from "../../lib/partial-date.ts";
import type { EventKind } from "../../schemas/extraction.ts";
import { partyOf } from "../officials/types.ts";
import type { DateMention, Sentence, Span } from "../types.ts";
import { apply } from "./apply.ts";
import { nearestInClause } from "./clause.ts";
import type { ArticleContext } from "./context.ts";
import { OF_DAY } from "./cues.ts";
import { dayAfterTold, dayApart, dayCountedTo, neighbourDay, occasionApart } from "./days-apart.ts";
import { type Draft, draftDate, newDraft, overlaps, REMOTE, updateStatus } from "./draft.ts";
import { engages, separately } from "./engagement.ts";
import { eventDates } from "./event-dates.ts";
import { addParticipants, ev } from "./evidence.ts";
import { leadEnd, mainFirst } from "./main-clause.ts";
import { atTheTalksMeal, dateByTalks, talksBeforeMeal } from "./meal.ts";
import { farFromLead, isBackground } from "./news-day.ts";
import { occasions, ownDate } from "./occasions.ts";
import { placesNear } from "./places-near.ts";
import { journeyDay } from "./purpose.ts";
import { anaphoricFocus, remarkOnFocus, sameEvent } from "./same-event.ts";
import type { Participant, Trigger } from "./sentence-facts.ts";
import { PAST_TRIGGER, statusAt } from "./status.ts";
import { continuedDay } from "./story-date.ts";
import { talkSetting } from "./talk-setting.ts";
import type { Reading, Walk } from "./walk.ts";

/**
 * Each trigger whose officials make an engagement reports an event: one already found
 * (the one "the meeting" refers to, or one of the same officials and date) or a new one.
 * Returns the events the sentence reports, in order.
 */
export function joinTriggers(ctx: ArticleContext, walk: Walk, line: Reading): Draft[] {
  const touched: Draft[] = [];
  // The events of triggers in an opening "After …," clause (see mainFirst).
  const early = new Set<Draft>();
  const lead = leadEnd(line.s);
  const pairs = separately(ctx, line.s, line.groups);
  const engaged = pairs.filter(([t, g]) => engages(ctx, line.s, g, t, line.active)).map(([t]) => t);
  // "… in Phnom Penh in November, where they also held talks with Biden": a trigger whose
  // officials make no engagement claims no place of the sentence but its own locative
  // ("negotiations in Washington between Wang and US diplomats" were in Washington).
  const reading = {
    ...line,
    active: line.active.filter((t) => engaged.includes(t) || placedRightAfter(ctx, t)),
  };
  for (const [t, group] of pairs) {
    if (!engaged.includes(t)) continue;
    const hosts = pairs.filter(([u]) => u === t).map(([, g]) => g[0] as Participant);
    const hostDay = ownDate(ctx, line.s, t, group[0], hosts);
    const own =
      dayAfterTold(ctx, line.s, t) ??
      dayCountedTo(ctx, line.s, t) ??
      neighbourDay(ctx, line.s, t) ??
      hostDay ??
      dayApart(ctx, walk, line.s, t) ??
      undefined;
    const times = own ? [] : occasions(ctx, line.s, t, line.triggers);
    // "They last met in December in Paris, and in September in New York": one each.
    const before = touched.length;
    for (const at of times) touched.push(joinTrigger(ctx, walk, reading, t, group, at, at));
    if (!times.length) {
      // "talks with A in Vilnius on Tuesday, B in Riga on Wednesday": a place written
      // right between a host and its own day is that host's meeting's.
      const host = group[0];
      const placed =
        !!own &&
        own === hostDay &&
        !!host &&
        ctx.places.some(
          (p) =>
            /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(ctx.text.slice(host.mention.end, p.start)) &&
            /^,?\s+(?:on\s+)?$/i.test(ctx.text.slice(p.end, own.start)),
        );
      const at = own && placed ? own : t;
      const d = joinTrigger(ctx, walk, reading, t, group, own, at);
      if (!own && !d.date) d.apartFrom ??= occasionApart(ctx, line.s, t);
      touched.push(d);
    }
    if (t.end <= lead) for (const d of touched.slice(before)) early.add(d);
  }
  return mainFirst(touched, early);
}

const placedRightAfter = (ctx: ArticleContext, t: Trigger) =>
  ctx.places.some(
    (p) => p.start >= t.end && /^\s*(?:(?:in|at)\s+)?(?:the\s+)?$/i.test(ctx.text.slice(t.end, p.start)),
  );

function joinTrigger(
  ctx: ArticleContext,
  walk: Walk,
  line: Reading,
  t: Trigger,
  named: Participant[],
  own: DateMention | undefined,
  // What the sentence's place and date are read near: the trigger, or one occasion's date.
  at: Span = t,
) {
  const { s, anaphor } = line;
  const talks = talksBeforeMeal(walk, t, anaphor);
  const group = talks ? atTheTalksMeal(talks, named) : named;
  const ids = group.map((p) => p.id);
  const kind = spokeAtMeeting(walk, s, t, ids) ?? spokeAtGathering(ctx, s, t) ?? kindAt(ctx, t, ids);
  // "Later the same day, Putin and Xi held talks": the story's day, so that the talks are
  // not taken for the next day's talks of the same leaders.
  // "flew to Gyeongju on Wednesday for a summit with Lee": the journey's day, held back
  // until the walk is over in case a later sentence dates the summit ("… set for Thursday").
  const journey = journeyDay(ctx.text, s, t, ctx.dates[s.index] ?? []);
  const m =
    own ??
    nearestInClause(ctx.text, eventDates(ctx, s.index, t), t) ??
    (journey ? undefined : continuedDay(ctx, s, t)) ??
    undefined;
  const date = m ? draftDate(m) : null;
  const past = !!date && !!ctx.pub && lastDay(date.end ?? date.start) < firstDay(ctx.pub.value);
  // A day after a report dated to the day had not come when it was written ("Sunday's
  // talks came on the eve of his meeting with Xi, set for Monday"): whatever the verbs
  // around, that engagement is scheduled.
  const later =
    date?.precision === "day" &&
    ctx.pub?.precision === "day" &&
    firstDay(date.start) > lastDay(ctx.pub.value);
  const read = statusAt(ctx, s.index, t, kind, date?.precision === "day", past);
  // Not a verb in the past ("met Li Qiang in Tokyo on March 7", filed a zone behind).
  const status = read === "held" && later && !PAST_TRIGGER.test(t.text) ? "scheduled" : read;
  // "… and would meet again at the G20 in Argentina": an occasion still to come is not
  // the one already held, unless the two dates say so.
  // "The leaders met again at Paekhwawon": another meeting than any told so far.
  const again = AGAIN_HERE.test(ctx.text.slice(t.end, t.end + 14));
  const ahead = (status !== "held" && AGAIN_AHEAD.test(s.text)) || again;
  const far = (d: Draft) => farFromLead(ctx, d, date);
  const anaphoric = anaphor && !talks ? anaphoricFocus(walk, s, ids, date, ahead, again, far) : null;
  const found =
    anaphoric ??
    remarkOnFocus(ctx, walk, s, t, ids) ??
    sameEvent(walk, s, kind, date, ids, ahead, again, status, far);
  // "Wednesday's meeting was …" names its day: the sentence's tense says whether it was held.
  const ofDay = !!anaphor && OF_DAY.test(anaphor[0]);
  // "… held talks on Friday, their first face-to-face meeting since July": the anaphor is
  // an apposition after the verb, which says whether it was held.
  const appositive = !!anaphor && t.end <= s.start + anaphor.index;
  if (found && (found !== anaphoric || ofDay || appositive)) updateStatus(found, status, s.text);
  const target = found ?? startEvent(ctx, walk, line, kind, status, t);
  if (!found) alsoThere(ctx, walk, s, t, target, ids);
  // An anaphor's event gains no officials here: only mentions of its own are recorded.
  addParticipants(
    target,
    target === anaphoric ? group.filter((g) => target.participants.includes(g.id)) : group,
  );
  target.evidence.push(ev("kind", t));
  if (own && date && !target.date) {
    target.date = date;
    target.evidence.push(ev("date", own));
  }
  apply(ctx, target, s, at, line.active);
  if (talks && !found) dateByTalks(target, talks);
  if (journey && !target.date) target.journeyDay ??= journey;
  return target;
}

function startEvent(
  ctx: ArticleContext,
  walk: Walk,
  line: Reading,
  kind: EventKind,
  status: Draft["status"],
  t: Trigger,
): Draft {
  const { s, anaphor } = line;
  const d = newDraft(kind, s.text);
  d.status = status;
  // "the trip eventually took place in June": the rescheduled trip keeps the place it was
  // to. Not "met him in Brasília, after which he announced the dates of this visit": the
  // trip must be what the sentence is about, named before its verb.
  const earlierTrip =
    anaphor && /trip|visit/i.test(anaphor[1] ?? "") && s.start + anaphor.index < t.start ? walk.focus : null;
  // Not when the sentence places the engagement itself ("began this trip in Tokyo on
  // Saturday, meeting Abe").
  if (earlierTrip?.place && !placesNear(ctx, s, t, line.triggers).length) d.place = { ...earlierTrip.place };
  walk.drafts.push(d);
  return d;
}

// "He also saw the foreign minister": the same outing as the sentence before.
const ALSO = /\balso\s+(?:\w+\s+)?$/i;

/**
 * "… went to the Blue House that evening to brief President Moon. He also saw the foreign
 * minister, Kang": an engagement added with "also", right after one of the same official,
 * took place then and there, unless its own sentence says when or where.
 */
function alsoThere(ctx: ArticleContext, walk: Walk, s: Sentence, t: Trigger, d: Draft, ids: string[]) {
  const focus = walk.focus;
  // Not a meeting the sentence before recalled ("Harris and Zelensky last met in Munich in
  // February. … Zelensky also met Trudeau"): the news goes on, not the background.
  if (!focus || focus === d || focus.context || isBackground(ctx, focus) || walk.focusAt !== s.index - 1)
    return;
  if (!ALSO.test(ctx.text.slice(Math.max(s.start, t.start - 20), t.start))) return;
  if (!ids.some((id) => focus.participants.includes(id)) || REMOTE.includes(focus.kind)) return;
  if (REMOTE.includes(d.kind)) return;
  // "The two last met in Beijing in February. Xi also met on Friday with …": a day of
  // its own that is not the one before's is another outing, wherever that one was.
  const own = eventDates(ctx, s.index, t);
  if (focus.date && own.length && !own.some((m) => overlaps(focus.date, draftDate(m)))) return;
  // Each fact comes with the quote that gave it to the meeting before.
  const quote = (field: "date" | "place") => focus.evidence.find((e) => e.field === field);
  const dated = quote("date");
  if (focus.date && dated && !d.date && !own.length) {
    d.date = { ...focus.date };
    d.evidence.push({ ...dated });
  }
  const placed = quote("place");
  if (focus.place && placed && !d.place && !placesNear(ctx, s, t).length) {
    d.place = { ...focus.place };
    d.evidence.push({ ...placed });
  }
}

// "spoke for nearly two hours", "spoke again": by itself a call, but not the phone.
const SPOKE = /^(?:spoke|speak(?:s|ing)?)\b(?!\s+(?:by|over the|on the) (?:tele)?phone)/i;
// A meeting's talk is reported this many sentences after the meeting at the most.
const SPOKE_REACH = 2;

/**
 * "Biden met Xi in Lima on Saturday. The two leaders spoke for nearly two hours": right
 * after an in-person meeting of the same officials, "spoke" is that meeting's talk, not
 * a phone call. Returns the meeting's kind, so the sentence joins it.
 */
function spokeAtMeeting(walk: Walk, s: Sentence, t: Trigger, ids: string[]): EventKind | null {
  const { focus, focusAt } = walk;
  if (t.kind !== "call" || !SPOKE.test(t.text) || !focus || s.index - focusAt > SPOKE_REACH) return null;
  if (focus.context || focus.earlier || REMOTE.includes(focus.kind)) return null;
  return ids.length >= 2 && ids.every((id) => focus.participants.includes(id)) ? focus.kind : null;
}

/**
 * "At a state banquet in Hanoi, the prime minister spoke with Li", "spoke briefly with Xi
 * at a reception", "spoke privately with Xi in Guangzhou": a talk at a gathering both
 * attended, or in a place, was face to face.
 */
function spokeAtGathering(ctx: ArticleContext, s: Sentence, t: Trigger): EventKind | null {
  return t.kind === "call" && talkSetting(ctx, s, t) ? "in_person" : null;
}

/**
 * A visit with its host is a meeting; a summit of leaders is talks with an agenda (the
 * guidelines), unlike a meeting on a summit's sidelines.
 */
function kindAt(ctx: ArticleContext, t: Trigger, ids: string[]): EventKind {
  // Parties, not nationalities: the NATO Secretary General is NATO's side, whatever his passport.
  const countries = new Set(ids.map((id) => partyOf(ctx.officials.officials.get(id))));
  return t.kind === "visit" && countries.size >= 2
    ? "in_person"
    : t.kind === "in_person" && /^summit\b/i.test(t.text)
      ? "talks"
      : t.kind;
}

// "would meet again at the G20", "their next summit": another occasion, still ahead.
const AGAIN_HERE = /^\s+(?:once\s+)?again\b/i;
const AGAIN_AHEAD =
  /\b(?:meet|meeting|talk|talks|speak|visit|see)\s+(?:each other\s+)?again\b|\bnext\s+(?:meeting|summit|round|call|visit|talks)\b/i;
