import type { Sentence, Span } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { EARLIER } from "./cues.ts";
import { countedAfter } from "./recalled-counted.ts";
import { RECALLED_KIND, type Recalled } from "./recalled-types.ts";

export type { Recalled };

// An earlier meeting of the officials in focus, named in passing after a preposition:
// "since their informal summit at Mamallapuram in October 2019", "the promises of their
// first encounter in Singapore last June", "unlike their previous talks in Bali".
const RECALLED =
  /\b(?:since|after|before|following|of|than|unlike|like|from)\s+their\s+(?:(?:first|previous|last|earlier|prior|most recent|only other)\s+)?(?:[\p{L}-]+\s+){0,2}?(summit|talks|meeting|encounter|conversation|call)\b/giu;
// "Their meeting in Sochi on August 5 ended without a deal", "warmer than at their Oval
// Office meeting on February 28": an occasion of theirs with no word that looks back,
// earlier only if its own date says so (see `loose`).
const THEIR_OWN =
  /(?:^|\b(?:[Aa]t|[Ii]n|[Dd]uring|[Ww]ith)\s+)[Tt]heir\s+(?:[\p{L}\d-]+\s+){0,3}?(summit|talks|meeting|encounter|conversation|call)\b/gu;
// "Their only earlier contact was a telephone call on January 24": the pair's occasion
// named by what their contact was, the noun after the verb.
const THEIR_CONTACT_WAS =
  /(?:^|\b(?:[Aa]t|[Ii]n|[Dd]uring|[Ww]ith)\s+)[Tt]heir\s+(?:[\p{L}\d-]+\s+){0,3}?(?:contact|exchange|encounter)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:was|came\s+in|came\s+during)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(summit|talks|meeting|encounter|conversation|call)\b/gu;
export const OTHER_PEOPLE =
  /\b(?:negotiators|delegations|delegates|officials|diplomats|envoys|ministers|sides|teams|countries|governments|nations|troops|forces|lawmakers|aides|commanders|students|families|protesters|workers|activists|members|executives|farmers|unions)\b/i;
// "their first formal meeting since the Helsinki summit in July last year", "the first
// formal bilateral between the two since the G20 in Hangzhou": the first meeting since an
// occasion says the pair last met there.
const FIRST_SINCE_THE =
  /\bfirst\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|bilateral|talks|encounter|summit|contact)\b[^.;:]{0,40}?\bsince\s+(the\s+(?:[\p{L}\d-]+\s+){0,2}?(summit|G20|G-20|G7|G-7|meeting|talks))\b/giu;
