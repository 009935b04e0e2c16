import type { CurationEntry } from "../../schemas/curation.ts";
import { reviewedConfidence } from "../../schemas/extraction.ts";
import { mergeEvent, refreshFromLatest } from "./merge-event.ts";
import type { Tx } from "./types.ts";

/** Says what is wrong with a correction, naming its field ("create.sources.0.evidence.1"). */
export type Fail = (field: string, message: string) => never;

/** Writes a missed event from each source that reports it, checking every quote against the text. */
export async function createEvent(tx: Tx, e: CurationEntry, fail: Fail): Promise<void> {
  const c = e.create;
  if (!c) return;
  if (await tx.event.findUnique({ where: { id: e.event } }))
    fail("event", `cannot create: ${e.event} exists`);
  const { sources, ...event } = c;
  for (const [j, src] of sources.entries()) {
    const doc = await tx.document.findUnique({
      where: { id: src.document },
      select: { id: true, text: true, publishedSort: true },
    });
    if (!doc) fail(`create.sources.${j}.document`, `no document ${src.document}`);
    src.evidence.forEach((ev, k) => {
      if (doc?.text.slice(ev.start, ev.end) !== ev.quote)
        fail(
          `create.sources.${j}.evidence.${k}`,
          `the quote is not the document's text at ${ev.start}-${ev.end}`,
        );
    });
    if (!doc) continue;
    await mergeEvent(tx, doc, {
      ...event,
      id: e.event,
      status: src.status,
      confidence: reviewedConfidence(event),
      evidence: src.evidence,
    });
  }
}

/** The rows of the merged event that the surviving one lacks (by key), re-pointed at it. */
function missing<T extends { eventId: string }>(
  from: T[],
  existing: T[],
  key: (r: T) => string,
  into: string,
) {
  const have = new Set(existing.map(key));
  return from.filter((r) => !have.has(key(r))).map((r) => ({ ...r, eventId: into }));
}

/** Moves everything one event has onto another (the same real-world event), then removes it. */
export async function mergeEvents(tx: Tx, from: string, into: string, fail: Fail): Promise<void> {
  if (!(await tx.event.findUnique({ where: { id: into } })))
    fail("mergeInto", `no event ${into} to merge into`);
  const byEvent = (eventId: string) => ({ where: { eventId } });
  await tx.eventSource.createMany({
    data: missing(
      await tx.eventSource.findMany(byEvent(from)),
      await tx.eventSource.findMany(byEvent(into)),
      (s) => s.documentId,
      into,
    ),
  });
  await tx.participant.createMany({
    data: missing(
      await tx.participant.findMany(byEvent(from)),
      await tx.participant.findMany(byEvent(into)),
      (p) => p.officialId,
      into,
    ),
  });
  await tx.eventTopic.createMany({
    data: missing(
      await tx.eventTopic.findMany(byEvent(from)),
      await tx.eventTopic.findMany(byEvent(into)),
      (t) => t.topicId,
      into,
    ),
  });
  await tx.evidence.updateMany({ where: { eventId: from }, data: { eventId: into } });
  await tx.conflict.updateMany({ where: { eventId: from }, data: { eventId: into } });
  await tx.curation.updateMany({ where: { eventId: from }, data: { eventId: into } });
  await tx.event.delete({ where: { id: from } });
  await refreshFromLatest(tx, into);
}

/**
 * The reverse of a merge: the sources that report another event move to a new one (a
 * copy of this one's facts, for the reviewer to correct), with their quotes and
 * conflicts; each event's status and summary then follow its own latest source.
 */
export async function splitEvent(
  tx: Tx,
  from: string,
  split: { id: string; documents: string[] },
  fail: Fail,
): Promise<void> {
  if (await tx.event.findUnique({ where: { id: split.id } })) fail("split.id", `${split.id} exists`);
  const sources = await tx.eventSource.findMany({ where: { eventId: from } });
  const have = new Set(sources.map((s) => s.documentId));
  split.documents.forEach((d, i) => {
    if (!have.has(d)) fail(`split.documents.${i}`, `${d} is not a source of ${from}`);
  });
  if (split.documents.length >= sources.length)
    fail("split.documents", "must leave the event at least one source");
  const event = await tx.event.findUniqueOrThrow({ where: { id: from } });
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...facts } = event;
  await tx.event.create({ data: { ...facts, id: split.id } });
  for (const p of await tx.participant.findMany({ where: { eventId: from } }))
    await tx.participant.create({ data: { ...p, eventId: split.id } });
  for (const t of await tx.eventTopic.findMany({ where: { eventId: from } }))
    await tx.eventTopic.create({ data: { ...t, eventId: split.id } });
  const moved = { eventId: from, documentId: { in: split.documents } };
  for (const s of sources.filter((s) => split.documents.includes(s.documentId)))
    await tx.eventSource.create({ data: { ...s, eventId: split.id } });
  await tx.eventSource.deleteMany({ where: moved });
  await tx.evidence.updateMany({ where: moved, data: { eventId: split.id } });
  await tx.conflict.updateMany({ where: moved, data: { eventId: split.id } });
  await refreshFromLatest(tx, from, split.id);
}
