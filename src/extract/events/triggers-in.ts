import type { EventKind } from "../../schemas/extraction.ts";
import type { Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { NEGATED, TRIGGERS } from "./cues.ts";
import { recalledIn } from "./recalled.ts";
import { inside, referenceSpans } from "./references.ts";

// The engagement triggers of a sentence (verbs and nouns of meeting, calling, visiting,
// dining), without those that name another occasion, a greeting or a denial.

// "A screen was not as good as a face-to-face meeting", "no substitute for talks": a
// meeting named only to compare is no engagement.
const GENERIC_BEFORE =
  /\b(?:(?:as good as|better than|worse than|rather than|instead of|substitute for|no match for)\s+(?:an?\s+)?|like\s+an?\s+)(?:[\w-]+\s+)?$/i;

// "calling the reports of a 'secret dinner' with Putin 'sick'", "amid speculation about a
// meeting": an occasion others claim, which the sentence does not report as having been.
// Rumours and speculation are unconfirmed by their nature; reports, claims and allegations
// only where the sentence disputes them ("confirmed reports of a second meeting" is one).
const CLAIMED_BEFORE =
  /(?:\b(?:rumou?rs?|speculation)|\b(?:dismiss\w*|den(?:y|ies|ied|ying)|reject\w*|call(?:s|ed|ing)?|brush\w*(?:\s+off|\s+aside)?|ridicul\w*|deride\w*|amid|despite)\s+(?:the\s+|media\s+|press\s+|these\s+|those\s+)?(?:reports?|claims?|allegations?))\s+(?:of|about)\s+(?:an?\s+|the\s+)?(?:["“‘']?[\w-]+\s+){0,3}["“‘']?$/i;
// "denied a Washington Post report that Trump had spoken by phone with Putin": what the
// disputed report says, as the verb of its clause ("did not deny reports that …"
// confirms; "rejected allegations that China was arming Russia when he met Putin" does
// not dispute the meeting).
// "denied reports in Russian media that the call was a prelude to a trip by Macron": an
// occasion the denied report's clause names with "a" is the report's claim too.
const DENIED_REPORT =
  /(?<!\b(?:not|never|n['’]t)\s+)\b(?:den(?:y|ies|ied|ying)|dismiss\w*|reject\w*)\s+(?:(?:a|an|the|media|press)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:reports?|claims?|allegations?)(?:\s+(?:in|by|from)\s+[^,;]{1,40}?)?\s+that\s+(?:[^;,]{0,100}?\b(?:had|has|have|would|will|was\s+to|were\s+to|planned\s+to|was\s+going\s+to)\s+(?:(?:secretly|already|also|been)\s+)?|[^;,]{0,100}?\b(?:a|an)\s+(?:[\p{L}-]+\s+)?)$/u;

// "stepped off the train at the central station and were met by the foreign minister",
// "he was met by the host; the two greeted each other and posed for photographers": a
// greeting, which the guidelines do not count as a meeting.
const MET_ON_ARRIVAL = /\b(?:was|were|been|being)\s+(?:met|greeted|welcomed|received)$/i;
const ARRIVAL =
  /\b(?:airport|airbase|air base|station|tarmac|on arrival|upon arrival|on landing|stepped off|got off|disembarked|landed|greeted each other|posed for (?:photographers|photos|pictures|the cameras))\b/i;
const greetedOnArrival = (verb: string, sentence: string) =>
  MET_ON_ARRIVAL.test(verb) && ARRIVAL.test(sentence);
// "Vucic met him on the tarmac with the prime minister …", "welcomed Xi at the airport":
// the active greeting, told by where it happened right after its object.
const AT_ARRIVAL_AFTER =
  /^\s+(?:(?:him|her|them|the\s+(?:guest|visitor|visiting\s+[\p{Ll}-]+))|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,6})\s+(?:on\s+the\s+tarmac|at\s+the\s+(?:[\p{Lu}][\p{L}-]*\s+){0,4}(?:[Aa]irport|[Aa]irbase|[Aa]ir\s+[Bb]ase|[Rr]ailway\s+[Ss]tation|[Ss]tation)|on\s+(?:his|her|their)?\s*arrival|upon\s+arrival|on\s+landing)\b/u;
const ACTIVE_GREETING = /^(?:met|greeted|welcomed|received)$/i;
// "… met him on the tarmac to discuss a sea corridor": a meeting held at the airport.
const HELD_THERE = /^[^.;]{0,30}?\b(?:to\s+(?:discuss|talk|hold)|for\s+(?:talks|a\s+meeting|discussions))\b/i;
function greetedAt(after: string, verb: string): boolean {
  const m = ACTIVE_GREETING.test(verb) ? AT_ARRIVAL_AFTER.exec(after) : null;
  return !!m && !HELD_THERE.test(after.slice(m[0].length));
}

// "shook hands at the opening dinner", "managed only a handshake at the gala banquet": a
// greeting at a meal the two attended, which the guidelines do not count. Not "at the
// start of their dinner": the words before the meal may not tie it to them.
const HANDSHAKE_AT =
  /\b(?:handshakes?|shook\s+hands|shak(?:e|es|ing)\s+hands|exchanged\s+(?:greetings|pleasantries)|greeted\s+each\s+other)\s+(?:at|during)\s+(?:the|a|an)\s+(?:(?!(?:of|their|his|her|its|our|and|before|after|then)\b)[\w'’-]+\s+){0,3}$/i;

// "but have not met in person", "has never visited", "held no talks": the engagement the
// clause denies. Read on the words right before the trigger, so that the sentence's other
// clauses ("have spoken by telephone twice, … but have not met") still count; "not only"
// affirms.
// "no face-to-face meeting has been scheduled": "no" and a word describing the occasion.
// "declined to play golf with Abe", "refused to meet": an engagement turned down.
// "no concrete plans for a meeting", "had no plans to meet him", "ruling out a
// face-to-face encounter": a meeting that will not happen.
const DENIED_BEFORE =
  /\b(?:without\s+(?:(?:a|an|any|the)\s+)?(?:[\w-]+\s+)?|(?:asked|questioned)\s+(?:about|on)\s+(?:a|an|the)\s+(?:possible|potential|prospective|rumou?red)\s+|(?:not|never|n['’]t|no)\s+(?:(?:yet|once|actually|formally|personally|directly|even|been|had)\s+){0,2}|no\s+(?!sooner\b|doubt\b)[\w-]+\s+|no\s+(?:[\w-]+\s+){0,2}?(?:plans?|intention|preparations?)\s+(?:for|to)\s+(?:(?:a|an|any|the|hold|have)\s+){0,2}(?:[\w-]+\s+)?|(?<!\b(?:not|without|never|n['’]t)\s+)rul(?:e|es|ed|ing)\s+out\s+(?:(?:a|an|any|the)\s+)?(?:[\w-]+\s+){0,2}|(?:declined|refused|declines|refuses)\s+to\s+(?:\w+\s+)?)$/i;
const deniedAt = (text: string, start: number, sentenceStart: number) =>
  DENIED_BEFORE.test(text.slice(Math.max(sentenceStart, start - 60), start)) &&
  !/\bnot\s+only\s+$/i.test(text.slice(Math.max(sentenceStart, start - 40), start));

const APPOSITION_BEFORE =
  /(?:\s[—–]\s*|,\s+)(?:his|her|their)\s+(?:first|second|third|last|latest|only|fifth|fourth|\d+(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+){0,2}$/u;
const READY_BEFORE =
  /\b(?:ready|willing|prepared|keen|eager|happy|open|(?:would|'d)\s+(?:like|love))\s+to\s+$/i;

export interface Trigger extends Span {
  kind: EventKind;
}

// "arrived on Monday and was met with a stern recital of complaints": a reception given
// to what someone did or said, not a meeting ("was met by Kang" is one).
const PASSIVE_MET = /\b(?:is|are|was|were|be|been|being)\s+met$/i;
const metWithReaction = (text: string, t: Trigger) =>
  /^met\b/i.test(t.text) &&
  PASSIVE_MET.test(text.slice(Math.max(0, t.start - 12), t.start + 3)) &&
  /^met\s+with\b/i.test(text.slice(t.start, t.start + 12));

// "Mourão had been received by Xi", "arrived late Saturday and was received Sunday by
// Abe": a guest received. Not "An invitation from Biden had been received by Modi": the
// official right before is where the thing received came from.
const PASSIVE_RECEIVED = /^(?:was|were|had been|has been|have been|being)\s+received$/i;
const OF_SOMETHING = /\b(?:from|of|to|with|for)\s+$/i;
function thingReceived(ctx: ArticleContext, index: number, at: number): boolean {
  const m = ctx.officials.mentions.findLast((x) => x.sentence === index && x.end <= at);
  if (!m || !/^\s*$/.test(ctx.text.slice(m.end, at))) return false;
  const s = ctx.sentences[index];
  return OF_SOMETHING.test(ctx.text.slice(Math.max(s?.start ?? 0, m.start - 12), m.start));
}

/** Every engagement trigger in the sentence, earlier table entries winning overlaps. */
// Asked for each sentence by several readings (its own, its neighbours', the date and
// place rules): worked out once per article and sentence.
const triggerMemo = new WeakMap<ArticleContext, Map<number, Trigger[]>>();
// Each trigger pattern with the global flag, made once instead of once per sentence.
const GLOBAL_TRIGGERS = TRIGGERS.map(({ kind, re }) => ({
  kind,
  re: new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`),
}));

export function triggersIn(ctx: ArticleContext, index: number): Trigger[] {
  const byIndex = triggerMemo.get(ctx) ?? new Map<number, Trigger[]>();
  triggerMemo.set(ctx, byIndex);
  const found = byIndex.get(index) ?? findTriggers(ctx, index);
  byIndex.set(index, found);
  return found.map((t) => ({ ...t }));
}

function findTriggers(ctx: ArticleContext, index: number): Trigger[] {
  const s = ctx.sentences[index];
  if (!s) return [];
  const found: Trigger[] = [];
  // An occasion recalled in passing is added on its own (addRecalledMeetings), not here.
  const references = [...referenceSpans(ctx, index), ...recalledIn(ctx, index).map((r) => r.noun)];
  for (const { kind, re } of GLOBAL_TRIGGERS) {
    for (const m of s.text.matchAll(re)) {
      const start = s.start + (m.index ?? 0);
      const t = { start, end: start + m[0].length, text: m[0], kind };
      const before = ctx.text.slice(Math.max(s.start, start - 40), start);
      const claimed =
        CLAIMED_BEFORE.test(ctx.text.slice(Math.max(s.start, start - 90), start)) ||
        DENIED_REPORT.test(ctx.text.slice(Math.max(s.start, start - 160), start));
      if (inside(t, references) || GENERIC_BEFORE.test(before) || claimed) continue;
      if (greetedOnArrival(ctx.text.slice(Math.max(s.start, start - 12), t.end), s.text)) continue;
      if (greetedAt(ctx.text.slice(t.end, t.end + 160), t.text)) continue;
      // Only a meal is such an occasion: "shook hands at a bilateral meeting" is the meeting.
      if (kind === "dinner" && HANDSHAKE_AT.test(ctx.text.slice(Math.max(s.start, start - 80), start)))
        continue;
      if (metWithReaction(ctx.text, t)) continue;
      if (PASSIVE_RECEIVED.test(t.text) && thingReceived(ctx, index, start)) continue;
      if (deniedAt(ctx.text, start, s.start)) continue;
      // "… met Sunak, Macron and Modi — his first face-to-face encounter with Modi since the
      // war began": an apposition that counts a meeting the sentence already reported.
      if (found.length && APPOSITION_BEFORE.test(ctx.text.slice(Math.max(s.start, start - 60), start)))
        continue;
      // "said he was ready to meet Putin in any format", "open to meeting": a
      // willingness, which the guidelines read as a wish without a plan.
      if (READY_BEFORE.test(ctx.text.slice(Math.max(s.start, start - 30), start))) continue;
      if (!found.some((f) => t.start < f.end && t.end > f.start)) found.push(t);
    }
  }
  // "Biden and Zelensky first discussed a visit during a phone call": the visit is what the
  // call discussed, not an occasion beside it, where another engagement is the occasion.
  const occasion = found.some((t) => t.kind !== "visit");
  return found
    .filter((t) => !(occasion && t.kind === "visit" && DISCUSSED.test(ctx.text.slice(s.start, t.start))))
    .sort((a, b) => a.start - b.start);
}

const DISCUSSED =
  /\b(?:discuss(?:ed|es|ing)?|talked\s+(?:about|over)|spoke\s+about)\s+(?:(?:a|an|the|his|her|their|possible|future|planned|return|reciprocal|state|official)\s+){0,3}$/i;

export const isNegated = (sentence: string) => NEGATED.test(sentence);
