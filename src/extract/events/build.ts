import { firstDay, lastDay } from "../../lib/partial-date.ts";
import type { EventKind, Evidence } from "../../schemas/extraction.ts";
import { partyOf } from "../officials/types.ts";
import { chooseSummit } from "../summits.ts";
import type { Sentence, Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import {
  ANAPHORA,
  ANAPHORA_KINDS,
  CANCELLED,
  CONTEXT_TRIGGERS,
  DISCUSSION,
  EARLIER,
  FIRM,
  SUMMIT_SETTING,
} from "./cues.ts";
import { betterPlace, type Draft, type DraftDate, morePreciseDate, sameMode } from "./draft.ts";
import { mealOfFocus } from "./meal.ts";
import {
  eventDates,
  isNegated,
  nearest,
  nearestInClause,
  type Participant,
  participantsIn,
  statusAt,
  type Trigger,
  triggersIn,
} from "./sentence-facts.ts";
import { carryDatelinePlace, carryLeadDate, currentDay, isBackground, SAME_DAY } from "./story-date.ts";
import { storyEngagement } from "./story-engagement.ts";

const ev = (field: Evidence["field"], span: Span, value: string | null = null): Evidence => ({
  field,
  value,
  quote: span.text,
  start: span.start,
  end: span.end,
});

const overlaps = (a: DraftDate | null, b: DraftDate | null) =>
  !a ||
  !b ||
  (firstDay(a.start) <= lastDay(b.end ?? b.start) && firstDay(b.start) <= lastDay(a.end ?? a.start));

// Topics raised in sentences after an event are attributed to it for this many sentences.
const DISCUSSION_WINDOW = 6;
// An anaphor ("the meeting") refers to the event in focus only this many sentences on.
const ANAPHOR_REACH = 2;

/**
 * Walks the sentences once. Each engagement trigger takes the officials nearest to it;
 * where they represent two countries (or one official visits a place) that is an event.
 * Later sentences about the same officials, or with an anaphor ("the meeting"), add to
 * it; sentences describing what was discussed add topics to the event in focus.
 */
export function buildEvents(ctx: ArticleContext): Draft[] {
  const drafts: Draft[] = [];
  let focus: Draft | null = null;
  let focusAt = -1;
  // Parties, not nationalities: the NATO Secretary General is NATO's side, whatever his passport.
  const country = (id: string) => partyOf(ctx.officials.officials.get(id));

  for (const s of ctx.sentences) {
    if (isNegated(s.text)) continue;
    const { participants, speakers } = participantsIn(ctx, s.index);
    const triggers = [...triggersIn(ctx, s.index), ...summitSettings(ctx, s)];
    const anaphor = ANAPHORA.exec(s.text);
    const groups = assign(ctx.text, participants, triggers, (g, t) => engages(ctx, s, g, t, triggers));
    const active = triggers.filter((t) => (groups.get(t)?.length ?? 0) > 0);
    const touched: Draft[] = [];

    for (const [t, group] of separately(ctx, s, groups)) {
      const ids = group.map((p) => p.id);
      const countries = new Set(ids.map(country));
      if (!engages(ctx, s, group, t, active)) continue;
      // A visit with its host is a meeting; a summit of leaders is talks with an agenda (the
      // guidelines), unlike a meeting on a summit's sidelines.
      const kind: EventKind =
        t.kind === "visit" && countries.size >= 2
          ? "in_person"
          : t.kind === "in_person" && /^summit\b/i.test(t.text)
            ? "talks"
            : t.kind;
      const dateMention = nearestInClause(ctx.text, eventDates(ctx, s.index), t);
      const date = dateMention
        ? { start: dateMention.date, end: dateMention.endDate, precision: dateMention.precision }
        : null;
      // "The two last met in Tokyo in 2019": a sentence that looks back joins an event only
      // when both are dated and the dates agree, never an undated one by default.
      const looksBack = EARLIER.test(s.text);
      const same = (d: Draft) =>
        !d.context &&
        !d.earlier &&
        sameMode(d.kind, kind) &&
        overlaps(d.date, date) &&
        (!looksBack || (d.date !== null && date !== null)) &&
        ids.length === d.participants.length &&
        ids.every((id) => d.participants.includes(id));
      // "The summit … the two leaders' final meeting": an anaphor whose event's officials are all named here.
      const anaphoric =
        anaphor &&
        focus &&
        !focus.context &&
        overlaps(focus.date, date) &&
        focus.participants.every((id) => ids.includes(id))
          ? focus
          : null;
      let target =
        anaphoric ?? (focus && same(focus) ? focus : null) ?? [...drafts].reverse().find(same) ?? null;
      if (!target) {
        target = newDraft(kind, s.text);
        target.status = statusAt(ctx, s.index, t, kind, date?.precision === "day");
        // "the trip eventually took place in June": the rescheduled trip keeps the place it was to.
        const earlierTrip = anaphor && /trip|visit/i.test(anaphor[1] ?? "") ? focus : null;
        if (earlierTrip?.place) target.place = { ...earlierTrip.place };
        drafts.push(target);
      } else if (target !== anaphoric) {
        updateStatus(target, statusAt(ctx, s.index, t, kind, date?.precision === "day"), s.text);
      }
      for (const p of target === anaphoric
        ? group.filter((g) => target?.participants.includes(g.id))
        : group) {
        if (!target.participants.includes(p.id)) target.participants.push(p.id);
        target.evidence.push(ev("participant", p.mention, p.id));
      }
      target.evidence.push(ev("kind", t));
      apply(ctx, target, s, t, active);
      touched.push(target);
    }

    const meal = touched.length ? null : mealOfFocus(ctx, s, triggers, focus, s.index - focusAt);
    if (meal) {
      // The meal joins the story without taking its focus: "the talks" still means the talks.
      const known = drafts.find(
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
        drafts.push(d);
      }
      d.evidence.push(ev("kind", meal.meal));
      apply(ctx, d, s, meal.meal);
      continue;
    }

    if (!touched.length && anaphor) {
      const at = {
        start: s.start + anaphor.index,
        end: s.start + anaphor.index + anaphor[0].length,
        text: anaphor[0],
      };
      const kinds = ANAPHORA_KINDS[(anaphor[1] ?? "meeting").toLowerCase()] ?? [];
      // "the upcoming summit" can only be an event still ahead.
      const ahead = /upcoming|planned|anticipated|coming|next|final/i.test(anaphor[0]);
      const live = (d: Draft) =>
        !d.context &&
        !d.earlier &&
        kinds.includes(d.kind) &&
        (!ahead || d.status === "expected" || d.status === "scheduled");
      // A recent focus is the referent; past that, "the talks" is the story's own event
      // (the first the article reports), not the background one mentioned last.
      const referent =
        focus && live(focus) && s.index - focusAt <= ANAPHOR_REACH ? focus : (drafts.find(live) ?? null);
      const dateMention = nearestInClause(ctx.text, eventDates(ctx, s.index), at);
      const date = dateMention
        ? { start: dateMention.date, end: dateMention.endDate, precision: dateMention.precision }
        : null;
      // "Before the talks, he had … earlier this month": the anaphor is a point in time for
      // another clause, not an earlier meeting.
      const timePoint = /\b(?:before|after|ahead of|following|since|during)\s+$/i.test(
        ctx.text.slice(Math.max(0, at.start - 12), at.start),
      );
      if (referent && date && !timePoint && !overlaps(referent.date, date) && EARLIER.test(s.text)) {
        // "their previous discussions … about a year ago": an earlier meeting of the same officials.
        const earlier = newDraft(referent.kind, s.text);
        earlier.participants = [...referent.participants];
        earlier.status = "held";
        earlier.earlier = true;
        drafts.push(earlier);
        apply(ctx, earlier, s, at);
        continue;
      }
      // "Biden pressed Xi on fentanyl, the White House said. The call … took place on Tuesday":
      // the first engagement of a report may be named only by its noun; its officials are
      // the lead's.
      const introduced =
        referent || timePoint || drafts.some((d) => !d.context) ? null : storyEngagement(ctx, s, kinds, at);
      if (introduced) drafts.push(introduced);
      const target = referent ?? introduced;
      if (target) {
        const predicate = ctx.text.slice(at.end, Math.min(s.end, at.end + 50));
        if (/\b(?:took place|was held|went ahead|happened|ended|lasted)\b/i.test(predicate))
          updateStatus(target, "held", "");
        if (CANCELLED.test(predicate)) updateStatus(target, "cancelled", "");
        if (FIRM.test(predicate) || (date?.precision === "day" && /\bwill\b/i.test(predicate)))
          updateStatus(target, "scheduled", "");
        apply(ctx, target, s, at);
        touched.push(target);
      }
    }

    if (process.env.SUMMITRY_DEBUG_EVENTS) {
      console.error(
        s.index,
        touched.map((d) => `${d.participants.join("+")}:${d.status}`).join(" | "),
        "<-",
        s.text.slice(0, 90),
      );
    }
    if (touched.length) {
      focus = touched[0] ?? focus;
      focusAt = s.index;
      continue;
    }

    const context = CONTEXT_TRIGGERS.find((c) => c.re.test(s.text));
    const dates = eventDates(ctx, s.index);
    if (context && dates.length && !triggers.length) {
      const d = newDraft(context.kind, s.text);
      d.context = true;
      d.status = "held";
      for (const p of [...participants, ...speakers]) {
        if (!d.participants.includes(p.id)) d.participants.push(p.id);
        d.evidence.push(ev("participant", p.mention, p.id));
      }
      drafts.push(d);
      apply(ctx, d, s, s);
      continue;
    }

    // What was discussed belongs to the story's event, not to a background meeting the
    // last sentence recalled ("their meeting in November … Xi told Biden Taiwan was …").
    if (focus && s.index - focusAt <= DISCUSSION_WINDOW && DISCUSSION.test(s.text)) {
      const story = isBackground(ctx, focus) ? drafts.find((d) => !d.context && !isBackground(ctx, d)) : null;
      addTopics(ctx, story ?? focus, s.index);
    }
  }
  carryLeadDate(ctx, drafts);
  carryDatelinePlace(ctx, drafts);
  return drafts;
}

/**
 * "Zhao Leji and Premier Li Qiang met separately with Lula": one meeting for each of
 * the officials on the side that names several.
 */
function separately(
  ctx: ArticleContext,
  s: Sentence,
  groups: Map<Trigger, Participant[]>,
): [Trigger, Participant[]][] {
  const pairs = [...groups];
  // "held a series of calls …, speaking with A, B and C": a phone call is between two
  // sides, so the first official named calls each of the others.
  const calls = /\bcalls\b|\bseries of\b/i.test(s.text);
  // "met separately with", "met Zhao Leji and then Xi": one meeting per host official.
  if (!calls && !/\b(?:separately|then|later|afterwards|in turn)\b/i.test(s.text)) return pairs;
  return pairs.flatMap(([t, group]): [Trigger, Participant[]][] => {
    const parties = new Set(group.map((p) => partyOf(ctx.officials.officials.get(p.id))));
    if (calls && t.kind === "call" && parties.size > 2) {
      const [hub, ...others] = [...group].sort((a, b) => a.mention.start - b.mention.start);
      if (hub) return others.map((o): [Trigger, Participant[]] => [t, [hub, o]]);
    }
    const bySide = new Map<string | undefined, Participant[]>();
    for (const p of group) {
      const side = partyOf(ctx.officials.officials.get(p.id));
      bySide.set(side, [...(bySide.get(side) ?? []), p]);
    }
    const crowded = [...bySide.values()].find((ps) => ps.length > 1);
    if (!crowded || bySide.size < 2) return [[t, group]];
    const rest = group.filter((p) => !crowded.includes(p));
    return crowded.map((p): [Trigger, Participant[]] => [t, [p, ...rest]]);
  });
}

/** Two countries' officials at one trigger, or one official visiting or dining at a named place. */
function engages(
  ctx: ArticleContext,
  s: Sentence,
  group: Participant[],
  t: Trigger,
  triggers: Trigger[],
): boolean {
  const countries = new Set(group.map((p) => partyOf(ctx.officials.officials.get(p.id))));
  if (countries.size >= 2) return true;
  return (
    group.length >= 1 &&
    (t.kind === "visit" || t.kind === "dinner") &&
    placesNear(ctx, s, t, triggers).length > 0
  );
}

/**
 * Each official goes with the nearest trigger ("talks in Washington with Wang …, a
 * summit between Biden and Xi"); groups that are no engagement on their own are joined
 * ("Wang, the first minister to visit Washington, visited Biden").
 */
function assign(
  text: string,
  participants: Participant[],
  triggers: Trigger[],
  ok: (g: Participant[], t: Trigger) => boolean,
): Map<Trigger, Participant[]> {
  const groups = new Map<Trigger, Participant[]>(triggers.map((t) => [t, []]));
  // Distance in characters, and a clause boundary between the two counts as a long way.
  const cost = (p: Participant, t: Trigger) => {
    const [a, b] = p.mention.end <= t.start ? [p.mention.end, t.start] : [t.end, p.mention.start];
    const between = text.slice(Math.min(a, b), Math.max(a, b));
    return Math.abs(b - a) + (/[,;:—]|\s(?:when|while|whereas|after|before)\s/.test(between) ? 60 : 0);
  };
  for (const p of participants) {
    const t = [...triggers].sort((x, y) => cost(p, x) - cost(p, y))[0];
    if (t) groups.get(t)?.push(p);
  }
  const failing = triggers.filter((t) => (groups.get(t)?.length ?? 0) > 0 && !ok(groups.get(t) ?? [], t));
  for (const t of failing) {
    // Join the nearest other trigger of the same kind (the later one is the main verb), or
    // any trigger close by: "when Wong and Marles held talks with Jaishankar".
    // An empty trigger nearby counts too: "welcomed Li Qiang's visit to Washington".
    const others = triggers.filter(
      (o) =>
        o !== t &&
        (o.kind === t.kind || Math.abs(o.start - t.start) <= 80) &&
        (groups.get(t)?.length ?? 0) > 0,
    );
    for (const other of [...others].sort(
      (a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start),
    )) {
      const union = [...(groups.get(other) ?? []), ...(groups.get(t) ?? [])];
      const empty = (groups.get(other)?.length ?? 0) === 0;
      const [anchor, dropped] = empty || other.start > t.start ? [other, t] : [t, other];
      if (!ok(union, anchor) && !(ok(union, dropped) && !empty)) continue;
      const into = ok(union, anchor) ? anchor : dropped;
      groups.set(into, union);
      groups.set(into === anchor ? dropped : anchor, []);
      break;
    }
  }
  return groups;
}

/** "… at the APEC Summit in Woodside" with two leaders named is an engagement even without a verb. */
function summitSettings(ctx: ArticleContext, s: Sentence): Trigger[] {
  return ctx.summits
    .filter(
      (m) =>
        m.sentence === s.index && SUMMIT_SETTING.test(ctx.text.slice(Math.max(0, m.start - 40), m.start)),
    )
    .map((m) => ({ start: m.start, end: m.end, text: m.text, kind: "in_person" as const }));
}

/** Places in the sentence that belong with this trigger rather than another one, nearest first. */
function placesNear(ctx: ArticleContext, s: Sentence, t: Span, triggers: Span[] = []) {
  const inSentence = ctx.places.filter(
    (p) =>
      p.sentence === s.index &&
      (p.city || p.venue || p.country) &&
      (triggers.length < 2 || nearest(triggers, p) === t),
  );
  // A place far from the trigger, past a clause boundary, belongs to something else
  // ("raised the detention of an executive in Beijing").
  const cost = (p: Span) => {
    const [a, b] = p.end <= t.start ? [p.end, t.start] : [t.end, p.start];
    return Math.abs(b - a) + (/[,;:—]/.test(ctx.text.slice(Math.min(a, b), Math.max(a, b))) ? 60 : 0);
  };
  return inSentence.filter((p) => cost(p) <= 400).sort((a, b) => cost(a) - cost(b));
}

function newDraft(kind: Draft["kind"], lead: string): Draft {
  return {
    kind,
    status: "expected",
    date: null,
    place: null,
    summit: null,
    participants: [],
    topics: [],
    evidence: [],
    sentences: [],
    context: false,
    earlier: false,
    lead,
  };
}

/** A later report can confirm an expected event (held) or cancel it; it does not un-hold one. */
function updateStatus(d: Draft, status: Draft["status"], sentence: string) {
  if (status === "cancelled") d.status = status;
  else if (status === "held" && d.status !== "cancelled" && !/\bwill\b/i.test(sentence)) d.status = "held";
  else if (status === "scheduled" && d.status === "expected") d.status = "scheduled";
}

function apply(ctx: ArticleContext, d: Draft, s: Sentence, anchor: Span, triggers: Span[] = []) {
  d.sentences.push(s.index);
  d.evidence.push(ev("event", s));
  const m =
    nearestInClause(ctx.text, eventDates(ctx, s.index), anchor) ??
    (SAME_DAY.test(s.text) ? currentDay(ctx, s.index) : null);
  if (m) {
    const date = { start: m.date, end: m.endDate, precision: m.precision };
    if (morePreciseDate(date, d.date) && overlaps(d.date, date)) {
      d.date = date;
      d.evidence.push(ev("date", m));
    }
  }
  const places = placesNear(ctx, s, anchor, triggers);
  const exact =
    places.find((p) => !p.approximate && (p.city || p.venue)) ?? places.find((p) => !p.approximate);
  const rough = places.find((p) => p.approximate);
  const place = exact ?? (rough ? { ...rough, city: null, venue: null } : undefined);
  if (place) {
    const at = { venue: place.venue, city: place.city, region: place.region, country: place.country };
    if (betterPlace(at, d.place)) {
      d.place = at;
      d.evidence.push(ev("place", place));
    }
  }
  for (const sm of ctx.summits.filter((x) => x.sentence === s.index)) {
    if (!SUMMIT_SETTING.test(ctx.text.slice(Math.max(0, sm.start - 40), sm.start)) || d.summit) continue;
    const id = chooseSummit(ctx.ref, sm.summitIds, d.date?.start ?? sm.year ?? ctx.pub?.value ?? null);
    if (!id) continue;
    d.summit = id;
    d.evidence.push(ev("summit", sm, id));
    const summit = ctx.ref.summits.find((x) => x.id === id);
    if (summit?.city && !d.place?.city) {
      d.place = { venue: null, city: summit.city, region: summit.region, country: summit.country };
    }
  }
  if (!d.context || DISCUSSION.test(s.text)) addTopics(ctx, d, s.index);
}

function addTopics(ctx: ArticleContext, d: Draft, index: number) {
  for (const t of ctx.topics.filter((x) => x.sentence === index)) {
    if (!d.topics.includes(t.topicId)) d.topics.push(t.topicId);
    d.evidence.push(ev("topic", t, t.topicId));
  }
}
