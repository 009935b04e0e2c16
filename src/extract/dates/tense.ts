import { JOURNEY_MADE } from "./journey.ts";
// Which way an undated "Monday" or "November 15" points from the publication date.
// News mostly reports the past, but previews and schedules point forward, and one sentence
// can carry both ("X, who met Y in March, will visit in June"), so the marker that counts
// is the one nearest the mention in its own clause.

export type Tense = "past" | "future" | null;

// FUTURE also takes a meeting verb in the present after its plural subject ("when the two
// leaders sit down on Wednesday", "before they meet on Friday"): news writes a scheduled
// engagement so, and a past verb earlier in the sentence must not claim its day. So does
// the present progressive of a host ("the summit, which Russia is hosting on October
// 22-24") and a guest "expected in" a city, or "due in" one ("was due in Denmark on
// 2 and 3 September": a plan, however it turned out). So does a meeting ", set for Monday".

const FUTURE = new RegExp(
  String.raw`\b(?:will|shall|should|would|won't|upcoming|forthcoming|next|scheduled|slated|(?:is|are|am|was|were)\s+(?:set\s+|due\s+|expected\s+|going\s+|scheduled\s+|slated\s+)?to|(?:is|are|was|were)\s+set\s+for|(?<=,\s{1,2})set\s+for|(?:is|are|was|were)\s+due\s+(?:in|at|back|home)\b|expected\s+to|plans?\s+to|planning\s+to|due\s+to|later\s+(?:this|in)|ahead\s+of|(?:in\s+the\s+)?run-up\s+to|prepar\w+\s+(?:the\s+ground\s+)?for|(?<!\bwent\s+on\s+|${JOURNEY_MADE})to\s+(?:meet|visit|travel|attend|host|hold)|(?:they|leaders|presidents|sides|ministers|delegations)\s+(?:meet|sit\s+down|gather|convene)|(?:is|are)\s+(?:hosting|holding|convening)|(?:is|are)\s+expected\s+(?:in|at)|(?:could|might|may)\s+(?:also\s+)?(?:meet|visit|hold|travel|sit\s+down|speak))\b|\w['’]ll\b`,
  "gi",
);

const PAST =
  /\b(?:met|held|said|spoke|visited|was|were|had|last|ago|earlier|told|announced|signed|agreed|hosted|attended|arrived|discussed|travell?ed|returned|stated|took\s+place|ended|concluded|began|did|pledged|confirmed|cancell?ed|called\s+off|postponed|accused|accusing|congratulated|claimed|warned|condemned|downed|launched|occurred|engaged|talked|phoned|received|welcomed|published|adopted|reached|issued|unveiled|sealed|struck|finalized|finalised|inked|opened|wrapped|kicked|paid|laid|gave|made|offered|shared|expressed|stressed|emphasi[sz]ed|urged|raised|exchanged|reviewed|praised|thanked|reaffirmed|approved|endorsed|outlined|presented|witnessed|toured|inspected|greeted|joined|led|saw|lasted|ran|vowed|insisted|rejected|denied|refused|declined|flew|went|came|sat|stood|took|brought|sent|won|lost|wrote|kept|sought|got|became|drove|found|spent|shook|dined|landed|departed|left(?=\s+(?:for|on|the|[A-Z]))|telephoned|dial(?:l)?ed|rang|(?<!-)called|chatted|conferred|huddled|negotiated|appeared|posed|walked|stayed|hailed|noted|added|highlighted|underscored|pressed|asked|proposed)\b/gi;

// "Trump scrapped his visit on Tuesday": a verb in -ed right after its subject (a name
// or a pronoun) is a past tense, whichever verb it is.
// Not after a determiner: "The planned talks", "Their scheduled meeting".
const PAST_AFTER_SUBJECT =
  /(?<=\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|(?!(?:The|This|That|These|Those|His|Her|Its|Their|Our|My|Your|An?|Any|Some|Each|Every|No)\b)\p{Lu}\p{Ll}+)\s+)\p{Ll}{2,}ed\b/gu;

