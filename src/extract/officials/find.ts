import type { Reference } from "../reference.ts";
import type { Sentence } from "../types.ts";
import { findAidesOf } from "./aides-of.ts";
import { counterparts } from "./counterparts.ts";
import { findDelegationHeads, findSideLists } from "./delegation.ts";
import { findBareTitles, findCountryLeaders, findDescriptions } from "./descriptions.ts";
import { findCountedGroups, findGroups } from "./groups.ts";
import { guestsAndHosts, type Locale } from "./guest-host.ts";
import { findFullNames, findLoneAliases } from "./known.ts";
import { findLocalOfficials } from "./local.ts";
import { clausePronouns, objectPronouns, subjectPronouns } from "./pronouns.ts";
import { addMention, type Scan, sortMentions, startScan } from "./scan.ts";
import { findShortForms } from "./short-forms.ts";
import { findAppositiveNames, findTitledNames } from "./titled.ts";
import { type FoundOfficial, type OfficialMention, partyOf } from "./types.ts";

export interface OfficialsResult {
  officials: Map<string, FoundOfficial>;
  mentions: OfficialMention[];
}

/**
 * Finds the officials an article mentions and every mention of them: reference
 * officials by name and alias, unknown ones from a title before a name ("Foreign
 * Minister Qin Gang"), then later short forms ("Blinken", "Mr. Wang"), title-only
 * descriptions ("the Chinese leader") and "the two leaders".
 */
export function findOfficials(
  text: string,
  sentences: Sentence[],
  ref: Reference,
  pub: string | null,
  // Where the story is (the dateline, the places named): who "the visiting president" is.
  where: { dateline: Locale | null; places: Locale[] } = { dateline: null, places: [] },
): OfficialsResult {
  const scan = startScan(text, sentences, ref, pub);
  // 1. Titled names: "Chinese Foreign Minister Wang Yi", "U.S. President Joe Biden".
  findTitledNames(scan);
  // …and after one: "Penny Wong, Australia's foreign minister,".
  findAppositiveNames(scan);
  // …and of a city or province: "Shanghai party secretary Chen Jining".
  findLocalOfficials(scan);
  // …and at the head of a country's delegation: "the Chinese delegation, led by Li Hongzhong".
  findDelegationHeads(scan);
  // …and listed as a side's: "The Russian team includes …", "… on the Russian side".
  findSideLists(scan);
  // 2. Reference officials by full name or multi-word alias anywhere, then by a lone short form.
  findFullNames(scan);
  findLoneAliases(scan);
  // 3. Short forms of officials present in the article.
  findShortForms(scan);
  // …and the aides named by whose aide they are ("Kirill Dmitriev, Putin's special envoy,"),
  // then those aides' short forms.
  sortMentions(scan);
  if (findAidesOf(scan)) findShortForms(scan);
  // 4. Title-only descriptions and groups: a description names an official only when one fits.
  findDescriptions(scan);
  findBareTitles(scan);
  findCountryLeaders(scan);
  sortMentions(scan);
  findGroups(scan);
  findCountedGroups(scan);
  sortMentions(scan);
  findReferringPhrases(scan, where);
  return { officials: scan.officials, mentions: scan.mentions };
}

/** Pronouns and "his counterpart", each read against the mentions found before it. */
function findReferringPhrases(scan: Scan, where: { dateline: Locale | null; places: Locale[] }) {
  const { text, sentences, mentions, officials, lex } = scan;
  // "The visiting president later met Thuong. On Wednesday he is due to meet …": the
  // guest is read before the pronoun that continues the sentence's subject.
  for (const m of guestsAndHosts(text, sentences, mentions, officials, where.places, where.dateline))
    addMention(scan, m);
  sortMentions(scan);
  for (const m of subjectPronouns(text, sentences, mentions)) addMention(scan, m);
  sortMentions(scan);
  for (const m of clausePronouns(sentences, mentions)) addMention(scan, m);
  sortMentions(scan);
  for (const m of counterparts(text, sentences, mentions, officials, lex.byName)) addMention(scan, m);
  sortMentions(scan);
  // …and again once pronouns and counterparts are read, which it may rest on.
  for (const m of guestsAndHosts(text, sentences, mentions, officials, where.places, where.dateline))
    addMention(scan, m);
  sortMentions(scan);
  for (const m of objectPronouns(text, sentences, mentions, (id) => partyOf(officials.get(id))))
    addMention(scan, m);
  sortMentions(scan);
}
