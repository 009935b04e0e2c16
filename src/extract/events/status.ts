import type { EventKind, EventStatus } from "../../schemas/extraction.ts";
import { isMeetingKind } from "../../schemas/extraction.ts";
import { LIVE_ENTRY } from "../text.ts";
import type { Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { CANCELLED, FIRM, FUTURE, PAST } from "./cues.ts";
import { journeyEnd } from "./purpose.ts";

export const PAST_TRIGGER =
  /^(?:met|visited|held|spoke|talked|phoned|telephoned|hosted|received|sat|travell?ed|toured|arrived|saw|dined|lunched|briefed|conferred|welcomed|greeted)\b/i;

// Past tenses that do not end in "-ed" ("May shook his hand before their talks"), besides
// those PAST lists as meeting verbs; not verbs of saying ("…, officials said"), which
// report plans as often as what happened.
const IRREGULAR_PAST =
  /\b(?:shook|saw|stood|gave|brought|kept|sent|felt|got|became|won|wrote|chose|sought|broke|struck|swore|ate|grew|knew|threw|hung|caught|taught|bought|stuck|swung|spun|wound|sprang|sang)\b/i;

/**
 * "arrived in Riyadh on Monday for talks with …" in a piece of Wednesday: the journey's
 * own day is over by a day or more, so the talks it was for have been held. On the day
 * itself they may still be ahead.
 */
function arrivedDaysBefore(ctx: ArticleContext, index: number, journey: number): boolean {
  const pub = ctx.pub;
  if (pub?.precision !== "day") return false;
  const s = ctx.sentences[index];
  return (ctx.dates[index] ?? []).some(
    (d) =>
      d.precision === "day" &&
      d.start >= (s?.start ?? 0) &&
      d.end <= journey &&
      (d.endDate ?? d.date) < pub.value,
  );
}

const PLAN_IN_PAST =
  /\b(?:(?:had been|was|were)\s+(?:due|scheduled|set|expected|supposed|slated)\s+to|(?:was|were)\s+to|had\s+planned\s+to)\b/i;

/** The sentence before, in the same paragraph, tells of a cancellation. */
function cancelledJustBefore(ctx: ArticleContext, index: number): boolean {
  const s = ctx.sentences[index];
  const prev = ctx.sentences[index - 1];
  return !!s && !!prev && !/\n/.test(ctx.text.slice(prev.end, s.start)) && CANCELLED.test(prev.text);
}

// A past verb of deciding or saying, and the occasion it was done in, right before the trigger.
const DONE_IN =
  /\b(?:agreed|decided|pledged|promised|vowed|resolved|undertook|committed|announced|said|told\s+\w+|stressed|expressed)\s+(?:(?:\w+\s+){0,2}?)(?:in|during|at|over)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}$/i;

// What someone wants ("seeks meeting with Putin"), which a heading does not report as done.
const WISHED = /\b(?:seeks?|wants?|proposes?|invites?|offers?|calls? for|asks?|urges?|hopes?)\b/i;
// "where his office hopes to arrange his first summit with Xi": a wish in the present,
// still ahead whatever else the sentence tells in the past.
const WISH_AHEAD =
  /\b(?:hopes?|hoping|seeks?|seeking|wants?|aims?|aiming|intends?|is trying|are trying)\s+to\s+(?:arrange|hold|secure|set up|have|meet|see)\b/gi;
/** The wish governs the trigger: right before it, in its clause ("hopes to arrange his summit with"). */
function wishedAt(text: string, at: Span, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, at.start - 70), at.start);
  const m = [...before.matchAll(WISH_AHEAD)].at(-1);
  return (
    !!m &&
    !/[,;:]/.test(before.slice((m.index ?? 0) + m[0].length)) &&
    before.length - (m.index ?? 0) - m[0].length <= 40
  );
}
const ENTRY_HEADING = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[—–-]\s/i;

// "PM Modi is at the Hotel de Lassay, the residence of …, for lunch with her": where the
// subject is, then the occasion it is there for, with nothing between but an apposition.
const PRESENT_NOW =
  /\b(?:is|are)\s+(?:now\s+)?(?:at|in)\s+[^.;:!?]*?(?:,\s*)?for\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?$/iu;
