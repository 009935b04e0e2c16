import type { Column } from "../export/export.ts";
import type { EventField, EventListItem } from "../schemas/event.ts";

// Several values in one cell (participants, topics, sources) are joined with "; ".
const join = (values: (string | null)[]) => values.map((v) => v ?? "").join("; ");

type Row = EventListItem;
const col = (name: string, group: EventField | "sources", value: Column<Row>["value"]) => ({
  name,
  group,
  value,
});

/** The stable CSV columns of an event, in order; fields= keeps the groups asked for. */
export const EVENT_COLUMNS: Column<Row>[] = [
  col("id", "id", (e) => e.id),
  col("kind", "kind", (e) => e.kind),
  col("status", "status", (e) => e.status),
  col("title", "title", (e) => e.title),
  col("date_start", "date", (e) => e.date?.start),
  col("date_end", "date", (e) => e.date?.end),
  col("date_precision", "date", (e) => e.date?.precision),
  col("venue", "place", (e) => e.place?.venue),
  col("city", "place", (e) => e.place?.city),
  col("region", "place", (e) => e.place?.region),
  col("country", "place", (e) => e.place?.country),
  col("summit_id", "summit", (e) => e.summit?.id),
  col("summit_name", "summit", (e) => e.summit?.name),
  col("participant_ids", "participants", (e) => join(e.participants.map((p) => p.id))),
  col("participant_names", "participants", (e) => join(e.participants.map((p) => p.name))),
  col("participant_countries", "participants", (e) => join(e.participants.map((p) => p.country))),
  col("participant_roles", "participants", (e) => join(e.participants.map((p) => p.role))),
  col("topic_ids", "topics", (e) => join(e.topics.map((t) => t.id))),
  col("topic_names", "topics", (e) => join(e.topics.map((t) => t.name))),
  col("source_count", "sourceCount", (e) => e.sourceCount),
  col("curated", "curated", (e) => e.curated),
  col("confidence", "confidence", (e) => e.confidence?.event),
  col("date_confidence", "confidence", (e) => e.confidence?.date),
  col("place_confidence", "confidence", (e) => e.confidence?.place),
  col("source_ids", "sources", (e) => join((e.sources ?? []).map((s) => s.document.id))),
];

/** fields= picks column groups (id always); source_ids only with include=sources. */
export function eventColumns(fields: EventField[] | undefined, sources: boolean): Column<Row>[] {
  const keep = new Set<string>(fields ? ["id", ...fields] : EVENT_COLUMNS.map((c) => c.group));
  if (sources) keep.add("sources");
  else keep.delete("sources");
  return EVENT_COLUMNS.filter((c) => keep.has(c.group));
}
