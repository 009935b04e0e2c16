import type { EventKind } from "../../schemas/extraction.ts";
import { addDays } from "../dates/calendar.ts";
import { partyOf } from "../officials/types.ts";
import type { DateMention, Sentence, Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { ANAPHORA_KINDS, DAYS_APART } from "./cues.ts";
import { type Draft, newDraft } from "./draft.ts";
import { eventDates } from "./event-dates.ts";
import { ev } from "./evidence.ts";
import { namedAt } from "./references.ts";
import type { Trigger } from "./sentence-facts.ts";
import type { Walk } from "./walk.ts";

// "Trump spoke to Zelensky on Wednesday, a day after a lengthy call with Putin": the
// engagement after "a day after" is another one of the sentence's subject, with the
// official named, dated by counting back from the sentence's own event.
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const KIND: Record<string, EventKind> = {
  "phone call": "call",
  call: "call",
  conversation: "call",
  meeting: "in_person",
  talks: "talks",
  discussions: "talks",
  summit: "talks",
  dinner: "dinner",
};

/** The engagements "N days after/before a call with X" names, beside the sentence's event `d`. */
export function addDaysApart(ctx: ArticleContext, walk: Walk, s: Sentence, d: Draft): void {
  if (d.date?.precision !== "day" || d.date.end) return;
  const subject = ctx.officials.mentions.find((m) => m.sentence === s.index && m.officialIds.length === 1);
  const who = subject?.officialIds[0];
  if (!subject || !who || !d.participants.includes(who)) return;
  for (const m of s.text.matchAll(DAYS_APART)) {
    const from = s.start + (m.index ?? 0);
    const at = from + m[0].length;
    const other = namedAt(ctx, s.index, at);
    if (other && other.officialIds.length !== 1) continue;
    const otherId = other?.officialIds[0];
    // "a day after he met Qin": the pronoun's official, where it was read as someone.
    const pronoun = ctx.officials.mentions.find(
      (x) => x.sentence === s.index && x.kind === "pronoun" && x.start > from && x.end <= at,
    );
    // Of another party than the official met: "Xi received Blinken …, a day after he met
    // Qin" is Blinken's meeting, whoever "he" was read as.
    const party = (id: string) => partyOf(ctx.officials.officials.get(id));
    const self = [pronoun ? pronoun.officialIds[0] : who, ...d.participants].find(
      (id) => !!id && d.participants.includes(id) && !!otherId && party(id) !== party(otherId),
    );
    if (!other || !otherId || !self) continue;
    const shift = (COUNT[(m[1] ?? "a").toLowerCase()] ?? 1) * (m[2]?.toLowerCase() === "after" ? -1 : 1);
    const start = addDays(d.date.start, shift);
    const clause = ownClause(ctx, s, other);
    const noun = m[3] ?? (m[4] ? "meeting" : SEEN_THERE.test(clause.text) ? "meeting" : "call");
    const e = newDraft(KIND[noun.toLowerCase()] ?? "in_person", s.text);
    e.participants = [self, otherId, ...listedAfter(ctx, s, other, clause)];
    // "a day before meeting Xi", published before that day: still ahead.
    const pub = ctx.pub?.precision === "day" ? ctx.pub.value : null;
    e.status = pub && start > pub ? "scheduled" : "held";
    e.date = { start, end: null, precision: "day" };
    const words = m[0].trimEnd();
    const span = {
      start: s.start + (m.index ?? 0),
      end: s.start + (m.index ?? 0) + words.length,
      text: words,
    };
    e.evidence.push(ev("event", s), ev("kind", span), ev("date", span));
    // Each party's quote: the pronoun or subject that named the one who met, the mention
    // of each official met.
    for (const id of e.participants) {
      const said =
        id === self && pronoun?.officialIds[0] === self
          ? pronoun
          : ctx.officials.mentions.find((x) => x.sentence === s.index && x.officialIds.includes(id));
      if (said) e.evidence.push(ev("participant", said, id));
    }
    placeOwnClause(ctx, s, clause, e);
    e.sentences.push(s.index);
    walk.drafts.push(e);
  }
}

// "a day after speaking with Xi on the sidelines of the G20": not by phone.
const SEEN_THERE = /\b(?:sidelines|margins|summit|in person|face-to-face)\b/i;
// A clause of its own after the counted engagement's official: "… that angered EU leaders
// in Brussels", "…, who hosted him in New Delhi".
const CLAUSE_STOP = /[,;.:—]|\b(?:that|which|who|whom|where|when|before|after|while)\b/;

/** From the counted engagement's official to the end of its clause. */
function ownClause(ctx: ArticleContext, s: Sentence, other: Span): Span {
  const stop = CLAUSE_STOP.exec(ctx.text.slice(other.end, s.end));
  const end = stop ? other.end + stop.index : s.end;
  return { start: other.end, end, text: ctx.text.slice(other.end, end) };
}

/** "a video call with Merz and Zelensky": officials listed right after the first. */
function listedAfter(ctx: ArticleContext, s: Sentence, first: Span, clause: Span): string[] {
  const out: string[] = [];
  let last = first;
  for (const x of ctx.officials.mentions) {
    if (x.sentence !== s.index || x.start < first.end || x.officialIds.length !== 1) continue;
    if (x.start > clause.end + 1 && !/^\s*,?\s*and\s/.test(ctx.text.slice(last.end, x.start))) break;
    if (!/^\s*(?:,\s*|,?\s+and\s+)(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u.test(ctx.text.slice(last.end, x.start)))
      break;
    out.push(x.officialIds[0] as string);
    last = x;
  }
  return out;
}

/**
 * "a day after talks with Ouattara in Abidjan": a place in the counted engagement's own
 * clause is where it happened; else it is left to the rules that carry the story's place.
 */
function placeOwnClause(ctx: ArticleContext, s: Sentence, clause: Span, e: Draft): void {
  const p = ctx.places.find((q) => q.sentence === s.index && q.start >= clause.start && q.end <= clause.end);
  if (p) e.place = { venue: p.venue, city: p.city, region: p.region, country: p.country };
  if (p) e.evidence.push(ev("place", p));
}

// "The summit came one day after Biden hosted Kishida for a state dinner": the engagement
// after "N days after/before" is dated by counting from what the sentence is about.
const APART = /\b(a|one|two|three|four|five|six|seven)\s+days?\s+(after|before)\s+/gi;
// The engagement is in the clause right after the phrase, not past a semicolon or dash.
const REACH = 200;
const BREAK = /[;:—]|\s[-–]\s/;

/**
 * The date of trigger `t` when it follows "N days after/before" and its clause names no
 * date of its own: counted from a day the sentence names before the phrase, else from
 * the day of the event in focus, or the story's first dated one (what "The summit came
 * one day after …" is about).
 */
export function dayApart(ctx: ArticleContext, walk: Walk, s: Sentence, t: Trigger): DateMention | null {
  for (const { m, from, end } of apartPhrases(ctx, s, t)) {
    // "Two days before the summit, …" counts from the occasion it names (occasionApart).
    if (OCCASION.test(ctx.text.slice(end, t.start))) return null;
    const dates = eventDates(ctx, s.index);
    const main = frontedDay(ctx, s, from, t, dates);
    if (main) return shifted(m, from, main.date);
    if (dates.some((d) => d.start >= end)) return null;
    const before = dates.filter((d) => d.end <= from).at(-1);
    // "The summit came one day after …" with no dated event in focus: the story's own
    // event, the first dated one it reported.
    const focus = walk.focus?.date
      ? walk.focus.date
      : walk.drafts.find((d) => !d.context && !d.earlier && d.date?.precision === "day")?.date;
    const anchor = before
      ? before.precision === "day" && !before.endDate
        ? before.date
        : null
      : focus?.precision === "day" && !focus.end
        ? focus.start
        : null;
    if (!anchor) return null;
    return shifted(m, from, anchor);
  }
  return null;
}

/** The "N days after/before" phrases whose clause trigger `t` is in, in text order. */
function* apartPhrases(ctx: ArticleContext, s: Sentence, t: Span) {
  for (const m of s.text.matchAll(APART)) {
    const from = s.start + m.index;
    const end = from + m[0].length;
    if (end > t.start || t.start - end > REACH || BREAK.test(ctx.text.slice(end, t.start))) continue;
    yield { m, from, end };
  }
}

// "the summit", "the talks": an occasion the story reports, named right after the phrase.
const OCCASION = /^(?:the|their|this)\s+(?:[\p{Ll}-]+\s+)?(summit|meeting|talks|call|visit|conversation)\b/u;

/**
 * "Two days before the summit, Wang welcomed Lavrov": trigger `t`, in the clause of a
 * phrase that counts days from an occasion the story names, is dated once that occasion
 * is (see dateByOccasion): the shift, the kinds the noun can name, and the phrase.
 */
export function occasionApart(ctx: ArticleContext, s: Sentence, t: Span): Draft["apartFrom"] {
  for (const { m, from, end } of apartPhrases(ctx, s, t)) {
    const noun = OCCASION.exec(ctx.text.slice(end, t.start));
    const kinds = noun?.[1] ? ANAPHORA_KINDS[noun[1]] : undefined;
    if (!noun || !kinds) continue;
    const n = COUNT[(m[1] ?? "a").toLowerCase()] ?? 1;
    const text = ctx.text.slice(from, end + noun[0].length);
    return {
      days: (m[2] ?? "").toLowerCase() === "after" ? n : -n,
      kinds,
      span: { start: from, end: from + text.length, text },
    };
  }
  return undefined;
}

/** Dates each event counted from a named occasion by that occasion's day, once known. */
export function dateByOccasion(drafts: Draft[]): void {
  for (const d of drafts) {
    const apart = d.apartFrom;
    if (!apart || d.date) continue;
    const anchor = drafts.find(
      (x) =>
        x !== d &&
        !x.context &&
        !x.earlier &&
        apart.kinds.includes(x.kind) &&
        x.date?.precision === "day" &&
        !x.date.end,
    );
    if (!anchor?.date) continue;
    d.date = { start: addDays(anchor.date.start, apart.days), end: null, precision: "day" };
    d.evidence.push(ev("date", apart.span));
  }
}

function shifted(m: RegExpMatchArray, from: number, anchor: string): DateMention {
  const n = COUNT[(m[1] ?? "a").toLowerCase()] ?? 1;
  const date = addDays(anchor, (m[2] ?? "").toLowerCase() === "after" ? -n : n);
  const text = m[0].trimEnd();
  return { start: from, end: from + text.length, text, date, endDate: null, precision: "day" };
}

// What may open a sentence before its fronted phrase: nothing, or a dateline.
const OPENING = /^\s*(?:\p{Lu}[\p{L}.'’ ]*(?:,\s*[\p{L}.]+\s*\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s*)?$/u;

/**
 * "One day after Kim hosted him in Pyongyang, Pompeo arrived here on Monday": a fronted
 * phrase closed by a comma is counted from the main clause's day.
 */
function frontedDay(
  ctx: ArticleContext,
  s: Sentence,
  from: number,
  t: Trigger,
  dates: DateMention[],
): DateMention | undefined {
  if (!OPENING.test(ctx.text.slice(s.start, from))) return undefined;
  const comma = ctx.text.indexOf(",", t.end);
  if (comma < 0 || comma >= s.end) return undefined;
  if (dates.some((d) => d.start >= from && d.end <= comma)) return undefined;
  return dates.find((d) => d.start > comma && d.precision === "day" && !d.endDate);
}

// "… after meeting Premier Li Qiang the previous day": a day counted from the sentence's
// own, closing the engagement's clause.
const NEIGHBOUR_DAY = /\bthe\s+(?:(previous|preceding|next|following)\s+day|day\s+(before|after)(?!\s+\w))/gi;

/**
 * The date of trigger `t` when its own clause ends on "the previous day" (or "the next
 * day"): a day from the day the sentence names before the trigger.
 */
export function neighbourDay(ctx: ArticleContext, s: Sentence, t: Trigger): DateMention | null {
  for (const m of s.text.matchAll(NEIGHBOUR_DAY)) {
    const from = s.start + m.index;
    // Only the engagement's object between ("meeting Premier Li Qiang the previous day"),
    // not a clause of its own ("met Wang Yi, who had arrived the previous day").
    const between = ctx.text.slice(t.end, from);
    if (from < t.end || !/^\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+){1,6}$/u.test(between)) continue;
    const base = eventDates(ctx, s.index)
      .filter((d) => d.end <= t.start && d.precision === "day" && !d.endDate)
      .at(-1);
    if (!base) return null;
    const back = /previous|preceding|before/i.test(m[1] ?? m[2] ?? "");
    const date = addDays(base.date, back ? -1 : 1);
    return { date, endDate: null, precision: "day", start: from, end: from + m[0].length, text: m[0] };
  }
  return null;
}

// "… spoke by telephone two days after the clash": a count of days right after the
// engagement, from something other than an engagement.
const AFTER_THE =
  /^[^,;:.]{0,60}?\b(a|one|two|three|four|five|six|seven)\s+days?\s+(after|before)\s+the\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\b/u;
const TOLD_REACH = 3;
const ENGAGEMENT_NOUN = /^(?:summit|meeting|talks|call|visit|conversation|trip|dinner|session)$/;

/**
 * "Twenty soldiers were killed … on June 15. … Jaishankar and Wang spoke by telephone two
 * days after the clash": what the count runs from was dated by the sentences just before,
 * which name that one day only.
 */
export function dayAfterTold(ctx: ArticleContext, s: Sentence, t: Span): DateMention | null {
  const m = AFTER_THE.exec(ctx.text.slice(t.end, s.end));
  if (!m || ENGAGEMENT_NOUN.test(m[3] ?? "")) return null;
  // The sentences before (up to three back) name one day between them: with two, which
  // the count runs from is not known.
  const days: DateMention[] = [];
  for (let i = s.index - 1; i >= Math.max(0, s.index - TOLD_REACH); i--)
    days.push(...eventDates(ctx, i).filter((d) => d.precision === "day" && !d.endDate));
  const [told] = days;
  if (days.length !== 1 || !told) return null;
  const n = COUNT[(m[1] ?? "a").toLowerCase()] ?? 1;
  const count = /\b(?:a|one|two|three|four|five|six|seven)\s+days?\s+(?:after|before)\s+the\b/iu.exec(m[0]);
  if (!count) return null;
  const from = t.end + count.index;
  const text = m[0].slice(count.index);
  const date = addDays(told.date, (m[2] ?? "").toLowerCase() === "after" ? n : -n);
  return { start: from, end: from + text.length, text, date, endDate: null, precision: "day" };
}

// "… had first spoken by phone three days after Merz was sworn in on May 6": a count of
// days from a dated happening that is no engagement, in the engagement's own clause.
const COUNTED_TO =
  /^[^;:]{0,60}?\b(a|one|two|three|four|five|six|seven)\s+days?\s+(after|before)\s+(?![^;:]*\b(?:meeting|meetings|talks|call|calls|summit|visit|conversation|dinner|lunch)\b)[^;:]{1,80}?\s$/iu;

/** The day counted from a date the engagement's clause gives its starting point. */
export function dayCountedTo(ctx: ArticleContext, s: Sentence, t: Span): DateMention | null {
  for (const d of ctx.dates[s.index] ?? []) {
    if (d.start < t.end || d.precision !== "day" || d.endDate) continue;
    const m = COUNTED_TO.exec(ctx.text.slice(t.end, d.start).replace(/\bon\s$/i, ""));
    if (!m) continue;
    const n = COUNT[(m[1] ?? "a").toLowerCase()] ?? 1;
    const date = addDays(d.date, (m[2] ?? "").toLowerCase() === "after" ? n : -n);
    const from = t.end + m.index;
    return {
      start: from,
      end: d.end,
      text: ctx.text.slice(from, d.end),
      date,
      endDate: null,
      precision: "day",
    };
  }
  return null;
}
