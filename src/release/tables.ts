// The tables a dataset release holds: each is one list of the API, exported as CSV,
// NDJSON and Parquet, and described by a Frictionless Table Schema. The columns are the
// API's CSV columns; `types` names those that are not strings (Table Schema types).

export type FieldType = "string" | "integer" | "number" | "boolean" | "datetime";

export interface Table {
  name: string;
  /** The list route whose format=csv|ndjson export the release writes. */
  path: string;
  title: string;
  description: string;
  types: Record<string, Exclude<FieldType, "string">>;
  primaryKey: string;
}

export const TABLES: Table[] = [
  {
    name: "events",
    path: "/events",
    title: "Events",
    description:
      "Meetings, calls, visits, talks and dinners between officials, and the statements, incidents and announcements around them; several values in one cell are joined with '; '",
    types: {
      source_count: "integer",
      curated: "boolean",
      confidence: "number",
      date_confidence: "number",
      place_confidence: "number",
    },
    primaryKey: "id",
  },
  {
    name: "officials",
    path: "/officials",
    title: "Officials",
    description: "Leaders and senior officials with the name forms news uses",
    types: { meeting_count: "integer" },
    primaryKey: "id",
  },
  {
    name: "topics",
    path: "/topics",
    title: "Topics",
    description: "The topics meetings are reported to have discussed, with their keywords",
    types: { event_count: "integer", meeting_count: "integer" },
    primaryKey: "id",
  },
  {
    name: "summits",
    path: "/summits",
    title: "Summits",
    description: "Multilateral summits on whose sidelines meetings take place",
    types: { meeting_count: "integer" },
    primaryKey: "id",
  },
  {
    name: "documents",
    path: "/documents",
    title: "Documents",
    description: "The news articles the events were read from (metadata; their text is in the SQLite file)",
    types: { event_count: "integer", ingested_at: "datetime" },
    primaryKey: "id",
  },
  {
    name: "curations",
    path: "/curations",
    title: "Curations",
    description: "Reviewed corrections: who changed what, when and why",
    types: { id: "integer", created_at: "datetime" },
    primaryKey: "id",
  },
];
