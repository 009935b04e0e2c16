import { lastDay } from "../../lib/partial-date.ts";
import { isMeetingKind } from "../../schemas/extraction.ts";
import { partyOf } from "../officials/types.ts";
import type { PlaceMention } from "../places/find.ts";
import { LIVE_ENTRY } from "../text.ts";
import type { DateMention, Sentence } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { FUTURE } from "./cues.ts";
import { AHEAD, type Draft, type DraftDate, IN_PERSON, sameMode } from "./draft.ts";
import { eventDates, inDateline } from "./event-dates.ts";
import { looksBack } from "./recalled.ts";

// The news of the day: what a report dated to the day says happened on or near it,
// which takes the lead's day, the dateline's place or the publication day.

// The headline and the first sentences of the body: where a report says when its news happened.
export const LEAD_SENTENCES = 3;
// How far from the publication day a lead's date can be and still be the news.
const NEWS_DAYS = 7;
const DAY_MS = 86_400_000;

// Read once per article: the walk asks for it at each trigger (farFromLead).
const newsDays = new WeakMap<ArticleContext, DateMention | null>();

/** The day the lead says its news happened, within a week of a report dated to the day. */
export function leadNewsDay(ctx: ArticleContext): DateMention | null {
  if (!newsDays.has(ctx)) newsDays.set(ctx, readLeadNewsDay(ctx));
  return newsDays.get(ctx) ?? null;
}

function readLeadNewsDay(ctx: ArticleContext): DateMention | null {
  const pub = ctx.pub?.precision === "day" ? Date.parse(ctx.pub.value) : null;
  if (pub === null) return null;
  const days = ctx.sentences
    .slice(0, LEAD_SENTENCES)
    .flatMap((s) => eventDates(ctx, s.index))
    .filter((d) => d.precision === "day" && Math.abs(Date.parse(d.date) - pub) <= NEWS_DAYS * DAY_MS)
    // "… his aides acknowledged this weekend": two days, of what was said about the news,
    // which has a day of its own ("wrapped up his visit over the weekend" is the news).
    .filter(
      (d) =>
        !/\bweekend\b/i.test(d.text) || !SAID_BEFORE.test(ctx.text.slice(Math.max(0, d.start - 30), d.start)),
    );
  // "Wilmington, Sep 22 (PTI) Modi and Biden reviewed … Biden received him on Saturday": the
  // filing day only where the lead names no day of its own.
  return days.find((d) => !inDateline(ctx.text, d)) ?? days[0] ?? null;
}

const SAID_BEFORE =
  /\b(?:said|says|acknowledged|conceded|admitted|confirmed|announced|stated|insisted|told\s+\w+)\s+$/i;

/** A day more than a week before a report dated to the day: background, not its news. */
export function beforeTheNews(ctx: ArticleContext, day: string): boolean {
  if (ctx.pub?.precision !== "day") return false;
  return Date.parse(day) < Date.parse(ctx.pub.value) - NEWS_DAYS * DAY_MS;
}

/**
 * Whether `date` is more than a week from the day carryLeadDate will give `d`, an undated
 * held meeting the lead reports, read while the walk is still going: a later trigger
 * dated weeks before ("On September 23 … the two presidents held their first formal
 * bilateral") is another occasion. Within a week it may be this one: the lead's day can
 * be another thing's ("the peso jumped on Wednesday after Milei's trip").
 */
export function farFromLead(ctx: ArticleContext, d: Draft, date: DraftDate | null): boolean {
  if (date?.precision !== "day" || d.date || d.context || d.earlier || d.status !== "held") return false;
  if (d.participants.length < 2 || !isMeetingKind(d.kind)) return false;
  const first = d.sentences[0];
  if (first === undefined || first >= LEAD_SENTENCES || ctx.pub?.precision !== "day") return false;
  const day = leadNewsDay(ctx);
  if (!day) return false;
  const gap = Math.abs(Date.parse(day.date) - Date.parse(date.start)) / DAY_MS;
  return gap > NEWS_DAYS;
}

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
  const day = leadNewsDay(ctx);
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
    // "Blinken would travel to China in the coming weeks": what is still ahead did not
    // happen on a day the lead tells as gone.
    if (AHEAD.has(d.status) && Date.parse(lastDay(day.endDate ?? day.date)) < pub) continue;
    d.date = { start: day.date, end: day.endDate, precision: day.precision };
    d.evidence.push({ field: "date", value: null, quote: day.text, start: day.start, end: day.end });
  }
}

/**
 * "WASHINGTON, Feb 28 -": an in-person engagement the report says took place, on the
 * news day, with no place in its own sentences, happened where the report was filed.
 * Previews are placed there only when the report has placed the day's meetings there
 * (comingAtDateline): otherwise they are often filed far from the meeting.
 */
