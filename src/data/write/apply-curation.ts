import { firstDay, lastDay } from "../../lib/partial-date.ts";
import { SeedError } from "../../lib/seed-error.ts";
import type { CurationEntry } from "../../schemas/curation.ts";
import { isMeetingKind } from "../../schemas/extraction.ts";
import { checkReferences } from "./curation-checks.ts";
import { createEvent, type Fail, mergeEvents, splitEvent } from "./curation-ops.ts";
import { recordChanges } from "./record-changes.ts";
import type { Tx } from "./types.ts";

const FILE = "curation.json";

/** Applies the reviewed corrections of seeds/curation.json not applied before (by key); returns how many were. */
export async function applyCuration(tx: Tx, entries: CurationEntry[]): Promise<number> {
  let applied = 0;
  for (const [i, e] of entries.entries()) {
    if (await wasApplied(tx, e.key)) continue;
    await applyEntry(tx, e, (field, msg) => {
      throw new SeedError(FILE, `entries.${i} (${e.key}): ${field}: ${msg}`);
    });
    applied++;
  }
  return applied;
}

// Databases written before corrections were stored kept only the notes (Curation).
const wasApplied = async (tx: Tx, key: string) =>
  (await tx.correction.findUnique({ where: { key } })) ??
  (await tx.curation.findFirst({ where: { key: { startsWith: `${key}:` } } }));

/** What applying one correction did. */
export interface Applied {
  correctionId: number;
  /** The event that carries the correction now: renamed or merged into, or null once deleted. */
  eventId: string | null;
}

/**
 * Applies one reviewed correction (from seeds/curation.json or the API) and records it:
 * the correction itself (replayed after re-extraction), a note per fact it decided, and
 * a new version of each event it touched. `fail` names the field that cannot be applied.
 */
export async function applyEntry(
  tx: Tx,
  e: CurationEntry,
  fail: Fail,
  options: { record?: boolean } = {},
): Promise<Applied> {
  await checkReferences(tx, e, fail);
  // Officials whose meetings the correction may change: their meeting counts move.
  const officials = new Set(
    (await tx.participant.findMany({ where: { eventId: e.event } })).map((p) => p.officialId),
  );
  if (e.create) await createEvent(tx, e, fail);
  else if (!(await tx.event.findUnique({ where: { id: e.event } }))) fail("event", `no event ${e.event}`);
  const record = (action: string, field: string | null = null, value: unknown = null, eventId = e.event) => {
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
    await tx.event.update({ where: { id: e.event }, data: setColumns(e.set) });
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
  let eventId: string | null = e.event;
  if (e.mergeInto) {
    await mergeEvents(tx, e.event, e.mergeInto, fail);
    await record("merge", null, e.event, e.mergeInto);
    eventId = e.mergeInto;
  } else if (e.renameTo) {
    if (await tx.event.findUnique({ where: { id: e.renameTo } })) fail("renameTo", `${e.renameTo} exists`);
    await tx.event.update({ where: { id: e.event }, data: { id: e.renameTo } });
    await tx.curation.updateMany({ where: { eventId: e.event }, data: { eventId: e.renameTo } });
    await record("rename", null, e.event, e.renameTo);
    eventId = e.renameTo;
  } else if (e.split) {
    await splitEvent(tx, e.event, e.split, fail);
    await record("split", null, e.split);
    await record("split", "from", e.event, e.split.id);
  } else if (e.delete) {
    await tx.event.delete({ where: { id: e.event } });
    await record("delete");
    eventId = null;
  } else if (e.create) {
    await record("create");
  }
  if (eventId) await markReviewed(tx, e, eventId);
  const { id: correctionId } = await tx.correction.create({
    data: { key: e.key, eventId: e.event, body: JSON.stringify(e), by: e.by, reason: e.reason },
  });
  const touched = [e.event, e.mergeInto, e.renameTo, e.split?.id].filter((x) => x !== undefined);
  if (options.record !== false) {
    const why = { cause: "correction" as const, correctionId, by: e.by, reason: e.reason };
    await recordChanges(tx, touched, why);
    for (const p of await tx.participant.findMany({ where: { eventId: { in: touched } } }))
      officials.add(p.officialId);
    await recordChanges(tx, officials, why, "official");
  }
  return { correctionId, eventId };
}

/** The Event columns a `set` writes (a date fills the derived range and sort columns). */
function setColumns(set: NonNullable<CurationEntry["set"]>): Record<string, unknown> {
  const { date, place, summit, kind, ...rest } = set;
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
  return data;
}

/**
 * A reviewed correction is certain where it decided: the event itself (a reviewer kept
 * it), and each fact it set. Facts it left alone keep the pipeline's confidence.
 */
async function markReviewed(tx: Tx, e: CurationEntry, eventId: string): Promise<void> {
  const data: Record<string, number> = { confidence: 1 };
  if (e.set?.date) data.dateConfidence = 1;
  if (e.set?.place) data.placeConfidence = 1;
  if (e.addParticipants?.length || e.removeParticipants?.length) data.participantsConfidence = 1;
  if (e.addTopics?.length || e.removeTopics?.length) data.topicsConfidence = 1;
  await tx.event.update({ where: { id: eventId }, data });
}
