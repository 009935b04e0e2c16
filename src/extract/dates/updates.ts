import type { PublicationDate, Sentence } from "../types.ts";
import { addDays } from "./calendar.ts";

// "SEOUL/BEIJING, June 21 (Wire) -- Xi flew home on Friday": a wire follow-up appended
// under a dateline of its own, a day or more after the report it updates.
const UPDATE_DATELINE =
  /^\s*\p{Lu}[\p{Lu}\p{L}./'’ -]{1,40},\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\s*(?:\([^)\n]{1,30}\))?\s*[-–—]+/u;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
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
      const month = MONTHS.indexOf((m[1] ?? "").slice(0, 3).toLowerCase()) + 1;
      const day = `${pub.value.slice(0, 4)}-${String(month).padStart(2, "0")}-${(m[2] ?? "").padStart(2, "0")}`;
      if (day > current.value && day <= addDays(pub.value, UPDATE_DAYS))
        current = { ...pub, value: day, note: `update dateline "${m[0].trim()}"` };
    }
    return current;
  });
}
