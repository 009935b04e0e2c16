import { cachedRegex, phraseIndex, phraseMatches, presentPhrases } from "./phrases.ts";
import { memo, type Reference } from "./reference.ts";
import { escapeRegex, matchAll, wordRegex, wordSource } from "./text.ts";
import type { Sentence, Span } from "./types.ts";

export interface TopicMention extends Span {
  topicId: string;
  sentence: number;
}

/**
 * Topic keywords from the taxonomy. A keyword written with capitals ("Taiwan", "AI")
 * matches case-sensitively so "ai" or "said" never count; lowercase ones ("trade")
 * match at a sentence start too.
 */
export function findTopics(text: string, sentences: Sentence[], ref: Reference): TopicMention[] {
  const out: TopicMention[] = [];
  const compiled = memo(ref, "topic-keywords", () =>
    ref.topics
      .flatMap((topic) =>
        topic.keywords
          .flatMap((k) => expandNationality(k, ref))
          .map((kw) => {
            const lower = kw === kw.toLowerCase();
            return { topic, kw, lower, re: wordRegex(escapeRegex(kw), lower ? "giu" : "gu") };
          }),
      )
      // The longest keyword quotes the most: "the Taiwan Strait" before "Taiwan".
      .sort((a, b) => b.kw.length - a.kw.length),
  );
  const starts = new Set(sentences.map((s) => s.start));
  // A thousand keywords: only those the text holds (case-folded) are searched for.
  const { index, byForm } = memo(ref, "topic-keyword-index", () => {
    const index = phraseIndex(compiled.map((c) => c.kw));
    return { index, byForm: new Map([...index.values()].flat().map((p) => [p.form, p])) };
  });
  const present = new Set(presentPhrases(index, text, false));
  for (const { topic, re, lower, kw } of compiled) {
    const phrase = byForm.get(kw);
    if (!phrase || !present.has(kw)) continue;
    for (const m of phraseMatches(phrase, text, !lower, () => re)) {
      // Capitalised inside a name ("Trade Minister Piyush Goyal", "World Trade Organization")
      // it is not the topic; "Trade talks resumed" or "Chinese-made Fentanyl." still are.
      if (
        lower &&
        m.text !== m.text.toLowerCase() &&
        !starts.has(m.start) &&
        /^\s+\p{Lu}/u.test(text.slice(m.end, m.end + 3))
      ) {
        continue;
      }
      // "the culture minister", "India's education ministry": a portfolio in a title, not a
      // subject raised.
      if (lower && PORTFOLIO_AFTER.test(text.slice(m.end, m.end + 60))) continue;
      if (out.some((o) => o.topicId === topic.id && m.start < o.end && m.end > o.start)) continue;
      const sentence = sentences.find((s) => m.start >= s.start && m.start < s.end)?.index ?? -1;
      out.push({ start: m.start, end: m.end, text: m.text, topicId: topic.id, sentence });
    }
  }
  return [...out, ...anaphora(text, sentences, ref, out)].sort((a, b) => a.start - b.start);
}

// Up to three more words of the portfolio may come between ("energy security secretary",
// "economy, trade and industry minister"); not a phrase ("trade with the foreign minister").
const PORTFOLIO_AFTER =
  /^(?:,?\s+(?:and\s+)?(?!(?:with|the|a|an|of|to|for|by|from|in|on|at|his|her|their|its|our|as)\b)\p{Ll}[\p{Ll}-]*){0,3}\s+(?:minister|ministry|secretary|commissioner)\b/u;

// Adjectives of nationality, from the demonyms ("Australian", "Chinese", "Czech"); not
// the names and abbreviations listed beside them ("U.S.", "United States", "Myanmar").
const ADJECTIVE = /^[A-Z][a-z]+(?: [A-Z][a-z]+)?(?<=(?:an|ese|ish|ch|i|ss|ek|ak|kh|ine|ino|ic))$/;
const plural = (adj: string) => (/(?:an|i)$/.test(adj) ? `${adj}s` : null);

/**
 * A keyword may name any nationality: "{demonym} detainees" stands for "Australian
 * detainees", "Chinese detainees", …; "detained {demonyms}" for the plural nouns that
 * exist ("detained Australians", "detained Pakistanis"; "Chinese" has none).
 */
function expandNationality(kw: string, ref: Reference): string[] {
  if (!kw.includes("{demonym")) return [kw];
  const adjectives = Object.keys(ref.demonyms.demonyms).filter((d) => ADJECTIVE.test(d));
  if (kw.includes("{demonyms}"))
    return adjectives.flatMap((a) => {
      const p = plural(a);
      return p ? [kw.replace("{demonyms}", p)] : [];
    });
  return adjectives.map((a) => kw.replace("{demonym}", a));
}

/**
 * "Both said their shared goal was a swift end to the war": in an article whose keywords
 * name one war, "the war" is that war. Nothing when several topics share the phrase.
 */
function anaphora(
  text: string,
  sentences: Sentence[],
  ref: Reference,
  found: TopicMention[],
): TopicMention[] {
  const named = new Set(found.map((m) => m.topicId));
  const byPhrase = new Map<string, string[]>();
  for (const t of ref.topics.filter((x) => x.anaphora && named.has(x.id)))
    for (const a of t.anaphora ?? []) byPhrase.set(a, [...(byPhrase.get(a) ?? []), t.id]);
  const out: TopicMention[] = [];
  for (const [phrase, ids] of byPhrase) {
    const [topicId, other] = ids;
    if (!topicId || other) continue;
    // "the war in Gaza", "the conflict over Taiwan": a phrase that says which is no anaphor.
    const re = cachedRegex(
      memo(ref, "topic-anaphora", () => new Map<string, RegExp>()),
      wordSource(`${escapeRegex(phrase)}(?!\\s+(?:in|over|between|with)\\b)`),
      "giu",
    );
    for (const m of matchAll(re, text)) {
      if (found.some((o) => m.start < o.end && m.end > o.start)) continue;
      const sentence = sentences.find((s) => m.start >= s.start && m.start < s.end)?.index ?? -1;
      out.push({ start: m.start, end: m.end, text: m.text, topicId, sentence });
    }
  }
  return out;
}
