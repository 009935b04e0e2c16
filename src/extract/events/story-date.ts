import { addDays } from "../dates/calendar.ts";
import { tenseAt } from "../dates/tense.ts";
import type { DateMention, PublicationDate, Sentence, Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { bounds, eventDates } from "./event-dates.ts";
import { beforeTheNews, LEAD_SENTENCES, leadNewsDay } from "./news-day.ts";

// Dates a news report leaves to its reader: "later that day", "a day later", "then", "in
// the evening", "The day ended at Kirribilli House" continue the story's current day.

// "The day ended at Kirribilli House, where …", "His day began with …".
// "Albanese's day ended …", "The leaders' day began …" too.
const DAY_FRAME =
  /\b(?:the|his|her|their|\p{Lu}[\p{L}-]*['’]s?)\s+day\s+(?:ended|closed|finished|concluded|wound up|began|opened|started)\b/iu;
export const SAME_DAY = new RegExp(
  String.raw`\b(?:(?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+day|(?:on\s+)?the same (?:day|night|evening|morning|afternoon)|that (?:day|morning|afternoon|evening|night)|at (?:about |around |roughly )?the same hour|at (?:about |around |roughly )the same time)\b|${DAY_FRAME.source}`,
  "iu",
);
const IN_THE_DAY = /\b(?:earlier|later)\s+in\s+the\s+day\b/i;
// "The two leaders met in the afternoon": a part of the day, of the story's day.
const PART_OF_DAY = /\b(?:(?:earlier|later)\s+)?in the (?:morning|afternoon|evening)\b/i;

const ARRIVED_ON = /\b(?:arrived|landed|flew in|reached|came)\b[^,;.]{0,30}$/i;

// "The two leaders then held talks": "then" before the engagement continues the story
// where the sentences before left it ("since then", "by then", "then-President" do not).
const THEN = /(?<!\b(?:since|by|until|till|back|even|from|than|only|just)\s+)\bthen\b(?![-–])/i;

/**
 * The day a sentence with no date of its own continues: "later that day" or "then"
 * (before the engagement at `anchor`) take the story's current day.
 */
export function continuedDay(ctx: ArticleContext, s: Sentence, anchor: Span): DateMention | null {
  const recalled = thatOccasion(ctx, s) ?? thatYear(ctx, s);
  if (recalled) return recalled;
  // "Trump and Modi then met": a story told in the past is not continued on a day still
  // ahead ("talks with Xi, which are set for Saturday" in the lead).
  const past = tenseAt(s.text, anchor.start - s.start, anchor.start - s.start) === "past";
  const notAfter = past ? ctx.pub : null;
  const same = SAME_DAY.exec(s.text);
  // "Lavrov, who arrived on Thursday, also held talks that day": the day of an arrival
  // the sentence itself wrote before the phrase, though a clause about a person dates
  // nothing else (not "who flies home on Sunday": a day of another journey).
  // "Sheinbaum said Monday she had agreed … after a conversation by phone that morning":
  // the part of a day the sentence wrote before it, whatever that day dated.
  const partOf = !!same && /^that\s+(?:morning|afternoon|evening|night)$/i.test(same[0]);
  const written =
    same && (partOf || /\bthat\s+day\b/i.test(same[0]))
      ? (ctx.dates[s.index] ?? [])
          .filter(
            (d) =>
              d.precision === "day" &&
              !d.endDate &&
              d.end <= s.start + same.index &&
              (partOf || ARRIVED_ON.test(ctx.text.slice(Math.max(s.start, d.start - 40), d.start))),
          )
          .at(-1)
      : undefined;
  if (written) return written;
  if (same || introducedOfTheDay(ctx, s)) {
    const day = currentDay(ctx, s.index, notAfter);
    // "Earlier in the day" and "The day ended …" are the story's day, not that of a
    // meeting weeks before that the paragraph above recalled ("… when he met Li in
    // Vientiane on Oct. 10").
    const ofTheDay = IN_THE_DAY.test(s.text) || DAY_FRAME.test(s.text);
    if (ofTheDay && (!day || beforeTheNews(ctx, day.date))) return leadNewsDay(ctx) ?? day;
    return day;
  }
  const landing = ON_ARRIVAL.exec(s.text);
  if (landing && s.start + landing.index < anchor.start) {
    const day = arrivedOn(ctx, s.index);
    if (day) return day;
  }
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
  if (then && s.start + then.index < anchor.start) return currentDay(ctx, s.index, notAfter);
  return past ? arrivalDay(ctx, s) : null;
}

// "Xi began a state visit to Russia on Monday", "Putin arrived in New Delhi on Thursday".
const ARRIVAL =
  /\b(?:began|started|opened|kicked off)\s+(?:an?\s+|his\s+|her\s+|a\s+two-day\s+|a\s+three-day\s+)?(?:[\w-]+\s+){0,2}(?:visit|trip|tour)\b|\b(?:arrived|landed)\s+in\b/i;

// "Within hours of landing, Zelensky held separate meetings …": the day of the arrival.
const ON_ARRIVAL =
  /\b(?:within\s+(?:hours|minutes)\s+of|(?:shortly|soon|hours|minutes|right|just)\s+after|upon|on)\s+(?:(?:his|her|their)\s+)?(?:landing|arriving|arrival)\b/i;

/** The day of the arrival the story last told, in the sentence or the few before it. */
function arrivedOn(ctx: ArticleContext, index: number): DateMention | null {
  for (let i = index; i >= Math.max(0, index - 3); i--) {
    const day = arrivalIn(ctx, i);
    if (day) return day;
  }
  return null;
}

/** The one day of sentence `index`, when the sentence tells an arrival. */
function arrivalIn(ctx: ArticleContext, index: number): DateMention | null {
  if (!ARRIVAL.test(ctx.sentences[index]?.text ?? "")) return null;
  const days = eventDates(ctx, index).filter((d) => d.precision === "day" && !d.endDate);
  return days.length === 1 ? (days[0] as DateMention) : null;
}

/**
 * "Xi began a state visit to Russia on Monday. He was welcomed at the Kremlin by Putin":
 * an engagement told in the past right after the arrival, in the same paragraph, with no
 * day of its own, took place on the day of the arrival.
 */
function arrivalDay(ctx: ArticleContext, s: Sentence): DateMention | null {
  const prev = ctx.sentences[s.index - 1];
  if (!prev || /\n/.test(ctx.text.slice(prev.end, s.start))) return null;
  return arrivalIn(ctx, prev.index);
}

// "Putin's other sit-down of the day", "his second meeting of the day": one of the day's
// engagements, counted among the story's others.
const NTH_OF_THE_DAY =
  /\b(?:other|another|second|third|fourth|fifth|next|last|final|first|latest)\s+(?:[\w-]+\s+){0,2}?of\s+the\s+day\b/i;

/**
 * "Putin's other sit-down of the day was far chillier. Theresa May shook his hand before
 * their talks": a sentence of the same paragraph that announces one of the day's
 * engagements dates the one the next sentence reports.
 */
function introducedOfTheDay(ctx: ArticleContext, s: Sentence): boolean {
  const prev = ctx.sentences[s.index - 1];
  return !!prev && !/\n/.test(ctx.text.slice(prev.end, s.start)) && NTH_OF_THE_DAY.test(prev.text);
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

// "… looked dim as late as Tuesday night, before the breakthrough on the day of the summit":
// the day the story's own occasion was held, told without its date.
const WEEK_MS = 7 * 86_400_000;
const OCCASION_DAY = /\bthe\s+(?:very\s+)?(?:same\s+)?day\s+of\s+the\s+(?:summit|talks|meeting|visit)\b/i;

/**
 * The story's current day at sentence `index`: the last day-precise date written before it,
 * or the lead's news day where "the day of the summit" is told after a date of that week.
 */
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
    const sentence = ctx.sentences[i] as Sentence;
    const occasion = OCCASION_DAY.exec(sentence.text);
    // Only in a passage of the story's own days (the day written before the phrase within
    // a week of the news): "Kishida went to Kyiv on March 21, 2023; Xi was in Moscow on the
    // day of the visit" is the day of that visit.
    if (occasion && day && sentence.start + occasion.index > day.start) {
      const news = leadNewsDay(ctx);
      const near = !!news && Math.abs(Date.parse(news.date) - Date.parse(day.date)) <= WEEK_MS;
      if (news && near && (!last || news.date <= last)) return news;
    }
    if (day) return day;
  }
  return null;
}

// "… his first visit since December 2017. That trip soured quickly; he also held talks with
// Tsipras": a sentence that opens on the occasion the one before it dated goes on with it.
// "That", not "This": "This visit is expected to focus on trade" is the visit in the news.
const THAT_OCCASION =
  /^That\s+(?:(?:first|last|earlier|previous|historic|landmark|brief)\s+)?(?:trip|visit|meeting|summit|encounter|tour|stay)\b/;

/** The past date the sentence before gave the occasion this one opens on ("That trip …"). */
function thatOccasion(ctx: ArticleContext, s: Sentence): DateMention | null {
  const pub = ctx.pub?.value;
  if (!pub || !THAT_OCCASION.test(s.text.trimStart())) return null;
  const before = ctx.dates[s.index - 1] ?? [];
  // The first: the occasion's own, ahead of dates its clauses recall ("… on Aug. 15 in
  // Anchorage, Putin's first trip west since the invasion in February 2022").
  // A date that bounds ("Since taking office in May 2014") dates no occasion, unless the
  // sentence before is all bound ("first visit since December 2017, when …").
  const start = ctx.sentences[s.index - 1]?.start ?? 0;
  const past = before.filter((d) => d.date.slice(0, 7) < pub.slice(0, 7));
  return past.find((d) => !bounds(ctx.text, d, undefined, start)) ?? past[0] ?? null;
}

// "… in November 2019, when Morrison met Li in Bangkok. Morrison also had a brief
// conversation with Xi at the G20 that year": the year the sentence before wrote.
const THAT_YEAR = /\b(?:that|the same) year\b/i;

/** "that year": the year the sentence wrote last, else the first the one before it wrote, in the paragraph. */
function thatYear(ctx: ArticleContext, s: Sentence): DateMention | null {
  const m = THAT_YEAR.exec(s.text);
  // "since that year" bounds what follows, it does not date it.
  if (!m || /\b(?:since|until|till|before|after|by)\s+$/i.test(s.text.slice(0, m.index))) return null;
  const prev = ctx.sentences[s.index - 1];
  const inParagraph = prev && !/\n/.test(ctx.text.slice(prev.end, s.start));
  const candidates = [
    ...(inParagraph ? (ctx.dates[prev.index] ?? []) : []),
    ...(ctx.dates[s.index] ?? []),
  ].filter((d) => d.start < s.start + m.index && /\b(?:19|20)\d\d\b/.test(d.text));
  // The sentence's own year first, else the first the one before wrote: its main clause
  // ("visited Russia in March 2013, his first trip abroad after taking power in late 2012").
  const own = candidates.filter((d) => d.start >= s.start);
  const last = own.at(-1) ?? candidates[0];
  if (!last) return null;
  const start = s.start + m.index;
  return {
    date: last.date.slice(0, 4),
    endDate: null,
    precision: "year",
    start,
    end: start + m[0].length,
    text: m[0],
  };
}
