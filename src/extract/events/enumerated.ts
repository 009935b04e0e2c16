import type { EventKind } from "../../schemas/extraction.ts";
import type { Sentence } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { type Draft, draftDate, newDraft, overlaps, sameMode } from "./draft.ts";
import { ev } from "./evidence.ts";
import { eventDates, statusAt } from "./sentence-facts.ts";

// "Monday's meeting followed two phone calls between the presidents this year. The first,
// on Feb. 10, lasted about two hours. The second, on Sept. 9, …": a count of engagements,
// then each taken in turn by its ordinal and its own date.
const COUNTED =
  /\b(two|three|four|several)\s+(?:earlier\s+|previous\s+|prior\s+)?(phone calls|calls|meetings|summits|rounds of talks|conversations|video calls)\b/i;
const ORDINAL = /^(?:The|Their)\s+(first|second|third|fourth|last|latest|other),?\s+(?:on|in)\s+/i;
const KIND: Record<string, EventKind> = {
  "phone calls": "call",
  calls: "call",
  conversations: "call",
  "video calls": "video_call",
  meetings: "in_person",
  summits: "talks",
  "rounds of talks": "talks",
};
// The ordinals follow within this many sentences, in the same paragraph.
const REACH = 3;

/**
 * The engagements a count introduces and its ordinals date, between the officials of the
 * event the counting sentence is about (its focus): added unless already found.
 */
export function addEnumerated(ctx: ArticleContext, drafts: Draft[], s: Sentence, focus: Draft | null): void {
  const counted = COUNTED.exec(s.text);
  if (!counted || !focus || focus.context || focus.participants.length < 2) return;
  const kind = KIND[(counted[2] ?? "").toLowerCase()] ?? "in_person";
  for (let i = s.index + 1; i <= s.index + REACH; i++) {
    const next = ctx.sentences[i];
    const prev = ctx.sentences[i - 1];
    if (!next || !prev || /\n/.test(ctx.text.slice(prev.end, next.start))) break;
    const ordinal = ORDINAL.exec(next.text);
    if (!ordinal) continue;
    const at = next.start + ordinal.index + ordinal[0].length;
    const m = eventDates(ctx, next.index).find((d) => d.start === at);
    if (!m) continue;
    const date = draftDate(m);
    const known = drafts.find(
      (d) =>
        sameMode(d.kind, kind) &&
        overlaps(d.date, date) &&
        d.date !== null &&
        focus.participants.every((p) => d.participants.includes(p)),
    );
    if (known) continue;
    const span = { start: next.start + ordinal.index, end: at + m.text.length, text: "" };
    span.text = ctx.text.slice(span.start, span.end);
    const d = newDraft(kind, next.text);
    d.participants = [...focus.participants];
    d.date = date;
    d.status = statusAt(ctx, next.index, span, kind, date.precision === "day");
    d.sentences.push(s.index, next.index);
    d.evidence.push(
      ev("event", next),
      ev("kind", {
        start: s.start + counted.index,
        end: s.start + counted.index + counted[0].length,
        text: counted[0],
      }),
      ev("date", m),
    );
    drafts.push(d);
  }
}
