import type { Reference } from "../../extract/reference.ts";
import { recordChanges } from "./record-changes.ts";
import type { Tx } from "./types.ts";
import { indexReference } from "./write-index.ts";

// Upserts with unchanged values write nothing new, and aliases/keywords are only
// added, never pruned (articles add aliases too), so a second run is a no-op.
export async function writeReference(
  tx: Tx,
  ref: Pick<Reference, "officials" | "topics" | "summits">,
): Promise<void> {
  // Officials enter the dataset when an article names them (writeDocument); here the
  // ones already in it get any corrected name, alias or role from the reference list.
  const present = new Set((await tx.official.findMany({ select: { id: true } })).map((o) => o.id));
  for (const o of ref.officials.filter((x) => present.has(x.id))) {
    await tx.official.update({ where: { id: o.id }, data: { name: o.name, country: o.country } });
    await writeRoles(tx, o);
  }
  for (const t of ref.topics) {
    const data = { name: t.name, description: t.description };
    await tx.topic.upsert({ where: { id: t.id }, create: { id: t.id, ...data }, update: data });
    const have = new Set(
      (await tx.topicKeyword.findMany({ where: { topicId: t.id } })).map((k) => k.keyword),
    );
    const missing = [...new Set(t.keywords)].filter((k) => !have.has(k));
    if (missing.length)
      await tx.topicKeyword.createMany({ data: missing.map((keyword) => ({ topicId: t.id, keyword })) });
  }
  for (const s of ref.summits) {
    // Aliases and a bilateral summit's leaders are for the extractor, not stored.
    const { aliases: _aliases, leaders: _leaders, id, ...data } = s;
    await tx.summit.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
  await indexReference(tx);
  await recordChanges(tx, present, { cause: "reference" }, "official");
}

export async function addAliases(tx: Tx, officialId: string, aliases: string[]): Promise<void> {
  const have = new Set((await tx.officialAlias.findMany({ where: { officialId } })).map((a) => a.alias));
  const missing = [...new Set(aliases)].filter((a) => !have.has(a));
  if (missing.length)
    await tx.officialAlias.createMany({ data: missing.map((alias) => ({ officialId, alias })) });
}

/** A reference official's names and dated roles, written or refreshed. */
export async function writeRoles(tx: Tx, o: Reference["officials"][number]): Promise<void> {
  await addAliases(tx, o.id, [o.name, ...o.aliases]);
  for (const r of o.roles) {
    const data = {
      organisation: r.organisation,
      country: r.country,
      organization: r.organization,
      endDate: r.endDate,
      source: r.source,
    };
    await tx.role.upsert({
      where: { officialId_title_startDate: { officialId: o.id, title: r.title, startDate: r.startDate } },
      create: { officialId: o.id, title: r.title, startDate: r.startDate, ...data },
      update: data,
    });
  }
}
