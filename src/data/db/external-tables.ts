// Tables the migrations create that are not Prisma models: the FTS5 search index and
// the shadow tables SQLite keeps for it, and the stored list items (event-items.ts).
// Prisma's drift checks must leave them alone.
export const EXTERNAL_TABLES = [
  "SearchIndex",
  "EventItem",
  ...["config", "content", "data", "docsize", "idx"].map((s) => `SearchIndex_${s}`),
];

// On PostgreSQL: the search text with its generated tsvector, the dataset version row and
// the stored list items.
export const PG_EXTERNAL_TABLES = ["SearchText", "DatasetState", "EventItem"];
