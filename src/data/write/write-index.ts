import { dialectOf } from "../db/dialect.ts";
import { execute } from "../query.ts";
import { indexStatements, rebuildStatements, type Scope, type Statement } from "../sql/index-sql.ts";
import type { Tx } from "./types.ts";

const marks = (n: number) => Array.from({ length: n }, () => "?").join(", ");

async function run(tx: Tx, statements: Statement[]): Promise<void> {
  for (const s of statements) await execute(tx, s.sql, s.params);
}

/** Indexes what one document added: its text, its quotes per event, and the events and officials it touched. */
export async function indexDocument(
  tx: Tx,
  documentId: string,
  eventIds: string[],
  officialIds: string[],
): Promise<void> {
  const scopes: Scope[] = [
    { kind: "document", where: `x."id" = ?`, params: [documentId] },
    { kind: "evidence", where: `x."documentId" = ?`, params: [documentId] },
  ];
  const events = [...new Set(eventIds)];
  const officials = [...new Set(officialIds)];
  if (events.length)
    scopes.push({
      kind: "event",
      where: `x."id" IN (${marks(events.length)})`,
      params: events,
      replace: true,
    });
  if (officials.length)
    scopes.push({
      kind: "official",
      where: `x."id" IN (${marks(officials.length)})`,
      params: officials,
      replace: true,
    });
  await run(tx, indexStatements(dialectOf(tx), scopes));
}

/** Topics, and the officials a reference update may have renamed or given roles. */
export async function indexReference(tx: Tx): Promise<void> {
  await run(
    tx,
    indexStatements(dialectOf(tx), [
      { kind: "topic", where: "TRUE", params: [], replace: true },
      { kind: "official", where: "TRUE", params: [], replace: true },
    ]),
  );
}

/** Everything from the tables: after curation, which renames, merges and deletes events. */
export const rebuildIndex = (tx: Tx) => run(tx, rebuildStatements(dialectOf(tx)));
