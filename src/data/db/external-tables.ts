// Tables the migrations create that are not Prisma models: the FTS5 search index and
// the shadow tables SQLite keeps for it. Prisma's drift checks must leave them alone.
export const EXTERNAL_TABLES = [
  "SearchIndex",
  ...["config", "content", "data", "docsize", "idx"].map((s) => `SearchIndex_${s}`),
];

// On PostgreSQL: the search text with its generated tsvector, and the dataset version row.
export const PG_EXTERNAL_TABLES = ["SearchText", "DatasetState"];
