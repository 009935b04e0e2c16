import type { Participant, Trigger } from "./sentence-facts.ts";
import { coordinatedNouns, frontedSubject, shareSubject } from "./subjects.ts";

/**
 * Each official goes with the nearest trigger ("talks in Washington with Wang …, a
 * summit between Biden and Xi"); groups that are no engagement on their own are joined
 * ("Wang, the first minister to visit Washington, visited Biden").
 */
export function assign(
  text: string,
  participants: Participant[],
  triggers: Trigger[],
  ok: (g: Participant[], t: Trigger) => boolean,
): Map<Trigger, Participant[]> {
  const groups = new Map<Trigger, Participant[]>(triggers.map((t) => [t, []]));
  // Distance in characters, and a clause boundary between the two counts as a long way.
  const cost = (p: Participant, t: Trigger) => {
    const [a, b] = p.mention.end <= t.start ? [p.mention.end, t.start] : [t.end, p.mention.start];
    const between = text.slice(Math.min(a, b), Math.max(a, b));
    return Math.abs(b - a) + (/[,;:—]|\s(?:when|while|whereas|after|before)\s/.test(between) ? 60 : 0);
  };
  // A group ("the two presidents") is the subject of a verb after it, when there is one.
  const subjectOf = (p: Participant) =>
    p.group
      ? triggers.some((t) => t.start >= p.mention.end && !/;/.test(text.slice(p.mention.end, t.start)))
      : false;
  const owners = possessors(text, participants, triggers);
  for (const p of participants) {
    const open = triggers.filter((t) => !owners.has(t) && (!subjectOf(p) || t.start >= p.mention.end));
    // "the meeting of Jaishankar with Wang Yi on the margins of the G20 Summit": "with"
    // ties an official to the verb or noun before it, not to a setting after.
    // So does "with Syria's interim president, Ahmed al-Sharaa": a title, then the name.
    const withBefore = WITH_BEFORE.test(text.slice(Math.max(0, p.mention.start - 60), p.mention.start));
    const governing = withBefore
      ? open
          // Not a trip: "shared the results of his visit to China with Blinken in phone
          // talks" is what he shared, with whom.
          .filter((t) => t.kind !== "visit" && t.end <= p.mention.start && p.mention.start - t.end <= 120)
          .sort((x, y) => cost(p, x) - cost(p, y))[0]
      : undefined;
    const t =
      triggers.find((x) => owners.get(x)?.includes(p)) ??
      ownMeeting(text, p, open) ??
      governing ??
      open.sort((x, y) => cost(p, x) - cost(p, y))[0];
    if (t) groups.get(t)?.push(p);
  }
  forOccasion(text, groups, triggers, ok);
  shareSubject(text, groups, triggers, ok);
  coordinatedNouns(text, groups, triggers, ok);
  frontedSubject(text, groups, triggers, ok);
  relativeSubject(text, participants, groups, triggers, ok);
  const failing = triggers.filter((t) => (groups.get(t)?.length ?? 0) > 0 && !ok(groups.get(t) ?? [], t));
  for (const t of failing) joinFailing(groups, triggers, t, ok);
  return groups;
}

