import type { Evidence } from "../../schemas/extraction.ts";
import type { Span } from "../types.ts";
import type { Draft } from "./draft.ts";
import type { Participant } from "./sentence-facts.ts";

/** The passage of the text that supports one field of an event. */
export const ev = (field: Evidence["field"], span: Span, value: string | null = null): Evidence => ({
  field,
  value,
  quote: span.text,
  start: span.start,
  end: span.end,
});

/** Each official joins the event once; every mention of them is evidence. */
export function addParticipants(d: Draft, participants: Participant[]) {
  for (const p of participants) {
    if (!d.participants.includes(p.id)) d.participants.push(p.id);
    d.evidence.push(ev("participant", p.mention, p.id));
  }
}
