import type { Span } from "../types.ts";

// How far apart two spans of a sentence are, for pairing a trigger with its date, place
// or official: characters, with clause boundaries counting as a long way.

const distance = (a: Span, b: Span) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

/** The item nearest to the anchor span. */
export function nearest<T extends Span>(items: T[], anchor: Span): T | undefined {
  return [...items].sort((a, b) => distance(a, anchor) - distance(b, anchor))[0];
}

const CLAUSE_BREAK = /[,;:—]|\s(?:that|when|while|whereas|after|before)\s/;

/** Distance in characters, a clause boundary between the two counting as a long way. */
export function clauseCost(text: string, a: Span, b: Span): number {
  const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  const gap = Math.abs(to - from);
  // "met again in Dushanbe that July": "that" right before a date is its determiner.
  const between = text.slice(Math.min(from, to), Math.max(from, to)).replace(/\sthat\s+$/, " ");
  // "in Doha on Wednesday, only hours after sitting down in Riyadh": a clause of another
  // time is farther than a comma, however long the name before the place ran.
  return gap + (CLAUSE_BREAK.test(between) ? 60 : 0) + (TIME_CLAUSE.test(between) ? 200 : 0);
}

// "his first summit with U.S. President Donald Trump, slated for Monday": the period of
// an initial ("U.S.") is no sentence's end.
const SET_FOR = /^(?:[^,;.]|(?<=\b[A-Z])\.){0,80},\s+(?:set|scheduled|slated)\s+for\s+$/;

const TIME_CLAUSE = /\b(?:hours|days|minutes|shortly|just|soon|only)\s+(?:after|before)\s/i;

// "spoke in March and had met in Bali in November": a verb coordinated after "and" (an
// auxiliary or adverb between) starts its own clause; what comes before "and" is the
// first verb's.
// "and was due to hold talks", "and is expected to meet": a plan's auxiliary after "and".
export const PLANNED_AUX = String.raw`(?:(?:is|are|was|were)\s+(?:also\s+|later\s+)?(?:due|set|expected|scheduled|slated|poised)\s+to|(?:is|are|was|were)\s+to|plans?\s+to|planned\s+to)\s+`;
const JOINED_BEFORE = new RegExp(
  String.raw`\sand\s+(?:(?:had|have|has|would|will|also|last|later|then|previously|earlier|first|already|again)\s+){0,2}(?:${PLANNED_AUX})?$`,
  "i",
);

// "… and flew to Kyiv the next day to meet Zelensky": a journey coordinated with the
// clause before, made to meet someone: the subject's (subjects.ts), and a clause of its own.
export const JOURNEY_FOR =
  /\sand\s+(?:(?:later|then|also)\s+)?(?:flew|travell?ed|went|headed|drove|returned)\s+to\s+[^,;]{1,60}?\s+to\s+$/i;

export const NOUN_JOINED = /\sand\s+(?:an?|another)\s+(?:[\p{L}-]+\s+){0,2}$/u;

// Only a verb opens a clause: "Saudi Arabia, Qatar and Israel" is one list.
const VERB = /^(?:met|meet|meets|held|hold|holds|spoke|speaks|talked|sat|saw|dined|conferred|\p{Ll}+ed)\b/u;

/** The nearest item, preferring the anchor's own clause. */
export function nearestInClause<T extends Span>(text: string, items: T[], anchor: Span): T | undefined {
  const verb = VERB.test(text.slice(anchor.start, anchor.end));
  const before = text.slice(Math.max(0, anchor.start - 40), anchor.start);
  // "a video call with Xi on Dec. 7 and a phone call with Putin on Dec. 30": a noun joined
  // by "and a" opens its own clause too.
  const joined = verb ? JOINED_BEFORE.exec(before) : NOUN_JOINED.exec(before);
  const split = joined ? anchor.start - joined[0].length : -1;
  // The other way round: "held talks with Putin at the Kremlin on Feb. 7 and met Zelensky
  // in Kyiv": a place or date before "and met" is the first verb's, not the joined one's.
  const joinedAfter = (item: T) =>
    item.start >= anchor.end &&
    VERB.test(text.slice(item.start, item.end)) &&
    (JOINED_BEFORE.test(text.slice(anchor.end, item.start)) ||
      JOURNEY_FOR.test(text.slice(anchor.end, item.start)));
  // "his first meeting with Xi, set for Monday": the plan's day, told of the noun itself,
  // whatever day stands nearer; not when another item stands between ("met Lavrov on
  // Tuesday to prepare a summit, set for Friday": Friday is the summit's).
  const setFor = (item: T) =>
    !verb &&
    item.start >= anchor.end &&
    SET_FOR.test(text.slice(anchor.end, item.start)) &&
    !items.some((x) => x !== item && x.start >= anchor.end && x.end <= item.start);
  return items
    .map((item) => ({
      item,
      cost: setFor(item)
        ? 0
        : clauseCost(text, item, anchor) + (item.end <= split || joinedAfter(item) ? 60 : 0),
    }))
    .sort((a, b) => a.cost - b.cost)[0]?.item;
}

// Where a coordinated clause with words of its own begins or ends: "…, and Xi also saw
// Khurelsukh separately" is another clause's. (The sentence's full stop ends it anyway;
// an abbreviation's — "Mr. Putin", "U.S." — does not.)
const CLAUSE_JOIN = /[;:]|,\s+(?:and|but|while|whereas)\s/g;

/**
 * A trigger's own clause in its sentence: from the last clause joint before its first
 * official (or the trigger) to the first one after the trigger. "In separate meetings on
 * Thursday, Xi met Putin and Khurelsukh" is one clause: a fronted phrase belongs to it.
 */
export function clauseOf(s: { start: number; text: string }, t: Span, officials: Span[]): string {
  const first = Math.min(t.start, ...officials.map((p) => p.start)) - s.start;
  const joints = [...s.text.matchAll(CLAUSE_JOIN)];
  const before = joints.filter((m) => (m.index ?? 0) + m[0].length <= first).at(-1);
  const from = before ? (before.index ?? 0) + before[0].length : 0;
  const end = t.end - s.start;
  const after = joints.find((m) => (m.index ?? 0) >= end);
  return s.text.slice(from, after?.index ?? s.text.length);
}
