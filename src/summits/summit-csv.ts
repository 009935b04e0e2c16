import type { Column } from "../export/export.ts";
import type { SummitItem } from "../schemas/summit.ts";

export const SUMMIT_COLUMNS: Column<SummitItem>[] = [
  { name: "id", group: "id", value: (s) => s.id },
  { name: "name", group: "name", value: (s) => s.name },
  { name: "series", group: "series", value: (s) => s.series },
  { name: "date_start", group: "date", value: (s) => s.date.start },
  { name: "date_end", group: "date", value: (s) => s.date.end },
  { name: "date_precision", group: "date", value: (s) => s.date.precision },
  { name: "city", group: "place", value: (s) => s.place.city },
  { name: "region", group: "place", value: (s) => s.place.region },
  { name: "country", group: "place", value: (s) => s.place.country },
  { name: "source", group: "source", value: (s) => s.source },
  { name: "meeting_count", group: "meetingCount", value: (s) => s.meetingCount },
];
