// The development snippets (test/fixtures/snippets/): short news items a helper wrote
// with the meetings a careful reader lists, scored by the eval's matching rule. One
// reading each, not two, so they are a development aid, never a reported figure.
import { z } from "zod";
import { toExpected } from "../../src/eval/fixtures.ts";
import {
  dateExact,
  type ExpectedMeeting,
  matchMeetings,
  placeCorrect,
  predictedMeetings,
} from "../../src/eval/match.ts";
import type { Extraction } from "../../src/schemas/extraction.ts";

const Meeting = z.object({
  principals: z.array(z.string().min(1)),
  kind: z.enum(["call", "video_call", "dinner", "talks", "in_person", "visit"]),
  status: z.enum(["held", "scheduled", "expected", "cancelled"]),
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
    .nullable(),
  city: z.string().nullable(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
});
export const Snippet = z.object({
  id: z.string().min(1),
  style: z.string(),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  text: z.string().min(1),
  meetings: z.array(Meeting),
  note: z.string().optional(),
});
export type Snippet = z.infer<typeof Snippet>;

export interface SnippetScore {
  id: string;
  expected: number;
  found: number;
  predicted: number;
  dateRight: number;
  placed: number;
  placeRight: number;
  /** Expected meetings not found and predicted ones that matched nothing, as one line each. */
  misses: string[];
  extras: string[];
}

const expectedOf = (s: Snippet): ExpectedMeeting[] =>
  s.meetings.map((m, i) => toExpected({ ...m, key: `${s.id}-${i}` }, false));

/** One snippet's extraction against its reading, by the eval's matching rule. */
export function scoreSnippet(s: Snippet, extraction: Extraction): SnippetScore {
  const predicted = predictedMeetings(extraction);
  const { pairs, unmatchedExpected, unmatchedPredicted } = matchMeetings(predicted, expectedOf(s));
  const placed = pairs.filter(({ expected: e }) => e.city !== null || e.country !== null);
  return {
    id: s.id,
    expected: s.meetings.length,
    found: pairs.length,
    predicted: predicted.length,
    dateRight: pairs.filter(({ predicted: p, expected: e }) => e.date === null || dateExact(p.date, e))
      .length,
    placed: placed.length,
    placeRight: placed.filter(({ predicted: p, expected: e }) => placeCorrect(p, e)).length,
    misses: unmatchedExpected.map((e) => `${e.principals.join("+")} ${e.kind}/${e.status} ${e.date ?? "-"}`),
    extras: unmatchedPredicted.map(
      (p) => `${p.participants.map((x) => x.name).join("+")} ${p.kind}/${p.status} ${p.date.start ?? "-"}`,
    ),
  };
}
