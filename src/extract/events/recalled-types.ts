import type { EventKind } from "../../schemas/extraction.ts";
import type { Span } from "../types.ts";

// What an occasion recalled in passing is, shared by the ways of finding one (recalled.ts,
// recalled-counted.ts).

export const RECALLED_KIND: Record<string, EventKind> = {
  summit: "talks",
  talks: "talks",
  meeting: "in_person",
  encounter: "in_person",
  conversation: "call",
  call: "call",
};

/** A recalled occasion: its noun phrase, and the clause after it that holds its date and place. */
export interface Recalled {
  noun: Span;
  kind: EventKind;
  /** From the phrase's start to the end of its clause. */
  span: Span;
  /** No word looks back: it is an earlier occasion only when dated before the one in focus. */
  loose?: boolean;
  /** Named without "their": an earlier occasion only when dated before the one in focus. */
  ordered?: boolean;
  /** Where it was, when the noun is the place written bare ("after Wuhan in April"). */
  place?: { city: string | null; region: string | null; country: string | null };
}
