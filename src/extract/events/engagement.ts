import { partyOf } from "../officials/types.ts";
import type { Sentence } from "../types.ts";
import { clauseOf } from "./clause.ts";
import type { ArticleContext } from "./context.ts";
import { PLURAL_TRIPS, SUMMIT_AT, TO_DESTINATION } from "./cues.ts";
import { eventDates } from "./event-dates.ts";
import { placesNear } from "./places-near.ts";
import type { Participant, Trigger } from "./sentence-facts.ts";

/** Two countries' officials at one trigger, or one official visiting or dining at a named place. */
export function engages(
  ctx: ArticleContext,
  s: Sentence,
  group: Participant[],
  t: Trigger,
  triggers: Trigger[],
): boolean {
  const countries = new Set(group.map((p) => partyOf(ctx.officials.officials.get(p.id))));
  if (countries.size >= 2) return true;
  // One official visiting or dining somewhere; two of one party are no engagement.
  if (!(group.length === 1 || (t.kind === "visit" && group.length >= 1))) return false;
  if (t.kind !== "visit" && t.kind !== "dinner") return false;
  const places = placesNear(ctx, s, t, triggers);
  // "her first trip to Greenland … for talks with Kielsen": no one visits their own
  // country; the trip there is someone else's.
  const home = t.kind === "visit" && group.every((p) => places.every((x) => x.country === homeOf(ctx, p)));
  return places.length > 0 && !home;
}

// An official of an organisation (Guterres, Stoltenberg) has no home country to visit.
const homeOf = (ctx: ArticleContext, p: Participant) => {
  const o = ctx.officials.officials.get(p.id);
  return o?.organization ? undefined : o?.country;
};

/** "… at the APEC Summit in Woodside" with two leaders named is an engagement even without a verb. */
export function summitSettings(ctx: ArticleContext, s: Sentence): Trigger[] {
  return ctx.summits
    .filter(
      (m) => m.sentence === s.index && SUMMIT_AT.test(ctx.text.slice(Math.max(0, m.start - 40), m.start)),
    )
    .map((m) => ({ start: m.start, end: m.end, text: m.text, kind: "in_person" as const }));
}

