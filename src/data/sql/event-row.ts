import { z } from "zod";

// The columns of "Event" that pages and merging both read, as query() checks them.
export const nullableText = z.string().nullable();
const share = z.number().nullable();

export const EventColumns = z.object({
  id: z.string(),
  kind: z.string(),
  startDate: nullableText,
  endDate: nullableText,
  datePrecision: nullableText,
  venue: nullableText,
  city: nullableText,
  region: nullableText,
  country: nullableText,
  confidence: share,
  participantsConfidence: share,
  dateConfidence: share,
  placeConfidence: share,
  topicsConfidence: share,
});