interface Marker {
  start: number;
  end: number;
  /** "none": a plan told from the past, which points neither way. */
  tense: "past" | "future" | "none";
}

// "Xi was to attend a dinner later Wednesday", "was due to land on Sunday": a plan told
// from a moment already past points neither way, so its weekday is the nearest one.
const PLAN_IN_PAST = /^(?:was|were)\b/i;

// "Sikorski holds talks with Budrys in Vilnius on Tuesday": a meeting verb in the simple
// present after its subject is a schedule, as news writes one.
const SCHEDULE_PRESENT =
  /(?<=\b(?:[Hh]e|[Ss]he|(?!(?:The|This|That|It|His|Her|Its|Their)\b)\p{Lu}[\p{L}'’-]+)\s+(?:also\s+|then\s+)?)(?:meets|holds\s+talks|hosts|visits|travels\s+to|flies\s+to|receives)\b/gu;

function markers(text: string): Marker[] {
  // Not in a headline ("Erdogan meets Xi after Wednesday talks"), which tells the past so.
  const sentence = /[.!?]["'”’]?\s*$/.test(text);
  const schedule = sentence ? [...text.matchAll(SCHEDULE_PRESENT)] : [];
  const planned: Marker[] = [...text.matchAll(FUTURE), ...schedule].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    tense: "future",
  }));
  // "was to meet" and "were set to" are no past: their auxiliary must not count.
  const past: Marker[] = [...text.matchAll(PAST), ...text.matchAll(PAST_AFTER_SUBJECT)]
    .map((m): Marker => ({ start: m.index, end: m.index + m[0].length, tense: "past" }))
    .filter((p) => !planned.some((f) => p.start < f.end && f.start < p.end));
  const marked = planned.map(
    (f): Marker => (PLAN_IN_PAST.test(text.slice(f.start, f.end)) ? { ...f, tense: "none" } : f),
  );
  return [...marked, ...past];
}

const DECIDED = /\b(?:agreed|decided|pledged|promised|vowed|resolved|undertook)\b/i;

/**
 * Clause boundaries, roughly: a marker across one belongs to another verb unless none is
 * nearer. "held talks in Beijing on Friday and will meet Li on Saturday": "and" before an
 * auxiliary opens a verb of its own, whose tense is not Friday's.
 */
const CLAUSE_BREAK =
  /[,;:()—]|\s[-–]\s|\sand\s+(?=(?:will|shall|would|is|are|was|were|has|have|had|then|later|also|plans?|planned)\b)/g;

/**
 * Tense of the clause around text[start, end): the nearest marker in the same clause (ties to
 * the left), else the nearest before it in the sentence, since English puts the verb before its
 * time ("met Xi in March"), else the nearest after it ("On Monday, Biden met Xi").
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  const clauseStart = Math.max(0, ...breaks.filter((b) => b < start));
  const clauseEnd = Math.min(text.length, ...breaks.filter((b) => b >= end));
  const outside = markers(text).filter((m) => m.end <= start || m.start >= end);
  const distance = (m: Marker) => (m.end <= start ? start - m.end : m.start - end + 0.5);
  const nearest = (ms: Marker[]) => ms.sort((a, b) => distance(a) - distance(b))[0]?.tense;
  // "agreed in a telephone conversation on Thursday to hold talks": a day between a past
  // verb of deciding and the infinitive it governs is the day of the deciding.
  const inClause = outside.filter((m) => m.start >= clauseStart && m.end <= clauseEnd);
  const decided = DECIDED.exec(text.slice(clauseStart, start));
  const next = inClause.filter((m) => m.start >= end).sort((a, b) => a.start - b.start)[0];
  if (decided && next?.tense === "future" && /^to\s/i.test(text.slice(next.start, next.end))) {
    const between = inClause.filter((m) => m.end <= start && m.start >= clauseStart + decided.index);
    if (between.every((m) => m.tense === "past")) return "past";
  }
  const tense =
    nearest(inClause) ?? nearest(outside.filter((m) => m.end <= start)) ?? nearest(outside) ?? null;
  return tense === "none" ? null : tense;
}
