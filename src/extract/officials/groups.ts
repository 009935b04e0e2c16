import { matchAll } from "../text.ts";
import { addMention, type Scan } from "./scan.ts";
import { partyOf } from "./types.ts";

// After "the two", a plural noun other than people's ("the two national anthems", "the
// two main banks") says the pair is of things: a lowercase word ending in a single "s",
// an adjective allowed before it. Verbs after "the two" have no such "s" ("discuss"
// ends in two).
const PEOPLE =
  "(?:leaders|presidents|premiers|chancellors|heads|ministers|counterparts|officials|diplomats|envoys|delegations|delegates|negotiators|sides|men|women)";
const THINGS = new RegExp(
  String.raw`^(?!\s+(?:[a-z-]+\s+)?${PEOPLE}\b)\s+(?:[a-z-]+\s+)?[a-z-]{2,}[^s\W]s\b`,
);
const GROUP =
  /\b(?:the two|both|the pair(?!\s+of\b)|(?<=\b[Tt]he\s)(?=(?:leaders|presidents|heads of state|prime ministers)\b(?!\s+of\b)))(?:\s*(leaders|presidents|heads of state|heads of government|prime ministers|ministers|foreign ministers|counterparts|men|women))?\b(?!\s+(?:countries|sides|nations|economies|governments|capitals|days|years|sessions|powers|states|peoples|neighbou?rs|allies|militaries|armies|parties|companies|firms|superpowers|Koreas)\b)/gi;

// "They had last met in Paris", "When they spoke by phone", "Since then they have spoken
// once", "Before that, they held a video call", "Macron hosted them": a plural pronoun as
// the subject of a meeting verb (opening its sentence, or after a conjunction of time or a
// phrase and its comma that open it), or as the object of a host's verb, is the two
// officials of the story. After ", and" ("Austin sat down with Wei, and they met again")
// it is the two the sentence names, if it names exactly two (see findGroups); not after
// other conjunctions inside a sentence: "protesters marched to the embassy, where they
// met riot police" has an antecedent of its own.
const PLURAL = new RegExp(
  String.raw`(?:\bThey|(?<=,\s+and\s+)they|(?<=(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:When|After|Since|Before|While|Until|Once|As)\s+(?:(?:then|that)\s+)?|\p{Lu}[^.!?;:,\n]{0,40},\s+(?:[^.!?;:,\n]{1,40},\s+){0,2}))they)` +
    String.raw`(?=\s+(?:had\s+|have\s+)?(?:(?:last|first|previously|already|also|briefly|again|later|once|twice|often|regularly|reportedly|informally|separately|only)\s+){0,2}(?:met|spoke|spoken|talked|dined|held\s+(?:an?\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}(?:talks|call|summit|meeting|conversation)\b))` +
    String.raw`|(?<=\b(?:hosted|received|welcomed|invited)\s+)them\b`,
  "gu",
);

