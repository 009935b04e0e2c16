import { placeNamed } from "../places/named.ts";
import type { Sentence } from "../types.ts";
import type { ArticleContext } from "./context.ts";
import { RECALLED_KIND, type Recalled } from "./recalled-types.ts";

// "the third encounter in three months, after Wuhan in April and Qingdao in June": a
// counted occasion followed by the earlier ones it counts, each a place and its date.
const COUNTED_AFTER =
  /\b(?:second|third|fourth|fifth|sixth)\s+(?:[\p{L}-]+\s+){0,2}?(summit|talks|meeting|encounter|conversation|call)s?\b[^.;:()]{0,40}?\bafter\s+/giu;
// One of them: a place's capitalised name, then "in" and the rest of the item.
const COUNTED_ITEM = /^(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+in\s+\S/u;
const ITEM_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/g;

/**
 * The earlier occasions a counted one lists after "after", each a place the gazetteer
 * knows and a date of its own that ends the item ("Wuhan in April", not "Biden in March
 * ordered new curbs" nor "NATO in July").
 */
export function countedAfter(ctx: ArticleContext, s: Sentence, found: Recalled[]): Recalled[] {
  const out: Recalled[] = [];
  // The countries that disambiguate a bare name, gathered only for a sentence that lists.
  let mentioned: Set<string> | undefined;
  for (const m of s.text.matchAll(COUNTED_AFTER)) {
    const from = s.start + (m.index ?? 0) + m[0].length;
    const rest = ctx.text.slice(from, s.end);
    // Not at a full stop: the sentence ends at its own ("in Nov. 2022", "St. Petersburg").
    const stop = /[;:—–(]|\s-\s/.exec(rest);
    const list = rest.slice(0, stop ? stop.index : rest.length);
    const kind = RECALLED_KIND[(m[1] ?? "meeting").toLowerCase()] ?? "in_person";
    let at = 0;
    for (const piece of list.split(ITEM_SEPARATOR)) {
      const start = from + list.indexOf(piece, at);
      at = start - from + piece.length;
      const item = COUNTED_ITEM.exec(piece);
      const end = start + piece.replace(/[\s.,]+$/, "").length;
      const dated = (ctx.dates[s.index] ?? []).some((d) => d.start >= start && d.end === end);
      if (!item || !dated || found.some((f) => start < f.span.end && end > f.span.start)) continue;
      const name = item[1] ?? "";
      mentioned ??= new Set(ctx.places.flatMap((p) => (p.country ? [p.country] : [])));
      const place = placeNamed(name, ctx.ref, mentioned);
      if (!place) continue;
      const at0 = start + piece.indexOf(name);
      out.push({
        noun: { start: at0, end: at0 + name.length, text: name },
        kind,
        span: { start: at0, end, text: ctx.text.slice(at0, end) },
        place,
      });
    }
  }
  return out;
}
