import type { Sentence } from "../types.ts";
import { assign } from "./assign.ts";
import type { ArticleContext } from "./context.ts";
import { ANAPHORA } from "./cues.ts";
import type { Draft } from "./draft.ts";
import { engages, summitSettings } from "./engagement.ts";
import { type Participant, participantsIn, type Trigger, triggersIn } from "./sentence-facts.ts";

/** What the walk over an article's sentences carries from one sentence to the next. */
export interface Walk {
  /** The events found so far, in the order they were first reported. */
  drafts: Draft[];
  /** The event the last reporting sentence was about: the referent of "the meeting", the owner of topics. */
  focus: Draft | null;
  /** The index of that sentence. */
  focusAt: number;
}

export const startWalk = (): Walk => ({ drafts: [], focus: null, focusAt: -1 });

/** The events a sentence reported become the focus; the first of them is what it was about. */
export function moveFocus(walk: Walk, touched: Draft[], s: Sentence) {
  walk.focus = touched[0] ?? walk.focus;
  walk.focusAt = s.index;
}

/** One sentence as the walk reads it. */
export interface Reading {
  s: Sentence;
  /** Officials taking part in what it reports. */
  participants: Participant[];
  /** Officials it quotes. */
  speakers: Participant[];
  triggers: Trigger[];
  /** "the meeting", "the upcoming summit": a noun that may refer to an event already reported. */
  anaphor: RegExpExecArray | null;
  /** The officials each trigger takes. */
  groups: Map<Trigger, Participant[]>;
  /** The triggers that took any. */
  active: Trigger[];
}

export function readSentence(ctx: ArticleContext, s: Sentence): Reading {
  const { participants, speakers } = participantsIn(ctx, s.index);
  const triggers = [...triggersIn(ctx, s.index), ...summitSettings(ctx, s)];
  const anaphor = definite(ANAPHORA.exec(s.text), s.text);
  const groups = assign(ctx.text, participants, triggers, (g, t) => engages(ctx, s, g, t, triggers));
  const active = triggers.filter((t) => (groups.get(t)?.length ?? 0) > 0);
  return { s, participants, speakers, triggers, anaphor, groups, active };
}

/**
 * "a planned meeting of political advisers", "another summit": an indefinite noun phrase
 * introduces an occasion; only a definite one ("the planned meeting") refers back.
 */
function definite(m: RegExpExecArray | null, text: string): RegExpExecArray | null {
  if (!m) return null;
  return /\b(?:a|an|another)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index)) ? null : m;
}
