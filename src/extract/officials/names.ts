import type { CountryLexicon } from "../countries.ts";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../dates/calendar.ts";
import { foldAccents } from "../text.ts";

// Capitalised name tokens, initials ("S."), and the particles names carry ("da", "bin").
const TOKEN = String.raw`(?:\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*|\p{Lu}\.|\p{Lu}{2,3}(?=\s\p{Lu}))`;
const PARTICLE = "(?:da|de|do|dos|das|van|von|der|den|bin|ibn|al|el|la|le|du)";
// Arabic names join the article to the name with a hyphen, in lower case after the first
// word ("Abdel Fattah el-Sisi", "Mohammed Shia al-Sudani").
const JOINED = String.raw`(?:al|el|ad|ash|as|an|at|az|ul)-\p{Lu}[\p{L}'’-]*`;
export const NAME = String.raw`${TOKEN}(?:\s(?:${PARTICLE}\s)?(?:${JOINED}|${TOKEN})){0,3}`;

const NAME_AT_END = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME})$`, "u");

/**
 * The name that ends right at `at` ("Penny Wong" before ", Australia's foreign minister"):
 * a pattern that starts with a name is tried at every capital of a text, so callers find
 * what follows the name first and look back for it here. The longest such name wins, as
 * a name-first pattern would find it.
 */
export function nameEndingAt(text: string, at: number): { start: number; text: string } | null {
  const from = Math.max(0, at - 120);
  const m = NAME_AT_END.exec(text.slice(from, at));
  return m?.[1] ? { start: from + m.index, text: m[1] } : null;
}

// Capitalised words that follow a title without being a name ("President Said", "Minister Will").
const NOT_NAME = new Set<string>([
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  "And",
  "But",
  "The",
  "This",
  "That",
  "Said",
  "Says",
  "Will",
  "Would",
  "Has",
  "Had",
  "Was",
  "Is",
  "Of",
  "On",
  "In",
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
  "Office",
  "Ministry",
  "Department",
  "House",
]);

/** Trims a matched name to its name tokens: stops at words that cannot be part of it. */
export function cleanName(raw: string): string | null {
  const tokens = raw.split(/\s+/);
  const kept: string[] = [];
  for (const tok of tokens) {
    if (NOT_NAME.has(tok.replace(/[.,]$/, ""))) break;
    kept.push(tok);
  }
  while (kept.length && /^(da|de|do|dos|das|van|von|der|den|bin|ibn|al|el|la|le|du)$/.test(kept.at(-1) ?? ""))
    kept.pop();
  return kept.length ? kept.join(" ").replace(/[’']s$/, "") : null;
}

// Surnames too common to resolve on their own without an earlier full mention in the
// same article, and family names that are also English words.
const AMBIGUOUS = new Set([
  "Wang",
  "Li",
  "Zhang",
  "Liu",
  "Chen",
  "Yang",
  "Zhao",
  "Huang",
  "Zhou",
  "Wu",
  "Kim",
  "Lee",
  "Park",
  "Choi",
  "Singh",
  "Khan",
  "Nguyen",
  "He",
  "Ma",
  "Hu",
  "Lin",
  "Sun",
  "Gao",
]);
/**
 * A one-word name that cannot name an official on its own: a common surname, or a word
 * that is also a month, a weekday or another word a title can precede ("Friday" is the
 * family name of a Caribbean prime minister, and a weekday far more often).
 */
// A regnal number alone ("X" of Frederik X) is no name: "wrote on X" is the network.
export const isAmbiguousShortForm = (s: string) => AMBIGUOUS.has(s) || NOT_NAME.has(s) || /^[IVXL]+$/.test(s);
// "He said…" is a pronoun, not He Lifeng.
export const ENGLISH_WORDS = new Set([
  "He",
  "An",
  "So",
  "Ma",
  "Hu",
  "Sun",
  "Gao",
  "Long",
  "May",
  "King",
  "Young",
  "Rice",
]);

/**
 * The forms a later mention may take: the family name (first or last by country custom),
 * also without its accents, since many outlets write "Sanchez" and "Erdogan" after a
 * reference name "Pedro Sánchez" or "Recep Tayyip Erdoğan".
 */
export function shortForms(name: string, country: string, lex: CountryLexicon): string[] {
  const forms = familyNames(name, country, lex);
  return [...new Set([...forms, ...forms.map(foldAccents)])];
}

function familyNames(name: string, country: string, lex: CountryLexicon): string[] {
  // Initials and regnal numbers are not names: "Charles III" is Charles.
  // Nor are generational suffixes: "Ferdinand Marcos Jr." is Marcos.
  const tokens = name
    .split(/\s+/)
    .filter((t) => !/^\p{Lu}\.$/u.test(t) && !/^[IVX]+$/.test(t) && !/^(?:Jr|Sr)\.?$/.test(t));
  if (tokens.length < 2) return tokens;
  // "Lula da Silva", "Mohammed bin Salman": the name before the particle is the one used;
  // "von der Leyen", "van Rompuy": the particle belongs to the surname.
  const before = tokens.findIndex((t, i) => i > 0 && /^(?:da|do|dos|bin|ibn)$/.test(t));
  if (before > 0) return [tokens[before - 1] as string];
  const germanic = tokens.findIndex((t, i) => i > 0 && /^(?:von|van|de|der|den)$/.test(t));
  if (germanic > 0) return [tokens.slice(germanic).join(" ")];
  const first = tokens[0] as string;
  const last = tokens.at(-1) as string;
  if (lex.familyNameFirst.has(country)) return [first];
  if (lex.familyNameEither.has(country)) return [last, first];
  return [last];
}
