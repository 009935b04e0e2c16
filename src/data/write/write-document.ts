import { z } from "zod";
import type { Reference } from "../../extract/reference.ts";
import { lastDay } from "../../lib/partial-date.ts";
import { SeedError } from "../../lib/seed-error.ts";
import type { ExtractedEvent, Extraction } from "../../schemas/extraction.ts";
import type { Article } from "../../seed-files/read-article.ts";
import { dialectOf } from "../db/dialect.ts";
import { execute, prismaReader, query } from "../query.ts";
import { findSameEvent, freeId, sameReport } from "./coreference.ts";
import { type MergeOutcome, mergeEvent, PendingWrites } from "./merge-event.ts";
import { recordChanges } from "./record-changes.ts";
import type { Tx } from "./types.ts";
import { indexDocument } from "./write-index.ts";
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
  options: {
    renameOnClash?: boolean;
    by?: string | null;
    pipelineVersion?: string | null;
    /** false: a rebuild's scratch database, whose history and index are not kept (re-extraction). */
    record?: boolean;
  } = {},
): Promise<DocumentOutcome> {
  let id = article.header.id;
  const found = await tx.document.findMany({
    where: { OR: [{ sha256: article.sha256 }, { id }] },
    select: { id: true, sha256: true },
  });
  const same = found.find((d) => d.sha256 === article.sha256);
  if (same) return { documentId: same.id, skipped: true, events: [] };
  if (found.length && !options.renameOnClash) {
    throw new SeedError(article.file, `id: ${id} already names a document with different text`);
  }
  // Two articles with the same title and date are different documents: keep both.
  if (found.length) id = `${id}-${article.sha256.slice(0, 8)}`;
  x.document.id = id;
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
      ingestedBy: options.by ?? null,
      pipelineVersion: options.pipelineVersion ?? null,
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
  if (options.record === false) return { documentId: id, skipped: false, events };
  await indexDocument(
    tx,
    id,
    events.map((e) => e.id),
    x.officials.map((o) => o.id),
  );
  const why = {
    cause: "extraction" as const,
    documentId: id,
    by: options.by,
    pipelineVersion: options.pipelineVersion,
  };
  await recordChanges(
    tx,
    events.map((e) => e.id),
    why,
  );
  await recordChanges(
    tx,
    x.officials.map((o) => o.id),
    why,
    "official",
  );
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
  const listed = new Map(ref.officials.map((o) => [o.id, o]));
  const rows = x.officials.map((o) => {
    const r = listed.get(o.id);
    return [o.id, r?.name ?? o.name, r?.country ?? o.country];
  });
  // One statement inserts the officials the dataset lacks and says which they were.
  const d = dialectOf(tx);
  const inserted = await query(
    prismaReader(tx),
    z.object({ id: z.string() }),
    `${d.insertIgnoring(`"Official" ("id", "name", "country")`, `VALUES ${rows.map(() => "(?, ?, ?)").join(", ")}`)} RETURNING "id"`,
    rows.flat(),
  );
  const fresh = new Set(inserted.map((r) => r.id));
  // Reference officials bring their dated roles; others the role this article gives them.
  for (const id of fresh) {
    const r = listed.get(id);
    if (r) await writeRoles(tx, r);
  }
  const roles = x.officials.filter((o) => fresh.has(o.id) && !listed.has(o.id) && o.role && publishedAt);
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
  const aliases = new Map<string, string[]>();
  for (const o of x.officials)
    for (const alias of [o.name, ...o.aliases]) aliases.set(`${o.id}\u0000${alias}`, [o.id, alias]);
  await execute(
    tx,
    d.insertIgnoring(
      `"OfficialAlias" ("officialId", "alias")`,
      `VALUES ${[...aliases.values()].map(() => "(?, ?)").join(", ")}`,
    ),
    [...aliases.values()].flat(),
  );
}
