import type { Column } from "../export/export.ts";
import type { DocumentItem } from "../schemas/document.ts";

export const DOCUMENT_COLUMNS: Column<DocumentItem>[] = [
  { name: "id", group: "id", value: (d) => d.id },
  { name: "title", group: "title", value: (d) => d.title },
  { name: "publisher", group: "publisher", value: (d) => d.publisher },
  { name: "author", group: "author", value: (d) => d.author },
  { name: "url", group: "url", value: (d) => d.url },
  { name: "published_at", group: "publishedAt", value: (d) => d.publishedAt.value },
  { name: "published_precision", group: "publishedAt", value: (d) => d.publishedAt.precision },
  { name: "published_source", group: "publishedAt", value: (d) => d.publishedAt.source },
  { name: "sha256", group: "sha256", value: (d) => d.sha256 },
  { name: "ingested_at", group: "ingestedAt", value: (d) => d.ingestedAt },
  { name: "event_count", group: "eventCount", value: (d) => d.eventCount },
];