// "described the meeting as both \"a restart and a new beginning\"", "both in Beijing and
// in Moscow": "both … and" joins two things, not two people ("both of them" and "both the
// prime ministers" are people).
const BOTH_OF_THINGS = /^\s*(?:["“‘']|(?:a|an|in|on|at|for|as|to|by|with|from|within|among)\b)/i;

// A verb of saying between an official and "the two": the official reports on them.
const REPORTING = /\b(?:said|says|told|tells|added|noted|stressed|insisted|announced|according to)\b/i;

/**
 * "the two leaders" are the two heads of state or government last named; "the two
 * ministers" or a bare "The two agreed" the last two officials of different countries.
 */
export function findGroups(scan: Scan) {
  const { text, mentions, officials } = scan;
  for (const m of [...matchAll(GROUP, text), ...matchAll(PLURAL, text)].sort((a, b) => a.start - b.start)) {
    const noun = m.groups[0] ?? "";
    // "the two sides" are no people; "they held talks" are ("talks" is the verb's object).
    const pronoun = /^the[ym]$/i.test(m.text);
    if (!noun && !pronoun && THINGS.test(text.slice(m.end, m.end + 40))) continue;
    if (!noun && /^both$/i.test(m.text) && BOTH_OF_THINGS.test(text.slice(m.end, m.end + 12))) continue;
    const leadersOnly = /leaders|presidents|heads|prime/i.test(noun);
    // "the two presidents" are not a president and a premier.
    const title = /presidents/i.test(noun)
      ? /president/i
      : /prime ministers/i.test(noun)
        ? /prime minister/i
        : null;
    // Salience: the officials named most often so far, the latest first among equals.
    const earlier = mentions
      .filter((x) => x.start < m.start && x.kind !== "group")
      .flatMap((x) => x.officialIds);
    const count = new Map<string, number>();
    for (const id of earlier) count.set(id, (count.get(id) ?? 0) + 1);
    const before = [...new Set([...earlier].reverse())].sort(
      (a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0),
    );
    // "Macron hosted them": the host is not one of his guests.
    const host = /^them$/i.test(m.text)
      ? mentions.filter((x) => x.end <= m.start && m.start - x.end <= 30 && x.officialIds.length === 1).at(-1)
      : undefined;
    const pickFrom = (ids: string[]) => {
      const pick: string[] = [];
      for (const id of ids) {
        if (host?.officialIds.includes(id)) continue;
        const o = officials.get(id);
        if (!o || (leadersOnly && !o.leader) || (title && !title.test(o.role ?? ""))) continue;
        if (!leadersOnly && pick.some((p) => officials.get(p)?.country === o.country)) continue;
        pick.push(id);
        if (pick.length === 2) break;
      }
      return pick;
    };
    // "Trudeau did not get a meeting with Xi, but his office said the two had brief
    // interactions": a pair named earlier in the group's own sentence comes first, however
    // often the story named others.
    const sentence = scan.sentences.find((x) => m.start >= x.start && m.start < x.end);
    const local = mentions
      .filter((x) => sentence && x.start >= sentence.start && x.start < m.start && x.kind !== "group")
      .flatMap((x) => x.officialIds)
      .reverse();
    const ownPair = pickFrom([...new Set(local)]);
    // "Kim plans to travel to Vladivostok for talks with Putin. The two could meet…": a
    // sentence that names exactly one such pair hands it to the next, whoever the story
    // named most.
    const previous = sentence ? scan.sentences[sentence.index - 1] : undefined;
    const lastNamed = new Set(
      mentions
        .filter((x) => previous && x.start >= previous.start && x.end <= previous.end && x.kind !== "group")
        .flatMap((x) => x.officialIds),
    );
    // "Hostage families travelled to Doha. On Thursday, they met Qatari mediators": after an
    // opening phrase, "they" is the story's two only when the sentence before names an
    // official (or them as "they"); otherwise its own plural subject is the antecedent.
    const afterPhrase = m.text === "they" && /,\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start));
    const prevNames = !!previous && mentions.some((x) => x.start >= previous.start && x.end <= previous.end);
    if (afterPhrase && !prevNames) continue;
    // "Austin sat down with Wei in June, and they met again in November": after ", and",
    // "they" is the pair the sentence itself names (exactly two officials), or nobody.
    const afterAnd = m.text === "they" && /,\s+and\s+$/.test(text.slice(Math.max(0, m.start - 8), m.start));
    if (afterAnd && (ownPair.length !== 2 || new Set(local).size !== 2)) continue;
    const lastPair = lastNamed.size === 2 ? pickFrom(before.filter((id) => lastNamed.has(id))) : [];
    // "Putin's other sit-down was chillier. Theresa May shook his hand … the first bilateral
    // between the two": one official named in the group's own sentence is one of the two,
    // with whoever the sentence before named, else the story's most named.
    // Not a speaker reporting on the two ("Peskov said the two would meet again").
    const own = local.find((id) => ownPair.includes(id));
    const ownMention = mentions.filter((x) => x.officialIds.includes(own ?? "") && x.start < m.start).at(-1);
    const reports = !!ownMention && REPORTING.test(text.slice(ownMention.end, m.start));
    const withOwn =
      ownPair.length === 1 && !reports ? pickFrom([...new Set([...ownPair, ...lastNamed, ...before])]) : [];
    let pick =
      ownPair.length === 2
        ? ownPair
        : withOwn.length === 2
          ? withOwn
          : lastPair.length === 2
            ? lastPair
            : pickFrom(before);
    // A bare "the leaders" is a pair only in a story of two leaders: after three, it is all
    // of them, unless two stand far above the rest (and then it is those two).
    if (/^leaders$/i.test(m.text)) {
      // A president-elect is one of "the leaders" too (Trump at Mar-a-Lago in 2024).
      const story = twoLeadersStory(before, count, (id) => {
        const o = officials.get(id);
        return !!o?.leader || /-elect\b/i.test(o?.role ?? "");
      });
      if (!story) continue;
      pick = story;
    }
    if (pick.length === 2)
      addMention(scan, { start: m.start, end: m.end, text: m.text, officialIds: pick, kind: "group" });
  }
}

