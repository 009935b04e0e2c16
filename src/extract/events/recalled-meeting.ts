import type { EventKind } from "../../schemas/extraction.ts";
import type { Sentence } from "../types.ts";
import { apply } from "./apply.ts";
import type { ArticleContext } from "./context.ts";
import { type Draft, draftDate, newDraft, overlaps } from "./draft.ts";
import { nearestInClause } from "./sentence-facts.ts";
import type { Walk } from "./walk.ts";

// "… the first talks between the two leaders since their informal summit at Mamallapuram
// in October 2019": "their" is the officials of the event in focus, and the dated
// occasion after "since" is an earlier meeting of theirs, recalled in passing.
const SINCE_THEIR =
  /\bsince their\s+(?:[\p{L}-]+\s+){0,3}?(summit|talks|meeting|encounter|conversation|call)\b/giu;
const KIND: Record<string, EventKind> = {
  summit: "talks",
  talks: "talks",
  meeting: "in_person",
  encounter: "in_person",
  conversation: "call",
  call: "call",
};
// "their" reaches back this many sentences to the event in focus.
const REACH = 3;
// The meetings this rule recalled, so that one the article also reports in full is kept once.
const recalled = new WeakSet<Draft>();

/** Adds the earlier meetings the sentence recalls with "since their …"; returns how many. */
export function addSinceMeetings(ctx: ArticleContext, walk: Walk, s: Sentence): number {
  let added = 0;
  for (const m of s.text.matchAll(SINCE_THEIR)) {
    const referent = theirs(walk, s);
    if (!referent) return added;
    const at = { start: s.start + (m.index ?? 0), end: s.start + (m.index ?? 0) + m[0].length, text: m[0] };
    // Dates after "since" are bounds for the sentence's own event, so eventDates drops
    // them; here the date is the recalled meeting's own, after its noun.
    const after = (ctx.dates[s.index] ?? []).filter((d) => d.start >= at.end);
    const date = nearestInClause(ctx.text, after, at);
    if (!date || overlaps(referent.date, draftDate(date))) continue;
    const d = newDraft(KIND[(m[1] ?? "meeting").toLowerCase()] ?? "in_person", s.text);
    d.participants = [...referent.participants];
    d.status = "held";
    d.earlier = true;
    d.date = draftDate(date);
    d.evidence.push({ field: "date", value: null, quote: date.text, start: date.start, end: date.end });
    walk.drafts.push(d);
    recalled.add(d);
    apply(ctx, d, s, at);
    added++;
  }
  return added;
}

function theirs(walk: Walk, s: Sentence): Draft | null {
  const { focus, focusAt } = walk;
  const two = (d: Draft | null): d is Draft => !!d && !d.context && d.participants.length >= 2;
  return two(focus) && s.index - focusAt <= REACH ? focus : null;
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
    overlaps(a.date, b.date);
  return drafts.filter((d) => {
    if (!recalled.has(d)) return true;
    const full = drafts.find((o) => o !== d && !recalled.has(o) && !o.context && same(d, o));
    if (!full) return true;
    full.evidence.push(...d.evidence.filter((e) => e.field !== "kind" && e.field !== "date"));
    return false;
  });
}
