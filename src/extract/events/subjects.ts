import { JOURNEY_FOR, NOUN_JOINED, PLANNED_AUX } from "./clause.ts";
import type { Participant, Trigger } from "./sentence-facts.ts";

// Whose verb a second verb or a fronted engagement is: the sentence's subject lent to
// coordinated verbs ("…, and later met X"), to a pair's second verb ("X and Y spoke … and
// had met …"), and to the engagement a sentence opens on ("After a meeting with Merkel,
// Trump …"). Part of assign(): each takes the groups as the nearest-trigger pass left them.

// "…, and later met", "and then held talks with", "and was due to hold talks with", "and
// will meet": a verb coordinated with the clause before it, whose subject it shares.
const COORDINATED = new RegExp(
  String.raw`(?:,\s*|\s)and\s+(?:(?:later|then|also|afterwards|subsequently|separately)\s+)?(?:(?:will|would|shall|may|might|could)\s+(?:(?:also|later|then)\s+)?|${PLANNED_AUX})?$`,
  "i",
);
// "met Khurelsukh, then saw the emir": a comma and "then" coordinate the verb with the
// one just before, whose subject it shares ("After Xi met Putin, Modi arrived in Astana,
// then met Erdogan": Modi's).
const COMMA_THEN = /,\s*(?:then|later|afterwards)\s+$/i;
const IN_RELATIVE = /,\s*(?:who|which|whom|whose|where)\b[^,;]*$/i;
// "… received Biden at the palace and then chaired a state banquet for him": a
// coordinated verb whose object is the engagement noun.
const COORDINATED_NOUN =
  /(?:,\s*|\s)and\s+(?:(?:later|then|also|afterwards)\s+)?(?:hosted|held|chaired|gave|offered|attended|joined)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

// "Lula met BYD's chief, and in the evening was the guest at a dinner offered by Chen":
// the guest of a meal is the sentence's subject.
const GUEST_AT =
  /\b(?:was|were)\s+(?:the\s+)?guests?(?:\s+of\s+honou?r)?\s+(?:at|of)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$/i;

