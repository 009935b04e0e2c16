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

/** The words of a text, case-folded: a set to rule phrases out before searching for them. */
export const foldedWords = (folded: string): Set<string> => new Set(folded.split(NON_WORD));

/** A phrase's first word, case-folded: it can only occur where a text has that word. */
export const firstWord = (phrase: string): string => {
  const low = phrase.toLowerCase();
  return low.split(NON_WORD).find(Boolean) ?? low;
};

export interface Phrase {
  form: string;
  /** The form case-folded, and its first word: what a text must hold for it to occur. */
  low: string;
  first: string;
}

export const phrases = (forms: Iterable<string>): Phrase[] =>
  [...new Set(forms)].map((form) => ({ form, low: form.toLowerCase(), first: firstWord(form) }));

/**
 * The phrases this text can hold: a thousand-name alternation tried at every position of
 * every text costs far more than a set lookup of each phrase's first word and a substring
 * test, which rule nearly all of them out. `caseSensitive` tests the exact form.
 */
export function presentPhrases(list: Phrase[], text: string, caseSensitive: boolean): string[] {
  const lower = text.toLowerCase();
  const words = foldedWords(lower);
  return list
    .filter((p) => words.has(p.first) && (caseSensitive ? text.includes(p.form) : lower.includes(p.low)))
    .map((p) => p.form);
}

/**
 * A regex built from `key`'s source once per cache (a reference's memo): articles repeat
 * a few sets of phrases, and a bound keeps a long run's cache small.
 */
export function cachedRegex(cache: Map<string, RegExp>, source: string, flags: string): RegExp {
  let re = cache.get(source);
  if (!re) {
    if (cache.size > 1000) cache.clear();
    re = new RegExp(source, flags);
    cache.set(source, re);
  }
  return re;
}
