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
    d.place = { venue: null, city: null, region: null, country };
    d.evidence.push({
      field: "place",
      value: null,
      quote: ctx.text.slice(host.start, verb.end),
      start: host.start,
      end: verb.end,
    });
  }
}
