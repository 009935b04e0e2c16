import { firstDay, lastDay, precisionOf } from "../../lib/partial-date.ts";
import { daysBetween } from "../dates/calendar.ts";
import type { PlaceMention } from "../places/find.ts";
import { chooseSummit } from "../summits.ts";
import type { Sentence, Span } from "../types.ts";
import { nearestInClause } from "./clause.ts";
import type { ArticleContext } from "./context.ts";
import { DISCUSSION, EARLIER, OUTCOME, SUMMIT_SETTING } from "./cues.ts";
import { addTopics } from "./discussion.ts";
import {
  AHEAD,
  betterPlace,
  type Draft,
  type DraftDate,
  draftDate,
  morePreciseDate,
  overlaps,
} from "./draft.ts";
import { eventDates } from "./event-dates.ts";
import { ev } from "./evidence.ts";
import { placesNear } from "./places-near.ts";
import { journeyDay } from "./purpose.ts";
import { triggersIn } from "./sentence-facts.ts";
import { continuedDay } from "./story-date.ts";

/**
 * The sentence reports the event: it records the sentence and takes from it the date,
 * place, summit and topics found near `anchor` (the trigger or anaphor that names it).
 */
export function apply(ctx: ArticleContext, d: Draft, s: Sentence, anchor: Span, triggers: Span[] = []) {
  d.sentences.push(s.index);
  d.evidence.push(ev("event", s));
  const carried = takeDate(ctx, d, s, anchor);
  takePlace(ctx, d, s, anchor, triggers);
  takeSummit(ctx, d, s, anchor, carried);
  if (!d.context || DISCUSSION.test(s.text) || OUTCOME.test(s.text)) addTopics(ctx, d, s.index);
}

/**
 * A more precise date that agrees with the one the event has. Returns whether the event
 * is left with no date, or with one the sentence does not write but carries on from the
 * story ("then", "that evening", the scene before).
 */
function takeDate(ctx: ArticleContext, d: Draft, s: Sentence, anchor: Span): boolean {
  // The day of a journey the engagement is for dates it later, if nothing else does.
  const journey = journeyDay(ctx.text, s, anchor, ctx.dates[s.index] ?? []);
  const own = nearestInClause(ctx.text, eventDates(ctx, s.index, anchor), anchor);
  const m =
    own ?? (journey ? null : (continuedDay(ctx, s, anchor) ?? (d.context ? null : settingDay(ctx, s))));
  if (!m) return !d.date;
  const before = d.date;
  const date = draftDate(m);
  // "Shoigu's talks with Kim in late July … paved the way for a summit with Putin": a date
  // already over, nearer another engagement of the sentence, is that one's, not the date
  // of what is still ahead.
  const over = !!ctx.pub && lastDay(date.end ?? date.start) < firstDay(ctx.pub.value);
  const gap = (x: Span) => Math.min(Math.abs(m.start - x.end), Math.abs(x.start - m.end));
  const nearerOther = () =>
    triggersIn(ctx, s.index).some((t) => t.start !== anchor.start && gap(t) < gap(anchor));
  if (over && AHEAD.has(d.status) && nearerOther()) return !d.date;
  if (morePreciseDate(date, d.date) && overlaps(d.date, date)) {
    d.date = date;
    d.evidence.push(ev("date", m));
  }
  return !d.date || (!own && d.date !== before);
}

// "talks in Malta", "during a visit to Turkey"; not "back from a trip to Ukraine".
const OWN_LOCATIVE =
  /(?:\b(?:in|at)|(?<!\bfrom\s+(?:a|an|the|his|her|their)\s+)\b(?:visit|trip|journey|tour)\s+to)\s+(?:the\s+)?$/i;

