import type { Sentence } from "../types.ts";
import type { Draft } from "./draft.ts";

// "After a 10:15 a.m. meeting with Merkel, Trump sat down with Putin": the occasion in
// the opening "after …," clause is the earlier one; the main clause's is what the
// sentence reports, so it comes first (the walk's focus, what "the talks" next refers to).
const LEADING_TIME_CLAUSE =
  /^\s*(?:(?:shortly|soon|hours|days|minutes|right|just|a day|two days|the day)\s+)?(?:after|before|following|ahead of|prior to)\b(?:[^,;:]|(?<=\d):(?=\d))*,/i;

export const leadEnd = (s: Sentence) => {
  const lead = LEADING_TIME_CLAUSE.exec(s.text);
  return lead ? s.start + lead[0].length : -1;
};

export function mainFirst(touched: Draft[], early: Set<Draft>): Draft[] {
  if (!early.size || early.size === touched.length) return touched;
  return [...touched.filter((d) => !early.has(d)), ...touched.filter((d) => early.has(d))];
}
