import { firstDay, lastDay } from "../../lib/partial-date.ts";
import { SeedError } from "../../lib/seed-error.ts";
import type { CurationEntry } from "../../schemas/curation.ts";
import { isMeetingKind, reviewedConfidence } from "../../schemas/extraction.ts";
import { mergeEvent, refreshFromLatest } from "./merge-event.ts";
import type { Tx } from "./types.ts";

const FILE = "curation.json";

/** Applies the reviewed corrections not applied before (by key); returns how many were. */
export async function applyCuration(tx: Tx, entries: CurationEntry[]): Promise<number> {
  let applied = 0;
  for (const [i, e] of entries.entries()) {
    if (await tx.curation.findFirst({ where: { key: { startsWith: `${e.key}:` } } })) continue;
    const fail = (msg: string): never => {
      throw new SeedError(FILE, `entries.${i} (${e.key}): ${msg}`);
    };
    if (e.create) {
      await createEvent(tx, e, fail);
    } else if (!(await tx.event.findUnique({ where: { id: e.event } }))) fail(`no event ${e.event}`);
    const record = (
      action: string,
      field: string | null = null,
      value: unknown = null,
      eventId = e.event,
    ) => {
      const json = value === null ? null : JSON.stringify(value);
      return tx.curation.create({
        data: {
          key: [e.key, action, field, json].filter(Boolean).join(":"),
          eventId,
          action,
          field,
          value: json,
          by: e.by,
          reason: e.reason,
        },
      });
    };
    if (e.set) {
      const { date, place, summit, kind, ...rest } = e.set;
      const data: Record<string, unknown> = { ...rest };
      if (kind) Object.assign(data, { kind, isMeeting: isMeetingKind(kind) });
      if (date) {
        const dateMin = firstDay(date.start);
        Object.assign(data, {
          startDate: date.start,
          endDate: date.end,
          datePrecision: date.precision,
          dateMin,
          dateMax: lastDay(date.end ?? date.start),
          sortDate: dateMin,
        });
      }
      if (place) Object.assign(data, place);
      if (summit !== undefined) data.summitId = summit;
      await tx.event.update({ where: { id: e.event }, data });
      for (const [field, value] of Object.entries(e.set)) await record("set", field, value);
    }
    for (const topicId of e.addTopics ?? []) {
      await tx.eventTopic.upsert({
        where: { eventId_topicId: { eventId: e.event, topicId } },
        create: { eventId: e.event, topicId },
        update: {},
      });
      await record("add", "topic", topicId);
    }
    for (const topicId of e.removeTopics ?? []) {
      await tx.eventTopic.deleteMany({ where: { eventId: e.event, topicId } });
      await record("remove", "topic", topicId);
    }
    for (const p of e.addParticipants ?? []) {
      await tx.participant.upsert({
        where: { eventId_officialId: { eventId: e.event, officialId: p.official } },
        create: { eventId: e.event, officialId: p.official, role: p.role, side: p.side },
        update: { role: p.role, side: p.side },
      });
      await record("add", "participant", p.official);
    }
    for (const officialId of e.removeParticipants ?? []) {
      await tx.participant.deleteMany({ where: { eventId: e.event, officialId } });
      await record("remove", "participant", officialId);
    }
    if (e.mergeInto) {
      await mergeEvents(tx, e.event, e.mergeInto, fail);
      await record("merge", null, e.event, e.mergeInto);
    } else if (e.renameTo) {
      if (await tx.event.findUnique({ where: { id: e.renameTo } }))
        fail(`cannot rename: ${e.renameTo} exists`);
      await tx.event.update({ where: { id: e.event }, data: { id: e.renameTo } });
      await tx.curation.updateMany({ where: { eventId: e.event }, data: { eventId: e.renameTo } });
      await record("rename", null, e.event, e.renameTo);
    } else if (e.delete) {
      await tx.event.delete({ where: { id: e.event } });
      await record("delete");
    } else if (e.create) {
      await record("create");
    }
    if (!e.delete) await markReviewed(tx, e);
    applied++;
  }
  return applied;
}

/**
 * A reviewed correction is certain where it decided: the event itself (a reviewer kept
 * it), and each fact it set. Facts it left alone keep the pipeline's confidence.
 */
async function markReviewed(tx: Tx, e: CurationEntry): Promise<void> {
  const data: Record<string, number> = { confidence: 1 };
  if (e.set?.date) data.dateConfidence = 1;
  if (e.set?.place) data.placeConfidence = 1;
  if (e.addParticipants?.length || e.removeParticipants?.length) data.participantsConfidence = 1;
  if (e.addTopics?.length || e.removeTopics?.length) data.topicsConfidence = 1;
  await tx.event.update({ where: { id: e.mergeInto ?? e.renameTo ?? e.event }, data });
}

/** Writes a missed event from each source that reports it, checking every quote against the text. */
async function createEvent(tx: Tx, e: CurationEntry, fail: (m: string) => never): Promise<void> {
  const c = e.create;
  if (!c) return;
  if (await tx.event.findUnique({ where: { id: e.event } })) fail(`cannot create: ${e.event} exists`);
  const { sources, ...event } = c;
  for (const [j, src] of sources.entries()) {
    const doc = await tx.document.findUnique({
      where: { id: src.document },
      select: { id: true, text: true, publishedSort: true },
    });
    if (!doc) fail(`create.sources.${j}.document: no document ${src.document}`);
    src.evidence.forEach((ev, k) => {
      if (doc?.text.slice(ev.start, ev.end) !== ev.quote)
        fail(`create.sources.${j}.evidence.${k}: quote not at ${ev.start}-${ev.end}`);
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

/** Moves everything one event has onto another (the same real-world event), then removes it. */
async function mergeEvents(tx: Tx, from: string, into: string, fail: (m: string) => never): Promise<void> {
  if (!(await tx.event.findUnique({ where: { id: into } }))) fail(`no event ${into} to merge into`);
  const has = async <T>(rows: T[], key: (r: T) => string, existing: Set<string>) =>
    rows.filter((r) => !existing.has(key(r)));
  const intoSources = new Set(
    (await tx.eventSource.findMany({ where: { eventId: into } })).map((s) => s.documentId),
  );
  for (const s of await has(
    await tx.eventSource.findMany({ where: { eventId: from } }),
    (s) => s.documentId,
    intoSources,
  )) {
    await tx.eventSource.create({ data: { ...s, eventId: into } });
  }
  const intoP = new Set(
    (await tx.participant.findMany({ where: { eventId: into } })).map((p) => p.officialId),
  );
  for (const p of await has(
    await tx.participant.findMany({ where: { eventId: from } }),
    (p) => p.officialId,
    intoP,
  )) {
    await tx.participant.create({ data: { ...p, eventId: into } });
  }
  const intoT = new Set((await tx.eventTopic.findMany({ where: { eventId: into } })).map((t) => t.topicId));
  for (const t of await has(
    await tx.eventTopic.findMany({ where: { eventId: from } }),
    (t) => t.topicId,
    intoT,
  )) {
    await tx.eventTopic.create({ data: { ...t, eventId: into } });
  }
  await tx.evidence.updateMany({ where: { eventId: from }, data: { eventId: into } });
  await tx.conflict.updateMany({ where: { eventId: from }, data: { eventId: into } });
  await tx.curation.updateMany({ where: { eventId: from }, data: { eventId: into } });
  await tx.event.delete({ where: { id: from } });
  await refreshFromLatest(tx, into);
}
