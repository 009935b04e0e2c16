import { createHash } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { execute, prismaReader, query } from "../query.ts";
import type { Tx } from "./types.ts";

// How far a re-extraction's rebuild has gone, kept in the scratch database itself and
// saved in the same transaction as each batch it describes: a rebuild killed between two
// batches resumes after the last one committed, never rereading or skipping one.

const Position = z.object({ sort: z.string(), id: z.string() });

export const CheckpointSchema = z.object({
  pipelineVersion: z.string(),
  /** A digest of every live document read so far (id and SHA-256, in order). */
  documentChain: z.string(),
  /** The last document read: the next batch starts after it. */
  position: Position.nullable(),
  done: z.number().int(),
  failedDocuments: z.array(z.object({ id: z.string(), reason: z.string() })),
  /** How many of the live corrections (in id order) the rebuild has tried, and their digest. */
  corrections: z.number().int(),
  correctionChain: z.string(),
  failedCorrections: z.array(
    z.object({ id: z.number().int(), key: z.string(), field: z.string(), reason: z.string() }),
  ),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

export const freshCheckpoint = (pipelineVersion: string): Checkpoint => ({
  pipelineVersion,
  documentChain: "",
  position: null,
  done: 0,
  failedDocuments: [],
  corrections: 0,
  correctionChain: "",
  failedCorrections: [],
});

/** The next link of a chain digest: order-sensitive, so a document inserted earlier breaks it. */
export const chain = (previous: string, ...parts: (string | number)[]) =>
  createHash("sha256").update(previous).update("\n").update(parts.join(" ")).digest("hex");

// A table of the scratch database only (the live schema has no use for it), so it is no
// Prisma model; test/data/sql-names.test.ts reads its columns from here.
export const CHECKPOINT_TABLE = `CREATE TABLE IF NOT EXISTS "RebuildCheckpoint" ("id" INTEGER PRIMARY KEY CHECK ("id" = 1), "body" TEXT NOT NULL)`;

export async function saveCheckpoint(tx: Tx, checkpoint: Checkpoint): Promise<void> {
  await execute(tx, CHECKPOINT_TABLE);
  await execute(
    tx,
    `INSERT INTO "RebuildCheckpoint" ("id", "body") VALUES (1, ?) ON CONFLICT ("id") DO UPDATE SET "body" = excluded."body"`,
    [JSON.stringify(checkpoint)],
  );
}

/** The scratch database's checkpoint, or null when it has none or an unreadable one. */
export async function readCheckpoint(scratch: Db): Promise<Checkpoint | null> {
  await execute(scratch, CHECKPOINT_TABLE);
  const [row] = await query(
    prismaReader(scratch),
    z.object({ body: z.string() }),
    `SELECT "body" FROM "RebuildCheckpoint" WHERE "id" = 1`,
    [],
  );
  if (!row) return null;
  try {
    const parsed = CheckpointSchema.safeParse(JSON.parse(row.body));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
