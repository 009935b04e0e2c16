import { sha256 } from "../lib/hash.ts";
import type { Extraction } from "../schemas/extraction.ts";
import { confidenceOf, type EventSignals, signalsOf } from "./confidence.ts";
import { referenceDays } from "./dates/updates.ts";
import { findDates, inferPublicationDate, parsePublishedAt } from "./dates.ts";
import { buildEvents } from "./events/build.ts";
import type { ArticleContext } from "./events/context.ts";
import { finalizeEvents } from "./events/finalize.ts";
import { splitNegatedClauses } from "./events/negated-clause.ts";
import { findOfficials } from "./officials/find.ts";
import { findDateline } from "./places/dateline.ts";
import { findPlaces } from "./places/find.ts";
import type { Reference } from "./reference.ts";
import { splitSentences } from "./sentences.ts";
import { findSummits } from "./summits.ts";
import { slugify } from "./text.ts";
import { findTopics } from "./topics.ts";
import type { ArticleInput, PublicationDate } from "./types.ts";

export interface ExtractInput extends ArticleInput {
  id?: string | null;
  /** How the caller knew publishedAt; a value from metadata counts as printed. */
  publishedAtSource?: "printed" | "inferred" | "unknown";
  publishedAtNote?: string | null;
}

function publication(input: ExtractInput, ref: Reference): PublicationDate | null {
  if (input.publishedAt) {
    const p = parsePublishedAt(input.publishedAt);
    if (p) {
      const source = input.publishedAtSource === "inferred" ? "inferred" : "printed";
      return { ...p, source, note: input.publishedAtNote ?? p.note };
    }
  }
  return inferPublicationDate(input.text, input.title ?? null, new Date(), ref);
}

/**
 * The pipeline: text (and optional metadata) in, the extraction format out. Pure and
 * offline: no database, no network; the reference data is passed in.
 */
export function extract(input: ExtractInput, ref: Reference): Extraction {
  return extractWithSignals(input, ref).extraction;
}

/** The extraction, and for each event how it was read (what npm run calibrate fits on). */
export function extractWithSignals(
  input: ExtractInput,
  ref: Reference,
): { extraction: Extraction; signals: EventSignals[] } {
  const { text } = input;
  const pub = publication(input, ref);
  const sentences = splitNegatedClauses(splitSentences(text));
  const places = findPlaces(text, sentences, ref);
  const dateline = findDateline(text, sentences, ref);
  const officials = findOfficials(text, sentences, ref, pub?.value ?? null, { dateline, places });
  const summits = findSummits(text, sentences, ref);
  // Each sentence's dates read against the day it was filed (an update's dateline).
  const days = referenceDays(text, sentences, pub);
  const ctx: ArticleContext = {
    text,
    sentences,
    pub,
    ref,
    officials,
    places,
    dateline,
    summits,
    // "Asia-Pacific Economic Cooperation" names a summit, not a discussion of trade; a
    // keyword that says more than the name ("coordination within BRICS", "the BRICS
    // chairmanship") is the group as a topic.
    topics: findTopics(text, sentences, ref).filter(
      (t) => !summits.some((m) => t.start >= m.start && t.end <= m.end),
    ),
    dates: sentences.map((s, i) => findDates(s, days[i] ?? pub)),
    days,
  };
  const drafts = buildEvents(ctx);
  const signals = drafts.map((d) => signalsOf(ctx, d));
  const confidences = signals.map((x) => confidenceOf(ref.confidence, x));
  const events = finalizeEvents(drafts, officials.officials, pub, confidences);
  const hash = sha256(text);
  const extraction: Extraction = {
    formatVersion: 1,
    document: {
      id: input.id || documentId(input.title ?? null, pub, hash),
      sha256: hash,
      title: input.title ?? null,
      publishedAt: pub
        ? { value: pub.value, precision: pub.precision, source: pub.source, note: pub.note }
        : { value: null, precision: null, source: "unknown", note: null },
    },
    // Every official the article names, taking part in an event or not: "with country and role at the time".
    officials: [...officials.officials.values()]
      .filter((o) => officials.mentions.some((m) => m.officialIds.includes(o.id)))
      .map((o) => ({
        id: o.id,
        name: o.name,
        country: o.country,
        organization: o.organization as Extraction["officials"][number]["organization"],
        role: o.role,
        aliases: [...o.aliases].sort(),
      })),
    events,
  };
  return { extraction, signals };
}

/** A readable, stable id: the title's slug (or the hash) with the publication date. */
export function documentId(title: string | null, pub: PublicationDate | null, hash: string): string {
  const words = title ? slugify(title).split("-").slice(0, 8).join("-") : "";
  return (
    [pub?.value ?? null, words || hash.slice(0, 12)].filter(Boolean).join("-").replace(/^-|-$/g, "") ||
    hash.slice(0, 12)
  );
}
