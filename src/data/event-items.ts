import { z } from "zod";
import { compileWriter } from "../lib/json-writer.ts";
import { EventListItemSchema } from "../schemas/event.ts";
import type { Db } from "./db/client.ts";
import type { Reader } from "./db/read-pool.ts";
import { toEventItem } from "./event-mapper.ts";
import { execute, Int, prismaReader, query } from "./query.ts";
import { hydrateItems } from "./sql/hydrate-sql.ts";

// Each event's list item is stored as the JSON a list writes for it ("EventItem",
// migration 20261206140000_event_items): a page is then read as stored text, not joined,
// mapped and serialised per request. Triggers make an item stale (NULL) in the statement
// that changes anything it shows; the writer stores fresh ones after each write, and a
// reader that meets a stale item builds it here as the writer would.

// The writer of the list's own item branch, so a stored item is the bytes the list
// would have written for it (test/data/event-items.test.ts holds them to that).
let writer: ((item: unknown) => string) | undefined;
const write = (item: unknown) => {
  writer ??= compileWriter(EventListItemSchema);
  return writer(item);
};

const NowRow = z.object({ id: z.string(), status: z.string(), sourceCount: Int });

/** The items of `ids` as JSON, by id, with their status and source count as stored now. */
export async function buildItems(db: Reader, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!ids.length) return out;
  const { rows, curated } = await hydrateItems(db, ids);
  const now = await query(
    db,
    NowRow,
    `SELECT e."id", e."status", (SELECT count(*) FROM "EventSource" s WHERE s."eventId" = e."id") AS "sourceCount"
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

/**
 * Stores fresh items for up to `limit` stale events, in one transaction; returns how
 * many it stored. Run by the writer (under its write lock), so nothing changes an
 * event between reading it and storing its item.
 */
export async function storeItems(db: Db, limit = 500): Promise<number> {
  return db.$transaction(async (tx) => {
    const reader = prismaReader(tx);
    const stale = await query(
      reader,
      StaleRow,
      // This form uses the stale rows' index on both engines (migration 20261206140000).
      `SELECT "eventId" FROM "EventItem" WHERE ("json" IS NULL) = TRUE ORDER BY "eventId" LIMIT ?`,
      [limit],
    );
    if (!stale.length) return 0;
    const items = await buildItems(
      reader,
      stale.map((s) => s.eventId),
    );
    await execute(
      tx,
      `UPDATE "EventItem" SET "json" = v."value" FROM (${reader.dialect.jsonEntries()}) AS v
        WHERE "EventItem"."eventId" = v."key" AND "EventItem"."json" IS NULL`,
      [JSON.stringify(Object.fromEntries(items))],
    );
    return items.size;
  });
}

/**
 * Stores every stale item, a batch per write, taking turns with the other writes, until
 * none is left or `stopped()` (the server is closing).
 */
export async function storeAllItems(
  run: (write: () => Promise<number>) => Promise<number>,
  db: Db,
  stopped: () => boolean = () => false,
  batch = 1000,
): Promise<number> {
  let total = 0;
  while (!stopped()) {
    const n = await run(() => storeItems(db, batch));
    total += n;
    if (n < batch) break;
  }
  return total;
}

/**
 * What a write queue runs after each write: stores the items the write made stale. A
 * failure is only reported: readers build stale items themselves, so none is wrong.
 */
export const refreshItems = (db: Db, onError: (err: unknown) => void) => async () => {
  try {
    await storeItems(db);
  } catch (err) {
    onError(err);
  }
};
