import { lastDay } from "../../lib/partial-date.ts";
import { openingSummits } from "../dates/summit-day.ts";
import { escapeRegex } from "../text.ts";
import type { ArticleContext } from "./context.ts";
import { awaitsPlace, type Draft, IN_PERSON } from "./draft.ts";

/**
 * "What the world will remember from Monday in Helsinki … The summit was supposed to be
 * about arms control": an in-person engagement with no place, held on a day of a summit
 * the opening names (with its host city), happened in that city. Where the opening's
 * city hosted the series more than once, the engagement's day picks the summit.
 */
export function carrySummitPlace(ctx: ArticleContext, drafts: Draft[]): void {
  const summits = openingSummits(ctx.text, ctx.ref);
  const mentions = new Map<string, RegExpExecArray | null>();
  const firstMention = (city: string) => {
    if (!mentions.has(city)) mentions.set(city, new RegExp(`\\b${escapeRegex(city)}\\b`, "i").exec(ctx.text));
    return mentions.get(city) ?? null;
  };
  for (const d of drafts) {
    if (!awaitsPlace(d) || d.date?.precision !== "day") continue;
    const day = d.date.start;
    const held = summits.filter(
      (s) => s.startDate && day >= s.startDate && day <= lastDay(s.endDate ?? s.startDate),
    );
    const [summit, other] = held;
    if (!summit?.city || other || (d.place?.country && d.place.country !== summit.country)) continue;
    // The evidence is where the opening names the city: its first mention, since the
    // summit was read from the opening with it.
    const city = firstMention(summit.city);
    if (!city) continue;
    d.place = { venue: null, city: summit.city, region: summit.region, country: summit.country };
    d.evidence.push({
      field: "place",
      value: null,
      quote: city[0],
      start: city.index,
      end: city.index + city[0].length,
    });
  }
}

// "On the margins of the summit": the summit the article has just reported, not one it names.
const ITS_SIDELINES =
  /\b(?:sidelines|margins)\s+of\s+(?:the|this|that)\s+(?:[\w'’-]+\s+)?summit\b(?!\s+(?:in|of|at)\b)/i;

/**
 * "… for the Quad Leaders' Summit with Kishida and Albanese [in Claymont] … On the margins of
 * the summit, Modi held separate meetings with Albanese and Kishida": meetings on the
 * sidelines of a summit the article reported, that day, are where that summit was.
 */
export function carrySidelinesPlace(ctx: ArticleContext, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.place?.city || d.context || d.earlier || !IN_PERSON.includes(d.kind) || d.date?.precision !== "day")
      continue;
    const at = d.sentences.map((i) => ctx.sentences[i]).find((s) => s && ITS_SIDELINES.test(s.text));
    if (!at) continue;
    const summit = drafts
      .filter(
        (o) =>
          o !== d &&
          !o.context &&
          o.place?.city &&
          o.date?.start === d.date?.start &&
          Math.min(...o.sentences) < at.index &&
          o.evidence.some((e) => e.field === "kind" && /summit/i.test(e.quote)),
      )
      .at(-1);
    if (!summit?.place || (d.place?.country && d.place.country !== summit.place.country)) continue;
    d.place = { ...summit.place };
    const quote = summit.evidence.find((e) => e.field === "place");
    if (quote) d.evidence.push({ ...quote });
  }
}
