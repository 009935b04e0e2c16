// The API's closed vocabularies as plain constants. The zod schemas build on them, and
// the explorer (a browser bundle that must not carry zod) reads the same lists, so a
// new kind or status reaches its filter bar without a second copy.

export const PRECISIONS = ["day", "month", "year"] as const;

// Kinds in which officials engage one another; the rest are context events.
export const MEETING_KINDS = ["in_person", "call", "video_call", "visit", "talks", "dinner"] as const;

export const EVENT_KINDS = [...MEETING_KINDS, "statement", "incident", "announcement"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ["expected", "scheduled", "held", "cancelled"] as const;

// The facets and timeline buckets the API offers: the query schemas validate against
// them and the SQL builders select by them, so both sides read the one list.
export const FACETS = ["topic", "kind", "status", "country", "official", "year"] as const;
export const INTERVALS = ["month", "quarter", "year"] as const;
