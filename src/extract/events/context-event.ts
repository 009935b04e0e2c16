import { apply } from "./apply.ts";
import type { ArticleContext } from "./context.ts";
import { CONTEXT_TRIGGERS } from "./cues.ts";
import { newDraft } from "./draft.ts";
import { eventDates } from "./event-dates.ts";
import { addParticipants } from "./evidence.ts";
import type { Reading, Walk } from "./walk.ts";

/**
 * A statement, announcement or incident in a dated sentence with no engagement trigger
 * is a context event, with every official the sentence names. Returns whether the
 * sentence reported one.
 */
export function addContextEvent(ctx: ArticleContext, walk: Walk, line: Reading): boolean {
  const { s } = line;
  const context = CONTEXT_TRIGGERS.find((c) => c.re.test(s.text));
  const dates = eventDates(ctx, s.index);
  if (!context || !dates.length || line.triggers.length) return false;
  const d = newDraft(context.kind, s.text);
  d.context = true;
  d.status = "held";
  addParticipants(d, [...line.participants, ...line.speakers]);
  walk.drafts.push(d);
  apply(ctx, d, s, s);
  return true;
}
