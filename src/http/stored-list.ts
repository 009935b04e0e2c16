import type { FastifyReply } from "fastify";

/**
 * Sends a list page whose items are already JSON (stored list items, see
 * src/data/event-items.ts): the envelope is the one the list's serializer writes, with
 * the items spliced in as they are, so the body is the serializer's to the byte
 * (test/data/event-items.test.ts) without parsing or writing an item per request.
 * Items come as bytes where the database gives them so (SQLite), and the body goes out
 * as bytes: no item is decoded to a string and encoded back (a fifth of the request).
 */
export function sendStoredList(
  reply: FastifyReply,
  items: (string | Uint8Array)[],
  page: object,
): FastifyReply {
  const parts: Uint8Array[] = [OPEN];
  items.forEach((item, i) => {
    if (i) parts.push(COMMA);
    parts.push(typeof item === "string" ? Buffer.from(item) : item);
  });
  parts.push(Buffer.from(`],"page":${JSON.stringify(page)}}`));
  return reply.type("application/json; charset=utf-8").send(Buffer.concat(parts));
}

const OPEN = Buffer.from(`{"data":[`);
const COMMA = Buffer.from(",");
