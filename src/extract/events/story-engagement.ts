import type { EventKind } from "../../schemas/extraction.ts";
import { partyOf } from "../officials/types.ts";
import type { Sentence, Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import type { Draft } from "./draft.ts";
import { statusAt } from "./status.ts";

const INTRODUCED: EventKind[] = ["call", "in_person", "talks"];
// The headline and the first sentences of the body.
const LEAD_SENTENCES = 3;

/**
 * A report whose lead names two sides' officials without an engagement verb ("Xi told
 * Biden that Taiwan …") and whose next sentences call it "the call" or "the meeting":
 * that noun introduces the engagement, between the first official of each of the two
 * sides the lead names. Nothing unless the lead names exactly two sides.
 */
export function storyEngagement(
  ctx: ArticleContext,
  s: Sentence,
  kinds: EventKind[],
  at: Span,
): Draft | null {
  const kind = kinds[0];
  // A visit or trip names its visitor, and a summit its setting: only a call or meeting
  // noun stands for an engagement of the lead's two sides.
  if (!kind || !INTRODUCED.includes(kind) || s.index > LEAD_SENTENCES + 2) return null;
  const bySide = new Map<string, { id: string; mention: Span }>();
  for (const m of ctx.officials.mentions) {
    if (m.sentence >= LEAD_SENTENCES && m.sentence !== s.index) continue;
    if (m.kind === "group" || m.officialIds.length !== 1) continue;
    const id = m.officialIds[0] as string;
    const side = partyOf(ctx.officials.officials.get(id));
    if (side && !bySide.has(side)) bySide.set(side, { id, mention: m });
  }
  if (bySide.size !== 2) return null;
  return {
    kind,
    status: statusAt(ctx, s.index, at, kind, false),
    date: null,
    place: null,
    summit: null,
    participants: [...bySide.values()].map((p) => p.id),
    topics: [],
    evidence: [...bySide.values()].map(({ id, mention }) => ({
      field: "participant" as const,
      value: id,
      quote: mention.text,
      start: mention.start,
      end: mention.end,
    })),
    sentences: [],
    context: false,
    earlier: false,
    lead: s.text,
  };
}
