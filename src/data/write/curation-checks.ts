import type { CurationEntry } from "../../schemas/curation.ts";
import type { Fail } from "./curation-ops.ts";
import type { Tx } from "./types.ts";

/**
 * Every topic, official and summit a correction names must exist: a reviewer's typo is
 * a 400 naming the field, not a foreign-key failure halfway through.
 */
export async function checkReferences(tx: Tx, e: CurationEntry, fail: Fail): Promise<void> {
  const topics = [
    ...(e.addTopics ?? []).map((id, i) => [`addTopics.${i}`, id] as const),
    ...(e.create?.topics ?? []).map((id, i) => [`create.topics.${i}`, id] as const),
  ];
  const officials = [
    ...(e.addParticipants ?? []).map((p, i) => [`addParticipants.${i}.official`, p.official] as const),
    ...(e.create?.participants ?? []).map(
      (p, i) => [`create.participants.${i}.official`, p.official] as const,
    ),
  ];
  const summits = [
    ...(e.set?.summit ? [["set.summit", e.set.summit] as const] : []),
    ...(e.create?.summit ? [["create.summit", e.create.summit] as const] : []),
  ];
  const known = async (ids: string[], find: (ids: string[]) => Promise<{ id: string }[]>) =>
    new Set((ids.length ? await find(ids) : []).map((r) => r.id));
  const t = await known(
    topics.map(([, id]) => id),
    (ids) => tx.topic.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  );
  const o = await known(
    officials.map(([, id]) => id),
    (ids) => tx.official.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  );
  const s = await known(
    summits.map(([, id]) => id),
    (ids) => tx.summit.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  );
  for (const [field, id] of topics) if (!t.has(id)) fail(field, `no topic ${id}`);
  for (const [field, id] of officials) if (!o.has(id)) fail(field, `no official ${id}`);
  for (const [field, id] of summits) if (!s.has(id)) fail(field, `no summit ${id}`);
}
