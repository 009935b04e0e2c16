import type { Column } from "../export/export.ts";
import type { Correction } from "../schemas/correction-output.ts";

export const CURATION_COLUMNS: Column<Correction>[] = [
  { name: "id", group: "id", value: (c) => c.id },
  { name: "key", group: "key", value: (c) => c.key },
  { name: "event", group: "event", value: (c) => c.event },
  { name: "by", group: "by", value: (c) => c.by },
  { name: "reason", group: "reason", value: (c) => c.reason },
  { name: "created_at", group: "createdAt", value: (c) => c.createdAt },
  { name: "operations", group: "operations", value: (c) => JSON.stringify(c.operations) },
];