/** The nearest exact place, else a rough one reduced to its region and country. */
function takePlace(ctx: ArticleContext, d: Draft, s: Sentence, anchor: Span, triggers: Span[]) {
  const places = placesNear(ctx, s, anchor, triggers);
  // A city narrows the nearest place only within its country: "talks in Malta …, before
  // the summit in San Francisco" were in Malta, not in the farther city.
  // Only a country the trigger's own locative gives ("talks in Malta"): "met Morawiecki,
  // just back from a trip to Ukraine, in Warsaw" was in Warsaw.
  const nearest = places.find((p) => !p.approximate);
  const countryOnly =
    nearest &&
    !nearest.city &&
    !nearest.venue &&
    nearest.country &&
    OWN_LOCATIVE.test(ctx.text.slice(Math.max(0, nearest.start - 40), nearest.start));
  const found =
    places.find(
      (p) => !p.approximate && (p.city || p.venue) && (!countryOnly || p.country === nearest.country),
    ) ?? nearest;
  const exact = found && withCityAfter(ctx, found, places);
  const rough = places.find((p) => p.approximate);
  const place =
    exact ??
    (rough ? { ...rough, city: null, venue: null } : undefined) ??
    // A scene set by the sentence before is not where a meeting recalled here happened.
    (d.context || d.earlier || EARLIER.test(s.text) ? null : (settingPlace(ctx, s) ?? journeyPlace(ctx, s)));
  if (!place) return;
  const at = { venue: place.venue, city: place.city, region: place.region, country: place.country };
  if (betterPlace(at, d.place)) {
    d.place = at;
    d.evidence.push(ev("place", place));
  }
}

/**
 * "at his Novo-Ogaryovo residence outside Moscow", "at the Filoli estate near Woodside": a
 * venue no list places in a city, with the city written right after it, is in that city
 * (the guidelines' nearest city the text names).
 */
function withCityAfter(ctx: ArticleContext, venue: PlaceMention, places: PlaceMention[]): PlaceMention {
  if (!venue.venue || venue.city) return venue;
  const city = places.find(
    (p) =>
      p.city &&
      !p.venue &&
      p.start > venue.end &&
      /^(?:\s+\p{Ll}+){0,2}\s*,?\s*(?:outside|near|in|on the outskirts of)\s+(?:the\s+)?$/u.test(
        ctx.text.slice(venue.end, p.start),
      ) &&
      (!venue.country || p.country === venue.country),
  );
  return city ? { ...venue, city: city.city, region: city.region, country: city.country } : venue;
}

// A summit over for more than this many days when the article appeared is background.
const BACKGROUND_DAYS = 30;

/**
 * A summit the sentence sets the event at ("on the sidelines of"), or the summit the
 * event is ("since the Helsinki summit"), and its city.
 */
function takeSummit(ctx: ArticleContext, d: Draft, s: Sentence, anchor: Span, carried: boolean) {
  for (const sm of ctx.summits.filter((x) => x.sentence === s.index)) {
    const itself = sm.start < anchor.end && anchor.start < sm.end;
    if (d.summit || !(itself || SUMMIT_SETTING.test(ctx.text.slice(Math.max(0, sm.start - 40), sm.start))))
      continue;
    const id = chooseSummit(ctx.ref, sm.summitIds, d.date?.start ?? sm.year ?? ctx.pub?.value ?? null);
    const summit = id ? ctx.ref.summits.find((x) => x.id === id) : undefined;
    if (!summit) continue;
    // A meeting told as held is no summit that had not yet met when the article was written.
    const later = !!ctx.pub && !!summit.startDate && summit.startDate > lastDay(ctx.pub.value);
    if (itself && later && !AHEAD.has(d.status)) continue;
    d.summit = summit.id;
    d.evidence.push(ev("summit", sm, summit.id));
    // "At the 2013 G20 in St. Petersburg, Obama and Putin drew up chairs", in a story of
    // 2017: an occasion at a summit long over, which the sentence dates by nothing else,
    // was on the summit's days, not on the story's day carried into the sentence. (At the
    // summit of the news, the sentences after may still name the day.)
    const days = summit.startDate
      ? {
          start: summit.startDate,
          end: summit.endDate,
          precision: summit.precision ?? precisionOf(summit.startDate),
        }
      : null;
    const longOver =
      !!days &&
      !!ctx.pub &&
      daysBetween(lastDay(days.end ?? days.start), firstDay(ctx.pub.value)) > BACKGROUND_DAYS;
    // A carried day just before the summit ("That evening, on the eve of the summit") stays,
    // and a summit in another country than the sentence names is not the one meant.
    const farFrom = (date: DraftDate) =>
      Math.abs(daysBetween(firstDay(date.start), firstDay(days?.start ?? date.start))) > BACKGROUND_DAYS;
    const elsewhere = !!d.place?.country && !!summit.country && d.place.country !== summit.country;
    if (carried && days && longOver && !elsewhere && (!d.date || farFrom(d.date))) {
      d.date = days;
      d.evidence.push(ev("date", sm));
    }
    // The event that is the summit was in the summit's country, whatever else the sentence
    // names ("in Moscow on Monday, … since the SCO summit"); a city of that country the
    // text gives ("the G20 summit in Bali") stays.
    if (summit.city && (!d.place?.city || (itself && d.place.country !== summit.country))) {
      d.place = { venue: null, city: summit.city, region: summit.region, country: summit.country };
      if (itself) d.evidence.push(ev("place", sm));
    }
  }
}

