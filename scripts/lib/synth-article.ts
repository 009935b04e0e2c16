import { sha256 } from "../../src/lib/hash.ts";
import type {
  EventStatus,
  Evidence,
  ExtractedEvent,
  ExtractedOfficial,
  Extraction,
} from "../../src/schemas/extraction.ts";
import { reviewedConfidence } from "../../src/schemas/extraction.ts";
import type { Article } from "../../src/seed-files/read-article.ts";
import type { Official, SynthEvent } from "./synth-events.ts";
import { Body, renderEvent } from "./synth-phrases.ts";
import type { Rng } from "./synth-random.ts";
import { filler, isoOf, opening, PUBLISHERS, slug } from "./synth-world.ts";

export const roleAt = (o: Official, date: string) =>
  (o.roles.find((r) => r.startDate <= date && (!r.endDate || r.endDate >= date)) ?? o.roles.at(-1))?.title ??
  null;

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
    if (!para.length || rng.chance(0.6)) b.add(` ${filler(rng, lead)}`);
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
        organization: null,
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
        organization: null,
      })),
      topics: e.topics.map((t) => t.id),
      // Synthetic reports state their facts outright: as certain as a reviewed reading.
      confidence: reviewedConfidence({ ...e, topics: e.topics.map((t) => t.id) }),
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
