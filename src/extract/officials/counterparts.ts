import { alternation, matchAll, wordRegex } from "../text.ts";
import type { Sentence } from "../types.ts";
import { otherSide } from "./pronouns.ts";
import { type FoundOfficial, type OfficialMention, partyOf } from "./types.ts";

// "his American counterpart", "her counterpart": the official on the other side.
const NAME_AFTER = /^,?\s+(?:Mr\.|Ms\.|Mrs\.|Dr\.|\p{Lu})/u;

const compiled = new WeakMap<Map<string, string>, RegExp>();
function pattern(countryOf: Map<string, string>): RegExp {
  let re = compiled.get(countryOf);
  if (!re) {
    const qual = alternation(countryOf.keys());
    re = wordRegex(String.raw`(?:his|her|their)\s+(?:(${qual})\s+)?counterparts?`, "gu");
    compiled.set(countryOf, re);
  }
  return re;
}

/**
 * "Xi told his American counterpart that …" names the one official of that country in
 * the article; a bare "his counterpart" names the official of another party named most
 * recently before it, the subject of the sentence being the first official it names.
 * Nothing when a name follows (that name is found on its own) or when two could be meant.
 */
export function counterparts(
  text: string,
  sentences: Sentence[],
  mentions: OfficialMention[],
  officials: Map<string, FoundOfficial>,
  countryOf: Map<string, string>,
): Omit<OfficialMention, "sentence">[] {
  const out: Omit<OfficialMention, "sentence">[] = [];
  if (!/counterpart/.test(text)) return out;
  for (const m of matchAll(pattern(countryOf), text)) {
    if (NAME_AFTER.test(text.slice(m.end, m.end + 6))) continue;
    const sentence = sentences.find((s) => m.start >= s.start && m.start < s.end);
    if (!sentence) continue;
    const adjective = m.groups[0];
    // Whose counterpart: the official the sentence names first before the phrase.
    const subject = () => {
      const first = mentions.find(
        (x) => x.sentence === sentence.index && x.end <= m.start && x.officialIds.length === 1,
      );
      return first ? officials.get(first.officialIds[0] as string) : undefined;
    };
    let pick: string | undefined;
    if (adjective) {
      const country = countryOf.get(adjective);
      const fits = [...officials.values()].filter((o) => o.country === country && !o.organization);
      // Several of that country ("the French president hosted his Chinese counterpart",
      // with Li Keqiang named further on): the one named last before the phrase, the
      // official the story is about at that point.
      pick = fits.length === 1 ? fits[0]?.id : lastNamedBefore(mentions, m.start, sameRank(fits, subject()));
    } else {
      pick = otherSide(mentions, sentence.index, m.start, (id) => partyOf(officials.get(id)));
    }
    if (pick) out.push({ start: m.start, end: m.end, text: m.text, officialIds: [pick], kind: "title" });
  }
  return out;
}

function lastNamedBefore(mentions: OfficialMention[], at: number, fits: FoundOfficial[]): string | undefined {
  const ids = new Set(fits.map((o) => o.id));
  const before = mentions
    .filter((x) => x.end <= at && x.officialIds.length === 1 && ids.has(x.officialIds[0] as string))
    .sort((a, b) => b.start - a.start);
  return before[0]?.officialIds[0];
}

// "his Chinese counterpart" of a prime minister is the premier, of a foreign minister the
// foreign minister: the office's kind, as far as the role says.
const RANKS: [string, RegExp][] = [
  ["foreign", /foreign|external affairs|secretary of state/i],
  ["defence", /defen[cs]e/i],
  ["government", /prime minister|premier|chancellor|state council/i],
  ["state", /president|king|emir|sultan|supreme leader|general secretary/i],
];
const rankOf = (o: FoundOfficial | undefined) => RANKS.find(([, re]) => re.test(o?.role ?? ""))?.[0];

/** The officials of the subject's rank, when the subject's rank is known and any has it. */
function sameRank(fits: FoundOfficial[], subject: FoundOfficial | undefined): FoundOfficial[] {
  const rank = rankOf(subject);
  const same = rank ? fits.filter((o) => rankOf(o) === rank) : [];
  return same.length ? same : fits;
}
