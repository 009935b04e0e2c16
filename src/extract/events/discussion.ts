import type { Sentence } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { DISCUSSION } from "./cues.ts";
import type { Draft } from "./draft.ts";
import { ev } from "./evidence.ts";
import { isBackground } from "./story-date.ts";
import type { Walk } from "./walk.ts";

// Topics raised in sentences after an event are attributed to it for this many sentences.
const DISCUSSION_WINDOW = 10;

/** The topics the sentence at `index` names join the event. */
export function addTopics(ctx: ArticleContext, d: Draft, index: number) {
  for (const t of ctx.topics.filter((x) => x.sentence === index)) {
    if (!d.topics.includes(t.topicId)) d.topics.push(t.topicId);
    d.evidence.push(ev("topic", t, t.topicId));
  }
}

/** A sentence that reports no event but what was discussed adds its topics to the event in focus. */
export function attributeDiscussion(ctx: ArticleContext, walk: Walk, s: Sentence) {
  const { focus, focusAt, drafts } = walk;
  // What was discussed belongs to the story's event, not to a background meeting the
  // last sentence recalled ("their meeting in November … Xi told Biden Taiwan was …").
  if (
    focus &&
    s.index - focusAt <= DISCUSSION_WINDOW &&
    (DISCUSSION.test(s.text) || followsUp(ctx, s, focusAt))
  ) {
    const story = isBackground(ctx, focus) ? drafts.find((d) => !d.context && !isBackground(ctx, d)) : null;
    addTopics(ctx, story ?? focus, s.index);
  }
}

// "Both said their goal was an end to the war": the sentence right after the meeting, in its
// paragraph, whose subject is the participants, says what they talked about even without a
// verb of discussion.
const PARTICIPANTS_SUBJECT =
  /^(?:both(?: men| leaders| sides)?|they|the two(?: leaders| men| sides| presidents| ministers)?|the pair|the leaders|each side)\b/i;

function followsUp(ctx: ArticleContext, s: Sentence, focusAt: number): boolean {
  const prev = ctx.sentences[s.index - 1];
  if (s.index - focusAt !== 1 || !prev || /\n/.test(ctx.text.slice(prev.end, s.start))) return false;
  return PARTICIPANTS_SUBJECT.test(s.text.trimStart());
}
