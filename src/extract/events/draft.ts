import { firstDay, lastDay, type Precision } from "../../lib/partial-date.ts";
import type { EventKind, EventStatus, Evidence } from "../../schemas/extraction.ts";
import type { DateMention } from "../types.ts";

export interface DraftDate {
  start: string;
  end: string | null;
  precision: Precision;
}

export interface DraftPlace {
  venue: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
}

/** An event as it is assembled from the sentences that report it. */
export interface Draft {
  kind: EventKind;
  status: EventStatus;
  date: DraftDate | null;
  place: DraftPlace | null;
  summit: string | null;
  participants: string[];
  topics: string[];
  evidence: Evidence[];
  /** Sentence indexes that mention the event. */
  sentences: number[];
  /** A context event (statement, incident…) rather than an engagement. */
  context: boolean;
  /** An earlier meeting recalled in passing ("their previous talks"): not a referent for "the meeting". */
  earlier: boolean;
  /** The sentence text that introduced it, for a context event's title. */
  lead: string;
  /** The day of the journey it was the purpose of, should nothing else date it. */
  journeyDay?: DateMention;
  /** "Two days before the summit": days from the story's occasion of these kinds, should nothing else date it. */
  apartFrom?: { days: number; kinds: EventKind[]; span: { start: number; end: number; text: string } };
}

export const REMOTE: readonly EventKind[] = ["call", "video_call"];
/** The kinds that happen somewhere: what a carried place can be given to. */
export const IN_PERSON: readonly EventKind[] = ["in_person", "talks", "dinner", "visit"];
/** An engagement that happened somewhere and has neither city nor venue yet: one a carried place can go to. */
export const awaitsPlace = (d: Draft) =>
  !d.place?.city && !d.place?.venue && !d.context && !d.earlier && IN_PERSON.includes(d.kind);
/** The statuses of an engagement still ahead. */
export const AHEAD: ReadonlySet<Draft["status"]> = new Set(["expected", "scheduled"]);
/**
 * Two reports of one engagement: both remote or both in person, and a meal only with a
 * meal (the guidelines count the dinner after the talks as an occasion of its own).
 */
export const sameMode = (a: EventKind, b: EventKind) =>
  REMOTE.includes(a) === REMOTE.includes(b) && (a === "dinner") === (b === "dinner");

const placeParts = (p: DraftPlace | null) =>
  p ? [p.venue, p.city, p.region, p.country].filter(Boolean).length : 0;
export const morePreciseDate = (a: DraftDate, b: DraftDate | null) =>
  !b || { year: 0, month: 1, day: 2 }[a.precision] > { year: 0, month: 1, day: 2 }[b.precision];
/**
 * A place that says more about where the event is. Once a sentence has put it in a city,
 * a place in another country is not a refinement but usually another occasion's ("the
 * envoy delivered the letter in the Oval Office"); a country alone (a headline's "summit
 * in Peru") can still give way to a city elsewhere.
 */
export const betterPlace = (a: DraftPlace, b: DraftPlace | null) =>
  placeParts(a) > placeParts(b) &&
  (!b?.country || !a.country || a.country === b.country || (!b.city && !b.venue));

/** Two dates that could be one event's: either unknown, or their days overlap. */
export const overlaps = (a: DraftDate | null, b: DraftDate | null) =>
  !a ||
  !b ||
  (firstDay(a.start) <= lastDay(b.end ?? b.start) && firstDay(b.start) <= lastDay(a.end ?? a.start));

export const draftDate = (m: DateMention): DraftDate => ({
  start: m.date,
  end: m.endDate,
  precision: m.precision,
});

export function newDraft(kind: Draft["kind"], lead: string): Draft {
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
export function updateStatus(d: Draft, status: Draft["status"], sentence: string) {
  if (status === "cancelled") d.status = status;
  else if (status === "held" && d.status !== "cancelled" && !/\bwill\b/i.test(sentence)) d.status = "held";
  else if (status === "scheduled" && d.status === "expected") d.status = "scheduled";
}
