import type { Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import {
  POSSESSIVE_NOT_PARTICIPANT,
  SPEAKER_AFTER,
  SPEAKER_AT_OWN_OCCASION,
  SPEAKER_BEFORE,
} from "./cues.ts";
import { inside, referenceSpans } from "./references.ts";
import { travelledSince } from "./since-visit.ts";
import { type Trigger, triggersIn } from "./triggers-in.ts";

export interface Participant {
  id: string;
  mention: Span;
  /** Named by a group ("the two presidents"): the subject of the verb after it. */
  group?: boolean;
}

const CLAUSE_OPENING = /,\s*(?:where|when|and|but|after which)\s+$/;

/** A pronoun opening a clause in which another official is named after it. */
function ownClause(
  ctx: ArticleContext,
  index: number,
  m: { start: number; end: number; officialIds: string[] },
) {
  if (!CLAUSE_OPENING.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))) return false;
  return ctx.officials.mentions.some(
    (x) =>
      x.sentence === index && x.start >= m.end && !x.officialIds.some((id) => m.officialIds.includes(id)),
  );
}

// "Putin met Li, and the two presidents then had tea": a group that opens a new clause
// names its officials again, as that clause's subject.
const NEW_CLAUSE = /,\s*(?:and|while|then)\s/;

// "after the meeting with President Biden": Biden belongs to another event.
const OTHER_EVENT_BEFORE =
  /\b(?:after|before|ahead of|following|since|in preparation for|preparing for)\s+(?:the|their|a)\s+(?:[\w-]+\s+)?(?:meeting|talks|summit|call|visit|trip|encounter)\s+(?:with|between)\s+(?:(?:President|Premier|Prime Minister|Mr\.|Ms\.)\s+)?$/i;
/**
 * "Kishida was kept waiting two hours before a meeting with Putin": when the occasion
 * the phrase names is the sentence's only engagement, it is no other event but the one
 * the sentence reports, and its official takes part.
 */
function onlyEngagement(text: string, m: Span, triggers: Trigger[]): boolean {
  const own = triggers.filter((t) => t.end <= m.start && m.start - t.end <= 40);
  // "after a meeting with Kristersson hosted by Stoltenberg": who hosted that occasion
  // names no other.
  const hostOfIt = (t: Trigger) => t.start >= m.end && HOSTED_BY.test(text.slice(m.end, t.end + 4));
  return own.length > 0 && triggers.every((t) => own.includes(t) || hostOfIt(t));
}

const HOSTED_BY = /^,?\s+(?:(?:that|which)\s+was\s+)?(?:hosted|chaired|brokered|mediated)\s+by\s$/i;

// "Witkoff, a real estate investor and longtime friend of Trump", "Kim Yo Jong, the
// sister of leader Kim Jong Un": a person named to say whose friend, envoy, kin or
// successor someone is.
const RELATION_OF =
  /\b(?:friend|ally|envoy|emissary|aide|adviser|advisor|confidant|son-in-law|associate|critic|rival|successor|predecessor|negotiator|sister|brother|wife|husband|daughter|son|father|mother|widow|niece|nephew|cousin)\s+of\s+(?:(?:U\.S\.|US|the)\s+)?(?:(?:President|Prime Minister|Premier|Chancellor|Mr\.?|Ms\.?)\s+)?$/i;

