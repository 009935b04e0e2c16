export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Without diacritics, as much English-language news writes foreign names: "Sánchez" -> "Sanchez". */
export const foldAccents = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "");

/** ASCII slug: "Luiz Inácio Lula da Silva" -> "luiz-inacio-lula-da-silva". */
export function slugify(s: string): string {
  return foldAccents(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A regex source matching any of the phrases as whole words, longest first. */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join("|");
}

// Letters of any script count as word characters, so "Zelenskyy's" and "São" bound correctly.
export const wordSource = (source: string) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
export const wordRegex = (source: string, flags = "gu") => new RegExp(wordSource(source), flags);

export interface Match {
  start: number;
  end: number;
  text: string;
  groups: (string | undefined)[];
}

/** Every match of a global regex in `text`, offsets shifted by `base`. */
export function matchAll(re: RegExp, text: string, base = 0): Match[] {
  return [...text.matchAll(re)].map((m) => ({
    start: base + (m.index ?? 0),
    end: base + (m.index ?? 0) + m[0].length,
    text: m[0],
    groups: m.slice(1),
  }));
}

const NON_WORD = /[^\p{L}\p{N}]+/u;

/** A phrase's first word, case-folded: it can only occur where a text has that word. */
export const firstWord = (phrase: string): string => {
  const low = phrase.toLowerCase();
  return low.split(NON_WORD).find(Boolean) ?? low;
};

/** A line that opens on a time ("18:40 –", "12:50 p.m. -"): an entry of a live blog. */
export const LIVE_ENTRY = /^[ \t]*\d{1,2}[:.]\d{2}\b/;

/** Where the line holding `at` begins: after the last line break before it. */
export const lineStart = (text: string, at: number): number => text.lastIndexOf("\n", at - 1) + 1;
