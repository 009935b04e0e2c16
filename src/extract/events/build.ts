import { firstDay, lastDay } from "../../lib/partial-date.ts";
import type { Evidence } from "../../schemas/extraction.ts";
import { chooseSummit } from "../summits.ts";
import type { Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { ANAPHORA, ANAPHORA_KINDS, CONTEXT_TRIGGERS, DISCUSSION, EARLIER, SUMMIT_SETTING } from "./cues.ts";
import { betterPlace, type Draft, type DraftDate, morePreciseDate, sameMode } from "./draft.ts";
import { isNegated, participantsIn, statusOf, triggerIn } from "./sentence-facts.ts";

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

/**
 * Walks the sentences once, creating an event where a trigger meets participants,
 * folding later sentences about the same event into it (same officials, compatible
 * mode and date, or an anaphor such as "the meeting"), and attributing topics from
 * sentences that describe what was discussed.
 */
export function buildEvents(ctx: ArticleContext): Draft[] {
  const drafts: Draft[] = [];
  let focus: Draft | null = null;
  let focusAt = -1;
  const country = (id: string) => ctx.officials.officials.get(id)?.country;

  for (const s of ctx.sentences) {
    if (isNegated(s.text)) continue;
    const { participants, speakers } = participantsIn(ctx, s.index);
    const ids = participants.map((p) => p.id);
    const trigger = triggerIn(
      ctx,
      s.index,
      participants.map((p) => p.mention),
    );
    const dates = ctx.dates[s.index] ?? [];
    const places = ctx.places.filter((p) => p.sentence === s.index && (p.city || p.venue || p.country));
    const anaphor = ANAPHORA.exec(s.text);
    const countries = new Set(ids.map(country));
    const engagement =
      trigger &&
      ((countries.size >= 2 && trigger.kind !== "visit") ||
        (countries.size >= 2 && places.length > 0) ||
        (ids.length >= 1 && (trigger.kind === "visit" || trigger.kind === "dinner") && places.length > 0));

    let target: Draft | null = null;
    if (engagement && trigger) {
      const kind = trigger.kind === "visit" && countries.size >= 2 ? "in_person" : trigger.kind;
      const date = dates[0]
        ? { start: dates[0].date, end: dates[0].endDate, precision: dates[0].precision }
        : null;
      target =
        drafts.find(
          (d) =>
            !d.context &&
            sameMode(d.kind, kind) &&
            overlaps(d.date, date) &&
            ids.length === d.participants.length &&
            ids.every((id) => d.participants.includes(id)),
        ) ?? null;
      if (!target) {
        target = newDraft(kind, s.text, date !== null && date.precision === "day");
        drafts.push(target);
      }
      for (const p of participants) {
        if (!target.participants.includes(p.id)) target.participants.push(p.id);
        target.evidence.push(ev("participant", p.mention, p.id));
      }
      target.evidence.push(ev("kind", trigger));
    } else if (anaphor || (trigger && ids.length === 0)) {
      const noun = (anaphor?.[1] ?? "meeting").toLowerCase();
      const kinds = ANAPHORA_KINDS[noun] ?? ANAPHORA_KINDS.meeting ?? [];
      const referent = [...drafts].reverse().find((d) => !d.context && kinds.includes(d.kind)) ?? null;
      const date = dates[0]
        ? { start: dates[0].date, end: dates[0].endDate, precision: dates[0].precision }
        : null;
      if (referent && date && !overlaps(referent.date, date) && EARLIER.test(s.text)) {
        // "their previous discussions … about a year ago": an earlier meeting of the same officials.
        const earlier = newDraft(referent.kind, s.text, false);
        earlier.participants = [...referent.participants];
        earlier.status = "held";
        drafts.push(earlier);
        apply(ctx, earlier, s, dates, places, true);
        continue;
      }
      target = referent;
    }

    if (target) {
      apply(ctx, target, s, dates, places, target.sentences.length === 0);
      focus = target;
      focusAt = s.index;
      continue;
    }

    const context = CONTEXT_TRIGGERS.find((c) => c.re.test(s.text));
    if (context && dates.length && !trigger) {
      const d = newDraft(context.kind, s.text, false);
      d.context = true;
      d.status = "held";
      for (const p of [...participants, ...speakers]) {
        if (!d.participants.includes(p.id)) d.participants.push(p.id);
        d.evidence.push(ev("participant", p.mention, p.id));
      }
      drafts.push(d);
      apply(ctx, d, s, dates, places, true);
      continue;
    }

    if (focus && s.index - focusAt <= DISCUSSION_WINDOW && DISCUSSION.test(s.text))
      addTopics(ctx, focus, s.index);
  }
  return drafts;
}

function newDraft(kind: Draft["kind"], lead: string, dayPrecise: boolean): Draft {
  return {
    kind,
    status: statusOf(lead, kind, dayPrecise),
    date: null,
    place: null,
    summit: null,
    participants: [],
    topics: [],
    evidence: [],
    sentences: [],
    context: false,
    lead,
  };
}

function apply(
  ctx: ArticleContext,
  d: Draft,
  s: ArticleContext["sentences"][number],
  dates: ArticleContext["dates"][number],
  places: ArticleContext["places"],
  first: boolean,
) {
  d.sentences.push(s.index);
  d.evidence.push(ev("event", s));
  const status = statusOf(s.text, d.kind, dates[0]?.precision === "day");
  if (first) d.status = status;
  else if (
    status === "cancelled" ||
    (status === "held" && d.status !== "cancelled" && d.status !== "held" && !/\bwill\b/i.test(s.text))
  ) {
    d.status = status;
  }
  const m = dates[0];
  if (m) {
    const date = { start: m.date, end: m.endDate, precision: m.precision };
    if (morePreciseDate(date, d.date) && overlaps(d.date, date)) {
      d.date = date;
      d.evidence.push(ev("date", m));
    }
  }
  const exact = places.filter((p) => !p.approximate);
  const best = [...exact].sort((a, b) => Number(!!b.city) - Number(!!a.city))[0];
  const rough = places.find((p) => p.approximate);
  const place = best ?? (rough ? { ...rough, city: null, venue: null } : undefined);
  if (place) {
    const at = { venue: place.venue, city: place.city, region: place.region, country: place.country };
    if (betterPlace(at, d.place)) {
      d.place = at;
      d.evidence.push(ev("place", place));
    }
  }
  for (const sm of ctx.summits.filter((x) => x.sentence === s.index)) {
    if (!SUMMIT_SETTING.test(ctx.text.slice(Math.max(0, sm.start - 40), sm.start))) continue;
    const id = chooseSummit(ctx.ref, sm.summitIds, d.date?.start ?? ctx.pub?.value ?? null);
    if (id && !d.summit) {
      d.summit = id;
      d.evidence.push(ev("summit", sm, id));
      const summit = ctx.ref.summits.find((x) => x.id === id);
      if (summit && !d.place && summit.city)
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
