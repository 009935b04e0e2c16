import type { Precision } from "../../lib/partial-date.ts";
import { roleEntryAt } from "../officials/roles.ts";
import type { ArticleContext } from "./context.ts";
import type { Draft } from "./draft.ts";

// "Cho's first phone conversations after taking office with Blinken, Kamikawa and Wong":
// engagements a new official held on taking office are dated by when that official took
// it, which the reference roles record.
const TAKING_OFFICE =
  /\b(?:(?:after|upon|on)\s+(?:taking|assuming)\s+(?:office|the\s+post|the\s+job)|after\s+(?:he|she)\s+took\s+office)\b/i;

/**
 * Dates an engagement its sentence gives no date of its own, when the sentence says it
 * came on taking office: the month (or the day, as the reference has it) the participant
 * named before the phrase began the role they held at publication.
 */
export function dateByTakingOffice(ctx: ArticleContext, drafts: Draft[]): void {
  for (const d of drafts) {
    const s = ctx.sentences[d.sentences[0] ?? -1];
    const m = s ? TAKING_OFFICE.exec(s.text) : null;
    if (!s || !m || d.context || d.status !== "held") continue;
    if (d.evidence.some((e) => e.field === "date" && e.start >= s.start && e.end <= s.end)) continue;
    const at = s.start + m.index;
    const who = ctx.officials.mentions
      .filter((x) => x.sentence === s.index && x.end <= at && x.officialIds.length === 1)
      .map((x) => x.officialIds[0] as string)
      .filter((id) => d.participants.includes(id))
      .at(-1);
    const listed = ctx.ref.officials.find((o) => o.id === who);
    const role = listed ? roleEntryAt(listed, ctx.pub?.value ?? null) : null;
    if (!role?.startDate) continue;
    const start = role.startDate.slice(0, 7);
    d.date = { start, end: null, precision: (start.length === 7 ? "month" : "year") as Precision };
    d.evidence = d.evidence.filter((e) => e.field !== "date");
    d.evidence.push({ field: "date", value: null, quote: m[0], start: at, end: at + m[0].length });
  }
}
