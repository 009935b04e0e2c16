import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Position } from "../lib/cursor.ts";
import { allPages } from "../lib/paging.ts";

/** Rows read from the database per step of an export. */
export const EXPORT_BATCH = 500;

export const FORMATS = ["json", "csv", "ndjson"] as const;
export type Format = (typeof FORMATS)[number];

const MEDIA: Record<Format, string> = {
  json: "application/json",
  csv: "text/csv",
  ndjson: "application/x-ndjson",
};

/** One CSV column; its group is the field of the JSON item it comes from (for fields=). */
export interface Column<T> {
  name: string;
  group: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/** ?format= wins; else the Accept header's best match (JSON when it allows anything). */
export function formatOf(req: FastifyRequest, format: Format | undefined): Format {
  if (format) return format;
  const best = req.accepts().type([MEDIA.json, MEDIA.csv, MEDIA.ndjson, "application/ndjson"]);
  if (best === MEDIA.csv) return "csv";
  return best === MEDIA.ndjson || best === "application/ndjson" ? "ndjson" : "json";
}

/**
 * A list route's export branch: null for JSON (the route answers a page), otherwise
 * every row from the cursor on, fetched EXPORT_BATCH at a time.
 */
export function exportList<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  list: { name: string; format: Format | undefined; from?: Position; columns: Column<T>[] },
  fetch: (limit: number, at: Position | undefined) => Promise<{ items: T[]; next: Position | null }>,
) {
  const as = formatOf(req, list.format);
  if (as === "json") return null;
  return sendExport(
    reply,
    as,
    list.name,
    allPages((at) => fetch(EXPORT_BATCH, at), list.from),
    list.columns,
  );
}

/**
 * Streams every row the pages yield, one page in memory at a time: a header row
 * and fixed columns for CSV, one JSON object per line for NDJSON.
 */
export function sendExport<T>(
  reply: FastifyReply,
  format: "csv" | "ndjson",
  name: string,
  pages: AsyncIterable<T[]> | Iterable<T[]>,
  columns: Column<T>[],
) {
  const rows = async function* () {
    for await (const page of pages)
      for (const row of page) yield format === "csv" ? columns.map((c) => c.value(row) ?? "") : row;
  };
  reply
    .type(`${MEDIA[format]}; charset=utf-8`)
    .header("Content-Disposition", `attachment; filename="${name}.${format}"`);
  if (format === "ndjson") {
    return reply.send(
      Readable.from(
        (async function* () {
          for await (const row of rows()) yield `${JSON.stringify(row)}\n`;
        })(),
      ),
    );
  }
  const csv = stringify({ header: true, columns: columns.map((c) => c.name), cast: { boolean: String } });
  // A failure mid-stream cannot change the status any more: the response is cut short
  // (no final chunk), which HTTP clients report as an error rather than a short file.
  pipeline(Readable.from(rows()), csv).catch((err) => {
    reply.log.error({ err }, "export failed mid-stream");
    reply.raw.destroy(err);
  });
  return reply.send(csv);
}