// A programme set out ahead ("what is on the agenda on Friday") is no live report.
const PREVIEW = /\b(?:agenda|schedule|programme|program|itinerary|what to expect|what is on|what's on)\b/i;

/** "12:30: Lunch …\n\nModi is at the Elysee … for a lunch with him": happening at the entry's time. */
function presentAtEntry(text: string, sentenceStart: number, at: Span): boolean {
  if (!PRESENT_NOW.test(text.slice(sentenceStart, at.start))) return false;
  const firstLine = text.indexOf("\n");
  if (PREVIEW.test(text.slice(0, firstLine < 0 ? 200 : firstLine))) return false;
  return underEntryHeading(text, sentenceStart);
}

/** The paragraph holding `at` follows a live blog's entry heading ("16:50 IST: Lunch …"). */
function underEntryHeading(text: string, at: number): boolean {
  const paragraph = text.lastIndexOf("\n\n", at);
  if (paragraph < 0) return false;
  const heading = text.slice(text.lastIndexOf("\n", paragraph - 1) + 1, paragraph);
  return LIVE_ENTRY.test(heading) && heading.length < 120;
}

/** Status from the trigger's own clause: cancelled, expected/scheduled (future), held (past). */
export function statusAt(
  ctx: ArticleContext,
  index: number,
  at: Span,
  kind: EventKind,
  dayPrecise: boolean,
  // The event's date ends before the article was published.
  whollyPast = false,
): EventStatus {
  const s = ctx.sentences[index];
  const sentence = s?.text ?? "";
  const from = Math.max(s?.start ?? 0, at.start - 70);
  // The window ends at a word's end: "President Will|iam Ruto" cut short reads as "will".
  const cut = Math.min(s?.end ?? at.end, at.end + 25);
  const wordEnd = cut + (/^[\p{L}\p{N}'’-]*/u.exec(ctx.text.slice(cut))?.[0].length ?? 0);
  const local = ctx.text.slice(from, Math.min(s?.end ?? wordEnd, wordEnd));
  if (CANCELLED.test(local)) return "cancelled";
  const before = ctx.text.slice(Math.max(0, at.start - 12), at.start);
  if (PAST_TRIGGER.test(at.text) && !/\b(?:will|to|would)\s+$/i.test(before)) return "held";
  // "flew into Geneva for a meeting with Putin": still ahead, unless the rest says it happened.
  const journey = s ? journeyEnd(ctx.text, s, at) : -1;
  if (s && journey >= 0) {
    const after = ctx.text.slice(at.end, s.end);
    if (
      !PAST.test(after) &&
      !/\b(?:ended|concluded|finished|wrapped up)\b/i.test(after) &&
      !arrivedDaysBefore(ctx, index, journey)
    )
      return CANCELLED.test(after) ? "cancelled" : dayPrecise ? "scheduled" : "expected";
  }
  // "Trump cancelled his visit to Denmark. He had been due to hold talks with Frederiksen
  // on September 2": a plan told from the past, right after its cancellation.
  if (PLAN_IN_PAST.test(local) && cancelledJustBefore(ctx, index)) return "cancelled";
  const future = (t: string) => FUTURE.test(t) && !/\b(?:last met|had met|took place)\b/i.test(t);
  // "agreed in a telephone conversation on Thursday to hold talks soon": what follows is
  // what was agreed there; the occasion it was agreed in is done.
  const lead = ctx.text.slice(from, at.start);
  if (DONE_IN.test(lead) && !future(lead)) return "held";
  const scheduled = (t: string) => (FIRM.test(t) || dayPrecise ? "scheduled" : "expected");
  if (future(local)) return scheduled(local);
  if (wishedAt(ctx.text, at, s?.start ?? 0)) return "expected";
  if (PAST.test(local)) return "held";
  if (CANCELLED.test(sentence)) return "cancelled";
  // "Shoigu's talks with Kim in late July … may have paved the way for a summit": a plan
  // named away from the trigger does not undo a date already over.
  if (future(sentence)) return whollyPast ? "held" : scheduled(sentence);
  // "10:30 a.m. — Austin speaks with Shoigu": a live blog's entry heading tells in the
  // present what happened at that time.
  if (ENTRY_HEADING.test(sentence) && !WISHED.test(sentence)) return "held";
  // "16:50 IST: Lunch with the National Assembly\n\nPM Modi is at the Hotel de Lassay for
  // lunch with her": under an entry's heading, the present is the time of the entry.
  if (s && presentAtEntry(ctx.text, s.start, at)) return "held";
  // Any past-tense verb with no future cue: reported as done.
  if (
    PAST.test(sentence) ||
    /\b\w{3,}ed\b/.test(sentence) ||
    IRREGULAR_PAST.test(sentence) ||
    !isMeetingKind(kind)
  )
    return "held";
  // "The summit follows a visit to Moscow by Modi in July", published in August: no
  // tense says so, but a date already over without a plan's wording is of what happened.
  // "Sikorski holds talks in Vilnius on Tuesday": a day still ahead, told in the present,
  // is a schedule.
  return whollyPast ? "held" : dayPrecise ? "scheduled" : "expected";
}
