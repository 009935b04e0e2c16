import { createHash } from "node:crypto";
import { z } from "zod";
import { compileWriter } from "../lib/json-writer.ts";
import { EventListItemSchema } from "../schemas/event.ts";
import type { Db } from "./db/client.ts";
import type { Reader } from "./db/read-pool.ts";
import { toEventItem } from "./event-mapper.ts";
import { execute, Int, prismaReader, query } from "./query.ts";
import { sourceCountOf, statusOf } from "./sql/event-sql.ts";
import { hydrateItems } from "./sql/hydrate-sql.ts";

// Each event's list item is stored as the JSON a list writes for it ("EventItem",
// migration 20261206140000_event_items): a page is then read as stored text, not joined,
// mapped and serialised per request. Triggers make an item stale (NULL) in the statement
// that changes anything it shows; the writer stores fresh ones after each write, and a
// reader that meets a stale item builds it here as the writer would.

/**
 * Raise when toEventItem or hydrateItems change what an item says without the schema
 * changing: ITEM_FORMAT then changes, and items stored in another format read as stale.
 */
const MAPPER_VERSION = 1;

// The writer of the list's own item branch, so a stored item is the bytes the list
// would have written for it (test/data/event-items.test.ts holds them to that).
let writer: ((item: unknown) => string) | undefined;
const write = (item: unknown) => {
  writer ??= compileWriter(EventListItemSchema);
  return writer(item);
};

/** The format of the items this code writes: its item schema and mapper version. */
export const ITEM_FORMAT = createHash("sha256")
  .update(
    `${MAPPER_VERSION}\n${JSON.stringify(z.toJSONSchema(EventListItemSchema, { unrepresentable: "any" }))}`,
  )
  .digest("base64url")
  .slice(0, 16);

const NowRow = z.object({ id: z.string(), status: z.string(), sourceCount: Int });

/** The items of `ids` as JSON, by id, with their status and source count as stored now. */
export async function buildItems(db: Reader, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!ids.length) return out;
  const { rows, curated } = await hydrateItems(db, ids);
  const [status, sources] = [statusOf(undefined), sourceCountOf(undefined)];
  const now = await query(
    db,
    NowRow,
    `SELECT e."id", ${status.sql} AS "status", ${sources.sql} AS "sourceCount"
      FROM "Event" e WHERE e."id" IN (${db.dialect.jsonValues()})`,
    [JSON.stringify(ids)],
  );
  for (const n of now) {
    const row = rows.get(n.id);
    if (row) out.set(n.id, write(toEventItem(row, n, curated)));
  }
  return out;
}

const StaleRow = z.object({ eventId: z.string() });

/** Items stored at a time: a few milliseconds of the writer's turn. */
export const ITEM_BATCH = 500;

/**
 * Stores fresh items for up to `limit` stale events, in one transaction; returns how
 * many it stored. The stale rows are locked as they are read (PostgreSQL): a write that
 * changes one of these events meanwhile waits, then makes its item stale again, so an
 * item built from the data before that write never outlives it. On SQLite a transaction
 * that read what another process then changed fails instead (and nothing is stored).
 */
export async function storeItems(db: Db, limit = ITEM_BATCH): Promise<number> {
  return db.$transaction(async (tx) => {
    const reader = prismaReader(tx);
    const stale = await query(
      reader,
      StaleRow,
      // This form uses the stale rows' index on both engines (migration 20261206140000).
      `SELECT "eventId" FROM "EventItem" WHERE ("json" IS NULL) = TRUE ORDER BY "eventId" LIMIT ?${reader.dialect.lockRows}`,
      [limit],
    );
    if (!stale.length) return 0;
    const items = await buildItems(
      reader,
      stale.map((s) => s.eventId),
    );
    await execute(
      tx,
      `UPDATE "EventItem" SET "json" = v."value", "format" = ? FROM (${reader.dialect.jsonEntries()}) AS v
        WHERE "EventItem"."eventId" = v."key" AND "EventItem"."json" IS NULL`,
      [ITEM_FORMAT, JSON.stringify(Object.fromEntries(items))],
    );
    return items.size;
  });
}

/** Marks stale the items another format wrote (a previous release's): one pass at start-up. */
export const staleOtherFormats = (db: Db) =>
  execute(
    db,
    `UPDATE "EventItem" SET "json" = NULL WHERE "json" IS NOT NULL AND ("format" IS NULL OR "format" <> ?)`,
    [ITEM_FORMAT],
  );

/**
 * Stores every stale item, a batch per write, taking turns with the other writes, until
 * none is left or `stopped()` (the server is closing).
 */
export async function storeAllItems(
  run: (write: () => Promise<number>) => Promise<number>,
  db: Db,
  stopped: () => boolean = () => false,
): Promise<number> {
  let total = 0;
  while (!stopped()) {
    const n = await run(() => storeItems(db));
    total += n;
    if (n < ITEM_BATCH) break;
  }
  return total;
}

/**
 * What a write queue runs after each write: stores a batch of the items the write made
 * stale and, when there were more (a re-extraction makes every item stale), calls `more`
 * to store the rest in turns. A failure is only reported: readers build stale items
 * themselves, so none is served out of date.
 */
export const refreshItems = (db: Db, onError: (err: unknown) => void, more: () => void) => async () => {
  try {
    if ((await storeItems(db)) >= ITEM_BATCH) more();
  } catch (err) {
    onError(err);
  }
};
