import { isMeetingKind } from "../../schemas/extraction.ts";
import type { Sentence } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { type Draft, IN_PERSON } from "./draft.ts";
import { eventDates } from "./event-dates.ts";
import { looksBack } from "./recalled.ts";

/**
 * "The visit's political centrepiece came on Monday in Canberra." A paragraph of one
 * sentence that names no official but a day (and a place) sets the scene for the
 * paragraphs after it, up to one with a day of its own or a heading: the engagements
 * they report without a date are of that day, and those with no place were there.
 */
// How many paragraphs a scene sentence sets, unless it opens a section.
const SCENE_PARAGRAPHS = 3;

// A line that does not end as a sentence does: a heading ("Pandas, wine and lobster").
const heading = (line: string) => !/[.!?]["”’']?\s*$/.test(line);

/** A heading line of the body ("08:45 IST: Diaspora, UPI and a dinner at the Elysee"), not the title. */
export function isHeadingLine(ctx: ArticleContext, s: Sentence): boolean {
  const ownLine = s.start === 0 || /\n[ \t]*$/.test(ctx.text.slice(Math.max(0, s.start - 8), s.start));
  const endsLine = /^[ \t]*(?:\r?\n|$)/.test(ctx.text.slice(s.end, s.end + 8));
  return s.index > 0 && ownLine && endsLine && heading(s.text);
}

export function carrySceneDay(ctx: ArticleContext, drafts: Draft[]): void {
  const { sentences, text } = ctx;
  const named = new Set(ctx.officials.mentions.map((m) => m.sentence));
  const breakBetween = (a: number, b: number) => /\n/.test(text.slice(a, b));
  for (const s of sentences) {
    const prev = sentences[s.index - 1];
    const next = sentences[s.index + 1];
    if (named.has(s.index) || !prev || !next) continue;
    if (!breakBetween(prev.end, s.start) || !breakBetween(s.end, next.start)) continue;
    const day = eventDates(ctx, s.index).find((d) => d.precision === "day" && !d.endDate);
    if (!day) continue;
    const place = ctx.places.find((p) => p.sentence === s.index && !p.approximate);
    // The paragraphs after it, until one names a day of its own or a heading starts a
    // new section.
    // A scene that opens a section (right after its heading) sets the whole section.
    // The article's title is no section heading.
    const reach = heading(prev.text) && prev.index > 0 ? Number.POSITIVE_INFINITY : SCENE_PARAGRAPHS;
    const paragraph: number[] = [];
    let breaks = 0;
    for (let i = next.index; i < sentences.length && breaks < reach; i++) {
      const x = sentences[i] as (typeof sentences)[number];
      if (heading(x.text) || eventDates(ctx, i).some((d) => d.precision === "day")) break;
      paragraph.push(i);
      const after = sentences[i + 1];
      if (after && breakBetween(x.end, after.start)) breaks++;
    }
    for (const d of drafts) {
      const first = d.sentences[0];
      if (first === undefined || !paragraph.includes(first)) continue;
      if (d.context || d.earlier || !isMeetingKind(d.kind) || looksBack(ctx, sentences[first] ?? s)) continue;
      if (!d.date) {
        d.date = { start: day.date, end: null, precision: "day" };
        d.evidence.push({ field: "date", value: null, quote: day.text, start: day.start, end: day.end });
      }
      if (!d.place && place && IN_PERSON.includes(d.kind)) {
        d.place = { venue: place.venue, city: place.city, region: place.region, country: place.country };
        d.evidence.push({
          field: "place",
          value: null,
          quote: place.text,
          start: place.start,
          end: place.end,
        });
      }
    }
  }
}
