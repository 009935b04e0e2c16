import { matchAll, wordRegex } from "../text.ts";
import type { Sentence } from "../types.ts";
import { type FoundOfficial, type OfficialMention, partyOf } from "./types.ts";

/** Where the text places the story at a point: a place mention's country (the dateline counts). */
export interface Locale {
  start: number;
  country: string | null;
}

// "the visiting president", "his guest": the official who came; "his host": who received them.
const VISITOR = wordRegex(
  String.raw`(?:the\s+visiting\s+(leader|president|prime minister|premier|chancellor|king|emir|vice president|foreign minister|defen[cs]e minister|minister|secretary of state|secretary|envoy)|(?:his|her|their|the)\s+(?:guest|visitor))`,
  "giu",
);
// "His host", not "the host" (of a show, of a summit: often a country) nor "their hosts".
const HOST = wordRegex(
  String.raw`(?:his|her|their)\s+host(?!s|\s+(?:city|country|nation|government|venue))`,
  "giu",
);
// The words of the role each title asks for ("the visiting foreign minister": Minister of
// Foreign Affairs); an envoy may hold any role, a leader is a head of state or government.
const ROLE_WORD: Record<string, string> = {
  "prime minister": "prime minister",
  "vice president": "vice president",
  "foreign minister": "foreign",
  "defence minister": "defen",
  "defense minister": "defen",
  "secretary of state": "secretary of state",
};

function titled(o: FoundOfficial, title: string | undefined): boolean {
  if (!title || title === "envoy") return true;
  if (title === "leader") return o.leader;
  return (o.role ?? "").toLowerCase().includes(ROLE_WORD[title] ?? title);
}

// "the visiting president, Lula," or "his guest Lula": the name is found on its own.
const NAME_AFTER = /^,?\s+(?:Mr\.|Ms\.|Mrs\.|Dr\.|\p{Lu})/u;
// How far back a place still says where the story is.
const REACH = 600;

/**
 * "After the talks, the visiting president met Premier Li": the official of another
 * country than the one the story is in (the dateline's, else the last place named
 * before), named most recently, with that title when one is given; "his host" the
 * one of that country. Nothing when the story's country is unknown.
 */
export function guestsAndHosts(
  text: string,
  sentences: Sentence[],
  mentions: OfficialMention[],
  officials: Map<string, FoundOfficial>,
  locales: Locale[],
  dateline: Locale | null,
): Omit<OfficialMention, "sentence">[] {
  const out: Omit<OfficialMention, "sentence">[] = [];
  if (!/\b(?:visiting|guest|visitor|host)\b/i.test(text)) return out;
  const read = (m: { start: number; end: number; text: string }, guest: boolean, title?: string) => {
    if (NAME_AFTER.test(text.slice(m.end, m.end + 6))) return;
    if (!sentences.some((s) => m.start >= s.start && m.start < s.end)) return;
    // The dateline says where the whole report is; without one, the last place named.
    const here =
      dateline?.country ??
      [...locales]
        .filter((l) => l.start < m.start && l.country && m.start - l.start <= REACH)
        .sort((a, b) => b.start - a.start)[0]?.country;
    if (!here) return;
    const fits = (o: FoundOfficial | undefined) =>
      !!o && (guest ? partyOf(o) !== here : o.country === here && !o.organization) && titled(o, title);
    const pick = [...mentions]
      .reverse()
      .find(
        (x) => x.end <= m.start && x.officialIds.length === 1 && fits(officials.get(x.officialIds[0] ?? "")),
      );
    if (pick)
      out.push({ start: m.start, end: m.end, text: m.text, officialIds: pick.officialIds, kind: "title" });
  };
  for (const m of matchAll(VISITOR, text)) read(m, true, m.groups[0]?.toLowerCase().replace(/\s+/g, " "));
  for (const m of matchAll(HOST, text)) read(m, false);
  return out;
}