/**
 * The place of the sentence that sets the scene ("The Moscow leg on Monday ran five
 * hours"): one day and one city, and no engagement of its own.
 */
function settingPlace(ctx: ArticleContext, s: Sentence) {
  const prev = settingDay(ctx, s) ? setting(ctx, s) : null;
  const places = prev ? ctx.places.filter((p) => p.sentence === prev.index && !p.approximate) : [];
  // "landed in Beijing … outside the Great Hall of the People on Tiananmen Square": one city.
  const cities = new Set(places.map((p) => `${p.city ?? ""}|${p.country}`));
  return cities.size === 1 ? (places.find((p) => p.city) ?? places[0]) : undefined;
}

// "The Prime Minister left for Vienna on Tuesday evening. He will call on President Van der
// Bellen and hold talks with Chancellor Nehammer": engagements right after a journey are
// at its end.
const JOURNEY_TO =
  /\b(?:left for|flew (?:on )?to|flies to|travell?ed (?:on )?to|headed (?:on )?to|heads to|arrived in|landed in|moved on to)\s+$/i;

/** The city the sentence before (in the paragraph) travels to. */
function journeyPlace(ctx: ArticleContext, s: Sentence) {
  const prev = ctx.sentences[s.index - 1];
  if (!prev || /\n/.test(ctx.text.slice(prev.end, s.start))) return undefined;
  const ends = ctx.places.filter(
    (p) =>
      p.sentence === prev.index &&
      p.city &&
      !p.approximate &&
      JOURNEY_TO.test(ctx.text.slice(Math.max(prev.start, p.start - 25), p.start)),
  );
  return ends.length === 1 ? ends[0] : undefined;
}

/** The sentence right before, in the paragraph, when it reports no engagement of its own. */
function setting(ctx: ArticleContext, s: Sentence) {
  const prev = ctx.sentences[s.index - 1];
  if (!prev || /\n/.test(ctx.text.slice(prev.end, s.start)) || triggersIn(ctx, prev.index).length)
    return null;
  return prev;
}

/**
 * "The Moscow leg on Monday ran five hours. The two men first met …": a sentence that
 * sets the day of what follows (one day, no engagement of its own) dates the undated
 * engagement right after it in the same paragraph.
 */
function settingDay(ctx: ArticleContext, s: Sentence) {
  const prev = setting(ctx, s);
  if (!prev) return null;
  // "Tuesday's summit followed an informal evening on Monday": the possessive day is
  // another event's; the evening on Monday is the scene.
  const days = eventDates(ctx, prev.index).filter(
    (d) => d.precision === "day" && !/^['’]s\b/.test(ctx.text.slice(d.end, d.end + 3)),
  );
  if (days.length !== 1) return null;
  return days[0] ?? null;
}
