import { z } from "zod";
import { type ArticleHeader, ArticleHeaderSchema } from "../schemas/article.ts";
import { type CurationEntry, CurationEntrySchema } from "../schemas/curation.ts";
import type { Article } from "../seed-files/read-article.ts";
import type { Db } from "./db/client.ts";
import { Int, prismaReader, query } from "./query.ts";

// What a rebuild reads from the live database: the stored documents, as articles, in the
// order the seed ingests them, and the corrections in the order they were applied.

const DocumentRow = z.object({
  id: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedPrecision: z.string().nullable(),
  publishedAtSource: z.string().nullable(),
  publishedAtNote: z.string().nullable(),
  text: z.string(),
  sha256: z.string(),
  sourceFile: z.string().nullable(),
  ingestedBy: z.string().nullable(),
  publishedSort: z.string(),
});

export interface StoredArticle {
  id: string;
  /** null when the stored row cannot be read as an article (a corrupt document): see `error`. */
  article: Article | null;
  error: string | null;
  ingestedBy: string | null;
  sha256: string;
  /** Where the next batch starts. */
  position: { sort: string; id: string };
}

/** A page of stored documents after `after`, in (publication, id) order, as articles. */
export async function storedArticles(
  db: Db,
  after: { sort: string; id: string } | null,
  limit: number,
): Promise<StoredArticle[]> {
  const rows = await query(
    prismaReader(db),
    DocumentRow,
    `SELECT "id", "title", "publisher", "author", "url", "publishedAt", "publishedPrecision", "publishedAtSource", "publishedAtNote", "text", "sha256", "sourceFile", "ingestedBy", "publishedSort"
     FROM "Document" ${after ? `WHERE ("publishedSort", "id") > (?, ?)` : ""} ORDER BY "publishedSort", "id" LIMIT ?`,
    after ? [after.sort, after.id, limit] : [limit],
  );
  return rows.map((r) => {
    const header = ArticleHeaderSchema.safeParse({
      id: r.id,
      title: r.title,
      publisher: r.publisher,
      author: r.author,
      url: r.url,
      publishedAt: r.publishedAt,
      publishedAtPrecision: r.publishedPrecision,
      publishedAtSource: r.publishedAtSource ?? "unknown",
      publishedAtNote: r.publishedAtNote,
    } satisfies Record<keyof ArticleHeader, unknown>);
    const article = header.success
      ? { file: r.sourceFile ?? `(document ${r.id})`, body: r.text, sha256: r.sha256, header: header.data }
      : null;
    return {
      id: r.id,
      article,
      error: header.success
        ? null
        : `stored metadata is invalid: ${header.error.issues[0]?.path.join(".")}: ${header.error.issues[0]?.message}`,
      ingestedBy: r.ingestedBy,
      sha256: r.sha256,
      position: { sort: r.publishedSort, id: r.id },
    };
  });
}

export async function countDocuments(db: Db): Promise<number> {
  const [row] = await query(
    prismaReader(db),
    z.object({ n: Int }),
    `SELECT count(*) AS "n" FROM "Document"`,
    [],
  );
  return row?.n ?? 0;
}

/**
 * Folds `link` over the (id, SHA-256) of every stored document up to `upTo`, in batch
 * order: a resumed rebuild checks that what it already read is still what is stored.
 */
export async function foldDocumentsUpTo(
  db: Db,
  upTo: { sort: string; id: string },
  link: (previous: string, id: string, sha256: string) => string,
): Promise<string> {
  let acc = "";
  let after: { sort: string; id: string } | null = null;
  for (;;) {
    const rows: { id: string; sha256: string; publishedSort: string }[] = await query(
      prismaReader(db),
      z.object({ id: z.string(), sha256: z.string(), publishedSort: z.string() }),
      `SELECT "id", "sha256", "publishedSort" FROM "Document"
       WHERE ("publishedSort", "id") <= (?, ?) ${after ? `AND ("publishedSort", "id") > (?, ?)` : ""}
       ORDER BY "publishedSort", "id" LIMIT 1000`,
      after ? [upTo.sort, upTo.id, after.sort, after.id] : [upTo.sort, upTo.id],
    );
    for (const r of rows) acc = link(acc, r.id, r.sha256);
    const last = rows.at(-1);
    if (!last || rows.length < 1000) return acc;
    after = { sort: last.publishedSort, id: last.id };
  }
}

/** Every stored correction, in the order applied, as curation entries. */
export async function storedCorrections(db: Db): Promise<{ id: number; entry: CurationEntry }[]> {
  const rows = await db.correction.findMany({ orderBy: { id: "asc" }, select: { id: true, body: true } });
  return rows.map((r) => ({ id: r.id, entry: CurationEntrySchema.parse(JSON.parse(r.body)) }));
}
