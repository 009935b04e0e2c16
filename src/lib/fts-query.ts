import { BadRequestError } from "./errors.ts";

// Turns a user's search box text into an FTS5 MATCH expression (SQLite) and a
// to_tsquery expression (PostgreSQL) that can never be a syntax error. Only a small,
// deliberate syntax is honoured (words, "phrases", prefix*, OR, -exclusion);
// everything else is treated as text. Every word reaches the engine as a quoted
// string, so its operators, column filters and stray quotes in the input are inert.

export interface FtsQuery {
  /** The expression to bind to `... WHERE t MATCH ?`. */
  match: string;
  /** The same query for PostgreSQL's `to_tsquery(config, ?)`. */
  tsquery: string;
  /** The positive words, lower-cased and de-duplicated, for highlighting and debugging. */
  terms: string[];
}

/** Above this many items a query is more likely an accident (or abuse) than a search. */
export const MAX_ITEMS = 32;

// Prefixes of one letter expand to a large share of the vocabulary for no useful result.
const MIN_PREFIX_CHARS = 2;

// Mirrors how the unicode61 tokenizer splits text: runs of letters and numbers, with
// combining marks kept on the letter they modify (remove_diacritics then folds them).
// A word must start with a letter or number so a stray mark cannot become a word.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

interface Item {
  words: string[];
  prefix: boolean;
  negated: boolean;
  /** Typed as letters joined by dots: "U.S.", "U.K." */
  dotted?: boolean;
}

/** A bare `OR` in the input, an operator only if it ends up between two positive items. */
const OR_MARK = Symbol("OR");
type Token = Item | typeof OR_MARK;

export function toFtsQuery(q: string): FtsQuery {
  const groups = groupAlternatives(scan(q));
  const items = groups.flat();
  if (items.length === 0) throw new BadRequestError("q", "has no words to search for");
  if (items.length > MAX_ITEMS) throw new BadRequestError("q", `has more than ${MAX_ITEMS} search terms`);
  const positives = groups.filter((group) => !group[0]?.negated);
  if (positives.length === 0) {
    throw new BadRequestError("q", "needs at least one word to search for, not only excluded ones");
  }
  const exclusions = items.filter((item) => item.negated);
  return {
    match: render(positives, exclusions),
    tsquery: renderTs(positives, exclusions),
    terms: termsOf(positives.flat()),
  };
}

/**
 * Splits the input into items and OR marks. A `-` only negates at the start of an
 * item, so hyphenated words like `e-mail` stay searchable. Items without any word
 * (`***`, `""`, emoji) are dropped here.
 */
function scan(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    if (isSpace(q[i])) {
      i++;
      continue;
    }
    let negated = false;
    if (q[i] === "-" && i + 1 < q.length && !isSpace(q[i + 1])) {
      negated = true;
      i++;
    }
    if (q[i] === '"') {
      // An unclosed quote runs to the end: the user meant a phrase, not an error.
      const close = q.indexOf('"', i + 1);
      const end = close === -1 ? q.length : close;
      pushItem(tokens, { words: wordsOf(q.slice(i + 1, end)), prefix: false, negated });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < q.length && !isSpace(q[end]) && q[end] !== '"') end++;
    const raw = q.slice(i, end);
    if (raw === "OR" && !negated) tokens.push(OR_MARK);
    else pushItem(tokens, bareItem(raw, negated));
    i = end;
  }
  return tokens;
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

function pushItem(tokens: Token[], item: Item): void {
  if (item.words.length > 0) tokens.push(item);
}

/**
 * A bare token with several words (`U.S.`, `e-mail`) becomes a phrase, as FTS5
 * itself would read it. A `*` right after its last word makes that word a prefix.
 */
function bareItem(raw: string, negated: boolean): Item {
  const matches = [...raw.matchAll(WORD)];
  const last = matches.at(-1);
  const prefix =
    last !== undefined && raw[last.index + last[0].length] === "*" && [...last[0]].length >= MIN_PREFIX_CHARS;
  const dotted = matches.length > 1 && /^[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)+\.?$/u.test(raw);
  return { words: matches.map((m) => m[0]), prefix, negated, dotted };
}

function isPositiveItem(token: Token | undefined): token is Item {
  return token !== undefined && token !== OR_MARK && !token.negated;
}

/**
 * Resolves OR marks into groups of alternatives; items not joined by OR are groups
 * of one. FTS5 cannot express "a OR NOT b", so an OR beside an exclusion, or with
 * nothing on one side, is just the word "or".
 */
function groupAlternatives(tokens: Token[]): Item[][] {
  const groups: Item[][] = [];
  let joinNext = false;
  tokens.forEach((token, i) => {
    if (token === OR_MARK) {
      const isOperator = isPositiveItem(tokens[i - 1]) && isPositiveItem(tokens[i + 1]);
      if (isOperator) joinNext = true;
      else groups.push([{ words: ["OR"], prefix: false, negated: false }]);
      return;
    }
    const previous = groups.at(-1);
    if (joinNext && previous) previous.push(token);
    else groups.push([token]);
    joinNext = false;
  });
  return groups;
}

// Words only ever contain letters, numbers and marks, so doubling quotes is belt and
// braces: it keeps the literal valid even if the word pattern is ever loosened.
function literal(item: Item): string {
  const quoted = `"${item.words.join(" ").replaceAll('"', '""')}"`;
  return item.prefix ? `${quoted}*` : quoted;
}

function renderGroup(group: Item[]): string {
  const alternatives = group.map(literal);
  return alternatives.length === 1 ? (alternatives[0] ?? "") : `(${alternatives.join(" OR ")})`;
}

/**
 * FTS5's NOT is binary and binds tighter than AND, so `a AND b NOT c` already means
 * "a and b, without c"; each further ` NOT x` removes another set of rows.
 */
function render(positives: Item[][], exclusions: Item[]): string {
  const required = positives.map(renderGroup).join(" AND ");
  return [required, ...exclusions.map(literal)].join(" NOT ");
}

// to_tsquery: a word is a quoted lexeme (the configuration stems and unaccents it),
// a phrase its words joined by <-> (followed by), a prefix `:*`; | is OR, & AND and
// !, NOT. Words hold only letters, numbers and marks, so no quote can close early;
// doubling them anyway keeps the literal valid if the word pattern is ever loosened.
const lexeme = (w: string) => `'${w.replaceAll("'", "''").replaceAll("\\", "\\\\")}'`;

function tsLiteral(item: Item): string {
  const words = item.words.map(lexeme);
  if (item.prefix && words.length) words[words.length - 1] += ":*";
  if (words.length === 1) return words[0] ?? "";
  const phrase = `(${words.join(" <-> ")})`;
  // PostgreSQL's parser keeps a dotted abbreviation ("U.S.") as one token, where FTS5
  // splits it into a phrase: either form matches.
  return item.dotted && !item.prefix ? `(${phrase} | ${lexeme(item.words.join("."))})` : phrase;
}

function renderTs(positives: Item[][], exclusions: Item[]): string {
  const groups = positives.map((g) =>
    g.length === 1 ? tsLiteral(g[0] as Item) : `(${g.map(tsLiteral).join(" | ")})`,
  );
  return [...groups, ...exclusions.map((x) => `!${tsLiteral(x)}`)].join(" & ");
}

function termsOf(items: Item[]): string[] {
  return [...new Set(items.flatMap((item) => item.words.map((word) => word.toLowerCase())))];
}
