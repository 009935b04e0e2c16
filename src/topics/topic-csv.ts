import type { Column } from "../export/export.ts";
import type { TopicItem } from "../schemas/topic.ts";

export const TOPIC_COLUMNS: Column<TopicItem>[] = [
  { name: "id", group: "id", value: (t) => t.id },
  { name: "name", group: "name", value: (t) => t.name },
  { name: "description", group: "description", value: (t) => t.description },
  { name: "keywords", group: "keywords", value: (t) => t.keywords.join("; ") },
  { name: "event_count", group: "eventCount", value: (t) => t.eventCount },
  { name: "meeting_count", group: "meetingCount", value: (t) => t.meetingCount },
];
