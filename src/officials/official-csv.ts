import type { Column } from "../export/export.ts";
import type { OfficialItem } from "../schemas/official.ts";

export const OFFICIAL_COLUMNS: Column<OfficialItem>[] = [
  { name: "id", group: "id", value: (o) => o.id },
  { name: "name", group: "name", value: (o) => o.name },
  { name: "country", group: "country", value: (o) => o.country },
  { name: "aliases", group: "aliases", value: (o) => o.aliases.join("; ") },
  { name: "meeting_count", group: "meetingCount", value: (o) => o.meetingCount },
];
