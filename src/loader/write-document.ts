import { findSameEvent, freeId } from "../ingest/coreference.ts";
import { lastDay } from "../lib/partial-date.ts";
import type { Extraction } from "../schemas/extraction.ts";
import { type MergeOutcome, mergeEvent } from "./merge-event.ts";
import type { Article } from "./read-article.ts";
import { SeedError } from "./seed-error.ts";
import type { Tx } from "./types.ts";
import { addAliases } from "./write-reference.ts";

export interface DocumentOutcome {
  documentId: string;
  skipped: boolean;
  /** Per extracted event: the stored event it became or merged into. */
  events: { extractedId: string; id: string; outcome: MergeOutcome }[];
}

/** Writes one article and what was extracted from it; the same text twice is a no-op. */
export async function writeDocument(tx: Tx, article: Article, x: Extraction): Promise<DocumentOutcome> {
  const id = article.header.id;
  const same = await tx.document.findUnique({ where: { sha256: article.sha256 }, select: { id: true } });
  if (same) return { documentId: same.id, skipped: true, events: [] };
  if (await tx.document.findUnique({ where: { id }, select: { id: true } })) {
    throw new SeedError(article.file, `id: ${id} already names a document with different text`);
  }
  const h = article.header;
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
      publishedSort: h.publishedAt ? lastDay(h.publishedAt) : "0000",
      text: article.body,
      sha256: article.sha256,
      sourceFile: article.file,
    },
  });
  for (const o of x.officials) {
    const known = await tx.official.findUnique({ where: { id: o.id }, select: { id: true } });
    if (!known) {
      await tx.official.create({ data: { id: o.id, name: o.name, country: o.country } });
      if (o.role && h.publishedAt) {
        await tx.role.create({
          data: {
            officialId: o.id,
            title: o.role,
            country: o.country,
            startDate: h.publishedAt,
            source: `As reported by document ${id}.`,
          },
        });
      }
    }
    await addAliases(tx, o.id, [o.name, ...o.aliases]);
  }
  const events = [];
  for (const e of x.events) {
    const target = (await findSameEvent(tx, e)) ?? (await freeId(tx, e.id));
    events.push({ extractedId: e.id, id: target, outcome: await mergeEvent(tx, id, { ...e, id: target }) });
  }
  return { documentId: id, skipped: false, events };
}