const WITH_BEFORE =
  /\bwith\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.-]*[’']s\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,3}\p{Ll}[\p{L}-]*,\s+)?$/u;

/**
 * "Kim's first summit with Putin", "Shoigu's talks with Kim": the possessor of a meeting
 * noun that names its other side with "with" takes part in it, not in a verb nearer by.
 */
function ownMeeting(text: string, p: Participant, open: Trigger[]): Trigger | undefined {
  const possessive = /['’]s?$/.test(p.mention.text) ? "'s" : "";
  return open.find(
    (t) =>
      t.kind !== "visit" &&
      t.start >= p.mention.end &&
      POSSESSED.test(possessive + text.slice(p.mention.end, t.start)) &&
      /(?:^\s+with|\bwith$)/i.test(/\bwith$/i.test(t.text) ? t.text : text.slice(t.end, t.end + 6)),
  );
}

// "Marcos's visit", "Xi's first state visit": the trip is the possessor's.
const POSSESSED = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const CROWD =
  /\b(?:most|many|other|some|all|several|the|foreign)\s+(?:world\s+)?(?:leaders|delegations|officials|ministers|guests|heads of state(?: and government)?)\s+$/i;
// "Pelosi weighs visit", "Albanese began a trip", "Blinken postponed his visit": the
// subject of a verb of travel plans makes the trip (not "Xi hosted a visit").
const TRAVELLER =
  /^\s+(?:weighs|weighed|weighing|plans|planned|planning|considers|considered|mulls|mulled|eyes|eyed|makes|made|making|begins|began|starts|started|ends|ended|wraps up|wrapped up|cuts short|cut short|pays|paid|postpones|postponed|cancels|cancell?ed|canceled|confirms|confirmed)\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
// "Blinken, Yellen and Raimondo's visits": a list owns the visits together.
const LISTED = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;

/**
 * "The two leaders reviewed progress since Marcos's visit to Washington in May 2023":
 * a visit named as an official's own is that official's trip (or the trips of a list of
 * officials ending with the possessive); officials named elsewhere in the sentence (the
 * subject of another verb) do not take part in it.
 */
function possessors(text: string, participants: Participant[], triggers: Trigger[]) {
  const owners = new Map<Trigger, Participant[]>();
  const byPlace = [...participants].sort((a, b) => a.mention.start - b.mention.start);
  for (const t of triggers.filter((x) => x.kind === "visit")) {
    // "hours before most leaders arrived in Vilnius": the arrival is a crowd's, not of
    // the officials named elsewhere in the sentence.
    const subject = text.slice(Math.max(0, t.start - 40), t.start);
    if (
      CROWD.test(subject) &&
      !participants.some((x) => x.mention.end >= t.start - 40 && x.mention.end <= t.start)
    ) {
      owners.set(t, []);
      continue;
    }
    // The mention may hold the possessive itself ("Marcos's").
    const owns = (x: Participant) =>
      POSSESSED.test(`${/['’]s$/.test(x.mention.text) ? "'s" : ""}${text.slice(x.mention.end, t.start)}`) ||
      TRAVELLER.test(text.slice(x.mention.end, t.start));
    let i = byPlace.findIndex((x) => x.mention.end <= t.start && owns(x));
    if (i < 0) continue;
    const list = [byPlace[i] as Participant];
    for (; i > 0; i--) {
      const [prev, next] = [byPlace[i - 1] as Participant, byPlace[i] as Participant];
      if (!LISTED.test(text.slice(prev.mention.end, next.mention.start))) break;
      list.unshift(prev);
    }
    owners.set(t, list);
  }
  return owners;
}

// "will host Li and Kishida for a trilateral summit", "welcomed X and Y to a working
// lunch": between the verb and the occasion it names, only the officials listed as its
// objects (each written here as "@").
const FOR_OCCASION =
  /^\s*@(?:\s*,\s*(?:and\s+)?@|\s+(?:and|as well as)\s+@)*\s+(?:for|to|at)\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

const HOSTING = /\b(?:host|welcom|invit|receiv|convene|gather|br(?:ing|ought))/i;

/**
 * "Lula hosted Fernández and Lacalle Pou for a working lunch": the officials listed
 * between a verb and the occasion it names with "for" (the last of them nearer the
 * occasion's noun) are at that occasion together, with the verb's subject: one lunch of
 * three, not a meeting of two and a lunch of one.
 */
function forOccasion(
  text: string,
  groups: Map<Trigger, Participant[]>,
  triggers: Trigger[],
  ok: (g: Participant[], t: Trigger) => boolean,
) {
  for (const [i, t] of triggers.entries()) {
    const next = triggers[i + 1];
    // A host's verb: "called on Biden and Scholz for a peace summit" asks, and hosts no one.
    if (!next || !HOSTING.test(t.text)) continue;
    const [verb, occasion] = [groups.get(t) ?? [], groups.get(next) ?? []];
    // Only objects listed before the noun: "flew to Paris for talks with Macron" is not.
    const between = [...verb, ...occasion].filter(
      (p) => p.mention.start >= t.end && p.mention.end <= next.start,
    );
    if (!verb.length || !occasion.length || !occasion.every((p) => between.includes(p))) continue;
    let stretch = text.slice(t.end, next.start);
    // One "@" per mention: "the Japanese and South Korean leaders" is one for two officials.
    const spans = [...new Map(between.map((p) => [p.mention.start, p.mention])).values()];
    for (const m of spans.sort((a, b) => b.start - a.start))
      stretch = `${stretch.slice(0, m.start - t.end)}@${stretch.slice(m.end - t.end)}`;
    if (!FOR_OCCASION.test(stretch)) continue;
    const union = [...verb, ...occasion].filter((p, k, all) => all.findIndex((q) => q.id === p.id) === k);
    if (!ok(union, next)) continue;
    groups.set(next, union);
    groups.set(t, []);
  }
}

/** A trigger whose officials make no engagement joins them with a nearby trigger's. */
function joinFailing(
  groups: Map<Trigger, Participant[]>,
  triggers: Trigger[],
  t: Trigger,
  ok: (g: Participant[], t: Trigger) => boolean,
) {
  // Join the nearest other trigger of the same kind (the later one is the main verb), or
  // any trigger close by: "when Wong and Marles held talks with Jaishankar".
  // An empty trigger nearby counts too: "welcomed Li Qiang's visit to Washington".
  const others = triggers.filter(
    (o) =>
      o !== t && (o.kind === t.kind || Math.abs(o.start - t.start) <= 80) && (groups.get(t)?.length ?? 0) > 0,
  );
  for (const other of [...others].sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start))) {
    // An official both groups hold (a shared subject) is one participant.
    const union = [...(groups.get(other) ?? []), ...(groups.get(t) ?? [])].filter(
      (p, i, all) => all.findIndex((q) => q.id === p.id) === i,
    );
    const empty = (groups.get(other)?.length ?? 0) === 0;
    const [anchor, dropped] = empty || other.start > t.start ? [other, t] : [t, other];
    if (!ok(union, anchor) && !(ok(union, dropped) && !empty)) continue;
    const into = ok(union, anchor) ? anchor : dropped;
    groups.set(into, union);
    groups.set(into === anchor ? dropped : anchor, []);
    break;
  }
}

