import type { Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { DAYS_APART, TRIGGERS } from "./cues.ts";

// What in a sentence names an engagement other than its own: the officials and triggers
// inside these spans make no event of the sentence (participantsIn, triggersIn).

// "in preparation for the Xi-Biden meeting", "after the meeting": a reference to another
// event, whose trigger and officials do not make one here.
const REFERENCE =
  /\b(?:after|before|ahead of|following|since|for|of|during)\s+(?:the|their|this|that)\s+(?:\p{Lu}[\p{L}.]+[-–]\p{Lu}[\p{L}.]+\s+)?(?:[\w-]+\s+)?(?:meeting|summit|talks|call|encounter|visit|trip)\b/giu;

// "Blinken, touring the Pacific with a stop in Fiji and talks with Japan's foreign minister
// in Honolulu, phoned Lavrov": a journey told in an aside between the subject and its
// verb. Its stops and talks are the trip's, not the engagement the main verb reports.
const TRAVEL_ASIDE =
  /,\s+(?:touring|visiting|travell?ing\s+(?:through|in|to|across)|on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:tour|trip|swing|visit)\s+(?:of|to|through))\b[^,;:—()]{0,160},\s+(?=\p{Ll})/gu;

const PRONOUN = /^(?:he|him|she|her|they|them|his)$/i;

// "dialled Putin on Tuesday, a day after his conversation with Biden": the engagement
// counted from (DAYS_APART) is added on its own (addDaysApart), not joined to the sentence's.
export function referenceSpans(ctx: ArticleContext, index: number): Span[] {
  const s = ctx.sentences[index];
  if (!s) return [];
  const spans = [...s.text.matchAll(REFERENCE)].map((m) => ({
    start: s.start + (m.index ?? 0),
    end: s.start + (m.index ?? 0) + m[0].length,
    text: m[0],
  }));
  for (const m of s.text.matchAll(TRAVEL_ASIDE)) {
    // Only where the main verb reports an engagement of its own ("…, phoned Lavrov"); in
    // "Blinken, on a trip to Beijing, warned Chinese officials" the trip is the one.
    // …and names an official of its own: "…, held talks with him" is the aside's host.
    const after = s.text.slice((m.index ?? 0) + m[0].length);
    const start = s.start + (m.index ?? 0);
    const end = start + m[0].length;
    const named = ctx.officials.mentions.some(
      (x) => x.sentence === index && x.start >= end && !PRONOUN.test(x.text),
    );
    if (!TRIGGERS.some(({ re }) => re.test(after)) || !named) continue;
    spans.push({ start, end, text: m[0] });
  }
  for (const m of s.text.matchAll(DAYS_APART)) {
    const start = s.start + (m.index ?? 0);
    // …with the officials it names, to the end of the sentence's clause: theirs is the
    // other engagement ("a video call with Merz and Zelensky", "meeting Biden for the
    // last time before Biden leaves office").
    const named = namedAt(ctx, index, start + m[0].length);
    if (!named && !m[3]) continue;
    const rest = named ? ctx.text.slice(named.end, s.end) : "";
    const end = named ? named.end + (/[;]|\.(?=\s*$)/.exec(rest)?.index ?? rest.length) : start + m[0].length;
    spans.push({ start, end, text: ctx.text.slice(start, end) });
  }
  return spans;
}

// "talks with Ethiopian Deputy Prime Minister and Foreign Minister Demeke Mekonnen": the
// official's titles, capitalised, may come before the mention of the official.
const TITLES_BEFORE = /^(?:(?:\p{Lu}[\p{L}.'’-]*|and|of|for)\s+)*$/u;

/** The official named right after `at` (past their titles), in sentence `index`. */
export function namedAt(ctx: ArticleContext, index: number, at: number) {
  return ctx.officials.mentions.find(
    (x) => x.sentence === index && x.start >= at && TITLES_BEFORE.test(ctx.text.slice(at, x.start)),
  );
}

export const inside = (x: Span, spans: Span[]) => spans.some((r) => x.start >= r.start && x.end <= r.end);
