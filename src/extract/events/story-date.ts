import { lastDay } from "../../lib/partial-date.ts";
import { isMeetingKind } from "../../schemas/extraction.ts";
import { addDays } from "../dates/calendar.ts";
import { tenseAt } from "../dates/tense.ts";
import type { DateMention, PublicationDate, Sentence, Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { type Draft, IN_PERSON } from "./draft.ts";
import { eventDates, inDateline } from "./event-dates.ts";
import { looksBack } from "./recalled.ts";

// Dates a news report leaves to its reader. "Earlier in the day" is the day the story is
// on; an engagement of the lead's officials that the text never dates is the lead's news.

export const SAME_DAY =
  /\b(?:(?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+day|(?:on\s+)?the same (?:day|night|evening|morning|afternoon)|that (?:day|morning|afternoon|evening|night))\b/i;
// "The two leaders met in the afternoon": a part of the day, of the story's day.
const PART_OF_DAY = /\b(?:(?:earlier|later)\s+)?in the (?:morning|afternoon|evening)\b/i;

// "The two leaders then held talks": "then" before the engagement continues the story
// where the sentences before left it ("since then", "by then", "then-President" do not).
const THEN = /(?<!\b(?:since|by|until|till|back|even|from|than|only|just)\s+)\bthen\b(?![-–])/i;

/**
 * The day a sentence with no date of its own continues: "later that day" or "then"
 * (before the engagement at `anchor`) take the story's current day.
 */
export function continuedDay(ctx: ArticleContext, s: Sentence, anchor: Span): DateMention | null {
  // "Trump and Modi then met": a story told in the past is not continued on a day still
  // ahead ("talks with Xi, which are set for Saturday" in the lead).
  const past = tenseAt(s.text, anchor.start - s.start, anchor.start - s.start) === "past";
  const notAfter = past ? ctx.pub : null;
  if (SAME_DAY.test(s.text)) return currentDay(ctx, s.index, notAfter);
  const later = LATER.exec(s.text);
  if (later && (s.start + later.index < anchor.start || sameClauseAfter(s, anchor, later))) {
    // "A day later, Biden and Xi met": counted from the story's current day.
    const day = laterDay(ctx, s.index);
    if (!day) return null;
    const start = s.start + later.index;
    return {
      date: day,
      endDate: null,
      precision: "day",
      start,
      end: start + later[0].length,
      text: later[0],
    };
  }
  if (PART_OF_DAY.test(s.text)) {
    // Not a background day written since: "the summit, which Xi attended on Tuesday. In
    // the evening, Xi attended a banquet" is the evening of the lead's Wednesday.
    const day = currentDay(ctx, s.index, notAfter);
    const lead = ctx.sentences
      .slice(0, LEAD_SENTENCES)
      .flatMap((x) => eventDates(ctx, x.index))
      .find((d) => d.precision === "day");
    // A paragraph that opens on its own day ("The visit began in Shanghai on Thursday. …
    // in the evening was the guest at a dinner") tells that day's evening, however far
    // back; a day in a clause about something else ("the G20, which Xi attended on Monday")
    // does not.
    return day && (!lead || day.date >= lead.date || opensParagraph(ctx, day, s)) ? day : null;
  }
  const then = THEN.exec(s.text);
  return then && s.start + then.index < anchor.start ? currentDay(ctx, s.index, notAfter) : null;
}

/**
 * "He met Putin two days later", "Abe had hosted Modi at his home a day earlier": the
 * phrase closes the engagement's own clause (no comma, "and", "before" or "after" between).
 */
function sameClauseAfter(s: Sentence, anchor: Span, m: RegExpExecArray): boolean {
  const from = anchor.end - s.start;
  if (m.index < from) return false;
  return !/[,;:—–]|\b(?:and|but|before|after|then|while|when|as)\b/i.test(s.text.slice(from, m.index));
}

/** The day is written in its paragraph's opening sentence, outside a relative clause, and `s` is in that paragraph. */
function opensParagraph(ctx: ArticleContext, day: DateMention, s: Sentence): boolean {
  const opening = ctx.sentences.find((x) => day.start >= x.start && day.start < x.end);
  if (!opening || /\n/.test(ctx.text.slice(day.end, s.start))) return false;
  const before = ctx.text.slice(Math.max(0, opening.start - 2), opening.start);
  const atStart = opening.start === 0 || /\n\s*$/.test(before);
  return atStart && !/\b(?:which|who|whom|that)\b[^,;]*$/i.test(ctx.text.slice(opening.start, day.start));
}

// "A day later", "Two days later", "The next day", "The following day", and back: "A day
// earlier", "The previous day", "The day before," (not "the day before the vote").
const LATER =
  /\b(?:(a|one|two|three|four|five|six)\s+days?\s+(later|earlier)|the\s+(next|following|previous|preceding)\s+day|the\s+day\s+(after|before)(?!\s+\w))\b/i;
const NUMBER: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const BACK = /^(?:earlier|previous|preceding|before)$/i;

/** The days "N days later" (or earlier, negative) moves the story by. */
function shiftOf(m: RegExpExecArray | null): number {
  const n = NUMBER[(m?.[1] ?? "a").toLowerCase()] ?? 1;
  return BACK.test(m?.[2] ?? m?.[3] ?? m?.[4] ?? "") ? -n : n;
}

/** The day "N days later" in sentence `index` means, counting on through earlier such phrases. */
function laterDay(ctx: ArticleContext, index: number): string | null {
  const n = shiftOf(LATER.exec(ctx.sentences[index]?.text ?? ""));
  for (let i = index - 1; i >= 0; i--) {
    const day = eventDates(ctx, i)
      .filter((d) => d.precision === "day" && !d.endDate)
      .at(-1);
    if (day) return addDays(day.date, n);
    if (LATER.test(ctx.sentences[i]?.text ?? "")) {
      const before = laterDay(ctx, i);
      return before ? addDays(before, n) : null;
    }
  }
  return null;
}

/** The story's current day at sentence `index`: the last day-precise date written before it. */
export function currentDay(
  ctx: ArticleContext,
  index: number,
  // A published day the current day cannot be after.
  notAfter: PublicationDate | null = null,
): DateMention | null {
  const last = notAfter?.precision === "day" ? notAfter.value : null;
  for (let i = index - 1; i >= 0; i--) {
    const day = eventDates(ctx, i)
      .filter((d) => d.precision === "day" && (!last || d.date <= last))
      .at(-1);
    if (day) return day;
  }
  return null;
}

// The headline and the first sentences of the body: where a report says when its news happened.
const LEAD_SENTENCES = 3;
// How far from the publication day a lead's date can be and still be the news.
const NEWS_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * Undated engagements of an official the lead names take the lead's day ("Zelenskiy was
 * told to leave the White House on Friday after a shouting match with Trump" … "during
 * the meeting"), unless the sentence that reports them looks back ("last", "previous").
 */
export function carryLeadDate(ctx: ArticleContext, drafts: Draft[]): void {
  // Only a report known to the day has news of the day: its lead's date is that news.
  const pub = ctx.pub?.precision === "day" ? Date.parse(ctx.pub.value) : null;
  if (pub === null) return;
  newsOfTheDay(ctx, drafts);
  const lead = ctx.sentences.slice(0, LEAD_SENTENCES);
  const days = lead
    .flatMap((s) => eventDates(ctx, s.index))
    .filter((d) => d.precision === "day" && Math.abs(Date.parse(d.date) - pub) <= NEWS_DAYS * DAY_MS);
  // "Wilmington, Sep 22 (PTI) Modi and Biden reviewed … Biden received him on Saturday": the
  // filing day only where the lead names no day of its own.
  const day = days.find((d) => !inDateline(ctx.text, d)) ?? days[0];
  if (!day) return;
  const leadOfficials = new Set(
    ctx.officials.mentions.filter((m) => m.sentence < LEAD_SENTENCES).flatMap((m) => m.officialIds),
  );
  // A lead that names nobody ("The place cards were set … on Thursday") is about the
  // first engagement the story goes on to report.
  const story = drafts.find((d) => !d.context && !d.earlier);
  for (const d of drafts) {
    if (d.date || d.context || d.earlier || !isMeetingKind(d.kind)) continue;
    if (!d.participants.some((p) => leadOfficials.has(p)) && !(leadOfficials.size === 0 && d === story))
      continue;
    const first = ctx.sentences[d.sentences[0] ?? -1];
    if (!first || looksBack(ctx, first)) continue;
    d.date = { start: day.date, end: day.endDate, precision: day.precision };
    d.evidence.push({ field: "date", value: null, quote: day.text, start: day.start, end: day.end });
  }
}

/**
 * "WASHINGTON, Feb 28 -": an in-person engagement the report says took place, on the
 * news day, with no place in its own sentences, happened where the report was filed.
 * Previews are left alone: they are often filed far from the meeting.
 */
export function carryDatelinePlace(ctx: ArticleContext, drafts: Draft[]): void {
  const at = ctx.dateline;
  if (!at) return;
  const pub = ctx.pub?.precision === "day" ? Date.parse(ctx.pub.value) : null;
  // Known to the day, a report's news is what happened within a week of it; otherwise
  // only the story's own event, the first it reports, is taken to be the dateline's news.
  const story = drafts.find((d) => !d.context && !d.earlier);
  for (const d of drafts) {
    if (d.place || d.context || d.earlier || d.status !== "held" || !IN_PERSON.includes(d.kind)) continue;
    const date = d.date;
    const news =
      pub === null
        ? d === story && !isBackground(ctx, d)
        : date?.precision === "day" && Math.abs(Date.parse(date.start) - pub) <= NEWS_DAYS * DAY_MS;
    if (!news) continue;
    d.place = { venue: null, city: at.city, region: at.region, country: at.country };
    d.evidence.push({ field: "place", value: null, quote: at.text, start: at.start, end: at.end });
  }
}

/**
 * An event the report recalls rather than reports: an earlier meeting, or one that
 * ended more than a week before a report dated to the day.
 */
export function isBackground(ctx: ArticleContext, d: Draft): boolean {
  if (d.earlier) return true;
  if (ctx.pub?.precision !== "day" || !d.date) return false;
  return Date.parse(lastDay(d.date.end ?? d.date.start)) < Date.parse(ctx.pub.value) - NEWS_DAYS * DAY_MS;
}

// "Trump and Kim have met on Sentosa", "the two leaders have just finished talks": the
// present perfect of a report dated to the day is that day's news.
const JUST_DONE =
  /\b(?:have|has)\s+(?:just\s+|now\s+|finally\s+)?(?:met|held|spoken|talked|finished|concluded|ended|wrapped up|signed|arrived)\b/i;

// "Delegations … meet at Dolmabahce Palace": a lead in the present tense reports the day.
const PRESENT =
  /(?<!\b(?:will|to|would|could|may|might|shall|should|must|can|not)\s+)\b(?:meets?|hosts?|holds? talks|welcomes?|receives?)\b/i;
// "18:40 – Zelenskyy and European leaders call Trump": a live blog's entry heading.
const TIMESTAMP = /^[ \t]*\d{1,2}[:.]\d{2}\b/gm;

/** The evidence that an undated engagement reported in `s` is the publication day's news. */
function ofTheDay(ctx: ArticleContext, s: Sentence, d: Draft, live: boolean): RegExpExecArray | null {
  const done = JUST_DONE.exec(s.text);
  if (done) return done;
  if (d.status !== "held") return null;
  if (s.index < LEAD_SENTENCES) {
    const now = PRESENT.exec(s.text);
    if (now) return now;
  }
  if (!live) return null;
  // The entry's heading: the last timestamp line before the sentence.
  const heading = [...ctx.text.slice(0, s.start).matchAll(TIMESTAMP)].at(-1);
  if (!heading) return null;
  const m = /\d{1,2}[:.]\d{2}/.exec(heading[0]) as RegExpExecArray;
  m.index = (heading.index ?? 0) + (heading[0].length - heading[0].trimStart().length) - s.start;
  return m;
}

function newsOfTheDay(ctx: ArticleContext, drafts: Draft[]): void {
  const pub = ctx.pub;
  if (pub?.precision !== "day") return;
  // Two timestamped entries or more: a live blog, whose entries are of its day.
  const live = [...ctx.text.matchAll(TIMESTAMP)].length >= 2;
  for (const d of drafts) {
    if (d.date || d.context || d.earlier || !isMeetingKind(d.kind)) continue;
    const first = ctx.sentences[d.sentences[0] ?? -1];
    const verb = first ? ofTheDay(ctx, first, d, live) : null;
    if (!first || !verb || looksBack(ctx, first)) continue;
    d.date = { start: pub.value, end: null, precision: "day" };
    const start = first.start + verb.index;
    d.evidence.push({ field: "date", value: null, quote: verb[0], start, end: start + verb[0].length });
  }
}