export function carryDatelinePlace(ctx: ArticleContext, drafts: Draft[]): void {
  if (!ctx.dateline) return;
  const pub = ctx.pub?.precision === "day" ? Date.parse(ctx.pub.value) : null;
  // Known to the day, a report's news is what happened within a week of it; otherwise
  // only the story's own event, the first it reports, is taken to be the dateline's news.
  const story = drafts.find((d) => !d.context && !d.earlier);
  const abroad = leadAbroad(ctx, drafts);
  for (const d of drafts) {
    // Only the lead's own people, or others of its sides, are where the lead is:
    // "Meanwhile, on Monday, Biden met Kishida" in a story of Sullivan's talks in Malta is
    // the dateline's news; the ministers of Moon's delegation meeting theirs in Pyongyang
    // are not.
    const ofLead =
      !!abroad &&
      (d.participants.some((p) => abroad.participants.includes(p)) ||
        d.participants.every((p) => abroad.sides.has(partyOf(ctx.officials.officials.get(p)))));
    const at = abroad && ofLead ? abroad.at : ctx.dateline;
    // "met at a military base in Alaska", filed from ANCHORAGE: a place no finer than the
    // dateline's region is refined by the dateline's city. A country alone is not ("at a
    // cosmodrome in Russia", filed from MOSCOW).
    const coarse =
      !!d.place && !d.place.city && !d.place.venue && !!d.place.region && d.place.region === at.region;
    if ((d.place && !coarse) || d.context || d.earlier || d.status !== "held" || !IN_PERSON.includes(d.kind))
      continue;
    const date = d.date;
    const news =
      pub === null
        ? d === story && !isBackground(ctx, d)
        : date?.precision === "day" && Math.abs(Date.parse(date.start) - pub) <= NEWS_DAYS * DAY_MS;
    if (!news) continue;
    placeAtDateline(d, at);
  }
  if (pub !== null) comingAtDateline(drafts, ctx.dateline, pub);
}

type Setting = Pick<PlaceMention, "venue" | "city" | "region" | "country" | "text" | "start" | "end">;

/**
 * "WASHINGTON — Sullivan and Wang held two days of talks in Malta": a story its own lead
 * places in another country than the dateline's was filed far from it; its news of the
 * day without a place of its own is where the lead is, not where the report was filed.
 */
function leadAbroad(
  ctx: ArticleContext,
  drafts: Draft[],
): { at: Setting; participants: string[]; sides: Set<string | undefined> } | null {
  const at = ctx.dateline;
  const lead = drafts.find(
    (d) =>
      !d.context && !d.earlier && d.status === "held" && (d.sentences[0] ?? LEAD_SENTENCES) < LEAD_SENTENCES,
  );
  const leadEnd = ctx.sentences[LEAD_SENTENCES - 1]?.end ?? ctx.text.length;
  const placed = lead?.evidence.find(
    (e) => e.field === "place" && e.start < leadEnd && e.start !== at?.start,
  );
  if (!at || !lead?.place?.country || !placed || lead.place.country === at.country) return null;
  // A meeting of two or more in person, not a call or a tour ("SAMARKAND — Xi wrapped up a
  // trip that took him to Kazakhstan and Uzbekistan"), whose legs are news from several places.
  if (lead.kind === "visit" || !IN_PERSON.includes(lead.kind) || lead.participants.length < 2) return null;
  const where = { ...lead.place, region: lead.place.region ?? null };
  return {
    at: { ...where, text: placed.quote, start: placed.start, end: placed.end },
    participants: lead.participants,
    sides: new Set(lead.participants.map((p) => partyOf(ctx.officials.officials.get(p)))),
  };
}

function placeAtDateline(d: Draft, at: Setting) {
  d.place = { venue: at.venue, city: at.city, region: at.region, country: at.country };
  d.evidence.push({ field: "place", value: null, quote: at.text, start: at.start, end: at.end });
}

/**
 * "OSAKA, June 28 - … his talks with Xi, which are set for Saturday": where the report
 * places the day's meetings at its dateline, the reporter is at the gathering, and the
 * meetings it says are set for the coming days, with no place of their own, are there too.
 */
function comingAtDateline(drafts: Draft[], at: Setting, pub: number) {
  const there = drafts.some(
    (d) => d.status === "held" && !d.earlier && d.place?.city === at.city && d.place.country === at.country,
  );
  if (!there || !at.city) return;
  for (const d of drafts) {
    if (d.place || d.context || d.earlier || d.status !== "scheduled" || !IN_PERSON.includes(d.kind))
      continue;
    const day = d.date?.precision === "day" ? Date.parse(d.date.start) : null;
    if (day !== null && day >= pub && day <= pub + NEWS_DAYS * DAY_MS) placeAtDateline(d, at);
  }
}

