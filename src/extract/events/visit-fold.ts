import { addDays } from "../dates/calendar.ts";
import { partyOf } from "../officials/types.ts";
import type { ArticleContext } from "./context.ts";
import { type Draft, IN_PERSON } from "./draft.ts";

// A state visit lasts a few days: talks with the host up to this many days after the
// arrival (or before the departure, for a trip told as ending) belong to the trip.
const TRIP_DAYS = 3;
// "Xi wrapped up a three-day trip on Friday": a trip dated by its last day. "Left for
// Vienna" is a departure towards the visit, so its first day, not its last.
const ENDING =
  /\b(?:wrapped up|wraps up|ended|ends|concluded|concludes|wound up|winds up|rounded off|(?:left|leaves|departed|departs)(?!\s+for\b))\b/i;
// "left for Paris on Friday at the end of a state visit to China": a departure home or
// onward, told with the trip it ends.
const LEFT_AFTER =
  /\b(?:left|leaves|departed|departs)\s+for\b[^.;]*?\b(?:after|at\s+the\s+end\s+of|wrapping\s+up|concluding|ending)\s+(?:a|an|his|her|their|the)\b/i;
const ends = (lead: string) => ENDING.test(lead) || LEFT_AFTER.test(lead);
// Talks still ahead that a trip under way is told as: planned, not hoped for or doubted.
const DOUBTED = /\b(?:hopes?|hoped|may|might|could|whether|if|not|never|but)\b/i;

/**
 * Both held or both planned; or a trip under way whose talks are still to come ("left for
 * Vienna on Tuesday … will hold talks with the chancellor on Wednesday"), which the
 * date window then bounds to its first days.
 */
function sameOutlook(visit: Draft, meeting: Draft): boolean {
  const held = (d: Draft) => d.status === "held";
  if (held(visit) === held(meeting)) return true;
  return (
    held(visit) &&
    (meeting.status === "scheduled" || meeting.status === "expected") &&
    !DOUBTED.test(meeting.lead) &&
    !ends(visit.lead) &&
    visit.date?.precision === "day" &&
    !!meeting.date &&
    meeting.date.start >= visit.date.start
  );
}

/**
 * "Ruto began a state visit to South Korea on Monday. Ruto and Yoon held talks in Seoul on
 * Tuesday": the guidelines read a visit reported with a meeting with its host as that
 * meeting, not as a trip besides. A one-person visit is dropped when the visitor meets an
 * official of the visited country in the same city (or an unnamed one) from its first day
 * to a few days later (or, for a trip told as ending, in the few days up to its last),
 * with the same outlook (sameOutlook). A visit to another city
 * than the talks (Harbin after Beijing) stays a trip of its own.
 */
export function foldVisits(ctx: ArticleContext, drafts: Draft[]): Draft[] {
  const party = (id: string) => partyOf(ctx.officials.officials.get(id));
  const covers = (visit: Draft, meeting: Draft) => {
    const [visitor] = visit.participants;
    const at = visit.place;
    const precision = visit.date?.precision;
    if (!visitor || !at?.country || !visit.date || (precision !== "day" && precision !== "month"))
      return false;
    if (meeting.date?.precision !== "day" || !sameOutlook(visit, meeting)) return false;
    // "Xi's state visit to France" dated only to its month: the talks with the host that
    // month are the visit.
    const within =
      precision === "month"
        ? meeting.date.start.startsWith(visit.date.start)
        : ends(visit.lead)
          ? meeting.date.start >= addDays(visit.date.start, -TRIP_DAYS) &&
            meeting.date.start <= visit.date.start
          : meeting.date.start >= visit.date.start &&
            meeting.date.start <= (visit.date.end ?? addDays(visit.date.start, TRIP_DAYS));
    return (
      meeting !== visit &&
      !meeting.context &&
      meeting.kind !== "visit" &&
      IN_PERSON.includes(meeting.kind) &&
      meeting.participants.includes(visitor) &&
      meeting.participants.some((p) => party(p) === at.country) &&
      within &&
      (!meeting.place?.country || meeting.place.country === at.country) &&
      (!at.city || !meeting.place?.city || at.city === meeting.place.city)
    );
  };
  return drafts.filter((d) => {
    if (d.kind !== "visit" || d.context || d.participants.length !== 1) return true;
    const meeting = drafts.find((m) => covers(d, m));
    if (!meeting) return true;
    meeting.evidence.push(...d.evidence.filter((e) => e.field === "event"));
    return false;
  });
}
