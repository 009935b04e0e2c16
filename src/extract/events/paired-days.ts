import { daysBetween } from "../dates/calendar.ts";
import type { Sentence } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import type { Draft } from "./draft.ts";
import { eventDates } from "./event-dates.ts";
import { ev } from "./evidence.ts";
import type { Walk } from "./walk.ts";

// "have spoken by telephone twice, on Feb. 12 and March 18", "held talks on March 16 and
// May 7": two days joined by "and" after the engagement are two engagements. Days next
// to each other ("on March 16 and 17") are one engagement over two days.
const AND = /^\s*,?\s*(?:and|as well as)\s+(?:(?:again\s+)?on\s+)?$/i;

/** The second engagement of a pair of days that dates `d` in sentence `s`, added beside it. */
export function addPairedDays(ctx: ArticleContext, walk: Walk, s: Sentence, d: Draft): void {
  const first = d.date;
  if (first?.precision !== "day" || first.end) return;
  const quote = d.evidence.find((e) => e.field === "date" && e.start >= s.start && e.end <= s.end);
  if (!quote) return;
  const second = eventDates(ctx, s.index).find(
    (x) => x.start > quote.end && AND.test(ctx.text.slice(quote.end, x.start)),
  );
  if (second?.precision !== "day" || second.endDate || daysBetween(first.start, second.date) < 2) return;
  if (
    walk.drafts.some((x) => x.date?.start === second.date && x.participants.join() === d.participants.join())
  )
    return;
  const copy: Draft = {
    ...d,
    date: { start: second.date, end: null, precision: "day" },
    participants: [...d.participants],
    topics: [],
    sentences: [s.index],
    evidence: [
      ...d.evidence.filter(
        (e) => e.field !== "date" && e.field !== "topic" && e.start >= s.start && e.end <= s.end,
      ),
      ev("date", second),
    ],
  };
  walk.drafts.push(copy);
}
