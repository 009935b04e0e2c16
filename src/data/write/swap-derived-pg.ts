import Database from "better-sqlite3";
import { z } from "zod";
import { sqliteTime } from "../../lib/sqlite-time.ts";
import type { Db } from "../db/client.ts";
import { POSTGRES } from "../db/dialect.ts";
import { execute, prismaReader, query } from "../query.ts";
import type { RecordedChange } from "./record-changes.ts";
import {
  afterSwap,
  DERIVED,
  eventIds,
  REFERENCE_ADDED,
  ROLE_COLUMNS,
  type SwapCause,
} from "./swap-common.ts";
import type { Tx } from "./types.ts";

// The rebuild is always written to a scratch SQLite file (reextract.ts); PostgreSQL
// cannot attach it, so its rows are read here and inserted in the swap's transaction.
// SQLite keeps booleans as 0/1 and DateTime as text or epoch numbers: each value is
// given the type of the PostgreSQL column it goes to.

const ColumnRow = z.object({ table: z.string(), column: z.string(), type: z.string() });
// A statement stays under PostgreSQL's 65,535 bound parameters.
const MAX_PARAMS = 60_000;

async function columnTypes(tx: Tx): Promise<Map<string, Map<string, string>>> {
  const rows = await query(
    prismaReader(tx),
    ColumnRow,
    `SELECT table_name AS "table", column_name AS "column", data_type AS "type" FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  const out = new Map<string, Map<string, string>>();
  for (const r of rows) out.set(r.table, (out.get(r.table) ?? new Map()).set(r.column, r.type));
  return out;
}

function convert(value: unknown, type: string | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (type === "boolean") return Number(value) !== 0;
  if (type?.startsWith("timestamp")) return sqliteTime(value as string | number);
  return typeof value === "bigint" ? Number(value) : value;
}

async function copy(
  tx: Tx,
  next: Database.Database,
  table: string,
  types: Map<string, string>,
  columns?: string[],
) {
  const rows = next.prepare(`SELECT ${columns ? columns.join(", ") : "*"} FROM "${table}"`).all() as Record<
    string,
    unknown
  >[];
  if (!rows.length) return;
  const names = Object.keys(rows[0] as object);
  const into = `"${table}" (${names.map((n) => `"${n}"`).join(", ")})`;
  const size = Math.max(1, Math.floor(MAX_PARAMS / names.length));
  const mark = `(${names.map(() => "?").join(", ")})`;
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const values = `VALUES ${chunk.map(() => mark).join(", ")}`;
    const params = chunk.flatMap((r) => names.map((n) => convert(r[n], types.get(n))));
    // Reference rows the live database already has stay as they are.
    const derived = DERIVED.includes(table);
    await execute(
      tx,
      derived ? `INSERT INTO ${into} ${values}` : POSTGRES.insertIgnoring(into, values),
      params,
    );
  }
}

/** swapDerived on PostgreSQL: the same replacement, from a scratch file it cannot attach. */
export async function swapDerivedPostgres(
  db: Db,
  nextFile: string,
  why: SwapCause,
): Promise<RecordedChange[]> {
  const next = new Database(nextFile, { readonly: true, fileMustExist: true });
  try {
    return await db.$transaction(
      async (tx) => {
        const types = await columnTypes(tx);
        const of = (t: string) => types.get(t) ?? new Map<string, string>();
        const before = await eventIds(tx);
        for (const t of [...DERIVED].reverse()) await execute(tx, `DELETE FROM "${t}"`);
        for (const t of REFERENCE_ADDED) await copy(tx, next, t, of(t));
        await copy(tx, next, "Role", of("Role"), ROLE_COLUMNS.split(", "));
        for (const t of DERIVED) await copy(tx, next, t, of(t));
        // Rows came with their ids: each serial's next value must pass them.
        for (const t of [...DERIVED, "Role"]) {
          if (of(t).get("id") !== "integer") continue;
          await execute(
            tx,
            `SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), COALESCE((SELECT max("id") FROM "${t}"), 0) + 1, false)`,
          );
        }
        return afterSwap(tx, why, before);
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
  } finally {
    next.close();
  }
}