/** "by A and B" (titles allowed): officials named together as the agents of a passive. */
function jointAgents(s: Sentence, ps: Participant[]): boolean {
  const sorted = [...ps].sort((a, b) => a.mention.start - b.mention.start);
  const first = sorted[0];
  if (!first || sorted.length < 2) return false;
  if (!/\bby\s+(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u.test(s.text.slice(0, first.mention.start - s.start)))
    return false;
  return sorted.every((p, i) => {
    const next = sorted[i + 1];
    if (!next) return true;
    const gap = s.text.slice(p.mention.end - s.start, next.mention.start - s.start);
    return /^(?:,\s*|\s+and\s+|,\s+and\s+)(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u.test(gap);
  });
}

/**
 * "Zhao Leji and Premier Li Qiang met separately with Lula": one meeting for each of
 * the officials on the side that names several. So too "talks with Vietnam's president,
 * A, and prime minister, B": two heads of one state or government are two host
 * counterparts (the guidelines' one meeting per host counterpart), never one's aide.
 */
export function separately(
  ctx: ArticleContext,
  s: Sentence,
  groups: Map<Trigger, Participant[]>,
): [Trigger, Participant[]][] {
  const pairs = [...groups];
  // "held a series of calls …, speaking with A, B and C", "Cho's first phone
  // conversations with A, B and C": a phone call is between two sides, so the first
  // official named calls each of the others.
  const calls = /\b(?:calls|conversations)\b|\bseries of\b/i.test(s.text);
  // "met separately with", "held separate meetings with", "met Zhao Leji and then Xi",
  // "talks with Wang and with Qin":
  // one meeting per host official.
  // The trigger's own clause: "…, and Xi also saw Khurelsukh separately" is another's.
  const own = (ps: Participant[], t: Trigger) =>
    clauseOf(
      s,
      t,
      ps.map((p) => p.mention),
    );
  const apart = (ps: Participant[], t: Trigger) =>
    calls || /\b(?:separately|separate (?:[\w-]+ )?(?:meetings|talks|calls|bilaterals))\b/i.test(own(ps, t));
  // "Von der Leyen and Michel later held talks with Li": a cue between a joint subject and
  // its verb times what they did together, and sequences nothing between them.
  const sequence = (ps: Participant[], t: Trigger) => {
    const last = Math.max(...ps.map((p) => p.mention.end));
    const own = last <= t.start ? s.text.slice(0, last - s.start) + s.text.slice(t.start - s.start) : s.text;
    return SEQUENCE.test(own);
  };
  // "… and then attend a luncheon hosted by Harris and Blinken": the agents of a passive,
  // joined by "and", give one occasion together whatever came before it.
  const cued = (ps: Participant[], t: Trigger) => apart(ps, t) || (sequence(ps, t) && !jointAgents(s, ps));
  const official = (p: Participant) => ctx.officials.officials.get(p.id);
  return pairs.flatMap(([t, group]): [Trigger, Participant[]][] => {
    if (ownTrips(ctx.text, t, group)) return group.map((p): [Trigger, Participant[]] => [t, [p]]);
    const dated = datedObjects(ctx, s, t, group) ?? includedObjects(ctx, s, t, group);
    if (dated) return dated;
    const parties = new Set(group.map((p) => partyOf(official(p))));
    // "Modi held separate meetings with Albanese and Kishida": three parties, and the
    // subject meets each of the others on their own.
    // "held talks with Wang and with Hasan": the repeated "with", each before an official,
    // says one meeting each ("a trilateral meeting with A and with B" is one).
    const withEach =
      WITH_AND_WITH.test(own(group, t)) &&
      !TOGETHER.test(own(group, t)) &&
      group.filter((p) =>
        WITH_BEFORE_NAME.test(ctx.text.slice(Math.max(0, p.mention.start - 60), p.mention.start)),
      ).length >= 2;
    const separate = SEPARATE.test(own(group, t)) || withEach || leadersOneByOne(ctx, s, t, group);
    // "He also called Tusk and Starmer": one caller before a call's trigger and several
    // sides after it are one call each, unless the text makes it one conference.
    const oneCaller =
      t.kind === "call" &&
      !CONFERENCE.test(s.text) &&
      new Set(group.filter((p) => p.mention.end <= t.start).map((p) => partyOf(official(p)))).size === 1;
    if ((((calls || oneCaller) && t.kind === "call") || separate) && parties.size > 2) {
      const [hub, ...others] = [...group].sort((a, b) => a.mention.start - b.mention.start);
      if (hub && (!separate || hub.mention.end <= t.start))
        return others.map((o): [Trigger, Participant[]] => [t, [hub, o]]);
    }
    const bySide = new Map<string | undefined, Participant[]>();
    for (const p of group) {
      const side = partyOf(official(p));
      bySide.set(side, [...(bySide.get(side) ?? []), p]);
    }
    // "von der Leyen and Michel met Xi and Li": of two sides that name several, the one
    // the verb meets (after it) is the hosts', the one before it a delegation.
    const several = [...bySide.values()].filter((ps) => ps.length > 1);
    const crowded =
      several.length > 1
        ? (several.find((ps) => ps.every((p) => p.mention.start >= t.end)) ?? several[0])
        : several[0];
    if (!crowded || bySide.size < 2) return [[t, group]];
    // A state's leaders: the EU's two presidents at a summit are one delegation.
    const heads = crowded.filter((p) => official(p)?.leader && !official(p)?.organization);
    // "Guterres met the prime minister and the parliament speaker": beside a leader, the
    // head of a legislature is a host counterpart of their own, when one visitor meets them.
    const visitors = group.filter((p) => !crowded.includes(p));
    const speakers =
      heads.length &&
      visitors.length === 1 &&
      crowded.every((p) => p.mention.start >= t.end) &&
      !TOGETHER.test(s.text)
        ? crowded.filter((p) => !heads.includes(p) && LEGISLATURE.test(official(p)?.role ?? ""))
        : [];
    const leaders = [...heads, ...speakers];
    const hosts = cued(crowded, t)
      ? crowded
      : leaders.length >= 2 && bySide.size === 2 && !/summit/i.test(t.text)
        ? leaders
        : ownHosts(ctx, s, t, group, crowded);
    if (!hosts.length) return [[t, group]];
    const rest = group.filter((p) => !hosts.includes(p));
    return asGroups(ctx.text, t, hosts).map((unit): [Trigger, Participant[]] => [t, [...unit, ...rest]]);
  });
}

const SEPARATE = /\bseparate(?:ly)?\b/i;
// The head of a parliament or of its house, as the reference writes the role.
const LEGISLATURE =
  /^(?:Speaker|President|Chairman|Chairwoman|Chair)\b[^,]*\b(?:Parliament|Assembly|Senate|Congress|House|Duma|Council of the Federation|Federation Council|People's Congress|Legislat\w*|Knesset|Diet|Majlis|Lok Sabha|Rajya Sabha|Sejm|Bundestag|Riksdag|Verkhovna Rada)\b/;
const WITH_BEFORE_NAME = /\bwith\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}$/u;
const WITH_AND_WITH = /\bwith\b[^.;:]*,?\s+and\s+(?:also\s+|then\s+)?with\b/i;
const SEQUENCE = /\b(?:then|later|afterwards|in turn)\b|\band (?:also )?with\b/i;
// What makes a list of leaders one gathering: "met jointly with", "a trilateral".
const TOGETHER =
  /\b(?:together|jointly|joint|trilateral|quadrilateral|three-way|four-way|summit|group|collectively|as a whole|round-?table)\b/i;

/**
 * "Xi also met on Friday with Mauritanian President A, Djiboutian President B, Comorian
 * President C and Somali President D": a subject who "met" three or more leaders of as
 * many states, with no word that makes them one gathering, met each of them in turn, as
 * the sideline days of summits are reported.
 */
function leadersOneByOne(ctx: ArticleContext, s: Sentence, t: Trigger, group: Participant[]): boolean {
  if (t.kind !== "in_person" || !/^(?:met|meet|meets|meeting)$/i.test(t.text)) return false;
  if (TOGETHER.test(s.text)) return false;
  const official = (p: Participant) => ctx.officials.officials.get(p.id);
  const subjects = group.filter((p) => p.mention.end <= t.start);
  const objects = group.filter((p) => p.mention.start >= t.end);
  const parties = new Set(objects.map((p) => partyOf(official(p))));
  return (
    subjects.length === 1 &&
    objects.length >= 3 &&
    parties.size === objects.length &&
    !parties.has(partyOf(official(subjects[0] as Participant))) &&
    objects.every((p) => official(p)?.leader && !official(p)?.organization)
  );
}

// Roles that accompany a leader into a meeting rather than hold one of their own.
const AIDE =
  /\b(?:minister|secretary|advis[eo]r|envoy|ambassador|director|chief of staff|spokes\w*|aide|deputy)\b/i;
// Of a visiting minister, a host minister is a counterpart; advisers still only sit in.
const ADVISER = /\b(?:advis[eo]r|envoy|ambassador|director|chief of staff|spokes\w*|aide|deputy)\b/i;
const AS_A_GROUP = /\b(?:both|the\s+(two|three|four)\s+[\p{Ll}\s-]{2,40}?,)\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4 };

/**
 * "met Dutton and the two presiding officers, Senate President Lines and Speaker Dick":
 * hosts the text names as one group ("the two …, A and B", "both A and B") were met
 * together; each other host on their own.
 */
function asGroups(text: string, t: Trigger, hosts: Participant[]): Participant[][] {
  const sorted = [...hosts].sort((a, b) => a.mention.start - b.mention.start);
  const units: Participant[][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i] as Participant;
    const m = AS_A_GROUP.exec(text.slice(Math.max(t.end, p.mention.start - 120), p.mention.start));
    const size = m ? (m[1] ? (COUNT[m[1]] ?? 2) : 2) : 1;
    units.push(sorted.slice(i, i + size));
    i += size - 1;
  }
  return units;
}
const HEADS = /\b(?:prime|first|chief) minister\b|\bpremier\b/i;
const CONFERENCE =
  /\b(?:conference|joint|three-way|four-way|trilateral|quadrilateral|group|together|jointly)\b/i;
