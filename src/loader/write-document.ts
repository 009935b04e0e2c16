import type { Reference } from "../extract/reference.ts";
import { findSameEvent, freeId, sameReport } from "../ingest/coreference.ts";
import { lastDay } from "../lib/partial-date.ts";
import type { ExtractedEvent, Extraction } from "../schemas/extraction.ts";
import { type MergeOutcome, mergeEvent, PendingWrites } from "./merge-event.ts";
import type { Article } from "./read-article.ts";
import { SeedError } from "./seed-error.ts";
import type { Tx } from "./types.ts";
import { writeRoles } from "./write-reference.ts";

export interface DocumentOutcome {
  documentId: string;
  skipped: boolean;
  /** Per extracted event: the stored event it became or merged into. */
  events: { extractedId: string; id: string; outcome: MergeOutcome }[];
}

/** Writes one article and what was extracted from it; the same text twice is a no-op. */
export async function writeDocument(
  tx: Tx,
  article: Article,
  x: Extraction,
  ref: Reference,
): Promise<DocumentOutcome> {
  const id = article.header.id;
  const found = await tx.document.findMany({
    where: { OR: [{ sha256: article.sha256 }, { id }] },
    select: { id: true, sha256: true },
  });
  const same = found.find((d) => d.sha256 === article.sha256);
  if (same) return { documentId: same.id, skipped: true, events: [] };
  if (found.length)
    throw new SeedError(article.file, `id: ${id} already names a document with different text`);
  const h = article.header;
  const publishedSort = h.publishedAt ? lastDay(h.publishedAt) : "0000";
  await tx.document.create({
    data: {
      id,
      title: h.title,
      publisher: h.publisher,
      author: h.author,
      url: h.url,
      publishedAt: h.publishedAt,
      publishedPrecision: h.publishedAtPrecision,
      publishedAtSource: h.publishedAtSource,
      publishedAtNote: h.publishedAtNote,
      publishedSort,
      text: article.body,
      sha256: article.sha256,
      sourceFile: article.file,
    },
  });
  await writeOfficials(tx, x, id, h.publishedAt, ref);
  const events = [];
  const pending = new PendingWrites();
  // Links are written in bulk at the end, so an event this document created is matched here.
  const created: ExtractedEvent[] = [];
  for (const e of x.events) {
    const local = created.find((c) => sameReport(c, e));
    const same = local ? await tx.event.findUnique({ where: { id: local.id } }) : await findSameEvent(tx, e);
    const target = same?.id ?? (await freeId(tx, e.id));
    if (!same) created.push({ ...e, id: target });
    const outcome = await mergeEvent(tx, { id, publishedSort }, { ...e, id: target }, pending, same);
    events.push({ extractedId: e.id, id: target, outcome });
  }
  await pending.flush(tx);
  return { documentId: id, skipped: false, events };
}

/** Officials the article introduced that the dataset lacks, and the names it used: three queries. */
async function writeOfficials(
  tx: Tx,
  x: Extraction,
  documentId: string,
  publishedAt: string | null,
  ref: Reference,
): Promise<void> {
  if (!x.officials.length) return;
  const ids = x.officials.map((o) => o.id);
  const known = new Set(
    (await tx.official.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((o) => o.id),
  );
  const fresh = x.officials.filter((o) => !known.has(o.id));
  if (fresh.length) {
    const listed = new Map(ref.officials.map((o) => [o.id, o]));
    await tx.official.createMany({
      data: fresh.map((o) => {
        const r = listed.get(o.id);
        return { id: o.id, name: r?.name ?? o.name, country: r?.country ?? o.country };
      }),
    });
    // Reference officials bring their dated roles; others the role this article gives them.
    for (const o of fresh) {
      const r = listed.get(o.id);
      if (r) await writeRoles(tx, r);
    }
    const roles = fresh.filter((o) => !listed.has(o.id) && o.role && publishedAt);
    if (roles.length) {
      await tx.role.createMany({
        data: roles.map((o) => ({
          officialId: o.id,
          title: o.role as string,
          country: o.country,
          startDate: publishedAt as string,
          source: `As reported by document ${documentId}.`,
        })),
      });
    }
  }
  const have = new Set(
    (await tx.officialAlias.findMany({ where: { officialId: { in: ids } } })).map(
      (a) => `${a.officialId}\u0000${a.alias}`,
    ),
  );
  const missing = new Map<string, { officialId: string; alias: string }>();
  for (const o of x.officials) {
    for (const alias of [o.name, ...o.aliases]) {
      const key = `${o.id}\u0000${alias}`;
      if (!have.has(key)) missing.set(key, { officialId: o.id, alias });
    }
  }
  if (missing.size) await tx.officialAlias.createMany({ data: [...missing.values()] });
}