// "…, hours after President Donald Trump publicly told Moscow to speed up": the subject of
// a closing clause set at another moment, with no engagement after it.
const ANOTHER_MOMENT =
  /\b(?:hours|days|minutes|moments|weeks|shortly|just|soon|a day|a week)\s+(?:after|before)\s+(?:(?:\p{Lu}[\p{L}.’'-]*|the|then)\s+){0,4}$/u;

// "Lavrov, who accompanied Putin to Pyongyang in June, met Choe": a relative clause about
// the official before it, with no engagement of its own, tells of another moment.
const RELATIVE_OPEN = /,\s+(?:who|whom|whose)\s[^,;:—()]*$/;
const COMPANION = /\b(?:joined|accompanied|flanked|brought|took|led|headed|with)\b/i;

function inRelativeAside(ctx: ArticleContext, index: number, m: Span, triggers: Trigger[]): boolean {
  const s = ctx.sentences[index];
  if (!s) return false;
  const open = RELATIVE_OPEN.exec(ctx.text.slice(s.start, m.start));
  if (!open) return false;
  const openAt = s.start + open.index;
  const close = /[,;:—]/.exec(ctx.text.slice(m.end, s.end));
  if (!close) return false;
  const closeAt = m.end + close.index;
  const antecedent = ctx.officials.mentions.some((x) => x.sentence === index && x.end === openAt);
  // "Putin, who was joined by Lavrov, held talks": a companion is at the meeting.
  const companion = COMPANION.test(ctx.text.slice(openAt, m.start));
  return (
    antecedent &&
    !companion &&
    !triggers.some((t) => t.start >= openAt && t.end <= closeAt) &&
    triggers.some((t) => t.start >= closeAt)
  );
}

function ofAnotherMoment(m: Span, before: string, triggers: Trigger[]): boolean {
  return ANOTHER_MOMENT.test(before) && !triggers.some((t) => t.start >= m.end);
}

// "After a morning meeting with Merkel, Trump sat down with Putin": a sentence that opens
// on an engagement of its own, not one told before, names its other party (assign()
// gives it the main clause's subject).
const FRONTED_NEW =
  /^\s*(?:After|Following|Fresh from)\s+an?\s+(?:[\p{L}\d:.'’-]+\s+){0,3}(?:meeting|talks|call|encounter)\s+with\s+$/iu;
// "After meeting Trump, the Chinese leader will head to Gyeongju": the opening recalls an
// engagement told elsewhere; its official is not at the one this sentence reports.
const FRONTED_TOLD =
  /^\s*(?:After|Following)\s+(?:meeting|seeing|(?:talking|speaking)\s+(?:to|with)|holding\s+talks\s+with)\s+(?:(?:President|Premier|Prime Minister|Mr\.|Ms\.)\s+)?$/i;
// "After two days with Biden, he sat down with Trudeau": time spent with an official
// before, told as the opening of the sentence, is not the engagement it reports.
const FRONTED_SPENT =
  /^\s*(?:After|Following)\s+(?:(?:a|an|one|two|three|four|five|six|several|\d+|his|her|their)\s+)?(?:full\s+)?(?:days?|hours?|nights?|weeks?|morning|afternoon|evening)\s+with\s+(?:(?:President|Premier|Prime Minister|Mr\.|Ms\.)\s+)?$/i;
// "After a day with Modi in Agra, Trump held talks with him": the opening's official is
// named again in the main clause.
const REFERRED_BACK = /\b(?:him|her)\b/;
// "The talks, attended by Pompeo, Bolton and Lavrov among others, ran long", "Xi,
// accompanied by Wang Yi, met …": aides in the room, not the principals who met.
const ATTENDING = /\b(?:attended|accompanied|flanked)\s+by\b(?:(?!\bamong others\b)[^;:—()])*$/i;
// "attending in place of President Xi Jinping": the one replaced is not there.
// "Besides Xi, Blinken was due to meet Wang": the one set aside is another engagement's.
const STANDING_IN_FOR =
  /\b(?:in place of|instead of|on behalf of|replacing|representing|successor to|besides|apart from|aside from|other than|except(?: for)?)\s+(?:[\p{L}.-]+\s+){0,3}$/iu;
// "to prepare the ground for President Xi Jinping to attend the summit in November": the
// subject of an infinitive of travel after "for" goes somewhere else, at another time. Not
// "a chance for Macron to discuss the war with his host", nor "a dinner for Biden to mark
// the end of the summit": other verbs may be the engagement's own.
const FOR_BEFORE = /\bfor\s+(?:[\p{L}.’'-]+\s+){0,4}$/u;
const TO_DO_AFTER =
  /^\s+to\s+(?:attend|travel|come|go|head|fly|arrive|return|address|take\s+part|make\s+(?:a|an|his|her|the)\s+(?:[\p{L}-]+\s+)?(?:visit|trip)|pay\s+(?:a|an|his|her|the)\s+(?:[\p{L}-]+\s+)?visit)\b/u;

// "handed Kim a personal letter from President Putin": the sender of what was handed over
// is not in the room.
const SENT_FROM =
  /\b(?:letters?|messages?|greetings|notes?|congratulations|condolences|gifts?)\s+from\s+(?:[\p{L}.-]+\s+){0,4}$/iu;
const MEETING_WITH_AFTER =
  /^[’']s\s+(?:[\w-]+\s+){0,2}(?:meetings?|talks|call|encounter|summit|dinner)\s+with\b/i;
const EVENT_NOUN_AFTER =
  /^[’']s\s+(?:[\w-]+\s+){0,2}(?:meetings?|talks|visits?|trips?|tour|journey|mission|stay|leg|calls?|conversations?|sessions?|encounter|summit|dinner|lunch|luncheon|breakfast|banquet|reception|audience|bilateral|sit-down|round|day|schedule|programme)\b/i;

/**
 * "Meloni said after two hours of talks with Kishida that …": the speaker's reporting
 * verb is followed by an occasion (at/after/during …) that holds an engagement trigger
 * before the reported clause begins (that, a quote, a semicolon), so it is the speaker's.
 */
function ownOccasion(ctx: ArticleContext, index: number, m: Span): boolean {
  const rest = ctx.text.slice(m.end, ctx.sentences[index]?.end ?? m.end);
  const occasion = SPEAKER_AT_OWN_OCCASION.exec(rest);
  if (!occasion) return false;
  const from = m.end + occasion[0].length;
  const reported = /\bthat\b|[“";]/.exec(ctx.text.slice(from, ctx.sentences[index]?.end ?? from));
  const to = reported ? from + reported.index : (ctx.sentences[index]?.end ?? from);
  return triggersIn(ctx, index).some((t) => t.start >= from && t.end <= to);
}

// "Speaking after talks with his Indian counterpart in New Delhi, Austin said …": the
// fronted participle's occasion is the speaker's own.
// "In a telephone conversation on July 9, Pezeshkian told Putin …": so too an opening
// that names the engagement the speaker's words were said in.
const FRONTED_OCCASION =
  /^(?:(?:Speaking|Talking|Writing)\s+(?:to (?:reporters|journalists)\s+)?(?:after|at|during|following)\b|(?:In|During)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:call|conversation|talks|meeting)\b)[^;:]*?,\s*/;

function frontedOccasion(ctx: ArticleContext, index: number, m: Span): boolean {
  const s = ctx.sentences[index];
  const fronted = s ? FRONTED_OCCASION.exec(s.text) : null;
  if (!s || !fronted) return false;
  const end = s.start + fronted[0].length;
  return m.start >= end && triggersIn(ctx, index).some((t) => t.end <= end);
}

// "Blinken said he had informed Wang … in a phone call", "Nehammer said his meeting with
// Putin had been tough", "Sheinbaum said Monday she had spoken by phone with Trump": the
// speaker reports their own engagement (not "said his team
// held talks", nor "told Trump his talks with Ukraine …").
const SAID_HE =
  /^[’']?s?\s*(?:,[^,]{0,60},\s*)?(?:said|says|told \w+|stated|added)\s+(?:(?:(?:on|late|early)\s+)?(?:\w+day|yesterday|today|tonight|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|on\s+\w+)\s+)?(?:that\s+)?(?:he|she|(?<=\b(?:said|says|stated|added)\s+(?:that\s+)?)(?=(?:his|her)\s+(?:(?:phone|telephone|video|first|last|recent|latest|brief|bilateral|one-on-one|face-to-face)\s+)?(?:meeting|talks|call|conversation|encounter|dinner|discussions)\b))\b/;

/** The speaker is the subject ("he", "she") of a reported clause that holds an engagement trigger. */
function ownReport(ctx: ArticleContext, index: number, m: Span): boolean {
  const said = SAID_HE.exec(ctx.text.slice(m.end, m.end + 120));
  if (!said) return false;
  const from = m.end + said[0].length;
  return triggersIn(ctx, index).some((t) => t.start >= from);
}

/** Officials taking part in what the sentence reports: speakers and bystanders excluded. */
export function participantsIn(
  ctx: ArticleContext,
  index: number,
  // The sentence's engagement triggers (readSentence has them already).
  triggers: Trigger[] = triggersIn(ctx, index),
): { participants: Participant[]; speakers: Participant[] } {
  const participants: Participant[] = [];
  const speakers: Participant[] = [];
  const references = referenceSpans(ctx, index);
  const grouped = new Set<string>();

  for (const m of ctx.officials.mentions.filter((x) => x.sentence === index && !inside(x, references))) {
    const after = ctx.text.slice(m.end, m.end + 80);
    const tail = /[’']s$/.test(m.text) ? ctx.text.slice(m.end - 2, m.end + 60) : after;
    // The sentence's own words: "… other than Singapore.\n\nMr. Pompeo began" sets no one aside.
    const sentenceStart = ctx.sentences[index]?.start ?? 0;
    const before = ctx.text.slice(Math.max(sentenceStart, m.start - 80), m.start);
    const opening = ctx.text.slice(sentenceStart, m.start);
    const fronted = FRONTED_NEW.test(opening);
    if (
      (OTHER_EVENT_BEFORE.test(before) && !fronted && !onlyEngagement(ctx.text, m, triggers)) ||
      FRONTED_TOLD.test(opening) ||
      (FRONTED_SPENT.test(opening) &&
        !REFERRED_BACK.test(ctx.text.slice(m.end, ctx.sentences[index]?.end))) ||
      STANDING_IN_FOR.test(before) ||
      SENT_FROM.test(before) ||
      (FOR_BEFORE.test(before) && TO_DO_AFTER.test(after)) ||
      ATTENDING.test(opening) ||
      RELATION_OF.test(before) ||
      ofAnotherMoment(m, before, triggers) ||
      inRelativeAside(ctx, index, m, triggers) ||
      // "the first state visit since Lee Myung-bak's in 2011": the trip counted from is
      // added on its own (addSinceVisits); its traveller is not at this one. ("since
      // Marcos's visit" names the visit: the possessive below decides.)
      (travelledSince(ctx.text, m, sentenceStart) && !EVENT_NOUN_AFTER.test(tail))
    )
      continue;
    // "the anniversary of de Gaulle's recognition of China": a possessive takes part only
    // in an occasion it names, whether or not the mention took in the "'s".
    const possessive = /[’']s$/.test(m.text) ? tail : /^[’']s\b/.test(after) ? after : null;
    if (possessive ? !EVENT_NOUN_AFTER.test(possessive) : POSSESSIVE_NOT_PARTICIPANT.test(after)) continue;
    // "Brazil's ambassador to China, Marcos Galvao, told reporters": a mention that holds
    // its own apposition is closed by the comma before the speaker's verb.
    const closedApposition =
      m.text.includes(",") &&
      /^\s*,/.test(after) &&
      !/^\s*,\s*\w+\s+by\b/.test(after) &&
      SPEAKER_AFTER.test(after.replace(/^\s*,/, ""));
    const isSpeaker =
      ((SPEAKER_AFTER.test(after) || closedApposition) &&
        !ownOccasion(ctx, index, m) &&
        !ownReport(ctx, index, m) &&
        !frontedOccasion(ctx, index, m)) ||
      SPEAKER_BEFORE.test(before);
    // "The two leaders reviewed … since Marcos's visit": the possessive says whose visit
    // it is, which the group mention before it cannot.
    const owns = /^[’']s\b/.test(after) || /[’']s$/.test(m.text);
    // "Shoigu's talks with Kim … paved the way for Kim's first summit with Putin": named
    // again as the owner of another meeting, the official takes part in that one too.
    const ownsAnother = /[’']s$/.test(m.text) && MEETING_WITH_AFTER.test(tail);
    for (const id of m.officialIds) {
      const list = isSpeaker ? speakers : participants;
      // "Kim met Lee on Sunday; Trump lunched with Mr Lee on Monday": after a semicolon
      // an official named again takes part in the second clause too.
      // So does one named again after another engagement's verb ("talks with Biden and
      // then joined a trilateral meeting with Biden and Yoon").
      const known = list.findLast((p) => {
        const between = ctx.text.slice(p.mention.end, m.start);
        const verbBetween = triggers.some(
          (t) => t.start >= p.mention.end && t.end <= m.start && /\b(?:then|later|and)\b/i.test(between),
        );
        return (
          p.id === id &&
          !/;/.test(between) &&
          // "Trump said at the White House, where he was hosting Rutte": the pronoun is the
          // subject of a clause of its own, and of the engagement with the official after it.
          !(m.kind === "pronoun" && ownClause(ctx, index, m)) &&
          !(m.kind === "group" && NEW_CLAUSE.test(between)) &&
          !verbBetween &&
          !(ownsAnother && triggers.some((t) => t.start >= p.mention.end && t.end <= m.start))
        );
      });
      if (!known) {
        list.push(m.kind === "group" ? { id, mention: m, group: true } : { id, mention: m });
        if (m.kind === "group") grouped.add(id);
      } else if (owns && grouped.has(id)) known.mention = m;
    }
  }
  return { participants, speakers };
}

export { isNegated, type Trigger, triggersIn } from "./triggers-in.ts";
