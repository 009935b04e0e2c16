import type { CalendarRaw, Modifier } from "./scan.ts";

// "met in Kuala Lumpur over the weekend", "at the weekend", "last weekend": Saturday to
// Sunday, read as a weekday is (the clause's tense, or the modifier, picks the week).
// chrono reads none of them. Not "the weekend was framed as …": a noun, not a time; nor
// "the weekend of March 4-5", whose dates chrono reads (but "the weekend of the summit" is one), nor "at the weekend retreat of
// Camp David", a place.
const WEEKEND =
  /\b(?:(?:over|at|during)\s+the|(last|this|next))\s+weekend\b(?!\s+of\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|[\s-]+(?:retreat|house|home|getaway|break|residence|villa|resort|cottage|trip|edition|editions|papers?|shows?|programmes?|programs?)\b)/gi;

export function weekends(text: string): CalendarRaw[] {
  return [...text.matchAll(WEEKEND)].map((m) => {
    const start = m.index ?? 0;
    const modifier = (m[1]?.toLowerCase() as Modifier | undefined) ?? null;
    return {
      kind: "calendar",
      start,
      end: start + m[0].length,
      text: m[0],
      from: { weekday: 6 },
      to: { weekday: 0 },
      modifier,
      weekOffset: null,
      yearOffset: null,
      timed: false,
    };
  });
}
