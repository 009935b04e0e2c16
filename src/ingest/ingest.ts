import type { Db } from "../data/db/client.ts";
import { type DocumentOutcome, writeDocument } from "../data/write/write-document.ts";
import type { Reference } from "../extract/reference.ts";
import { sha256 } from "../lib/hash.ts";
import { precisionOf } from "../lib/partial-date.ts";
import type { ArticleHeader } from "../schemas/article.ts";
import type { Extraction } from "../schemas/extraction.ts";
import type { Article } from "../seed-files/read-article.ts";
import { parseArticle } from "../seed-files/read-article.ts";
import { extractArticle } from "./extract-article.ts";
import { pipelineVersion } from "./pipeline-version.ts";

export interface IngestResult {
  extraction: Extraction;
  outcome: DocumentOutcome;
}

/**
 * Extracts one article (outside the transaction: it is pure and the slow part) and
 * writes it in a transaction of its own: a failure leaves nothing half-written, and
 * re-ingesting the same text changes nothing.
 */
export async function ingestArticle(
  db: Db,
  article: Article,
  ref: Reference,
  by: string | null = null,
): Promise<IngestResult> {
  const extraction = extractArticle(article, ref);
  const id = article.header.id || extraction.document.id;
  const withId = { ...article, header: { ...article.header, id } };
  if (!withId.header.publishedAt && extraction.document.publishedAt.value) {
    const p = extraction.document.publishedAt;
    withId.header = {
      ...withId.header,
      publishedAt: p.value,
      publishedAtPrecision: p.precision,
      publishedAtSource: p.source,
      publishedAtNote: p.note,
    };
  }
  const outcome = await db.$transaction(
    (tx) =>
      writeDocument(tx, withId, extraction, ref, {
        renameOnClash: true,
        by,
        pipelineVersion: pipelineVersion(),
      }),
    {
      timeout: 60_000,
      maxWait: 30_000,
    },
  );
  return { extraction, outcome };
}

export type ArticleMetadata = Partial<
  Pick<ArticleHeader, "title" | "publisher" | "author" | "url" | "publishedAt">
>;

/** An article from an API body or a file without a header: metadata as given, id from title and date. */
export function articleFrom(text: string, meta: ArticleMetadata, file = "(request)"): Article {
  const hash = sha256(text);
  const publishedAt = meta.publishedAt ?? null;
  const precision = publishedAt ? precisionOf(publishedAt) : null;
  return {
    file,
    body: text,
    sha256: hash,
    header: {
      id: "",
      title: meta.title ?? null,
      publisher: meta.publisher ?? null,
      author: meta.author ?? null,
      url: meta.url ?? null,
      publishedAt,
      publishedAtPrecision: precision,
      publishedAtSource: publishedAt ? "printed" : "unknown",
      publishedAtNote: null,
    },
  };
}

/** A file's article: its YAML header when it has one, otherwise the whole file is the text. */
export function articleFromFile(file: string, content: string): Article {
  return content.startsWith("---\n") ? parseArticle(file, content) : articleFrom(content, {}, file);
}
