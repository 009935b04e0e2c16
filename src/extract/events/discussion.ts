import type { Sentence } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { DISCUSSION, OUTCOME } from "./cues.ts";
import type { Draft } from "./draft.ts";
import { ev } from "./evidence.ts";
import { isBackground } from "./news-day.ts";
import type { Reading, Walk } from "./walk.ts";

// Topics raised in sentences after an event are attributed to it up to this many sentences
// after the last that reported it or said what it discussed: a long account of the talks
// is one passage, however many sentences it runs to.
export const DISCUSSION_WINDOW = 10;

/** The topics the sentence at `index` names join the event. */
export function addTopics(ctx: ArticleContext, d: Draft, index: number) {
  for (const t of ctx.topics.filter((x) => x.sentence === index)) {
    if (!d.topics.includes(t.topicId)) d.topics.push(t.topicId);
    d.evidence.push(ev("topic", t, t.topicId));
  }
}

/**
 * A sentence that reports no event but what was discussed adds its topics to the event in
 * focus. A sentence that is a dated statement of its own (`statement`) adds them only where
 * a participant of the event is the one speaking: an outsider's dated remark is not what
 * the meeting discussed, whatever its words.
 */
export function attributeDiscussion(ctx: ArticleContext, walk: Walk, s: Sentence, statement = false) {
  const { focus, focusAt, drafts } = walk;
  if (!focus || s.index - walk.discussedAt > DISCUSSION_WINDOW) return;
  // What was discussed belongs to the story's event, not to a background meeting the
  // last sentence recalled ("their meeting in November … Xi told Biden Taiwan was …").
  // The story's event is the one its last sentences reported: the talks of the section,
  // not the lead's summary of the whole visit.
  const story = isBackground(ctx, focus) ? latestStory(ctx, drafts) : null;
  const target = story ?? focus;
  const about = statement
    ? participantSpeaks(ctx, s, target) || groupSays(s) || OUTCOME.test(s.text)
    : DISCUSSION.test(s.text) ||
      OUTCOME.test(s.text) ||
      followsUp(ctx, s, focusAt) ||
      listsOn(ctx, s, walk, target) ||
      participantSpeaks(ctx, s, target);
  if (about) {
    addTopics(ctx, target, s.index);
    if (target === focus) walk.discussedAt = s.index;
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

// "On Thursday, the two leaders said they had agreed to …": the participants together as
// the subject, after a lead-in, of a dated statement.
const groupSays = (s: Sentence) =>
  PARTICIPANTS_SUBJECT.test(s.text.replace(/^\s*(?:[^,]{0,40},\s*)?/, "")) && SAYS.test(s.text);
const SAYS = /\b(?:said|say|told|announced|confirmed|agreed|pledged|stressed|warned)\b/i;

// "The leaders announced a set of initiatives, including:" and then one item a line ("- The
// launch of an economic corridor …"): each item goes on with the sentence that opened the
// list, when that sentence came after the event and has its participants as its subject
// ("The leaders …", "Biden …"), whatever its verb; not an analyst's list ("Back home,
// analysts say Yoon faces three issues:").
const ITEM = /^\s*(?:[-–•*]|\d{1,2}[.)])\s+/;

function listsOn(ctx: ArticleContext, s: Sentence, walk: Walk, target: Draft): boolean {
  if (!ITEM.test(s.text)) return false;
  let i = s.index - 1;
  while (i >= 0 && ITEM.test(ctx.sentences[i]?.text ?? "")) i--;
  const intro = ctx.sentences[i];
  if (!intro || !/:\s*$/.test(intro.text) || i < walk.focusAt) return false;
  if (PARTICIPANTS_SUBJECT.test(intro.text.trimStart())) return true;
  const first = ctx.officials.mentions.find((m) => m.sentence === i);
  const id = soleOfficial(first);
  return (
    !!first &&
    !!id &&
    target.participants.includes(id) &&
    /^(?:[^,]{0,40},)?\s*$/.test(ctx.text.slice(intro.start, first.start))
  );
}

// "Mr Xi said Australia had long been …", "He also asked Canberra to …", "Albanese
// pointed to next month's anniversary of diplomatic ties": after the event, what one of
// its participants is reported saying, as the subject of the sentence, is what they
// raised there. A speaker outside the event (an analyst, a spokesman) adds nothing.
const SPEECH =
  /^[’']?\s*(?:,[^,]{0,60},\s*)?(?:also\s+|then\s+|later\s+)?(?:said|says|told|asked|noted|added|replied|responded|insisted|argued|pointed to|pointed out|urged|described|called|warned|pledged|confirmed|stressed|vowed|emphasi[sz]ed|highlighted|underlined|underscored|remarked|observed|explained|expressed)\b/i;
/** The official a mention names, when it names exactly one. */
const soleOfficial = (m: { officialIds: string[] } | undefined) =>
  m?.officialIds.length === 1 ? m.officialIds[0] : undefined;

// Room before the subject for a lead-in ("In remarks before the cameras were ushered out, ").
const LEAD_IN = 60;

/** The one official a sentence opens with, if it does (a lead-in clause allowed). */
function opener(ctx: ArticleContext, index: number) {
  const s = ctx.sentences[index];
  const first = ctx.officials.mentions.find((m) => m.sentence === index);
  if (!s || !first || first.start - s.start > LEAD_IN) return null;
  // One named speaker: "both said" is followsUp's, within the meeting's paragraph.
  if (first.kind === "group" || first.officialIds.length !== 1) return null;
  return { id: first.officialIds[0] as string, end: first.end };
}

function participantSpeaks(ctx: ArticleContext, s: Sentence, focus: Draft): boolean {
  if (closer(ctx, s, focus)) return true;
  let speaker = opener(ctx, s.index);
  // "He also pointed to …": the pronoun continues the last sentence's speaker.
  const pronoun = /^\s*(?:He|She)\b/.exec(s.text);
  if (!speaker && pronoun) {
    const before = opener(ctx, s.index - 1);
    if (before) speaker = { id: before.id, end: s.start + pronoun[0].length };
  }
  if (!speaker && !pronoun) {
    // "Annual bilateral trade had passed the 200-billion mark, he said.": the reporting
    // clause at the end, its pronoun the last sentence's speaker.
    const before = SAID_AFTER.test(s.text) ? opener(ctx, s.index - 1) : null;
    return (
      !!before &&
      focus.participants.includes(before.id) &&
      SPEECH.test(ctx.text.slice(before.end, ctx.sentences[s.index - 1]?.end ?? 0))
    );
  }
  if (!speaker || !focus.participants.includes(speaker.id)) return false;
  return SPEECH.test(ctx.text.slice(speaker.end, s.end));
}

// "The gas pipeline has delivered real benefits to the two peoples, Xi said.": the
// reporting clause at the end names the speaker.
// A time or setting may follow ("…, Xi said on Friday."), and the comma may close a quote.
const SAID_BY =
  /^\s*(?:said|added|noted|stressed|told\s+(?:him|her|them|\p{Lu}[\p{L}-]*))(?:\s+(?:on\s+\p{Lu}\p{L}+|later|afterwards|after\s+the\s+(?:talks|meeting|call)|in\s+a\s+statement|at\s+a\s+(?:news|press)\s+conference))?[.!]?["”’]?\s*$/u;

function closer(ctx: ArticleContext, s: Sentence, focus: Draft): boolean {
  const last = ctx.officials.mentions.filter((m) => m.sentence === s.index).at(-1);
  const id = soleOfficial(last);
  if (!last || !id || !focus.participants.includes(id)) return false;
  return (
    /,\s*["”’]?\s*$/.test(ctx.text.slice(s.start, last.start)) &&
    SAID_BY.test(ctx.text.slice(last.end, s.end))
  );
}

const SAID_AFTER = /,\s*(?:he|she)\s+(?:said|added|noted|told\s+\w+)[.!]?["”’]?\s*$/;

/** Of the events that are not background, the one a sentence reported last. */
function latestStory(ctx: ArticleContext, drafts: Draft[]): Draft | null {
  let best: Draft | null = null;
  let at = -1;
  for (const d of drafts) {
    if (d.context || isBackground(ctx, d)) continue;
    const last = Math.max(...d.sentences);
    if (last > at) [best, at] = [d, last];
  }
  return best;
}

/**
 * "The two presidents reviewed progress on commitments made at their November 15 meeting":
 * a sentence that says what the story's officials discussed, naming an earlier meeting of
 * theirs only after its verb, is also about the story's event. The earlier meeting keeps
 * the topics too (the commitments were made there).
 */
export function recalledInDiscussion(ctx: ArticleContext, walk: Walk, line: Reading, touched: Draft[]) {
  const { focus } = walk;
  if (!focus || focus.context || isBackground(ctx, focus) || touched.includes(focus)) return;
  if (line.s.index - walk.discussedAt > DISCUSSION_WINDOW) return;
  if (
    !touched.every(
      (d) => isBackground(ctx, d) && d.participants.every((id) => focus.participants.includes(id)),
    )
  )
    return;
  const first = Math.min(...line.active.map((t) => t.start));
  if (!DISCUSSION.test(ctx.text.slice(line.s.start, first))) return;
  addTopics(ctx, focus, line.s.index);
  walk.discussedAt = line.s.index;
}
