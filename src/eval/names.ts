// Family names for matching officials against an oracle that names them the way a
// human writes them ("Xi", "Yoon", "Kishida", "Van der Bellen", "Lula").

/** Countries whose names are printed family name first ("Xi Jinping", "Yoon Suk Yeol"). */
export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(["CN", "KR", "KP", "TW", "KH"]);
/** Countries whose names appear in either order in English ("Kishida Fumio", "Fumio Kishida"). */
// Malay, Indonesian, Thai and Singaporean names: news uses the given name ("Anwar",
// "Prabowo", "Prayut") or, for Chinese Singaporean names, the first token ("Lee").
// Vietnamese names are printed family name first, but news calls an official by the last
// part, the given name ("Nguyen Phu Trong" is "Trong"); so are Mongolian names, after the
// patronymic ("Ukhnaagiin Khurelsukh" is "Khurelsukh"). Lao names lead with the given
// name, which news uses alone ("Thongloun Sisoulith" is "Thongloun").
// Ethiopian and Eritrean names are a given name and the father's name, and news calls the
// bearer by the first ("Abiy Ahmed" is Abiy, "Isaias Afwerki" is Isaias).
export const FAMILY_NAME_EITHER: ReadonlySet<string> = new Set([
  "ET",
  "ER",
  "JP",
  "HU",
  "SG",
  "MY",
  "ID",
  "TH",
  "BN",
  "VN",
  "MN",
  "LA",
]);

/**
 * Spanish-speaking countries: two surnames, the first (the father's) the one news uses
 * alone ("Bruno Rodríguez Parrilla" is Rodríguez), though some go by the second.
 */
export const TWO_SURNAMES: ReadonlySet<string> = new Set([
  "ES",
  "MX",
  "CU",
  "AR",
  "BO",
  "CL",
  "CO",
  "CR",
  "DO",
  "EC",
  "GT",
  "HN",
  "NI",
  "PA",
  "PE",
  "PY",
  "SV",
  "UY",
  "VE",
]);

// Particles that start a compound family name: "Van der Bellen", "Lula da Silva", "von der Leyen".
const PARTICLES = new Set([
  "van",
  "von",
  "der",
  "den",
  "de",
  "da",
  "das",
  "do",
  "dos",
  "di",
  "du",
  "del",
  "della",
  "la",
  "le",
  "ter",
  "bin",
  "al",
  "el",
]);

/**
 * One name token as compared: no diacritics, lower case, letters, digits and hyphens only,
 * and the Zelenskiy/Zelensky transliteration variant folded ("-iy" -> "-y").
 */
export function normalizeToken(token: string): string {
  return (
    token
      // The dotless ı of Turkish ("Kalın") has no decomposition to strip.
      .replace(/ı/g, "i")
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, "")
      .replace(/^-+|-+$/g, "")
      .replace(/(?:iy|yy)$/, "y")
  );
}

/** A name as normalised tokens: "Recep Tayyip Erdoğan" -> ["recep", "tayyip", "erdogan"]. */
export function nameTokens(name: string): string[] {
  return (
    name
      // "al-Sudani" and "Al Sudani" are one name however the particle is joined.
      .replace(/\b(al|el|bin|ibn|abu|ben)-(?=\p{L})/giu, "$1 ")
      .split(/\s+/)
      .map(normalizeToken)
      .filter((t) => t !== "" && !GENERATIONAL.has(t))
  );
}

const PATRONYMIC = new Set(["bin", "bint", "ibn"]);

// "Ferdinand Marcos Jr." is Marcos.
const GENERATIONAL = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * The family names an official may be called by, normalised: the first token for
 * countries that print the family name first, the last token otherwise, either for
 * Japan and Hungary, and the first of two surnames too in Spanish-speaking countries;
 * plus compound names that start at a particle ("van der bellen", "da silva") and the
 * token before such a particle ("lula" in "Luiz Inacio Lula da Silva").
 */
export function familyNames(name: string, country: string | null): string[] {
  const n = nameTokens(name);
  const first = n[0];
  const last = n[n.length - 1];
  if (first === undefined || last === undefined) return [];
  if (country && FAMILY_NAME_FIRST.has(country)) return [first];
  if (country && FAMILY_NAME_EITHER.has(country)) return first === last ? [first] : [first, last];
  const out = [last];
  if (country && TWO_SURNAMES.has(country) && n.length >= 3) out.push(n[n.length - 2] as string);
  // "Tamim bin Hamad Al Thani", "Salman bin Abdulaziz Al Saud": a name with a patronymic
  // is an Arab name, and news calls its bearer by the given name ("Emir Tamim", "King
  // Salman") as often as by the family name.
  if (n.slice(1, -1).some((t) => PATRONYMIC.has(t))) out.push(first);
  const i = n.findIndex((t, k) => k > 0 && k < n.length - 1 && PARTICLES.has(t));
  if (i > 0) {
    out.push(n.slice(i).join(" "));
    if (i >= 2) out.push(n[i - 1] as string, n.slice(i - 1).join(" "));
  }
  return out;
}

/** The family name to show in a report, in the name's own spelling. */
export function displayFamilyName(name: string, country: string | null): string {
  const tokens = name.split(/\s+/).filter(Boolean);
  if (tokens.length <= 1) return name;
  if (country && FAMILY_NAME_FIRST.has(country)) return tokens[0] as string;
  if (country && FAMILY_NAME_EITHER.has(country)) return name;
  return tokens[tokens.length - 1] as string;
}

const startsWithTokens = (n: string[], p: string[]) => p.every((t, i) => n[i] === t);
const endsWithTokens = (n: string[], p: string[]) => p.every((t, i) => n[n.length - p.length + i] === t);

/**
 * True when `principal`, a family name as a human writes it ("Xi", "Van der Bellen",
 * "Zelensky"), names the official `name` of `country`. Case, diacritics and the -iy/-y
 * spelling variant are ignored.
 */
export function principalMatches(principal: string, name: string, country: string | null): boolean {
  // "al-Sudani" and "Al Sudani" are one name however the particle is joined.
  const unjoin = (s: string) => s.replace(/-/g, " ");
  return (
    tokensMatch(principal, name, country) ||
    (/-/.test(principal + name) && tokensMatch(unjoin(principal), unjoin(name), country))
  );
}

// "Albert II", "Charles III": a monarch's regnal name, which the generational rule would cut to a given name.
const REGNAL = /^\p{L}+\s+(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/u;

function tokensMatch(principal: string, name: string, country: string | null): boolean {
  // "Albert II" is "Albert II, Prince of Monaco" and "King Charles III" is Charles III: the
  // regnal name opens or closes the official's, numeral and all.
  if (REGNAL.test(principal.trim())) {
    const raw = (s: string) =>
      s
        .split(/[\s,]+/)
        .map(normalizeToken)
        .filter(Boolean);
    const [n, r] = [raw(name), raw(principal)];
    return startsWithTokens(n, r) || endsWithTokens(n, r);
  }
  const p = nameTokens(principal);
  if (p.length === 0) return false;
  if (familyNames(name, country).includes(p.join(" "))) return true;
  if (p.length === 1) return false;
  // A multi-word family name the particle rule does not know: compare token runs at either end.
  const n = nameTokens(name);
  return p.length <= n.length && (startsWithTokens(n, p) || endsWithTokens(n, p));
}
