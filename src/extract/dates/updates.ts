import type { PublicationDate, Sentence } from "../types.ts";
import { addDays } from "./calendar.ts";

// "SEOUL/BEIJING, June 21 (Wire) -- Xi flew home on Friday": a wire follow-up appended
// under a dateline of its own, a day or more after the report it updates.
const UPDATE_DATELINE =
  /^\s*\p{Lu}[\p{Lu}\p{L}./'’ -]{1,40},\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\s*(?:\([^)\n]{1,30}\))?\s*[-–—]+/u;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// "Mon 20 Feb", "Tuesday, February 21": a live blog's day heading, a line of its own over
// the entries of that day (newest first, so the days run backwards from the publication).
const MONTH = String.raw`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DAY_HEADING = new RegExp(
  String.raw`^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:(\d{1,2})\s+${MONTH}|${MONTH}\s+(\d{1,2}))(?:,?\s+\d{4})?\s*$`,
  "i",
);
// An update is filed within days of the report; a later date is something else.
const UPDATE_DAYS = 7;

/**
 * The day each sentence's weekdays and "today" are read against: the publication day,
 * and from an update's dateline on (a line opening "CITY, June 21 (Agency) --" later than
 * the publication day, within a week) that update's day.
 */
export function referenceDays(
  text: string,
  sentences: Sentence[],
  pub: PublicationDate | null,
): (PublicationDate | null)[] {
  if (pub?.precision !== "day") return sentences.map(() => pub);
  let current = pub;
  return sentences.map((s) => {
    const lineStart = s.start === 0 || text[s.start - 1] === "\n";
    const m = lineStart ? UPDATE_DATELINE.exec(s.text) : null;
    if (m) {
      const day = dayOf(pub, m[1], m[2]);
      if (day > current.value && day <= addDays(pub.value, UPDATE_DAYS))
        current = { ...pub, value: day, note: `update dateline "${m[0].trim()}"` };
    }
    const lineEnd = s.end === text.length || text[s.end] === "\n";
    const h = lineStart && lineEnd ? DAY_HEADING.exec(s.text) : null;
    if (h) {
      // Either order of day and month; a heading is of the week up to the publication (a
      // later date line is a schedule's, not a day the blog has told).
      const day = dayOf(pub, h[2] ?? h[3], h[1] ?? h[4]);
      if (day >= addDays(pub.value, -UPDATE_DAYS) && day <= pub.value)
        current = { ...pub, value: day, note: `day heading "${s.text.trim()}"` };
    }
    return current;
  });
}

/** "Feb", "21" in the publication's year, as an ISO day. */
function dayOf(pub: PublicationDate, month: string | undefined, day: string | undefined): string {
  const m = MONTHS.indexOf((month ?? "").slice(0, 3).toLowerCase()) + 1;
  return `${pub.value.slice(0, 4)}-${String(m).padStart(2, "0")}-${(day ?? "").padStart(2, "0")}`;
}
