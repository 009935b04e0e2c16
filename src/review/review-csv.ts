import type { Column } from "../export/export.ts";
import type { ReviewItem } from "../schemas/review.ts";

export const REVIEW_COLUMNS: Column<ReviewItem>[] = [
  { name: "kind", group: "kind", value: (r) => r.kind },
  { name: "key", group: "key", value: (r) => r.key },
  { name: "event", group: "event", value: (r) => r.event?.id },
  { name: "other", group: "other", value: (r) => r.other?.id },
  { name: "field", group: "field", value: (r) => r.field },
  { name: "confidence", group: "confidence", value: (r) => r.confidence },
  { name: "correction", group: "correction", value: (r) => r.correction },
  { name: "detail", group: "detail", value: (r) => r.detail },
  { name: "action", group: "action", value: (r) => r.action.href },
];
