import { daysBetween } from "../dates/calendar.ts";
import type { ArticleContext } from "./context.ts";
import { awaitsPlace, type Draft, IN_PERSON, overlaps } from "./draft.ts";

// "arrived in Tokyo on Saturday for a two-day visit": the visit's city holds its days.
const LENGTH = /\b(two|three|four|five|2|3|4|5)-day\b/i;
const DAYS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/** Whether `a`'s day falls on `b`'s day, or within the days a visit `b` says it lasts. */
function sameDay(a: Draft, b: Draft): boolean {
  if (a.date?.precision !== "day" || b.date?.precision !== "day" || a.date.end) return false;
  if (a.date.start === b.date.start) return true;
  const length = b.kind === "visit" ? LENGTH.exec(b.lead)?.[1]?.toLowerCase() : undefined;
  const days = length ? (DAYS[length] ?? Number(length)) : 1;
  const gap = daysBetween(b.date.start, a.date.start);
  return gap >= 0 && gap < days;
}

/**
 * "Xi held talks with Putin in the Kremlin … Earlier in the day, Xi held a meeting with
 * Prime Minister Mishustin": an in-person engagement with no place of its own, on the
 * same day as another of one of its officials that has a city (or within the days of a
 * visit that says how long it lasts), was in that city. Only
 * when that day's other engagements name one city: a leader who met in two cities that
 * day leaves it unplaced.
 */
export function carrySameDayPlace(drafts: Draft[]): void {
  for (const d of drafts) {
    if (!awaitsPlace(d)) continue;
    // "They met for three hours in Anchorage on Friday; a planned working lunch was dropped":
    // a meal or meeting called off that day was planned where the day's talks were held. Not
    // a trip called off, which was to somewhere else.
    const dropped = d.status === "cancelled" && d.kind !== "visit";
    if (d.status !== "held" && d.status !== "scheduled" && !dropped) continue;
    const others = drafts.filter(
      (o) =>
        o !== d &&
        !!(o.place?.city || o.place?.venue) &&
        !o.context &&
        !o.earlier &&
        (o.status === d.status || (dropped && o.status === "held")) &&
        IN_PERSON.includes(o.kind) &&
        sameDay(d, o) &&
        o.participants.some((p) => d.participants.includes(p)),
    );
    const cities = new Set(others.map((o) => `${o.place?.city}|${o.place?.country}`));
    const from = others[0];
    if (cities.size !== 1 || !from?.place?.city) continue;
    d.place = { venue: null, city: from.place.city, region: from.place.region, country: from.place.country };
    const quote = from.evidence.findLast((e) => e.field === "place");
    if (quote) d.evidence.push({ ...quote });
  }
}

// "during the visit", "during his three-day trip": the trip the story is about.
const DURING_TRIP =
  /\bduring\s+(?:the|his|her|this|that|their)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|stay|tour)\b/i;

/**
 * "Putin arrived in Ashgabat on a working visit … Putin is also expected to hold talks
 * with the Turkmen president during the visit": an in-person engagement with no city, set
 * during a trip, is where the latest trip of one of its officials before it was, on that
 * trip's days (the trip's country must agree with any country it has).
 */
export function carryTripPlace(ctx: ArticleContext, drafts: Draft[]): void {
  for (const d of drafts) {
    if (!awaitsPlace(d)) continue;
    const at = d.sentences.find((i) => DURING_TRIP.test(ctx.sentences[i]?.text ?? ""));
    if (at === undefined) continue;
    const trip = drafts
      .filter(
        (o) =>
          o !== d &&
          o.kind === "visit" &&
          !o.context &&
          !o.earlier &&
          o.place?.city &&
          // On the trip's days: "during his return visit in October" is another trip.
          overlaps(o.date, d.date) &&
          Math.min(...o.sentences) < at &&
          o.participants.some((p) => d.participants.includes(p)),
      )
      .sort((a, b) => Math.min(...a.sentences) - Math.min(...b.sentences))
      .at(-1);
    if (!trip?.place || (d.place?.country && d.place.country !== trip.place.country)) continue;
    d.place = { ...trip.place };
    const quote = trip.evidence.findLast((e) => e.field === "place");
    if (quote) d.evidence.push({ ...quote });
  }
}
