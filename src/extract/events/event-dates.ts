import { tenseAt } from "../dates/tense.ts";
import type { DateMention, Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { FUTURE, TO_DESTINATION } from "./cues.ts";
import { journeyEnd } from "./purpose.ts";
import { belongsToRecalled } from "./recalled.ts";

// "Qin Gang, who took up his post in late December": a relative clause about a person
// dates something in their life, not the engagement.
// So does a clause of reason ("a farewell of sorts, as Kishida steps down on October 1").
const ABOUT_A_PERSON = /,\s*(?:who|as(?!\s+(?:well|part|usual)\b)|because)\b[^,;:—()]*$/i;

/** The date is in a relative clause about a person, and the engagement is not in that clause. */
function aboutAPerson(text: string, d: Span, anchor?: Span, sentenceStart = 0): boolean {
  // A clause may run long ("who opened with condolences for the crowd crush in Seoul's
  // Itaewon district two weeks ago"); it ends at a comma or dash, and within its sentence.
  const from = Math.max(sentenceStart, d.start - 160);
  const m = ABOUT_A_PERSON.exec(text.slice(from, d.start));
  if (!m) return false;
  // "Scholz, who saw Xi in Beijing in April": the clause's own engagement is dated by it.
  const who = from + m.index;
  if (anchor && anchor.start > who && anchor.end <= d.start) return false;
  // "The last Chinese president to visit North Korea was Hu, who made a three-day trip in
  // October 2005": a trip told again in the clause is the visit it is about.
  return !(anchor && TRIP.test(anchor.text) && TRIP.test(text.slice(who, d.start)));
}

const TRIP = /\b(?:visit|visits|visited|trip|trips|journey|tour)\b/i;

// A date after "before", "since" or "until" bounds the event rather than dating it, and
// one after "conference in" or "election in" dates something else (a "video conference
// on Wednesday" is the engagement itself). "Before dawn on
// Thursday" is a time of that day. The bound ends at a comma: "twice since January, on
// Feb. 12 and March 18" dates the calls.
const BOUND_BEFORE =
  /\b(?:before(?!\s+(?:dawn|daybreak|sunrise|noon|midday|sunset|dusk|nightfall|midnight)\b)|ahead of|prior to|until|since)\b(?:\s+[^\s,;]+){0,6}\s*$|(?<!\b(?:hosted|chaired|brokered|mediated|organi[sz]ed|received|welcomed|joined|attended|accompanied|led|met|greeted)\s)\bby\b(?!\s+(?:phone|telephone|video|videolink|letter))(?:\s+\S+){0,6}\s*$|\b(?:(?<!video\s?)conference|election|elections|vote|polls)\s+(?:in|on|of)?\s*$/i;

// "visits to Moscow by Prime Minister Modi in July": "by" and a name right after the
// engagement noun name who made it, so the date after them is the engagement's.
const AGENT = new RegExp(`^${TO_DESTINATION}$`);

function agentOf(text: string, anchor: Span, at: number): boolean {
  return /^by\s+\p{Lu}/u.test(text.slice(at, at + 6)) && AGENT.test(text.slice(anchor.end, at));
}

/** The clause of `d` tells of what is still ahead: a cue of the future, and not told as past. */
function aheadAt(text: string, d: Span, sentenceStart: number): boolean {
  const from = Math.max(0, sentenceStart);
  const end = text.slice(d.end).search(/[.;!?]/);
  const sentence = text.slice(from, end < 0 ? undefined : d.end + end);
  return FUTURE.test(text.slice(from, d.start)) && tenseAt(sentence, d.start - from, d.end - from) !== "past";
}

/**
 * Whether `d` bounds rather than dates: "the first meeting since May 2023". Not for the
 * engagement named inside the phrase: "since Marcos's visit to Washington in May 2023"
 * dates the visit.
 */
export function bounds(text: string, d: Span, anchor?: Span, sentenceStart = 0): boolean {
  // Only the sentence's own words: "… since 2019. In Phnom Penh on Sunday" is not bounded.
  const from = Math.max(0, sentenceStart, d.start - 60);
  const m = BOUND_BEFORE.exec(text.slice(from, d.start));
  if (!m) return false;
  // "Kim's meeting with Trump, expected by early June": a deadline for what is still ahead
  // is as near a date as the text gives it.
  if (/^by\b/i.test(m[0]) && aheadAt(text, d, sentenceStart)) return false;
  if (anchor && agentOf(text, anchor, from + m.index)) return false;
  // "since the June 12 summit in Singapore": a date that modifies the noun dates it.
  if (anchor && anchor.start >= d.end && /^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(d.end, anchor.start)))
    return false;
  return !anchor || anchor.start < from + m.index || anchor.end > d.start;
}

