import type { EventKind } from "../../schemas/extraction.ts";
import { partyOf } from "../officials/types.ts";
import type { PlaceMention } from "../places/find.ts";
import type { DateMention, Sentence } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { type Draft, type DraftDate, draftDate, newDraft, overlaps, sameMode } from "./draft.ts";
import { eventDates } from "./event-dates.ts";
import { ev } from "./evidence.ts";
import { statusAt } from "./status.ts";

// "Monday's meeting followed two phone calls between the presidents this year. The first,
// on Feb. 10, lasted about two hours. The second, on Sept. 9, …": a count of engagements,
// then each taken in turn by its ordinal and its own date.
const COUNTED =
  /\b(two|three|four|several)\s+(?:earlier\s+|previous\s+|prior\s+)?(phone calls|calls|meetings|summits|rounds of talks|conversations|video calls)\b/i;
const ORDINAL = /^(?:The|Their)\s+(first|second|third|fourth|last|latest|other),?\s+(?:on|in)\s+/i;
const KIND: Record<string, EventKind> = {
  "phone calls": "call",
  calls: "call",
  conversations: "call",
  "video calls": "video_call",
  meetings: "in_person",
  summits: "talks",
  "rounds of talks": "talks",
};
// "Monday's meeting followed …", "The talks came after …": the sentence opens with the
// event it counts back from.
const ANAPHOR_FIRST =
  /^(?:\w+day['’]s|The|This|That|Their|Its)\s+(?:[\w-]+\s+)?(?:meeting|talks|summit|call|visit|conversation)\b/;
// The ordinals follow within this many sentences, in the same paragraph.
const REACH = 3;

/**
 * The engagements a count introduces and its ordinals (or a list after a colon) date,
 * between the officials of the event the counting sentence is about (its focus): added
 * unless already found.
 */
export function addEnumerated(
  ctx: ArticleContext,
  drafts: Draft[],
  s: Sentence,
  touched: Draft[],
  prior: Draft | null,
): void {
  const counted = COUNTED.exec(s.text);
  if (!counted) return;
  // "Monday's meeting followed two phone calls": the event named before the count; "All
  // four earlier meetings took place in China: … Kim's summit with Trump": none is, so
  // the event in focus before the sentence.
  const countAt = s.start + counted.index;
  const named = (d: Draft) =>
    d.evidence.some((e) => e.field === "kind" && e.start >= s.start && e.start < countAt) ||
    ANAPHOR_FIRST.test(s.text.slice(0, counted.index));
  const focus = touched.find(named) ?? prior;
  if (!focus || focus.context || focus.participants.length < 2) return;
  const kind = KIND[(counted[2] ?? "").toLowerCase()] ?? "in_person";
  const countSpan = {
    start: s.start + counted.index,
    end: s.start + counted.index + counted[0].length,
    text: counted[0],
  };
  const add = (at: Sentence, m: DateMention, date: DraftDate, place: PlaceMention | undefined) => {
    const known = drafts.find(
      (d) =>
        sameMode(d.kind, kind) &&
        d.date !== null &&
        overlaps(d.date, date) &&
        focus.participants.every((p) => d.participants.includes(p)),
    );
    if (known) return;
    const d = newDraft(kind, at.text);
    d.participants = [...focus.participants];
    d.date = date;
    d.status = statusAt(ctx, at.index, m, kind, date.precision === "day");
    d.sentences.push(s.index, at.index);
    d.evidence.push(ev("event", at), ev("kind", countSpan), ev("date", m));
    if (place) {
      d.place = { venue: place.venue, city: place.city, region: place.region, country: place.country };
      d.evidence.push(ev("place", place));
    }
    drafts.push(d);
  };
  // "All four earlier meetings took place in China: in Beijing in March 2018, in the port
  // city of Dalian in May, …": one per date of the list, at the place its item names.
  const colon = s.text.indexOf(":", counted.index);
  if (colon >= 0) {
    let year: number | null = null;
    let month = 0;
    for (const m of eventDates(ctx, s.index).filter((d) => d.start > s.start + colon)) {
      const item = ctx.text.slice(Math.max(s.start + colon, ctx.text.lastIndexOf(",", m.start) + 1), m.start);
      if (/\b(?:after|before|since|with)\b/i.test(item)) continue;
      let date = draftDate(m);
      // A month written without its year continues the list's year, in order.
      const written = /\b\d{4}\b/.test(m.text) || /\bthis year\b/i.test(m.text);
      const mm = Number(date.start.slice(5, 7));
      if (!written && year !== null && date.precision === "month") {
        const y = mm >= month ? year : year + 1;
        date = { ...date, start: `${y}-${date.start.slice(5, 7)}` };
      }
      year = Number(date.start.slice(0, 4));
      month = mm || month;
      const place = ctx.places
        .filter(
          (p) => p.sentence === s.index && p.start >= s.start + colon && p.end <= m.start && !p.approximate,
        )
        .filter((p) => p.start >= m.start - 60)
        .at(-1);
      add(s, m, date, place);
    }
    return;
  }
  for (let i = s.index + 1; i <= s.index + REACH; i++) {
    const next = ctx.sentences[i];
    const prev = ctx.sentences[i - 1];
    if (!next || !prev || /\n/.test(ctx.text.slice(prev.end, next.start))) break;
    const ordinal = ORDINAL.exec(next.text);
    if (!ordinal) continue;
    const at = next.start + ordinal.index + ordinal[0].length;
    const m = eventDates(ctx, next.index).find((d) => d.start === at);
    if (m) add(next, m, draftDate(m), undefined);
  }
}

// "The leaders held back-to-back bilateral meetings on Sunday. Yoon and Li agreed to …":
// a day of several pairwise meetings, then the pairs as subjects of what they agreed.
const PAIRWISE =
  /\b(?:held|hold|holding|had)\s+(?:[\w-]+\s+){0,2}(?:bilateral\s+(?:meetings|talks)|bilaterals|separate\s+(?:meetings|talks)|one-on-one\s+(?:meetings|talks))\b/i;
// The sentences after it that may name a pair.
const PAIR_REACH = 4;

/** One meeting per pair that opens a sentence soon after a day of pairwise meetings. */
export function addPairMeetings(ctx: ArticleContext, drafts: Draft[], s: Sentence): void {
  const said = PAIRWISE.exec(s.text);
  if (!said) return;
  const day = eventDates(ctx, s.index).find((d) => d.precision === "day" && !d.endDate);
  if (!day) return;
  const held = { start: s.start + said.index, end: s.start + said.index + said[0].length, text: said[0] };
  const mentions = ctx.officials.mentions;
  for (let i = s.index + 1; i <= s.index + PAIR_REACH; i++) {
    const next = ctx.sentences[i];
    if (!next) break;
    if (eventDates(ctx, i).some((d) => d.precision === "day" && d.date !== day.date)) break;
    const pair = /^(\p{Lu}[\p{L}'’-]+)\s+and\s+(\p{Lu}[\p{L}'’-]+)\b/u.exec(next.text);
    if (!pair) continue;
    const first = mentions.find((m) => m.start === next.start && m.officialIds.length === 1);
    const second = mentions.find(
      (m) => m.sentence === i && m.start === next.start + pair[0].length - (pair[2] ?? "").length,
    );
    const ids = [first?.officialIds[0], second?.officialIds[0]];
    const [a, b] = ids;
    if (!first || !second || !a || !b || a === b) continue;
    const sides = new Set(ids.map((id) => partyOf(ctx.officials.officials.get(id as string))));
    if (sides.size !== 2) continue;
    const date = draftDate(day);
    const both = (d: Draft) => [a, b].every((x) => d.participants.includes(x));
    if (drafts.some((d) => d.date !== null && overlaps(d.date, date) && both(d))) continue;
    const d = newDraft("in_person", next.text);
    d.participants = [a, b];
    d.date = date;
    d.status = statusAt(ctx, s.index, held, "in_person", true);
    d.sentences.push(s.index, i);
    d.evidence.push(ev("event", next), ev("kind", held), ev("date", day));
    d.evidence.push(ev("participant", first, a), ev("participant", second, b));
    drafts.push(d);
  }
}