/**
 * An event the report recalls rather than reports: an earlier meeting, or one that
 * ended more than a week before a report dated to the day.
 */
export function isBackground(ctx: ArticleContext, d: Draft): boolean {
  if (d.earlier) return true;
  return !!d.date && beforeTheNews(ctx, lastDay(d.date.end ?? d.date.start));
}

// "Trump and Kim have met on Sentosa", "the two leaders have just finished talks": the
// present perfect of a report dated to the day is that day's news.
const JUST_DONE =
  /\b(?:have|has)\s+(?:just\s+|now\s+|finally\s+)?(?:met|held|spoken|talked|finished|concluded|ended|wrapped up|signed|arrived)\b/i;

// "Delegations … meet at Dolmabahce Palace": a lead in the present tense reports the day.
const PRESENT =
  /(?<!\b(?:will|to|would|could|may|might|shall|should|must|can|not)\s+)\b(?:meets?|hosts?|holds? talks|welcomes?|receives?)\b/i;
// "Ruto is hosting Samia at State House", "Wong is meeting Retno in Jakarta": a lead's
// present progressive, with no day of its own (the caller skips dated drafts), is what is
// happening as the report is written.
// Not "receiving" or "welcoming", which take criticism and decisions as often as guests.
const PROGRESSIVE = /\b(?:is|are)\s+(?:(?:also|now|currently)\s+)?(?:meeting|hosting|holding\s+talks)\b/i;
// "18:40 – Zelenskyy and European leaders call Trump": a live blog's entry heading.
const TIMESTAMP = new RegExp(LIVE_ENTRY.source, "gm");

/** The evidence that an undated engagement reported in `s` is the publication day's news. */
function ofTheDay(ctx: ArticleContext, s: Sentence, d: Draft, live: boolean): RegExpExecArray | null {
  const done = JUST_DONE.exec(s.text);
  if (done) return done;
  if (s.index < LEAD_SENTENCES && !FUTURE.test(s.text)) {
    const ongoing = PROGRESSIVE.exec(s.text);
    if (ongoing) return ongoing;
  }
  if (d.status !== "held") return null;
  if (s.index < LEAD_SENTENCES) {
    const now = PRESENT.exec(s.text);
    if (now) return now;
  }
  if (!live) return null;
  // The entry's heading: the last timestamp line before the sentence, or the sentence
  // itself when it is the heading ("10:30 a.m. — Austin speaks with Shoigu").
  const heading = [...ctx.text.slice(0, s.start + 6).matchAll(TIMESTAMP)].at(-1);
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
    // A live blog's entry under "Mon 20 Feb" is of that day, not of the day it was published.
    const told = ctx.days[first.index];
    d.date = { start: told?.precision === "day" ? told.value : pub.value, end: null, precision: "day" };
    if (PROGRESSIVE.test(verb[0])) d.status = "held";
    const start = first.start + verb.index;
    d.evidence.push({ field: "date", value: null, quote: verb[0], start, end: start + verb[0].length });
  }
}

/**
 * "SEOUL, Nov. 5 (Agency) -- Choe has met Putin at the Kremlin … Putin received Choe on
 * Monday": a lead in the perfect, dated only by its dateline, is the meeting a following
 * lead sentence dates to an earlier day of the same week with the same officials.
 */
export function redatePerfectLead(ctx: ArticleContext, drafts: Draft[]): void {
  const pub = ctx.pub?.precision === "day" ? Date.parse(ctx.pub.value) : null;
  if (pub === null) return;
  for (const d of drafts) {
    const quote = d.evidence.find((e) => e.field === "date");
    const first = ctx.sentences[d.sentences[0] ?? -1];
    if (!quote || !first || first.index >= LEAD_SENTENCES) continue;
    if (!inDateline(ctx.text, { start: quote.start, end: quote.end, text: quote.quote })) continue;
    if (d.status !== "held" || d.context || !JUST_DONE.test(first.text)) continue;
    const told = drafts.find(
      (o) =>
        o !== d &&
        !o.context &&
        !o.earlier &&
        // A call the day before is no date of the meeting it prepared.
        sameMode(o.kind, d.kind) &&
        o.status === "held" &&
        (o.sentences[0] ?? LEAD_SENTENCES) < LEAD_SENTENCES &&
        o.date?.precision === "day" &&
        !o.date.end &&
        Date.parse(o.date.start) < pub &&
        pub - Date.parse(o.date.start) <= NEWS_DAYS * DAY_MS &&
        d.participants.every((p) => o.participants.includes(p)),
    );
    const day = told?.evidence.find((e) => e.field === "date");
    if (!told?.date || !day) continue;
    d.date = { ...told.date };
    d.evidence = [...d.evidence.filter((e) => e !== quote), { ...day }];
  }
}