const TOGETHER_LISTED = /\b(?:among them|including|members|delegation|team)\b/i;
const APART_IN_LIST =
  /\b(?:separately|in turn|then|later|in the (?:morning|afternoon|evening)|at (?:lunch|dinner|breakfast)|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i;

/**
 * "Lula also met Premier Li Qiang and Zhao Leji, chairman of the NPC": a visitor named
 * before the verb meets each of several officials of one other side named after it,
 * when none of them is a minister or aide who would sit in on another's meeting ("talks
 * with Putin and Foreign Minister Lavrov" stays one meeting).
 */
function ownHosts(
  ctx: ArticleContext,
  s: Sentence,
  t: Trigger,
  group: Participant[],
  crowded: Participant[],
): Participant[] {
  if (/\b(?:together|jointly|joint)\b/i.test(ctx.text.slice(t.start, t.end + 200).split(/[.;]/)[0] ?? ""))
    return [];
  const rest = group.filter((p) => !crowded.includes(p));
  if (rest.length !== 1 || rest.some((p) => p.mention.end > t.start)) return [];
  if (crowded.some((p) => p.mention.start < t.end)) return [];
  // "Kim Yong-nam hosted South Korean Cabinet members, among them A, B and C": a host's
  // guests, or the members of a group the text names, are received together; so are
  // those a colon lists ("with the top four congressional leaders: A, B, C and D").
  const first = Math.min(...crowded.map((p) => p.mention.start));
  const between = ctx.text.slice(t.end, first);
  // Not when the list tells them apart: "two officials: Wang Yi in the morning and Xi in
  // the afternoon", "Wang and, separately, Xi".
  const last = Math.max(...crowded.map((p) => p.mention.end));
  const listed = /:\s*$/.test(between) && !APART_IN_LIST.test(ctx.text.slice(first, last + 40));
  if (/^(?:host|receiv|welcom)/i.test(t.text) || TOGETHER_LISTED.test(between) || listed) return [];
  // The title the text gives ("Foreign Minister Ignazio Cassis"), else the role held then
  // (a role left by then, "former defence minister", says nothing).
  const aideOf = (re: RegExp) => (p: Participant) => {
    const before = ctx.text.slice(Math.max(0, p.mention.start - 40), p.mention.start);
    const title = `${/(?:\p{Lu}[\p{L}-]*\s+){0,3}$/iu.exec(before)?.[0] ?? ""}${p.mention.text}`;
    const o = ctx.officials.officials.get(p.id);
    const role = re.test(title) ? title : o && !o.former ? (o.role ?? "") : "";
    return re.test(role) && !HEADS.test(role);
  };
  // Two heads of one organisation (the EU's presidents at a summit) are one delegation.
  const organised = crowded.some((p) => ctx.officials.officials.get(p.id)?.organization);
  // A minister on tour ("Pompeo met Prime Minister Abe and Foreign Minister Kono") has a
  // counterpart in the host's minister: no one sits in on another's meeting for them.
  // Not a delegation of ministers ("Wong and Marles held 2+2 talks with A and B").
  const visitor = ctx.officials.officials.get(rest[0]?.id ?? "");
  const colleagues = ctx.officials.mentions.filter(
    (m) =>
      m.sentence === s.index &&
      m.end <= t.start &&
      m.officialIds.some(
        (id) => id !== visitor?.id && partyOf(ctx.officials.officials.get(id)) === partyOf(visitor),
      ),
  );
  const minister = !!visitor && !visitor.leader && !visitor.organization && !colleagues.length;
  return organised || crowded.some(aideOf(minister ? ADVISER : AIDE)) ? [] : crowded;
}

/**
 * "Putin met Tokayev on Tuesday and Mirziyoyev on Wednesday": officials after the verb,
 * each followed by a day of its own before the next, are met one by one, whatever their
 * countries. The host comes first, so that ownDate() reads that host's day.
 */
function datedObjects(
  ctx: ArticleContext,
  s: Sentence,
  t: Trigger,
  group: Participant[],
): [Trigger, Participant[]][] | null {
  const sorted = [...group].sort((a, b) => a.mention.start - b.mention.start);
  const subjects = sorted.filter((p) => p.mention.end <= t.start);
  const objects = sorted.filter((p) => p.mention.start >= t.end);
  if (!subjects.length || objects.length < 2) return null;
  const dates = eventDates(ctx, s.index, t);
  const days = objects.map((o, i) => {
    const next = objects[i + 1]?.mention.start ?? s.end;
    return dates.find((d) => d.start >= o.mention.end && d.end <= next)?.date;
  });
  if (days.some((d) => !d) || new Set(days).size < days.length) return null;
  return objects.map((o): [Trigger, Participant[]] => [t, [o, ...subjects]]);
}

// "met as many as 16 leaders in Osaka, including Modi and Xi": a count of counterparts,
// then some of them by name.
const INCLUDING =
  /^[^.;]{0,60}?\b(?:leaders|counterparts|heads of (?:state|government)|presidents|prime ministers|ministers|delegations)\b[^.;]{0,40}?,?\s+including\s/i;

/** Each official named after "including" is met on their own by the verb's subject. */
function includedObjects(
  ctx: ArticleContext,
  s: Sentence,
  t: Trigger,
  group: Participant[],
): [Trigger, Participant[]][] | null {
  const m = INCLUDING.exec(ctx.text.slice(t.end, s.end));
  if (!m) return null;
  const from = t.end + m[0].length;
  const subjects = group.filter((p) => p.mention.end <= t.start);
  const named = group.filter((p) => p.mention.start >= from);
  if (!subjects.length || named.length < 2) return null;
  return named.map((o): [Trigger, Participant[]] => [t, [o, ...subjects]]);
}

// "visits by", "trips to Moscow from": the plural noun, then its visitors.
const TRIPS_BY = new RegExp(String.raw`^${TO_DESTINATION}(?:by|from)\s`, "i");

/**
 * "after visits to Moscow by Modi in July and Orban in March": a plural "visits" whose
 * visitors follow it names one trip per visitor, not a meeting between them (a single
 * "a visit by Blinken and Austin" is one trip they made together).
 */
function ownTrips(text: string, t: Trigger, group: Participant[]): boolean {
  if (t.kind !== "visit" || !PLURAL_TRIPS.test(t.text) || group.length < 2) return false;
  const first = Math.min(...group.map((p) => p.mention.start));
  return first > t.end && TRIPS_BY.test(text.slice(t.end, first + 1));
}