// "a state dinner for the 60th anniversary of diplomatic relations, established in 1964":
// a date in what an anniversary commemorates is that event's, not the engagement's.
const COMMEMORATED = /\banniversary\s+of\b[^;:.!?()]{0,100}$/i;

function commemorated(text: string, d: Span, anchor?: Span, sentenceStart = 0): boolean {
  const from = Math.max(0, sentenceStart, d.start - 120);
  const m = COMMEMORATED.exec(text.slice(from, d.start));
  return m !== null && (!anchor || anchor.start < from + m.index || anchor.end > d.start);
}

// "The agency told lawmakers Monday that Shoigu had raised drills when he sat down with
// Kim": the day of a report is not the day of what it reports.
const REPORTING =
  /\b(?:told|said|says|announced|reported|confirmed|revealed|disclosed|briefed)\b[^.;:!?]{0,40}$/i;
const THAT = /^[^.;:!?]{0,30}?\bthat\b/i;

function ofTheReport(text: string, d: Span, anchor?: Span, sentenceStart = 0): boolean {
  if (!anchor) return false;
  const from = Math.max(0, sentenceStart, d.start - 60);
  const verb = REPORTING.exec(text.slice(from, d.start));
  if (verb === null) return false;
  const that = THAT.exec(text.slice(d.end, d.end + 40));
  if (that !== null && anchor.start >= d.end + that[0].length) return true;
  // "Kim received Belousov, the news agency reported on Saturday.": a report closing the
  // sentence after the engagement dates the report.
  const verbAt = from + verb.index;
  return (
    anchor.end <= verbAt &&
    /,\s*$/.test(text.slice(anchor.end, verbAt).replace(/(?:the\s+)?[\p{L}'’. -]{0,50}$/u, "")) &&
    REPORT_CLOSING.test(text.slice(verbAt, d.start)) &&
    /^\s*(?:[.!?]|$)/.test(text.slice(d.end, d.end + 3))
  );
}

// "reported on Saturday", "said Saturday", "announced late on Friday": the verb, then its day.
const REPORT_CLOSING =
  /^(?:told|said|says|announced|reported|confirmed|revealed|disclosed)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;

// "Kyiv accepted on Friday, and the trip was confirmed on Sunday", "the summit was
// announced on Friday": an occasion that is the subject of its making known. The
// sentence dates the announcement and the steps before it, not the occasion ("confirmed
// for Wednesday" is the occasion's own day).
const ANNOUNCED_AFTER =
  /^[^.;:!?]{0,30}?\b(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:(?:officially|formally|publicly|first|only)\s+)?(?:confirmed|announced|agreed|arranged|accepted|approved|finali[sz]ed|made\s+public|unveiled|disclosed)\b(?!\s+for\b)/i;

// "MOSCOW, April 12 (Wire) -": the day the report was filed, opening its line.
const DATELINE_BEFORE =
  /^\s*\p{Lu}[\p{L}.'’ -]{1,40}(?:\s*\([\p{L}. ]{1,20}\))?(?:,\s*\p{Lu}[\p{L}.]*)?,\s*$/u;
// "Wilmington (US), Sep 22 (PTI) Prime Minister …": an agency's tag may close it alone.
const DATELINE_AFTER = /^(?:,?\s*\d{4})?\s*(?:\([^)\n]{1,30}\)\s*[-–—]?|[-–—])/u;

export function inDateline(text: string, d: Span): boolean {
  const lineStart = text.lastIndexOf("\n", d.start - 1) + 1;
  return (
    DATELINE_BEFORE.test(text.slice(lineStart, d.start)) && DATELINE_AFTER.test(text.slice(d.end, d.end + 40))
  );
}

// "bid for the 2032 Summer Olympics", "interfere in the 2020 election": a year written
// as the modifier of something other than an engagement names that thing, not a date.
// So does a day after "the" or a possessive that names no occasion leaders meet at: "the
// October 26 midterm elections", "its March 1 deadline", "the Oct. 7 attacks" (not "the
// May 9 parade", "the June 12 summit" or "next Tuesday morning"); and not as a point in
// time ("the day after the October 26 run-off" is near it).
const DETERMINER_BEFORE = /\b(?:the|a|an|its|his|her|their|this|that|our|next)\s+$/i;
const DAY_DETERMINER_BEFORE = /\b(?:the|its|his|her|their|our)\s+$/i;
const MODIFIES = /^\s+((?:[\p{L}\p{N}-]+\s+){0,3}[\p{L}\p{N}-]+)/u;
const ENGAGEMENT_WORD =
  /\b(?:summits?|meetings?|talks|visits?|trips?|tours?|calls?|conversations?|encounters?|dinners?|lunch|luncheon|banquet|negotiations?|session|sessions|bilaterals?)\b/i;
const NOT_MODIFIED =
  /^(?:and|or|but|to|in|on|at|of|for|with|by|when|as|after|before|was|were|is|are|had|has)$/i;
const NOT_AN_OCCASION =
  /\b(?:elections?|votes?|polls|ballots?|referendums?|referenda|run-?offs?|primar(?:y|ies)|midterms?|deadlines?|inaugurations?|attacks?|strikes?|bombings?|coups?|invasions?|earthquakes?|ceasefires?|truces?)\b/i;
const RELATIVE_TO = /\b(?:after|following|before|ahead of|eve of|since|until)\s+\S+\s+$/i;
const TIME_OF_DAY = /^(?:morning|afternoon|evening|night|midday|noon|dawn|overnight)$/i;

function namesAnotherThing(text: string, d: DateMention): boolean {
  if (d.endDate) return false;
  const before = text.slice(Math.max(0, d.start - 8), d.start);
  if (d.precision === "month") return false;
  if (!(d.precision === "year" ? DETERMINER_BEFORE : DAY_DETERMINER_BEFORE).test(before)) return false;
  if (d.precision === "day" && RELATIVE_TO.test(text.slice(Math.max(0, d.start - 24), d.start))) return false;
  const words = MODIFIES.exec(text.slice(d.end, d.end + 60))?.[1];
  const first = words?.split(/\s+/)[0] ?? "";
  if (!words || NOT_MODIFIED.test(first)) return false;
  if (d.precision !== "year" && (!/^\p{Ll}/u.test(first) || TIME_OF_DAY.test(first))) return false;
  // A day names only what no meeting is held at: "the June 6 commemorations" or "the May
  // 9 parade" may be where the leaders met.
  if (d.precision !== "year") return NOT_AN_OCCASION.test(words);
  return !ENGAGEMENT_WORD.test(words);
}

/** The dates that may date what the sentence reports at `anchor` (any of its events without one). */
export function eventDates(ctx: ArticleContext, index: number, anchor?: Span): DateMention[] {
  const found = datesNear(ctx, index, anchor);
  // "MOSCOW, April 12 (Wire) - Putin met Witkoff on Friday": the dateline's day is when
  // the report was filed; the lead's own date, where it has one, is the meeting's.
  const own = found.filter((d) => !inDateline(ctx.text, d));
  return own.length ? own : found;
}

function datesNear(ctx: ArticleContext, index: number, anchor?: Span): DateMention[] {
  const s = ctx.sentences[index];
  if (anchor && ANNOUNCED_AFTER.test(ctx.text.slice(anchor.end, anchor.end + 80))) return [];
  // A date of the journey the engagement is the purpose of does not date the engagement.
  const journey = s && anchor ? journeyEnd(ctx.text, s, anchor) : -1;
  return (ctx.dates[index] ?? []).filter(
    (d) =>
      d.start >= journey &&
      !bounds(ctx.text, d, anchor, s?.start) &&
      !commemorated(ctx.text, d, anchor, s?.start) &&
      !ofTheReport(ctx.text, d, anchor, s?.start) &&
      !aboutAPerson(ctx.text, d, anchor, s?.start) &&
      !namesAnotherThing(ctx.text, d) &&
      !ofAnotherClause(ctx.text, d, anchor) &&
      !belongsToRecalled(ctx, index, d, anchor),
  );
}

// ", and the White House said Blinken would travel": a clause joined by "and" with a
// subject of its own, between the date and the engagement.
const AND_NEW_SUBJECT = /,\s+and\s+(?:the\s+)?\p{Lu}[^,;:]*?\s(?:said|says|added|announced|confirmed)\b/u;

/**
 * "Yellen is due to arrive in Guangzhou later this week …, and the White House said
 * Blinken would travel to China in the coming weeks": a date in the clause before an
 * "and" that opens a report of its own dates that clause, not the engagement after it.
 */
function ofAnotherClause(text: string, d: Span, anchor: Span | undefined): boolean {
  return !!anchor && d.end <= anchor.start && AND_NEW_SUBJECT.test(text.slice(d.end, anchor.start));
}