// "The meeting was their first since May 2019, when Trump was the first state guest": the
// first since a month says the pair last met then (a bare year says only how long ago;
// "the first visit since March 2011" need not be theirs).
// Only a meeting's noun between "first" and "since", or none: "their first phone
// conversation since March 2023" is a call's count, "their first joint statement" no meeting.
const FIRST_SINCE_MONTH =
  /\btheir\s+first(?:\s+(?:in-person|face-to-face|formal|bilateral|official))?(?:\s+(?:meeting|talks|encounter|summit))?\s+since\s+((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(?:of\s+)?(?:19|20)\d\d)\b/gu;
// "which followed the first informal summit in Wuhan in April 2018", "since the previous
// meeting in Sochi in May": the occasion in focus's officials, named by the adjectives of
// a series of theirs (lowercase only: "the first Russia-Africa summit" is a gathering;
// nor "the annual summit of the Group of 20", "talks between the two armies": others').
const THE_SERIES =
  /\b(?:since|after|following|followed|than|unlike|like)\s+(?:at\s+)?the\s+((?:(?:first|second|third|fourth|fifth|previous|last|earlier|prior|inaugural|maiden|informal|bilateral|formal|annual|one-on-one|face-to-face)\s+){1,3})(summit|talks|meeting|encounter)\b(?!\s+(?:of|between|among|with)\b)/giu;

// "since their …" recalls whatever the adjectives; other prepositions need one that dates
// the occasion before this one ("of their first encounter", not "of their talks").
const LOOKS_BACK = /^since\b|\b(?:first|previous|last|earlier|prior|most recent|only other)\b/i;
// "their first meeting since 2019", "their first talks in five years": the occasion in
// focus, the first after a gap, not an earlier one.
const FIRST_AFTER_GAP =
  /^\s+(?:since|in\s+(?:(?:more than|over|nearly|almost|about)\s+)?[\w-]+\s+(?:years?|months?|decades?))\b/i;
// The recalled occasion's own words end at the next clause; commas alone do not end it
// ("at Mamallapuram, Tamil Nadu, in October 2019").
const CLAUSE_END = /[;:—–“"]|,?\s(?:would|will|which|who|that|when|where|and|but|as|to|while)\s/;
const REACH = 90;

const memo = new WeakMap<ArticleContext, Map<number, Recalled[]>>();

/** The earlier occasions a sentence names in passing. */
export function recalledIn(ctx: ArticleContext, index: number): Recalled[] {
  const bySentence = memo.get(ctx) ?? new Map<number, Recalled[]>();
  memo.set(ctx, bySentence);
  const known = bySentence.get(index);
  if (known) return known;
  const found = scan(ctx, index);
  bySentence.set(index, found);
  return found;
}

function scan(ctx: ArticleContext, index: number): Recalled[] {
  const s = ctx.sentences[index];
  if (!s) return [];
  const found: Recalled[] = [];
  for (const m of s.text.matchAll(RECALLED)) {
    if (!LOOKS_BACK.test(m[0])) continue;
    const r = theirOccasion(ctx, s, m);
    if (r) found.push(r);
  }
  for (const m of [...s.text.matchAll(THEIR_OWN), ...s.text.matchAll(THEIR_CONTACT_WAS)]) {
    const start = s.start + (m.index ?? 0);
    if (found.some((f) => start < f.span.end && start + m[0].length > f.span.start)) continue;
    // "negotiators had made a breakthrough at their talks in Istanbul": "their" is theirs;
    // "Trump and Kim signed a pledge at their February summit": the sentence's own
    // officials, whose trigger the noun stays.
    if (OTHER_PEOPLE.test(ctx.text.slice(s.start, start))) continue;
    if (ctx.officials.mentions.some((x) => x.start >= s.start && x.end <= start)) continue;
    // "Students protested outside. Their meeting …": the sentence before names no
    // official, so "their" is its people's.
    const prev = ctx.sentences[index - 1];
    if (!prev || !ctx.officials.mentions.some((x) => x.sentence === prev.index && x.kind !== "group"))
      continue;
    const r = theirOccasion(ctx, s, m);
    if (r) found.push({ ...r, loose: true });
  }
  for (const m of s.text.matchAll(FIRST_SINCE_THE)) {
    const phrase = m[1] ?? "";
    const start = s.start + (m.index ?? 0) + m[0].length - phrase.length;
    const end = start + phrase.length;
    if (found.some((f) => start < f.span.end && end > f.span.start)) continue;
    const rest = ctx.text.slice(end, Math.min(s.end, end + REACH));
    const close = CLAUSE_END.exec(rest);
    const to = end + (close ? close.index : rest.length);
    const noun = (m[2] ?? "").toLowerCase();
    found.push({
      noun: { start, end, text: phrase },
      kind: noun === "summit" || noun === "talks" ? "talks" : "in_person",
      span: { start, end: to, text: ctx.text.slice(start, to) },
    });
  }
  for (const m of s.text.matchAll(FIRST_SINCE_MONTH)) {
    const when = m[1] ?? "";
    const end = s.start + (m.index ?? 0) + m[0].length;
    const start = end - when.length;
    if (found.some((f) => start < f.span.end && end > f.span.start)) continue;
    // "The two militaries held their first talks since …": "their" is theirs.
    if (OTHER_PEOPLE.test(ctx.text.slice(s.start, s.start + (m.index ?? 0)))) continue;
    // The month is the occasion's date: the noun is the word before it ("since").
    const noun = { start: start - 6, end: start - 1, text: "since" };
    found.push({
      noun,
      kind: "in_person",
      span: { start: noun.start, end, text: ctx.text.slice(noun.start, end) },
      ordered: true,
    });
  }
  for (const m of s.text.matchAll(THE_SERIES)) {
    const start = s.start + (m.index ?? 0);
    if (found.some((f) => start < f.span.end && start + m[0].length > f.span.start)) continue;
    const r = theirOccasion(ctx, s, m, m[2]);
    if (r) found.push({ ...r, ordered: true });
  }
  found.push(...countedAfter(ctx, s, found));
  return found;
}

/** An occasion "their …" names, to the end of its clause; not "their first talks in years". */
function theirOccasion(ctx: ArticleContext, s: Sentence, m: RegExpMatchArray, noun = m[1]): Recalled | null {
  const start = s.start + (m.index ?? 0);
  const end = start + m[0].length;
  const rest = ctx.text.slice(end, Math.min(s.end, end + REACH));
  if (FIRST_AFTER_GAP.test(rest)) return null;
  const close = CLAUSE_END.exec(rest);
  const to = end + (close ? close.index : rest.length);
  return {
    noun: { start, end, text: m[0] },
    kind: RECALLED_KIND[(noun ?? "meeting").toLowerCase()] ?? "in_person",
    span: { start, end: to, text: ctx.text.slice(start, to) },
  };
}

/**
 * Whether a date or place in the sentence belongs to an occasion recalled in passing
 * rather than to the one named at `anchor` (when the anchor is that occasion, it is its own).
 */
export function belongsToRecalled(ctx: ArticleContext, index: number, x: Span, anchor?: Span): boolean {
  return (
    recalledIn(ctx, index).some(
      (r) =>
        // A loose one's noun is a trigger of the sentence, whose own date it keeps.
        !r.loose &&
        x.start >= r.span.start &&
        x.end <= r.span.end &&
        !(anchor && anchor.start >= r.span.start && anchor.end <= r.span.end),
    ) ||
    (!!anchor && anchor.end <= x.start && RECALLING_CLAUSE.test(ctx.text.slice(anchor.end, x.start)))
  );
}

// "a trilateral session of the grouping, which the three first convened in Buenos Aires
// last year": a relative clause after the engagement that looks back dates and places
// the earlier occasion, not this one.
const RECALLING_CLAUSE =
  /(?:,|\s[-–—])\s*(?:(?:a|an|the)\s+[\p{L}-]+\s+)?(?:which|who|where|when)\s+(?:[^,;:—()]*\s)?(?:first|last|previously|earlier|once)\s[^,;:—()]*$/iu;

/**
 * Whether the sentence looks back ("previous", "last met") in its own words: the "last"
 * of a date ("last June") and the occasions it recalls in passing do not make its news old.
 */
export function looksBack(ctx: ArticleContext, s: Sentence): boolean {
  const cut = [...(ctx.dates[s.index] ?? []), ...recalledIn(ctx, s.index).map((r) => r.span)];
  let text = s.text;
  for (const x of cut) {
    const from = x.start - s.start;
    text = text.slice(0, from) + " ".repeat(x.end - x.start) + text.slice(from + x.end - x.start);
  }
  return EARLIER.test(text.replace(LAST_IN_ORDER, (m) => " ".repeat(m.length)));
}

// "at the Sokha Hotel, the last of three days of meetings", "the final leg of his tour":
// a place in a sequence, not an occasion before this one.
// Only in apposition (", the last of …"): "first met during the last session of the
// summit" still tells of an earlier occasion.
const LAST_IN_ORDER =
  /,\s*(?:the|its|his|her|their)\s+(?:last|final)\s+(?:of\b|(?:(?:two|three|full)\s+)?(?:day|leg|stop|session|round|stage|part)s?\s+(?:of|on)\b)/gi;
