import { countryLexicon } from "../countries.ts";
import { partyOf } from "../officials/types.ts";
import type { ArticleContext } from "./context.ts";
import { type Draft, IN_PERSON } from "./draft.ts";

// The verbs of a host: the official before them receives the guest at home.
const HOSTING = /^(?:hosted|hosts|hosting|received|receives|receiving|welcomed|welcomes)$/i;
const COUNTRY = /^[A-Z]{2}$/;

/**
 * "Ramaphosa hosted Tinubu at the Union Buildings": a venue the reference does not know
 * still lies in the host's country. An in-person engagement left with no place, whose verb
 * is a host's (the official just before it hosted or received the guest), takes the host's
 * country, quoted from the host's name to the verb. Not at a summit: a leader can host a
 * bilateral on the sidelines abroad.
 */
export function carryHostCountry(ctx: ArticleContext, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.place?.country || d.context || d.earlier || d.summit || !IN_PERSON.includes(d.kind)) continue;
    const verb = d.evidence.find((e) => e.field === "kind" && HOSTING.test(e.quote));
    if (!verb) continue;
    // The host is the participant whose mention ends nearest before the verb, in its sentence.
    const sentence = ctx.sentences.find((s) => verb.start >= s.start && verb.start < s.end);
    const host = d.evidence
      .filter((e) => e.field === "participant" && e.end <= verb.start && e.start >= (sentence?.start ?? 0))
      .sort((a, b) => b.end - a.end)[0];
    if (!host?.value || /[.;]/.test(ctx.text.slice(host.end, verb.start))) continue;
    const country = partyOf(ctx.officials.officials.get(host.value));
    if (!country || !COUNTRY.test(country)) continue;
    d.place = { venue: null, city: seatCity(ctx, sentence?.text ?? "", country), region: null, country };
    d.evidence.push({
      field: "place",
      value: null,
      quote: ctx.text.slice(host.start, verb.end),
      start: host.start,
      end: verb.end,
    });
  }
}

// "received the guest at the presidential palace", "hosted him at State House": the seat
// of the host's government, unnamed, is in the host's capital.
const SEAT =
  /\bat\s+(?:the\s+|his\s+|her\s+)?(?:presidential\s+palace|Presidential\s+Palace|[Cc]hancellery|official\s+residence|prime\s+minister['’]s\s+(?:office|official\s+residence|residence)|Presidential\s+Complex|presidential\s+office|Presidential\s+Office|Government\s+House|State\s+House)\b(?!\s*,?\s*(?:in\s+)?\p{Lu})/u;

function seatCity(ctx: ArticleContext, sentence: string, country: string): string | null {
  if (!SEAT.test(sentence)) return null;
  const seats = ctx.ref.demonyms.seatsOfGovernment;
  if (country in seats) return seats[country] ?? null;
  const capitals = [...countryLexicon(ctx.ref).capitals]
    .filter(([, c]) => c === country)
    .map(([name]) => name);
  return capitals.length === 1 ? (capitals[0] ?? null) : null;
}

// "will travel to Saudi Arabia, Qatar and Israel, where he is expected to meet the crown
// prince, the emir and the prime minister": a tour of several countries.
const TOUR =
  /\b(?:travel(?:s|led|ed|ing)?|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|trip|trips|stops?)\b[^.;]{0,20}?\b(?:to|in|of)\b/i;

/**
 * A meeting on a tour that names several countries or cities, with no place of its own,
 * is in the one of them that is its counterpart's: each host receives the visitor at home.
 */
export function placeOnTour(ctx: ArticleContext, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.context || d.earlier || d.summit || !IN_PERSON.includes(d.kind)) continue;
    const countries = d.participants.map((id) => partyOf(ctx.officials.officials.get(id)));
    // A place read otherwise stands: this only fills a meeting left without one.
    if (d.place?.country) continue;
    const s = ctx.sentences[d.sentences[0] ?? -1];
    if (!s || !TOUR.test(s.text)) continue;
    const listed = ctx.places.filter((p) => p.sentence === s.index && p.country && !p.approximate);
    if (new Set(listed.map((p) => p.country)).size < 2) continue;
    const hosts = listed.filter((p) => countries.includes(p.country ?? ""));
    const [only, other] = [...new Map(hosts.map((p) => [p.country, p])).values()];
    if (!only || other) continue;
    d.place = { venue: only.venue, city: only.city, region: only.region, country: only.country };
    d.evidence.push({ field: "place", value: null, quote: only.text, start: only.start, end: only.end });
  }
}
