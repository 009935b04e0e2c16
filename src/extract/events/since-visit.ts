import type { Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { type Draft, draftDate, newDraft } from "./draft.ts";
import { ev } from "./evidence.ts";

// "the first visit by a South Korean foreign minister since Kang Kyung-wha went in
// November 2017", "since Lee Myung-bak's in 2011", "the summit had not been held since
// Mr. Putin came to New Delhi on December 6, 2021": an earlier trip, dated, that the
// sentence counts from.
const SINCE_BEFORE = /\bsince\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$/;
const TRAVELLED_AFTER = /^(?:[’']s\b|\s+(?:came|went|travell?ed|traveled|flew|visited)\b)/;
// Within this many characters after the name, its date and destination.
const REACH = 90;

/** "since Lee Myung-bak's in 2011": an official named as the maker of the trip counted from. */
export const travelledSince = (text: string, m: Span, sentenceStart: number) =>
  SINCE_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 12), m.start)) &&
  TRAVELLED_AFTER.test(text.slice(m.end, m.end + 12));

/**
 * Adds the earlier trips the sentences recall after "since": the official's visit, or,
 * when the sentence is about a summit or talks of a pair the official belongs to, that
 * pair's meeting. Dated by the phrase's own date; placed by its own destination, else in
 * the country of the story's meeting.
 */
export function addSinceVisits(ctx: ArticleContext, drafts: Draft[]): void {
  for (const m of ctx.officials.mentions) {
    const s = ctx.sentences[m.sentence];
    if (!s || m.officialIds.length !== 1 || m.kind === "group") continue;
    const id = m.officialIds[0] as string;
    if (!travelledSince(ctx.text, m, s.start)) continue;
    const date = (ctx.dates[s.index] ?? []).find((d) => d.start >= m.end && d.start - m.end <= REACH);
    if (!date) continue;
    const place = ctx.places.find(
      (p) => p.sentence === s.index && p.start >= m.end && p.start - m.end <= REACH,
    );
    const story = drafts.find(
      (d) => !d.context && !d.earlier && d.participants.includes(id) && d.participants.length >= 2,
    );
    const ofPair = !!story && /\b(?:summit|talks|meeting)\b/i.test(ctx.text.slice(s.start, m.start));
    const d = newDraft(ofPair ? "talks" : "visit", s.text);
    d.participants = ofPair && story ? [...story.participants] : [id];
    d.status = "held";
    d.earlier = true;
    d.date = draftDate(date);
    const host = drafts.find((x) => !x.context && !x.earlier && x.place?.country)?.place;
    d.place = place
      ? { venue: place.venue, city: place.city, region: place.region, country: place.country }
      : host?.country && !ofPair
        ? { venue: null, city: null, region: null, country: host.country }
        : null;
    d.sentences.push(s.index);
    d.evidence.push(ev("participant", m, id), ev("event", s), ev("date", date));
    if (place) d.evidence.push(ev("place", place));
    if (
      !drafts.some(
        (x) => x.date?.start === d.date?.start && d.participants.every((p) => x.participants.includes(p)),
      )
    )
      drafts.push(d);
  }
}
