import type { EventKind, EventStatus, Evidence } from "../../src/schemas/extraction.ts";
import type { Official, SynthEvent } from "./synth-events.ts";
import { printDate } from "./synth-world.ts";

// How the synthetic wire phrases an event: one template per kind and status, with
// every stated fact quoted where it lands in the body.

export const CONTEXT = new Set<EventKind>(["statement", "incident", "announcement"]);
export const REMOTE = new Set<EventKind>(["call", "video_call"]);
export const NOUN: Record<EventKind, string> = {
  in_person: "meeting",
  call: "call",
  video_call: "video call",
  visit: "visit",
  talks: "talks",
  dinner: "dinner",
  statement: "statement",
  incident: "incident",
  announcement: "announcement",
};
// Where the family name comes first, as wires print it (Xi, not Jinping).
const FAMILY_FIRST = new Set(["CN", "KP", "KR", "VN", "KH"]);
export const surname = (o: Official) => {
  const parts = o.name.split(" ");
  return (FAMILY_FIRST.has(o.country) ? parts[0] : parts.at(-1)) ?? o.name;
};

/** The body under construction: quotes are recorded where they land, so offsets are exact by construction. */
export class Body {
  text = "";
  add(s: string): void {
    this.text += s;
  }
  quote(field: Evidence["field"], value: string | null, s: string): Evidence {
    const start = this.text.length;
    this.text += s;
    return { field, value, quote: s, start, end: this.text.length };
  }
}

const VERBS: Record<EventKind, [past: string, base: string]> = {
  in_person: ["met", "meet"],
  call: ["spoke by phone with", "speak by phone with"],
  video_call: ["held a video call with", "hold a video call with"],
  visit: ["paid a visit to", "pay a visit to"],
  talks: ["held talks with", "hold talks with"],
  dinner: ["hosted a dinner for", "host a dinner for"],
  statement: ["issued a statement", "issue a statement"],
  incident: ["was caught up in a diplomatic incident", "be caught up in a diplomatic incident"],
  announcement: ["made an announcement", "make an announcement"],
};
const STATUS: Record<EventStatus, string | null> = {
  held: null,
  scheduled: "is scheduled to",
  expected: "is expected to",
  cancelled: "cancelled plans to",
};
const AGENDA: Record<EventStatus, string> = {
  held: "They discussed",
  scheduled: "The agenda is set to include",
  expected: "Talks are expected to cover",
  cancelled: "The talks were to have covered",
};
// Topic names are capitalised as headings; mid-sentence only proper nouns keep it.
const PROPER = new Set([
  "taiwan",
  "russia-ukraine-war",
  "north-korea",
  "south-china-sea",
  "east-china-sea",
  "middle-east",
]);

/** One or two sentences reporting the event; returns the evidence for each stated fact. */
export function renderEvent(b: Body, e: SynthEvent, status: EventStatus): Evidence[] {
  const from = b.text.length;
  const ev: Evidence[] = [];
  const [first, ...others] = e.participants;
  if (!first) throw new Error(`event ${e.id} has no participants`);
  ev.push(b.quote("participant", first.id, first.name));
  const phrase = STATUS[status];
  b.add(" ");
  if (phrase) {
    ev.push(b.quote("status", status, phrase));
    b.add(" ");
  }
  const [past, base] = VERBS[e.kind];
  ev.push(b.quote("kind", e.kind, phrase ? base : past));
  others.forEach((o, i) => {
    b.add(i === 0 ? " " : i === others.length - 1 ? " and " : ", ");
    ev.push(b.quote("participant", o.id, o.name));
  });
  b.add(REMOTE.has(e.kind) ? " from " : " in ");
  ev.push(b.quote("place", e.place.country, e.place.city));
  if (e.summit) {
    b.add(" on the sidelines of the ");
    ev.push(b.quote("summit", e.summit.id, e.summit.name));
  }
  const { start, end, precision } = e.date;
  b.add(precision === "day" ? " on " : " in ");
  const printed = end ? `${Number(start.slice(8))} to ${printDate(end)}` : printDate(start);
  ev.push(b.quote("date", start, printed));
  b.add(".");
  if (e.topics.length) {
    b.add(` ${CONTEXT.has(e.kind) ? "It concerned" : AGENDA[status]} `);
    e.topics.forEach((t, i) => {
      if (i > 0) b.add(i === e.topics.length - 1 ? " and " : ", ");
      const name = PROPER.has(t.id) ? t.name : t.name[0]?.toLowerCase() + t.name.slice(1);
      ev.push(b.quote("topic", t.id, name));
    });
    b.add(".");
  }
  ev.push({ field: "event", value: null, quote: b.text.slice(from), start: from, end: b.text.length });
  return ev;
}
