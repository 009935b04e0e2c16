import type { Article } from "../../src/loader/read-article.ts";
import { sha256 } from "../../src/loader/read-article.ts";
import type {
  EventKind,
  EventStatus,
  Evidence,
  ExtractedEvent,
  ExtractedOfficial,
  Extraction,
} from "../../src/schemas/extraction.ts";
import type { Official, SynthEvent } from "./synth-events.ts";
import type { Rng } from "./synth-random.ts";
import { filler, isoOf, opening, PUBLISHERS, printDate, slug } from "./synth-world.ts";

/** The body under construction: quotes are recorded where they land, so offsets are exact by construction. */
class Body {
  text = "";
  add(s: string): void {
    this.text += s;
  }
  quote(field: Evidence["field"], value: string | null, s: string): Evidence {
    const start = this.text.length;
    this.text += s;
    return { field, value, quote: s, start, end: this.text.length };
  }
}

const VERBS: Record<EventKind, [past: string, base: string]> = {
  in_person: ["met", "meet"],
  call: ["spoke by phone with", "speak by phone with"],
  video_call: ["held a video call with", "hold a video call with"],
  visit: ["paid a visit to", "pay a visit to"],
  talks: ["held talks with", "hold talks with"],
  dinner: ["hosted a dinner for", "host a dinner for"],
  statement: ["issued a statement", "issue a statement"],
  incident: ["was caught up in a diplomatic incident", "be caught up in a diplomatic incident"],
  announcement: ["made an announcement", "make an announcement"],
};
const STATUS: Record<EventStatus, string | null> = {
  held: null,
  scheduled: "is scheduled to",
  expected: "is expected to",
  cancelled: "cancelled plans to",
};
const AGENDA: Record<EventStatus, string> = {
  held: "They discussed",
  scheduled: "The agenda is set to include",
  expected: "Talks are expected to cover",
  cancelled: "The talks were to have covered",
};
// Topic names are capitalised as headings; mid-sentence only proper nouns keep it.
const PROPER = new Set([
  "taiwan",
  "russia-ukraine-war",
  "north-korea",
  "south-china-sea",
  "east-china-sea",
  "middle-east",
]);
const CONTEXT_KINDS = new Set<EventKind>(["statement", "incident", "announcement"]);

export const roleAt = (o: Official, date: string) =>
  (o.roles.find((r) => r.startDate <= date && (!r.endDate || r.endDate >= date)) ?? o.roles.at(-1))?.title ??
  null;

/** One or two sentences reporting the event; returns the evidence for each stated fact. */
function renderEvent(b: Body, e: SynthEvent, status: EventStatus): Evidence[] {
  const from = b.text.length;
  const ev: Evidence[] = [];
  const [first, ...others] = e.participants;
  if (!first) throw new Error(`event ${e.id} has no participants`);
  ev.push(b.quote("participant", first.id, first.name));
  const phrase = STATUS[status];
  b.add(" ");
  if (phrase) {
    ev.push(b.quote("status", status, phrase));
    b.add(" ");
  }
  const [past, base] = VERBS[e.kind];
  ev.push(b.quote("kind", e.kind, phrase ? base : past));
  others.forEach((o, i) => {
    b.add(i === 0 ? " " : i === others.length - 1 ? " and " : ", ");
    ev.push(b.quote("participant", o.id, o.name));
  });
  b.add(e.kind === "call" || e.kind === "video_call" ? " from " : " in ");
  ev.push(b.quote("place", e.place.country, e.place.city));
  if (e.summit) {
    b.add(" on the sidelines of the ");
    ev.push(b.quote("summit", e.summit.id, e.summit.name));
  }
  const { start, end, precision } = e.date;
  b.add(precision === "day" ? " on " : " in ");
  const printed = end ? `${Number(start.slice(8))} to ${printDate(end)}` : printDate(start);
  ev.push(b.quote("date", start, printed));
  b.add(".");
  if (e.topics.length) {
    b.add(` ${CONTEXT_KINDS.has(e.kind) ? "It concerned" : AGENDA[status]} `);
    e.topics.forEach((t, i) => {
      if (i > 0) b.add(i === e.topics.length - 1 ? " and " : ", ");
      const name = PROPER.has(t.id) ? t.name : t.name[0]?.toLowerCase() + t.name.slice(1);
      ev.push(b.quote("topic", t.id, name));
    });
    b.add(".");
  }
  ev.push({ field: "event", value: null, quote: b.text.slice(from), start: from, end: b.text.length });
  return ev;
}

export interface Report {
  event: SynthEvent;
  status: EventStatus;
}

/** An article and the extraction a perfect extractor would have made of it. */
export function renderDocument(n: number, docDay: number, reports: Report[], rng: Rng) {
  const paragraphs: Report[][] = Array.from(
    { length: Math.max(rng.int(3, 8), Math.ceil(reports.length / 3)) },
    () => [],
  );
  for (const r of reports) paragraphs[rng.int(0, paragraphs.length - 1)]?.push(r);
  const b = new Body();
  const evidence = new Map<Report, Evidence[]>();
  // Events sit among filler sentences; the first paragraph opens with the common words.
  paragraphs.forEach((para, i) => {
    if (i > 0) b.add("\n\n");
    const lead = i === 0 ? opening(rng) : !para.length || rng.chance(0.5) ? filler(rng) : null;
    if (lead) b.add(lead);
    para.forEach((r, j) => {
      if (lead || j > 0) b.add(" ");
      evidence.set(r, renderEvent(b, r.event, r.status));
    });
    if (!para.length || rng.chance(0.6)) b.add(` ${filler(rng)}`);
  });
  b.add("\n");

  const published = isoOf(docDay);
  const head = reports[0]?.event;
  const title = head
    ? `${head.title}: ${head.topics[0]?.name ?? "talks"} on the agenda`
    : "Officials weigh talks";
  const id = `${published}-${slug(title).slice(0, 60).replace(/-+$/, "")}-${n}`;
  const article: Article = {
    file: `synth/${id}.md`,
    body: b.text,
    sha256: sha256(b.text),
    header: {
      id,
      title,
      publisher: rng.pick(PUBLISHERS),
      author: null,
      url: `https://synthetic.example/${id}`,
      publishedAt: published,
      publishedAtPrecision: "day",
      publishedAtSource: "printed",
      publishedAtNote: null,
    },
  };
  const officials = new Map<string, ExtractedOfficial>();
  const events: ExtractedEvent[] = reports.map((r) => {
    const e = r.event;
    for (const o of e.participants)
      officials.set(o.id, {
        id: o.id,
        name: o.name,
        country: o.country,
        role: roleAt(o, published),
        aliases: [],
      });
    return {
      id: e.id,
      kind: e.kind,
      status: r.status,
      title: e.title,
      summary: null,
      date: { ...e.date },
      place: { venue: null, ...e.place },
      summit: e.summit?.id ?? null,
      participants: e.participants.map((o) => ({
        official: o.id,
        role: roleAt(o, e.date.start),
        side: o.country,
      })),
      topics: e.topics.map((t) => t.id),
      evidence: evidence.get(r) ?? [],
    };
  });
  const extraction: Extraction = {
    formatVersion: 1,
    document: {
      id,
      sha256: article.sha256,
      title,
      publishedAt: { value: published, precision: "day", source: "printed", note: null },
    },
    officials: [...officials.values()],
    events,
  };
  return { article, extraction };
}