// "The four Ministers then sat down for the inaugural 2+2 dialogue", "the three leaders
// signed a declaration", "a welcome dinner for the three delegations": a group counted
// out, the officials last named (a delegation by its head).
const COUNTED =
  /\bthe (three|four|five) (leaders|ministers|presidents|heads of state|heads of government|officials|diplomats|envoys|delegations|sides|men|women)\b/gi;
const HOW_MANY: Record<string, number> = { three: 3, four: 4, five: 5 };
// Of what role each counted official must be.
const COUNTED_ROLE: Record<string, RegExp> = {
  ministers: /\b(?:minister|secretary)\b/i,
  presidents: /\bpresident\b/i,
};

/** "the four ministers": the last that many officials named before, of two parties or more. */
export function findCountedGroups(scan: Scan) {
  const { text, mentions, officials } = scan;
  for (const m of matchAll(COUNTED, text)) {
    const size = HOW_MANY[(m.groups[0] ?? "").toLowerCase()] ?? 0;
    const noun = (m.groups[1] ?? "").toLowerCase();
    const leadersOnly = /leaders|heads/.test(noun);
    const role = COUNTED_ROLE[noun];
    // Not an official named as the owner of something ("raised Xi Jinping's pressure on
    // Taiwan"), who is talked about rather than present.
    const earlier = [...mentions]
      .reverse()
      .filter(
        (x) =>
          x.start < m.start &&
          x.kind !== "group" &&
          !/[’']s$/.test(x.text) &&
          !/^[’']s\b/.test(text.slice(x.end, x.end + 3)),
      );
    const picked: string[] = [];
    if (/delegations|sides/.test(noun)) {
      // One per side: the sides last named, each by its official named most so far ("Xi"
      // in a passing mention does not head China's delegation over the premier).
      const count = new Map<string, number>();
      for (const id of earlier.flatMap((x) => x.officialIds)) count.set(id, (count.get(id) ?? 0) + 1);
      const sides: string[] = [];
      for (const id of earlier.flatMap((x) => x.officialIds)) {
        const side = partyOf(officials.get(id));
        if (side && !sides.includes(side)) sides.push(side);
      }
      for (const side of sides.slice(0, size)) {
        const head = [...count.keys()]
          .filter((id) => partyOf(officials.get(id)) === side)
          .sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0))[0];
        if (head) picked.push(head);
      }
    } else
      for (const x of earlier) {
        for (const id of x.officialIds) {
          const o = officials.get(id);
          if (!o || picked.includes(id) || (leadersOnly && !o.leader) || (role && !role.test(o.role ?? "")))
            continue;
          picked.push(id);
        }
        if (picked.length >= size) break;
      }
    const parties = new Set(picked.map((id) => partyOf(officials.get(id))));
    // "Xi, Putin and Khurelsukh then held the sixth meeting of the three heads of state":
    // a group its own sentence names already is no one new.
    const sentence = scan.sentences.find((x) => m.start >= x.start && m.start < x.end);
    const named = mentions.filter((x) => sentence && x.start >= sentence.start && x.start < m.start);
    const restated = picked.every((id) => named.some((x) => x.officialIds.includes(id)));
    if (picked.length === size && parties.size >= 2 && !restated)
      addMention(scan, { start: m.start, end: m.end, text: m.text, officialIds: picked, kind: "group" });
  }
}

/**
 * A story of two leaders: only two named so far, or two named far more often than any
 * other ("Moon" and "Kim" a dozen times each, Trump and two former presidents once or
 * twice), so that a bare "the leaders" can only mean them.
 */
function twoLeadersStory(
  ranked: string[],
  count: Map<string, number>,
  leader: (id: string) => boolean,
): string[] | null {
  const leaders = ranked.filter(leader);
  const [a, b, c] = leaders.map((id) => count.get(id) ?? 0);
  if (leaders.length === 2) return leaders;
  const apart = a !== undefined && b !== undefined && c !== undefined && b >= 3 && c * 3 <= b;
  return apart ? leaders.slice(0, 2) : null;
}
