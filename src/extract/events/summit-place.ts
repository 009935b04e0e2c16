import { lastDay } from "../../lib/partial-date.ts";
import { openingSummit } from "../dates/summit-day.ts";
import { escapeRegex } from "../text.ts";
import type { ArticleContext } from "./context.ts";
import { type Draft, IN_PERSON } from "./draft.ts";

/**
 * "What the world will remember from Monday in Helsinki … The summit was supposed to be
 * about arms control": an in-person engagement with no place, held on a day of the summit
 * the opening names (with its host city), happened in that city.
 */
export function carrySummitPlace(ctx: ArticleContext, drafts: Draft[]): void {
  const summit = openingSummit(ctx.text, ctx.ref);
  if (!summit?.startDate || !summit.city) return;
  const end = lastDay(summit.endDate ?? summit.startDate);
  // The evidence is where the opening names the city.
  const city = new RegExp(`\\b${escapeRegex(summit.city)}\\b`, "i").exec(ctx.text);
  if (!city) return;
  const quote = {
    field: "place" as const,
    value: null,
    quote: city[0],
    start: city.index,
    end: city.index + city[0].length,
  };
  for (const d of drafts) {
    if (d.place?.city || d.place?.venue || d.context || d.earlier || !IN_PERSON.includes(d.kind)) continue;
    if (d.date?.precision !== "day" || d.date.start < summit.startDate || d.date.start > end) continue;
    if (d.place?.country && d.place.country !== summit.country) continue;
    d.place = { venue: null, city: summit.city, region: summit.region, country: summit.country };
    d.evidence.push({ ...quote });
  }
}