// "Scholz, who saw Xi …": the first verb is in a relative clause about the subject.
const RELATIVE = /^\s*,\s*who\s+(?:[\p{L}'’-]+\s+){0,3}$/u;

// "Kim visited Beijing in June, days after his summit with Trump in Singapore": a
// meeting noun owned by "his"/"her" and naming its other side with "with" is the
// subject's own.
// Not "brief him on the outcome of his talks with Kim", "briefed Zelensky about his
// talks with Putin", "phoned him to discuss his talks with Putin" (a told meeting talked
// about), nor "due in Moscow on Tuesday for his talks with Putin" (a journey's purpose,
// which the journey's verb takes with its place).
const OWNED_BY_PRONOUN =
  /(?<!\b(?:of|for|about|on|over|regarding|discuss|discussed|discussing)\s+)\b(?:his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const WITH_AFTER = (text: string, t: Trigger) =>
  /\bwith$/i.test(t.text) || /^\s+with\b/i.test(text.slice(t.end));
// "…, before meeting Zhao Leji": a participle after a time conjunction has the
// sentence's subject.
const PARTICIPIAL = /\b(?:before|after|while|when)\s+$/i;

/**
 * "Xi held talks with Putin on Tuesday, and later met Prime Minister Mishustin": the
 * second verb has no subject of its own, so the sentence's subject (named before its
 * first trigger) takes part in both; so does "he will visit the temple before meeting Zhao".
 */
export function shareSubject(
  text: string,
  groups: Map<Trigger, Participant[]>,
  triggers: Trigger[],
  ok: (g: Participant[], t: Trigger) => boolean,
) {
  // The first trigger with officials ("held his first face-to-face talks with Biden": the
  // adjective is a trigger of no one's).
  const first = triggers.find((t) => (groups.get(t)?.length ?? 0) > 0);
  const subject = first && groups.get(first)?.find((p) => p.mention.end <= first.start);
  if (!first || !subject) return;
  for (const t of triggers.slice(triggers.indexOf(first) + 1)) {
    const group = groups.get(t) ?? [];
    // A meal's guest is the subject even when its host alone would do ("a dinner in
    // Shanghai offered by Chen").
    const guest = t.kind === "dinner" && GUEST_AT.test(text.slice(Math.max(0, t.start - 60), t.start));
    const prev = triggers[triggers.indexOf(t) - 1] as Trigger;
    // "… and then joined a trilateral meeting with Biden and Yoon": a verb coordinated
    // with the subject's first takes the subject too, though its objects would meet alone.
    const join = /\band\s+then\s+(?:joined|attended|took part in)\b/i.exec(text.slice(prev.end, t.start));
    const joined = join !== null;
    // "… and then joined Guterres for a trilateral meeting": who was joined comes before
    // the meeting's noun, and is its object, not a subject of its own.
    const joinedFirst = joined && group.every((p) => p.mention.start >= prev.end + join.index);
    if (!group.length) {
      jointSubject(text, groups, first, prev, t, ok);
      continue;
    }
    if (group.some((p) => p.mention.start < t.start) && !joinedFirst) continue;
    // "Shoigu held talks with Kang and was received by Kim": a passive verb's subject is
    // the sentence's, its agent the one after "by".
    const passive = /^(?:was|were)\s/i.test(t.text);
    // "Scholz, who saw Xi in Beijing in April, dined with Macron": once the relative clause
    // closes, the main verb is the subject's.
    const main =
      RELATIVE.test(text.slice(subject.mention.end, first.start)) && /,/.test(text.slice(first.end, t.start));
    // "… and then chaired a state banquet for him": the host of the occasion its verb names.
    const ofVerb = COORDINATED_NOUN.test(text.slice(prev.end, t.start).slice(-60));
    const forced = guest || joined || passive || main || ofVerb;
    if (ok(group, t) && !(forced && !group.includes(subject))) continue;
    const participle =
      /^\p{L}+ing\b/iu.test(t.text) && PARTICIPIAL.test(text.slice(Math.max(0, t.start - 12), t.start));
    const between = text.slice(prev.end, t.start);
    // "held a video call with Xi on Dec. 7 and a phone call with Putin": nouns of one verb.
    const nouns = NOUN.test(prev.text) && NOUN.test(t.text) && nounAnd(between);
    const commaThen = COMMA_THEN.test(between.slice(-40));
    const coordinated =
      COORDINATED.test(between.slice(-40)) || JOURNEY_FOR.test(between.slice(-90)) || nouns || commaThen;
    const owned =
      t.kind !== "visit" &&
      OWNED_BY_PRONOUN.test(text.slice(Math.max(0, t.start - 40), t.start)) &&
      WITH_AFTER(text, t);
    if (!coordinated && !participle && !forced && !owned) continue;
    // "…, where Mr Xi is due to hold his first talks with Kishida": the owner is the
    // official named last before "his", who need not be the sentence's subject.
    if (owned && !coordinated && !participle && !forced) {
      const owner = ownerBefore(groups, t, group);
      if (owner && ok([owner, ...group], t)) groups.set(t, [owner, ...group]);
      continue;
    }
    if (commaThen && !COORDINATED.test(between.slice(-40))) {
      // The verb before, skipping one in a relative clause ("Blinken met Erdogan, who had
      // hosted Zelensky days earlier, then met Fidan": Blinken's).
      const before = triggers.slice(0, triggers.indexOf(t)).reverse();
      const main =
        before.find((u) => !IN_RELATIVE.test(text.slice(Math.max(0, u.start - 80), u.start))) ?? prev;
      const own =
        (groups.get(main) ?? []).find((p) => p.mention.end <= main.start) ??
        (main === first ? subject : null);
      if (own && ok([own, ...group], t)) groups.set(t, [own, ...group]);
      continue;
    }
    if (!ok([subject, ...group], t)) continue;
    // "held talks with Zelensky and then joined Guterres for a trilateral meeting": three
    // sides, so the first engagement's counterpart is at the second too.
    const others = THREE_WAY.test(t.text) ? (groups.get(first) ?? []).filter((p) => p !== subject) : [];
    groups.set(t, [subject, ...others.filter((p) => !group.some((g) => g.id === p.id)), ...group]);
  }
}

/** The single official named last before a trigger, outside its own group. */
function ownerBefore(groups: Map<Trigger, Participant[]>, t: Trigger, group: Participant[]) {
  const before = [...groups.values()]
    .flat()
    .filter((p) => p.mention.end <= t.start && !group.some((g) => g.id === p.id))
    .sort((a, b) => b.mention.end - a.mention.end);
  const last = before[0];
  return last && !last.group ? last : undefined;
}

const THREE_WAY = /\b(?:trilateral|three-way|tripartite)\b/i;

// "… spoke by phone in March and had met in Bali": a second verb of meeting that only an
// auxiliary or an adverb parts from "and".
const JOINED_VERB =
  /(?:,\s*|\s)and\s+(?:(?:had|have|has|would|will)\s+)?(?:(?:also|last|later|then|previously|earlier|first|since|already|again)\s+)?$/i;

/**
 * "Scholz and Modi spoke by phone in March and had met in Bali in November": a reciprocal
 * verb with nobody of its own, coordinated with the first, has the first verb's subject,
 * when that subject is all of its officials ("X and Y", "the two leaders"): the pair did
 * both. Not "Xi met Putin and held talks", where the first verb's object is no subject.
 */
function jointSubject(
  text: string,
  groups: Map<Trigger, Participant[]>,
  first: Trigger,
  prev: Trigger,
  t: Trigger,
  ok: (g: Participant[], t: Trigger) => boolean,
) {
  const subject = groups.get(first) ?? [];
  if (t.kind === "visit" || prev !== first || subject.some((p) => p.mention.end > first.start)) return;
  if (!JOINED_VERB.test(text.slice(first.end, t.start).slice(-50)) || !ok(subject, t)) return;
  // "… and later met business leaders", "… and then spoke to reporters": a verb with an
  // object of its own met someone else; only one the pair did together goes on.
  if (!RECIPROCAL_AFTER.test(text.slice(t.end, t.end + 40))) return;
  groups.set(t, [...subject]);
}

// What may follow a verb the pair did together: a place, a time, a manner, or the end.
const RECIPROCAL_AFTER =
  /^(?:\s*$|\s*[,.;:]|\s+(?:again|previously|once|twice|briefly|privately|alone|together|in|at|on|during|last|earlier|before|for|by|over|via|face-to-face)\b)/i;

// "After a morning meeting with Merkel, Trump sat down with Putin": a sentence that opens
// on an earlier engagement of its subject, set off by a comma. Indefinite: "After meeting
// Trump" and "after the talks" are engagements told elsewhere.
const FRONTED =
  /(?:^|[.!?]\s+|\n\s*)(?:After|Following|Fresh from|Before)\s+an?\s+(?:[\p{L}\d:.'’-]+\s+){0,3}$/u;

/**
 * The engagement of a fronted phrase ("After a meeting with Merkel, Trump …") has the
 * officials it names and the subject of the main clause after its comma, who is also
 * the subject of the next verb: two engagements, not one of three.
 */
export function frontedSubject(
  text: string,
  groups: Map<Trigger, Participant[]>,
  triggers: Trigger[],
  ok: (g: Participant[], t: Trigger) => boolean,
) {
  const [first, next] = triggers;
  const group = first ? (groups.get(first) ?? []) : [];
  if (!first || !next || !group.length || ok(group, first)) return;
  if (
    group.some((p) => p.mention.start < first.end) ||
    !FRONTED.test(text.slice(Math.max(0, first.start - 60), first.start))
  )
    return;
  const last = Math.max(...group.map((p) => p.mention.end));
  const comma = text.indexOf(",", last);
  if (comma < 0 || comma > next.start) return;
  const subject = (groups.get(next) ?? []).find(
    (p) => p.mention.start > comma && p.mention.end <= next.start,
  );
  if (subject && ok([...group, subject], first)) groups.set(first, [...group, subject]);
}

// "after a two-hour video call on Dec. 7 and a phone call on Dec. 30": a second
// engagement noun coordinated with the first ("and a …") names nobody of its own.
const nounAnd = (between: string) => {
  const m = NOUN_JOINED.exec(between);
  return !!m && m.index <= 80 && !/[,;:()]/.test(between);
};
const NOUN = /^(?:phone call|call|video call|meeting|talks|summit|conversation|dinner)/i;

/**
 * A noun of engagement joined by "and a" to one whose officials are known, and with none
 * of its own, is between the same officials: each keeps its own date.
 */
export function coordinatedNouns(
  text: string,
  groups: Map<Trigger, Participant[]>,
  triggers: Trigger[],
  ok: (g: Participant[], t: Trigger) => boolean,
) {
  for (let i = 1; i < triggers.length; i++) {
    const [prev, t] = [triggers[i - 1] as Trigger, triggers[i] as Trigger];
    const before = groups.get(prev) ?? [];
    if ((groups.get(t)?.length ?? 0) > 0 || !NOUN.test(prev.text) || !NOUN.test(t.text)) continue;
    if (!nounAnd(text.slice(prev.end, t.start)) || !ok(before, t)) continue;
    groups.set(t, [...before]);
  }
}
