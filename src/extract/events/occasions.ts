import type { DateMention, Sentence } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { eventDates } from "./event-dates.ts";
import type { Participant, Trigger } from "./sentence-facts.ts";

/**
 * "will meet Xi on Monday and Li on Tuesday": when one verb has several hosts, a date
 * written right after a host (before the next one) is that host's meeting's.
 */
export function ownDate(
  ctx: ArticleContext,
  s: Sentence,
  t: Trigger,
  host: Participant | undefined,
  hosts: Participant[],
) {
  if (!host || hosts.length < 2) return undefined;
  const next = Math.min(
    s.end,
    ...hosts.map((h) => h.mention.start).filter((start) => start > host.mention.start),
  );
  const dates = eventDates(ctx, s.index, t);
  const own = dates.find((d) => d.start >= host.mention.end && d.end <= next);
  if (own) return own;
  // "talks with President Xi and Premier Li on Tuesday": a day only after the last host,
  // none between the hosts, is every host's.
  const first = Math.min(...hosts.map((h) => h.mention.start));
  const last = Math.max(...hosts.map((h) => h.mention.end));
  if (dates.some((d) => d.start >= first && d.end <= last)) return undefined;
  return dates.find((d) => d.start >= last && !/[,;]/.test(ctx.text.slice(last, d.start)));
}

// ", and in September at Trump Tower", " and on Friday": a further occasion of the same verb.
// ", and another in September": another occasion of the noun before.
const AND_AGAIN = /,?\s+and\s+(?:again\s+|later\s+|also\s+|another\s+|one\s+)?(?=(?:in|on|at)\s)/g;

/**
 * "They had last met in December in Paris, …, and in September at Trump Tower in New
 * York": a verb followed by occasions joined by "and in/on/at", each with exactly one date
 * of its own, reports one meeting per occasion. Returns each occasion's date (where its
 * place is read too), or nothing when the sentence does not divide so.
 */
export function occasions(ctx: ArticleContext, s: Sentence, t: Trigger, triggers: Trigger[]): DateMention[] {
  // The verb may have joined its officials to another ("met …, where Macron hosted them").
  const start = Math.min(t.end, ...triggers.map((x) => x.end));
  const rest = ctx.text.slice(start, s.end);
  // "held three summits — in Singapore in June 2018, in Hanoi in February 2019 and at
  // Panmunjom in June 2019": after a dash or colon, a comma parts the occasions too.
  const listed = LIST_OPENS.exec(rest);
  // Only the trigger's own list: not one the trigger stands inside ("took place in China:
  // in Beijing in March, …, days after Kim's summit with Trump, …").
  const own = listed && start + listed.index >= t.end;
  const commas =
    own && listed
      ? [...rest.slice(listed.index).matchAll(COMMA_OCCASION)].map((m) => start + listed.index + m.index)
      : [];
  const cuts = [...[...rest.matchAll(AND_AGAIN)].map((m) => start + m.index), ...commas].sort(
    (a, b) => a - b,
  );
  if (!cuts.length) return [];
  // "… three times — on Aug 25 and on Jan 17 — and has invited Putin to visit": a verb
  // after the occasions is not theirs.
  if (t.start > start && t.start > (cuts.at(-1) as number)) return [];
  const bounds = [start, ...cuts, s.end];
  const dates = eventDates(ctx, s.index, t);
  const out: DateMention[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i] as number, bounds[i + 1] as number];
    const own = dates.filter((d) => d.start >= from && d.end <= to);
    // The first occasion is the one right before the first "and": "spoken several times
    // since January, including a call in June and another in September".
    const date = i === 0 ? own.at(-1) : own.length === 1 ? own[0] : undefined;
    if (!date) return [];
    out.push(...listedBefore(ctx.text, own, date), date);
  }
  return out;
}

const LIST_OPENS = /\s*[—:–]\s*(?=(?:in|at)\s)/;
const COMMA_OCCASION = /,\s+(?=(?:in|at)\s)/g;

// "on Aug 25 and Sept 14 last year": days joined by "and" or a comma, each an occasion.
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:on\s+)?$/;

/** The days listed right before the date, in order: "Aug 25" of "Aug 25 and Sept 14". */
function listedBefore(text: string, own: DateMention[], date: DateMention): DateMention[] {
  const listed: DateMention[] = [];
  let next = date;
  for (let k = own.indexOf(next) - 1; k >= 0; k--) {
    const d = own[k] as DateMention;
    if (d.precision !== "day" || next.precision !== "day" || !LIST_JOIN.test(text.slice(d.end, next.start)))
      break;
    listed.unshift(d);
    next = d;
  }
  return listed;
}
