import type { Sentence } from "../types.ts";
import { assign } from "./assign.ts";
import type { ArticleContext } from "./context.ts";
import { ANAPHORA } from "./cues.ts";
import type { Draft } from "./draft.ts";
import { engages, summitSettings } from "./engagement.ts";
import { type Participant, participantsIn, type Trigger, triggersIn } from "./sentence-facts.ts";

/** What the walk over an article's sentences carries from one sentence to the next. */
export interface Walk {
  /** The events found so far, in the order they were first reported. */
  drafts: Draft[];
  /** The event the last reporting sentence was about: the referent of "the meeting", the owner of topics. */
  focus: Draft | null;
  /** The index of that sentence. */
  focusAt: number;
  /** The last sentence after `focusAt` that said what the focus discussed: the passage goes on. */
  discussedAt: number;
}

export const startWalk = (): Walk => ({ drafts: [], focus: null, focusAt: -1, discussedAt: -1 });

/** The events a sentence reported become the focus; the first of them is what it was about. */
export function moveFocus(walk: Walk, touched: Draft[], s: Sentence) {
  walk.focus = touched[0] ?? walk.focus;
  walk.focusAt = s.index;
  walk.discussedAt = s.index;
}

/** One sentence as the walk reads it. */
export interface Reading {
  s: Sentence;
  /** Officials taking part in what it reports. */
  participants: Participant[];
  /** Officials it quotes. */
  speakers: Participant[];
  triggers: Trigger[];
  /** "the meeting", "the upcoming summit": a noun that may refer to an event already reported. */
  anaphor: RegExpExecArray | null;
  /** The officials each trigger takes. */
  groups: Map<Trigger, Participant[]>;
  /** The triggers that took any. */
  active: Trigger[];
}

export function readSentence(ctx: ArticleContext, s: Sentence): Reading {
  const own = triggersIn(ctx, s.index);
  const { participants, speakers } = participantsIn(ctx, s.index, own);
  const triggers = [...own, ...summitSettings(ctx, s)];
  const anaphor = definite(ANAPHORA.exec(s.text), s.text);
  const groups = assign(ctx.text, participants, triggers, (g, t) => engages(ctx, s, g, t, triggers));
  openingOccasion(ctx, s, triggers, groups);
  mealAsOccasion(ctx.text, triggers, groups);
  occasionInApposition(ctx.text, triggers, groups);
  hostedFor(ctx.text, triggers, groups);
  hostedNoun(ctx.text, triggers, groups);
  occasionWhere(ctx, s, groups, participants);
  const active = triggers.filter((t) => (groups.get(t)?.length ?? 0) > 0);
  return { s, participants, speakers, triggers, anaphor, groups, active };
}

// "In a telephone conversation on July 9, days after his election, Pezeshkian told Putin
// that …": an opening that names the engagement, then the clause of its officials.
const OPENING_OCCASION =
  /^(?:In|During)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:call|conversation|talks|meeting)\b[^;:]*?,\s*/;

/**
 * The officials of the clause after an opening engagement ("In a phone call on Monday,
 * Biden told Xi that …") are that engagement's, wherever the words they said go on to
 * place or date something else ("… ready to sign at the BRICS summit in October").
 */
function openingOccasion(
  ctx: ArticleContext,
  s: Sentence,
  triggers: Trigger[],
  groups: Map<Trigger, Participant[]>,
) {
  const opening = OPENING_OCCASION.exec(s.text);
  if (!opening) return;
  const end = s.start + opening[0].length;
  const occasion = triggers.find((t) => t.end <= end);
  if (!occasion) return;
  const clause = / that |;/.exec(ctx.text.slice(end, s.end));
  const until = clause ? end + clause.index : s.end;
  const own = [...groups.values()].flat().filter((p) => p.mention.start >= end && p.mention.end <= until);
  if (!engages(ctx, s, own, occasion, triggers)) return;
  for (const [t, g] of groups) groups.set(t, t === occasion ? own : g.filter((p) => !own.includes(p)));
}

