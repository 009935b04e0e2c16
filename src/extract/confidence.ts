import { isMeetingKind } from "../schemas/extraction.ts";
import type { ConfidenceFile } from "../schemas/reference-extra.ts";
import type { ArticleContext } from "./events/context.ts";
import type { Draft } from "./events/draft.ts";
import { isBackground } from "./events/news-day.ts";

// How sure the pipeline is of an event and of each of its facts, from how each was read.
// The features are documented here; their weights and the per-source accuracies are data
// (seeds/reference/confidence.json), fitted on the news corpus's dev split by npm run
// calibrate, so a confidence of 0.7 means that about 7 in 10 such readings were right there.

export interface EventSignals {
  /** What made it an event: an engagement verb, a noun, a meal of the focus, or an anaphor only. */
  trigger: "verb" | "noun" | "anaphor";
  /** Where its date came from: its own clause, another sentence (lead, same day), or none. */
  dateFrom: "clause" | "carried" | "none";
  datePrecision: "day" | "month" | "year" | "none";
  /** Where its place came from: its own sentence, a summit, the dateline, or none. */
  placeFrom: "sentence" | "summit" | "dateline" | "none";
  participants: number;
  /** Officials found by title or pattern rather than in the reference list. */
  discovered: boolean;
  sentences: number;
  status: Draft["status"];
  background: boolean;
  kind: Draft["kind"];
  topics: number;
}

const VERB =
  /^(?:met|meet|meets|held|hold|holds|holding|spoke|speak|speaks|phoned|visit|visits|visited|hosted|hosting|hosts|welcomed|received|sat|talked|travel|travels|travelled|traveled|arrived)\b/i;

const inside = (ctx: ArticleContext, d: Draft, start: number) =>
  d.sentences.some((i) => {
    const s = ctx.sentences[i];
    return s !== undefined && start >= s.start && start < s.end;
  });

export function signalsOf(ctx: ArticleContext, d: Draft): EventSignals {
  const kind = d.evidence.find((e) => e.field === "kind");
  const dateEv = d.evidence.filter((e) => e.field === "date");
  const placeEv = d.evidence.filter((e) => e.field === "place");
  return {
    trigger: !kind ? "anaphor" : VERB.test(kind.quote) ? "verb" : "noun",
    dateFrom: !d.date ? "none" : dateEv.some((e) => inside(ctx, d, e.start)) ? "clause" : "carried",
    datePrecision: d.date?.precision ?? "none",
    placeFrom: !d.place
      ? "none"
      : placeEv.some((e) => inside(ctx, d, e.start))
        ? "sentence"
        : placeEv.length
          ? "dateline"
          : "summit",
    participants: d.participants.length,
    discovered: d.participants.some((id) => !ctx.officials.officials.get(id)?.known),
    sentences: new Set(d.sentences).size,
    status: d.status,
    background: isBackground(ctx, d),
    kind: d.kind,
    topics: d.topics.length,
  };
}

/** The event's features: each 0 or 1, named as the weights in confidence.json are. */
export function features(s: EventSignals): Record<string, number> {
  return {
    bias: 1,
    verbTrigger: s.trigger === "verb" ? 1 : 0,
    anaphorOnly: s.trigger === "anaphor" ? 1 : 0,
    dayDate: s.datePrecision === "day" ? 1 : 0,
    noDate: s.datePrecision === "none" ? 1 : 0,
    carriedDate: s.dateFrom === "carried" ? 1 : 0,
    placed: s.placeFrom === "none" ? 0 : 1,
    group: s.participants > 2 ? 1 : 0,
    alone: s.participants < 2 ? 1 : 0,
    discovered: s.discovered ? 1 : 0,
    severalSentences: s.sentences > 1 ? 1 : 0,
    held: s.status === "held" ? 1 : 0,
    background: s.background ? 1 : 0,
    remote: s.kind === "call" || s.kind === "video_call" ? 1 : 0,
    meal: s.kind === "dinner" ? 1 : 0,
    visit: s.kind === "visit" ? 1 : 0,
    topical: s.topics > 0 ? 1 : 0,
  };
}

/** Keys of the per-fact accuracy tables. */
export function factKeys(s: EventSignals) {
  return {
    date: s.datePrecision === "none" ? null : `${s.dateFrom}-${s.datePrecision}`,
    place: s.placeFrom === "none" ? null : s.placeFrom,
    participants: `${s.discovered ? "discovered" : "reference"}-${s.participants > 2 ? "group" : "pair"}`,
    topics: s.topics > 0 ? "any" : null,
  };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round = (x: number) => Math.round(x * 1000) / 1000;

export interface Confidence {
  event: number;
  participants: number;
  date: number | null;
  place: number | null;
  topics: number | null;
}

/**
 * Event confidence: the fitted logistic model over the features. Each fact: the accuracy
 * observed for facts read the same way (the table's "default" for a way not seen in
 * fitting). Context events (statements, incidents) are not modelled: null facts, and the
 * event confidence of the model's bias.
 */
export function confidenceOf(model: ConfidenceFile, s: EventSignals): Confidence {
  const f = features(s);
  const z = Object.entries(f).reduce((sum, [k, v]) => sum + (model.weights[k] ?? 0) * v, 0);
  const keys = factKeys(s);
  const fact = (table: Record<string, number>, key: string | null) =>
    key === null ? null : round(table[key] ?? table.default ?? 0.5);
  const meeting = isMeetingKind(s.kind);
  return {
    event: round(meeting ? sigmoid(z) : sigmoid(model.weights.bias ?? 0)),
    participants: fact(model.facts.participants, keys.participants) ?? 0.5,
    date: fact(model.facts.date, keys.date),
    place: fact(model.facts.place, keys.place),
    topics: fact(model.facts.topics, keys.topics),
  };
}