// "hosted a state lunch for Mr Li, who also met Opposition Leader Peter Dutton": the
// relative pronoun right before a verb makes the official before it that verb's subject.
const WHO_BEFORE = /^\s*,\s*who\s+(?:also\s+|later\s+|then\s+|separately\s+)?$/;
// "Lukashenko, whom Xi also received that afternoon, …": the relative clause's verb.
const WHOM = /,\s+whom\s+/g;

/**
 * The officials of a relative clause's verb. "…, who also met X": the official before
 * "who" is its subject too. "Putin sent Medvedev, whom Xi received in December, to
 * Beijing": the official before "whom" and the clause's own subject, and nobody of the
 * main clause.
 */
function relativeSubject(
  text: string,
  participants: Participant[],
  groups: Map<Trigger, Participant[]>,
  triggers: Trigger[],
  ok: (g: Participant[], t: Trigger) => boolean,
) {
  for (const t of triggers) {
    const own = whomClause(text, participants, t);
    if (own) {
      if (ok(own, t)) groups.set(t, own);
      continue;
    }
    const group = groups.get(t) ?? [];
    const antecedent = participants.find(
      (p) => p.mention.end <= t.start && WHO_BEFORE.test(text.slice(p.mention.end, t.start)),
    );
    if (!antecedent || group.includes(antecedent) || !group.length) continue;
    if (ok([antecedent, ...group], t)) groups.set(t, [antecedent, ...group]);
  }
}

/** The antecedent of "whom" before trigger `t` and the clause's subject, if `t` is that clause's verb. */
function whomClause(text: string, participants: Participant[], t: Trigger): Participant[] | null {
  const from = Math.max(0, t.start - 80);
  const whom = [...text.slice(from, t.start).matchAll(WHOM)].at(-1);
  if (!whom) return null;
  const at = from + (whom.index ?? 0);
  const antecedent = participants.filter((p) => p.mention.end === at).at(-1);
  const subject = participants.filter((p) => p.mention.start >= at && p.mention.end <= t.start);
  if (!antecedent || !subject.length || /[,;]/.test(text.slice(at + whom[0].length, t.start))) return null;
  return [antecedent, ...subject];
}
