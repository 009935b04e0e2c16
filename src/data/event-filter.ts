import type { FtsQuery } from "../lib/fts-query.ts";

export interface EventFilter {
  meetingsOnly: boolean;
  from?: string;
  to?: string;
  /** All of these attend. */
  officials?: string[];
  /** At least one of these attends. */
  anyOfficials?: string[];
  topics?: string[];
  anyTopics?: string[];
  /** Held in this country or with a participant representing it. */
  country?: string;
  /** Every one of these countries is represented among the participants. */
  countries?: string[];
  kinds?: string[];
  statuses?: string[];
  summit?: string;
  /** A participant took part for this international organisation. */
  organization?: string;
  /** confidence >= this. */
  minConfidence?: number;
  /** City, venue or region name (any case), or an ISO country code. */
  place?: string;
  /** The parsed search (toFtsQuery) the event's indexed text must match. */
  match?: FtsQuery;
  /** Read as of this day: only documents published by then count. */
  asOf?: string;
}

export type SortOrder = "date" | "-date" | "-sourceCount" | "relevance";
