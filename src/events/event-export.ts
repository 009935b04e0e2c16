import type { FastifyReply } from "fastify";
import type { EventFilter, SortOrder } from "../data/event-filter.ts";
import { EXPORT_BATCH, sendExport } from "../export/export.ts";
import type { Position } from "../lib/cursor.ts";
import { BadRequestError } from "../lib/errors.ts";
import type { EventListItem } from "../schemas/event.ts";
import { eventColumns } from "./event-csv.ts";
import { type Shape, shapeEvents } from "./event-shape.ts";

/** Every event matching the filter as CSV or NDJSON, streamed a page at a time. */
export function exportEvents(
  reply: FastifyReply,
  format: "csv" | "ndjson",
  name: string,
  query: { filter: EventFilter; sort: SortOrder; from?: Position; shape: Shape },
) {
  const { filter, sort, from, shape } = query;
  if (format === "csv" && shape.include?.includes("evidence"))
    throw new BadRequestError("include", "quotes do not fit one row per event: export evidence as ndjson");
  const app = reply.server;
  // CSV picks columns from whole items; NDJSON lines are the items as the JSON list shapes them.
  const itemShape = format === "csv" ? { ...shape, fields: undefined } : shape;
  const pages = (async function* () {
    for await (const items of app.repos.events.pages(filter, sort, EXPORT_BATCH, from))
      yield (await shapeEvents(app, items, itemShape)) as EventListItem[];
  })();
  return sendExport(reply, format, name, pages, eventColumns(shape.fields, !!shape.include?.length));
}
