import { firstDay, lastDay } from "../../lib/partial-date.ts";
import type { Sentence } from "../types.ts";
import { apply } from "./apply.ts";
import { nearestInClause } from "./clause.ts";
import type { ArticleContext } from "./context.ts";
import { ANAPHORA_KINDS } from "./cues.ts";
import { type Draft, draftDate, newDraft, overlaps } from "./draft.ts";
import { ev } from "./evidence.ts";
import { type Recalled, recalledIn } from "./recalled.ts";
import type { Walk } from "./walk.ts";

// "their" reaches back this many sentences to the event in focus.
const REACH = 3;
// The meetings this rule recalled, so that one the article also reports in full is kept once.
const recalled = new WeakSet<Draft>();

/**
 * Adds the earlier meetings the sentence recalls in passing ("… the first talks between
 * the two leaders since their informal summit at Mamallapuram in October 2019"): "their"
 * is the officials of the event in focus, and the date in the recalled phrase's clause is
 * that meeting's own. Returns how many.
 */
export function addRecalledMeetings(ctx: ArticleContext, walk: Walk, s: Sentence): number {
  let added = 0;
  for (const r of recalledIn(ctx, s.index)) {
    const referent = theirs(ctx, walk, s, r);
    if (!referent) return added;
    // Dates after "since" are bounds for the sentence's own event, so eventDates drops
    // them; here the date is the recalled meeting's own, after its noun.
    // "Their August 5 meeting": the date may sit inside the noun phrase too.
    const own = (ctx.dates[s.index] ?? []).filter(
      (d) => d.start >= (r.loose ? r.noun.start : r.noun.end) && d.end <= r.span.end,
    );
    const date = nearestInClause(ctx.text, own, r.noun);
    if (!date || (referent.date && overlaps(referent.date, draftDate(date)))) continue;
    // Not one the story has told already ("since their summit last November … at their
    // November 15 meeting"): that report takes the date as it reads on.
    const told = () =>
      walk.drafts.some(
        (o) =>
          o.date &&
          overlaps(o.date, draftDate(date)) &&
          referent.participants.every((p) => o.participants.includes(p)),
      );
    if ((r.loose || r.ordered) && (!before(draftDate(date), referent.date) || told())) continue;
    const d = newDraft(r.kind, s.text);
    d.participants = [...referent.participants];
    d.status = "held";
    d.earlier = true;
    d.date = draftDate(date);
    d.evidence.push({ field: "date", value: null, quote: date.text, start: date.start, end: date.end });
    walk.drafts.push(d);
    recalled.add(d);
    apply(ctx, d, s, r.noun);
    // "after Wuhan in April": the bare name is where that meeting was.
    if (r.place) {
      d.place = { venue: null, ...r.place };
      d.evidence = [...d.evidence.filter((e) => e.field !== "place"), ev("place", r.noun)];
    }
    added++;
  }
  return added;
}

/** Whether the date ends before the day the referent's date starts (which it must have). */
function before(date: Draft["date"], referent: Draft["date"]): boolean {
  return !!date && !!referent && lastDay(date.end ?? date.start) < firstDay(referent.start);
}

// "the first conversation between the two leaders since their …": the noun the sentence
// gives its own occasion before the recalled one.
const OWN_NOUN = /\b(meeting|talks|summit|call|conversation|encounter|visit|trip|discussions?|dialogue)\b/gi;

/**
 * Whose "their" it is: of the events reported in the last few sentences, the one the
 * sentence's own noun fits best ("the first conversation … since their meeting": a call
 * before a meeting), the event in focus first among equals.
 */
function theirs(ctx: ArticleContext, walk: Walk, s: Sentence, r: Recalled): Draft | null {
  const { focus, focusAt, drafts } = walk;
  const two = (d: Draft) => !d.context && !d.earlier && d.participants.length >= 2;
  const recent = (d: Draft) =>
    d === focus ? s.index - focusAt <= REACH : d.sentences.some((i) => i < s.index && s.index - i <= REACH);
  // "After a meeting with Merkel, Trump sat down with Putin, their first meeting since the
  // Helsinki summit": of this sentence's events, the one whose verb is nearest before.
  const verbBefore = (d: Draft) =>
    Math.max(
      -1,
      ...d.evidence
        .filter((e) => e.field === "kind" && e.start >= s.start && e.end <= r.noun.start)
        .map((e) => e.start),
    );
  // "the sixth meeting between Yoon and Biden, following their first summit": the pair the
  // sentence names before the phrase, when an event of theirs is told.
  const named = new Set(
    ctx.officials.mentions
      .filter((m) => m.start >= s.start && m.end <= r.noun.start && m.kind !== "group")
      .flatMap((m) => m.officialIds),
  );
  const ofNamed = (d: Draft) => named.size >= 2 && [...named].every((id) => d.participants.includes(id));
  const here = [
    ...drafts.filter((d) => verbBefore(d) >= 0).sort((a, b) => verbBefore(b) - verbBefore(a)),
    ...[...drafts].reverse().filter((d) => verbBefore(d) < 0 && ofNamed(d) && two(d)),
  ];
  const candidates = [
    ...here,
    ...(focus && !here.includes(focus) ? [focus] : []),
    ...[...drafts].reverse().filter((d) => d !== focus && !here.includes(d)),
  ].filter((d) => two(d) && (here.includes(d) || recent(d)));
  const noun = [...ctx.text.slice(s.start, r.noun.start).matchAll(OWN_NOUN)].at(-1)?.[1]?.toLowerCase();
  const kinds = noun ? ANAPHORA_KINDS[noun] : undefined;
  if (!kinds) return candidates[0] ?? null;
  const rank = (d: Draft) => (kinds.includes(d.kind) ? kinds.indexOf(d.kind) : kinds.length);
  const away = (d: Draft) => (here.includes(d) ? here.indexOf(d) : here.length);
  return (
    candidates
      .filter((d) => rank(d) < kinds.length)
      .sort((a, b) => away(a) - away(b) || rank(a) - rank(b))[0] ?? null
  );
}

/**
 * A recalled meeting the article also reports on its own ("since their summit in
 * California last November" … "when they met at Filoli on November 15") is that
 * report: the recollection's quotes join it and the recollection goes.
 */
export function foldRecalled(drafts: Draft[]): Draft[] {
  const same = (a: Draft, b: Draft) =>
    a.participants.length === b.participants.length &&
    a.participants.every((p) => b.participants.includes(p)) &&
    // An undated report is not known to be the recalled one: "the second summit … their first encounter".
    b.date !== null &&
    overlaps(a.date, b.date) &&
    // Nor one still to come: "would meet again later this year" is not "Wuhan in April".
    b.status === "held";
  return drafts.filter((d) => {
    if (!recalled.has(d)) return true;
    const full = drafts.find((o) => o !== d && !recalled.has(o) && !o.context && same(d, o));
    if (!full) return true;
    full.evidence.push(...d.evidence.filter((e) => e.field !== "kind" && e.field !== "date"));
    return false;
  });
}
