import type { EventKind, EventStatus } from "../../schemas/extraction.ts";
import { isMeetingKind } from "../../schemas/extraction.ts";
import type { Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import {
  CANCELLED,
  FIRM,
  FUTURE,
  NEGATED,
  PAST,
  POSSESSIVE_NOT_PARTICIPANT,
  SPEAKER_AFTER,
  SPEAKER_BEFORE,
  TRIGGERS,
} from "./cues.ts";

export interface Participant {
  id: string;
  mention: Span;
}

/** Officials taking part in what the sentence reports: speakers and possessives excluded. */
export function participantsIn(
  ctx: ArticleContext,
  index: number,
): { participants: Participant[]; speakers: Participant[] } {
  const participants: Participant[] = [];
  const speakers: Participant[] = [];
  for (const m of ctx.officials.mentions.filter((x) => x.sentence === index)) {
    const after = ctx.text.slice(m.end, m.end + 80);
    const before = ctx.text.slice(Math.max(0, m.start - 20), m.start);
    const isSpeaker = SPEAKER_AFTER.test(after) || SPEAKER_BEFORE.test(before);
    if (POSSESSIVE_NOT_PARTICIPANT.test(after) || /[’']s$/.test(m.text)) continue;
    for (const id of m.officialIds) {
      const list = isSpeaker ? speakers : participants;
      if (!list.some((p) => p.id === id)) list.push({ id, mention: m });
    }
  }
  return {
    participants: participants.filter((p) => !speakers.some((s) => s.id === p.id) || participants.length > 2),
    speakers,
  };
}

export interface Trigger extends Span {
  kind: EventKind;
}

/** The engagement trigger nearest the participants (a sentence may name several). */
export function triggerIn(ctx: ArticleContext, index: number, near: Span[]): Trigger | null {
  const s = ctx.sentences[index];
  if (!s) return null;
  let best: { t: Trigger; score: number } | null = null;
  TRIGGERS.forEach(({ kind, re }, rank) => {
    for (const m of s.text.matchAll(new RegExp(re.source, "gi"))) {
      const start = s.start + (m.index ?? 0);
      const t = { start, end: start + m[0].length, text: m[0], kind };
      const distance = near.length ? Math.min(...near.map((n) => Math.abs(n.start - start))) : 0;
      const score = distance + rank * 5;
      if (!best || score < best.score) best = { t, score };
    }
  });
  return (best as { t: Trigger } | null)?.t ?? null;
}

export const isNegated = (sentence: string) => NEGATED.test(sentence);

/** Status from tense and modality: cancelled, expected/scheduled (future), held (past). */
export function statusOf(sentence: string, kind: EventKind, dayPrecise: boolean): EventStatus {
  if (CANCELLED.test(sentence)) return "cancelled";
  const future = FUTURE.test(sentence);
  if (future && !/\b(?:last met|had met|took place)\b/i.test(sentence)) {
    return FIRM.test(sentence) || dayPrecise ? "scheduled" : "expected";
  }
  if (PAST.test(sentence) || !isMeetingKind(kind)) return "held";
  return "expected";
}
