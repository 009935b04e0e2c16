import { cachedRegex, phraseIndex, presentPhrases } from "./phrases.ts";
import { memo, type Reference } from "./reference.ts";
import { alternation, matchAll, wordSource } from "./text.ts";
import type { Sentence, Span } from "./types.ts";

export interface SummitMention extends Span {
  sentence: number;
  /** Candidate summits of the series; the event's year picks one. */
  summitIds: string[];
  year: string | null;
}

const yearOf = (s: Reference["summits"][number]) => s.startDate?.slice(0, 4) ?? null;

/**
 * Summits by name or alias ("APEC 2023", "the Asia-Pacific Economic Cooperation (APEC)
 * Summit"). Series aliases name several summits; the year written beside the name, or
 * later the event's date, chooses among them.
 */
export function findSummits(text: string, sentences: Sentence[], ref: Reference): SummitMention[] {
  const { forms, lower } = memo(ref, "summit-forms", () => {
    const byForm = new Map<string, string[]>();
    for (const s of ref.summits) {
      for (const f of new Set([s.name, ...s.aliases]))
        byForm.set(f, [...new Set([...(byForm.get(f) ?? []), s.id])]);
    }
    return {
      forms: phraseIndex(byForm.keys()),
      lower: new Map([...byForm].map(([k, v]) => [k.toLowerCase(), v])),
    };
  });
  // Only the names this text holds go into the pattern: the hundreds of names in one
  // case-insensitive alternation cost a fifth of all extraction.
  const used = presentPhrases(forms, text, false);
  if (!used.length) return [];
  const re = cachedRegex(
    memo(ref, "summit-patterns", () => new Map<string, RegExp>()),
    wordSource(String.raw`(?:((?:19|20)\d\d)\s+)?(?:the\s+)?(${alternation(used)})`),
    "giu",
  );
  return matchAll(re, text).map((m) => {
    const ids = lower.get((m.groups[1] ?? "").toLowerCase()) ?? [];
    const written = m.groups[0] ?? null;
    const byYear = written
      ? ids.filter((id) => yearOf(ref.summits.find((s) => s.id === id) as never) === written)
      : ids;
    return {
      start: m.start,
      end: m.end,
      text: m.text,
      sentence: sentences.find((s) => m.start >= s.start && m.start < s.end)?.index ?? -1,
      summitIds: byYear.length ? byYear : ids,
      year: written,
    };
  });
}

/** The summit among candidates held in the given year (YYYY…), or the only candidate. */
export function chooseSummit(ref: Reference, ids: string[], date: string | null): string | null {
  if (ids.length === 1) return ids[0] ?? null;
  const year = date?.slice(0, 4);
  const hits = ids.filter((id) => ref.summits.find((s) => s.id === id)?.startDate?.startsWith(year ?? "-"));
  return hits.length === 1 ? (hits[0] ?? null) : null;
}
