import type { FastifyInstance } from "fastify";
import type { EventField, EventInclude, EventItem, EventListItem, SparseEvent } from "../schemas/event.ts";

export interface Shape {
  fields?: EventField[];
  include?: EventInclude[];
  asOf?: string;
}

/** include= expansion, then fields= projection (id always stays: it names the row). */
export async function shapeEvents(
  app: FastifyInstance,
  items: EventItem[],
  shape: Shape,
): Promise<EventListItem[] | SparseEvent[]> {
  let out: EventListItem[] = items;
  if (shape.include?.length) {
    const evidence = shape.include.includes("evidence");
    const ids = items.map((i) => i.id);
    const sources = await app.repos.events.sourcesOf(ids, shape.asOf, evidence);
    out = items.map((i) => ({ ...i, sources: sources.get(i.id) ?? [] }));
  }
  const fields = shape.fields;
  if (!fields) return out;
  const keep = new Set<string>(["id", "sources", ...fields]);
  return out.map((i) => Object.fromEntries(Object.entries(i).filter(([k]) => keep.has(k))) as SparseEvent);
}