// Between a meeting's verb and the meal it was held over: its guests, "for", "over", an
// article and a word or two ("hosted Lula for an informal dinner", "met over tea"); not a
// sequence ("met … before a banquet", "and then dined").
const OVER_A_MEAL =
  /^\s+(?:(?:\p{Lu}[\p{L}.'’-]*|da|de|do|dos|bin|al|von|van|der|him|her|them)\s+){0,9}(?:(?:for|to|over)\s+)?(?:(?:an?|the|their|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
const SEQUENCE = /\b(?:before|after|ahead|then|and|following|later|earlier)\b/i;

/**
 * "met over tea", "hosted Modi for an informal dinner": the meal is the occasion (a
 * dinner, in the guidelines' terms), so the meeting's officials go to the meal's trigger (one occasion, not two events).
 */
function mealAsOccasion(text: string, triggers: Trigger[], groups: Map<Trigger, Participant[]>) {
  for (const t of triggers) {
    const officials = groups.get(t);
    if (t.kind !== "in_person" || !officials?.length) continue;
    const meal = triggers.find((d) => {
      if (d.kind !== "dinner" || d.start < t.end) return false;
      const own = groups.get(d) ?? [];
      if (own.some((p) => !officials.some((o) => o.id === p.id))) return false;
      const between = text.slice(t.end, d.start);
      return (between === " " || OVER_A_MEAL.test(between)) && !SEQUENCE.test(between);
    });
    if (!meal) continue;
    const own = groups.get(meal) ?? [];
    groups.set(meal, [...officials, ...own.filter((p) => !officials.some((o) => o.id === p.id))]);
    groups.delete(t);
  }
}

// "… sitting down with Sharaa, in an encounter hosted by the crown prince and joined by
// phone by Erdogan": the noun after the verb's clause names the same occasion.
const IN_APPOSITION = /^[^.;:]*,\s+(?:in|at)\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?$/u;
const OCCASION_NOUN = /^(?:encounter|meeting|session|talks)$/i;
// Who hosted, chaired or joined it, right after the noun.
const BY_WHOM = /^\s+(?:(?:that|which)\s+(?:was\s+)?)?$/i;

/**
 * The officials of an occasion noun in apposition to a verb's engagement, and of the
 * passive "hosted" right after it, take part in that engagement: one occasion, not two.
 */
function occasionInApposition(text: string, triggers: Trigger[], groups: Map<Trigger, Participant[]>) {
  for (const [i, noun] of triggers.entries()) {
    const verb = triggers[i - 1];
    if (!verb || !OCCASION_NOUN.test(noun.text) || !groups.get(verb)?.length) continue;
    if (!IN_APPOSITION.test(text.slice(verb.end, noun.start))) continue;
    const host = triggers[i + 1];
    const hosted = host && /^hosted$/i.test(host.text) && BY_WHOM.test(text.slice(noun.end, host.start));
    const joining = [...(groups.get(noun) ?? []), ...(hosted ? (groups.get(host) ?? []) : [])];
    const own = groups.get(verb) ?? [];
    groups.set(verb, [...own, ...joining.filter((p) => !own.some((o) => o.id === p.id))]);
    groups.set(noun, []);
    if (hosted) groups.set(host, []);
  }
}

// "hosted his Chinese counterpart at the Elysée on Tuesday for a meeting with Merkel and
// Juncker": a host's verb, its guest, where and when, then the occasion it was for.
const HOSTED_FOR = /^(?:hosted|received|welcomed|invited)$/i;
const FOR_OCCASION = /^[^.;:]*?\bfor\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * The host and guest of a reception "for a meeting with" others take part in that
 * meeting, with those named after it: one occasion, not a visit beside a meeting of the
 * others alone.
 */
function hostedFor(text: string, triggers: Trigger[], groups: Map<Trigger, Participant[]>) {
  for (const [i, verb] of triggers.entries()) {
    const occasion = triggers[i + 1];
    const own = groups.get(verb) ?? [];
    if (!occasion || !HOSTED_FOR.test(verb.text) || !own.length || occasion.kind === "visit") continue;
    const between = text.slice(verb.end, occasion.start);
    if (!FOR_OCCASION.test(between) || SEQUENCE.test(between)) continue;
    const joining = groups.get(occasion) ?? [];
    groups.set(occasion, [...own, ...joining.filter((p) => !own.some((o) => o.id === p.id))]);
    groups.set(verb, []);
  }
}

// "a meeting with Kristersson hosted by Stoltenberg": the noun, its "with" object, then
// who hosted it, in one phrase.
const WITH_THEN_HOSTED = /^\s+with\s+[^,;:.]{1,80}\s$/;

/** The host named by a passive "hosted by" right after an occasion's noun is at that occasion. */
function hostedNoun(text: string, triggers: Trigger[], groups: Map<Trigger, Participant[]>) {
  for (const [i, host] of triggers.entries()) {
    const noun = triggers[i - 1];
    if (!noun || noun.kind === "visit" || !/^hosted$/i.test(host.text)) continue;
    if (!/^\s+by\b/i.test(text.slice(host.end, host.end + 4))) continue;
    if (!WITH_THEN_HOSTED.test(text.slice(noun.end, host.start))) continue;
    // The two may have been joined already (assign's joinFailing), under the later verb.
    const own = groups.get(noun) ?? [];
    const hosts = groups.get(host) ?? [];
    if (!hosts.length) continue;
    groups.set(noun, [...own, ...hosts.filter((p) => !own.some((o) => o.id === p.id))]);
    groups.set(host, []);
  }
}

// "… since the June 12 summit in Singapore, where Mr. Trump and Mr. Kim signed a pledge":
// an occasion, its place, then who was there.
const OCCASION_WHERE =
  /\b(?:summit|meeting|talks|encounter)(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?,\s+where\s+/gu;
const JOINED = /^(?:,\s+|\s+and\s+|,\s+and\s+)$/;

/**
 * The officials named at the start of a "where" clause after an occasion noun were at that
 * occasion (its noun's trigger, when it is one), not at the engagement the rest of the
 * sentence reports.
 */
function occasionWhere(
  ctx: ArticleContext,
  s: Sentence,
  groups: Map<Trigger, Participant[]>,
  participants: Participant[],
) {
  const mentions = [...participants].sort((a, b) => a.mention.start - b.mention.start);
  for (const m of s.text.matchAll(OCCASION_WHERE)) {
    const at = s.start + (m.index ?? 0) + m[0].length;
    const first = mentions.find((p) => p.mention.start >= at);
    if (
      !first ||
      /\S/.test(ctx.text.slice(at, first.mention.start).replace(/^(?:the\s+)?\p{Lu}[\p{L}.]*\s+/u, ""))
    )
      continue;
    const own = [first];
    for (const p of mentions.slice(mentions.indexOf(first) + 1)) {
      const last = own[own.length - 1] as Participant;
      if (!JOINED.test(ctx.text.slice(last.mention.end, p.mention.start))) break;
      own.push(p);
    }
    // The occasion's own noun, where it is a trigger, takes them.
    const noun = s.start + (m.index ?? 0);
    const occasion = [...groups.keys()].find((t) => t.start === noun);
    for (const [t, g] of groups)
      groups.set(
        t,
        t === occasion ? [...g, ...own.filter((p) => !g.includes(p))] : g.filter((p) => !own.includes(p)),
      );
  }
}

// "would skip the summit", "boycotted the talks": an occasion the subject stays away from
// ("never misses the talks" is there).
const ABSENT_FROM =
  /(?<!\b(?:never|not|n['’]t)\s+)\b(?:skip(?:s|ped|ping)?|miss(?:es|ed|ing)?|boycott(?:s|ed|ing)?|snub(?:s|bed|bing)?|stay(?:s|ed|ing)?\s+away\s+from|pull(?:s|ed|ing)?\s+out\s+of|absent\s+from)\s+$/i;

/**
 * "a planned meeting of political advisers", "another summit": an indefinite noun phrase
 * introduces an occasion; only a definite one ("the planned meeting") refers back, and
 * not one its subject stays away from.
 */
function definite(m: RegExpExecArray | null, text: string): RegExpExecArray | null {
  if (!m) return null;
  const before = text.slice(Math.max(0, m.index - 30), m.index);
  return /\b(?:a|an|another)\s+$/i.test(before) || ABSENT_FROM.test(before) ? null : m;
}
