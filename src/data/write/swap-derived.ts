import type { Db } from "../db/client.ts";
import { dialectOf } from "../db/dialect.ts";
import type { RecordedChange } from "./record-changes.ts";
import {
  afterSwap,
  DERIVED,
  eventIds,
  REFERENCE_ADDED,
  ROLE_COLUMNS,
  type SwapCause,
} from "./swap-common.ts";
import { swapDerivedPostgres } from "./swap-derived-pg.ts";
import type { Tx } from "./types.ts";

/**
 * Replaces the live database's derived data with what a rebuild wrote to `nextFile` (the
 * same documents re-read by the current pipeline, every correction re-applied), in one
 * transaction: readers see the old data or the new, never a mix, and a kill rolls back.
 * Event versions carry over from the change log; each event whose representation
 * changed gets a new version (cause: reextraction). Returns those changes.
 */
export async function swapDerived(db: Db, nextFile: string, why: SwapCause): Promise<RecordedChange[]> {
  if (dialectOf(db).name === "postgres") return swapDerivedPostgres(db, nextFile, why);
  // ATTACH cannot run inside a transaction; the client holds one connection, so the
  // transaction below sees the attached file.
  await db.$executeRawUnsafe(`ATTACH DATABASE ? AS "next"`, nextFile);
  try {
    return await db.$transaction((tx) => swap(tx, why), { timeout: 600_000, maxWait: 60_000 });
  } finally {
    await db.$executeRawUnsafe(`DETACH DATABASE "next"`);
  }
}

async function swap(tx: Tx, why: SwapCause): Promise<RecordedChange[]> {
  const before = await eventIds(tx);
  for (const t of [...DERIVED].reverse()) await tx.$executeRawUnsafe(`DELETE FROM "${t}"`);
  for (const t of REFERENCE_ADDED)
    await tx.$executeRawUnsafe(`INSERT OR IGNORE INTO "${t}" SELECT * FROM "next"."${t}"`);
  await tx.$executeRawUnsafe(
    `INSERT OR IGNORE INTO "Role" (${ROLE_COLUMNS}) SELECT ${ROLE_COLUMNS} FROM "next"."Role"`,
  );
  for (const t of DERIVED) await tx.$executeRawUnsafe(`INSERT INTO "${t}" SELECT * FROM "next"."${t}"`);
  return afterSwap(tx, why, before);
}
