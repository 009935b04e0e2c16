import type { Span } from "../types.ts";

export interface FoundOfficial {
  id: string;
  name: string;
  country: string;
  /** The international organisation the official acted for at the time, if any (then their party). */
  organization: string | null;
  /** Role at the time of the article, canonical ("Minister of Foreign Affairs"). */
  role: string | null;
  /** Head of state or government: who "the two leaders" can mean. */
  leader: boolean;
  /** The role is one the official had left by the article's date ("since Malcolm Turnbull"). */
  former: boolean;
  /** In the reference list (otherwise discovered from a title in this article). */
  known: boolean;
  /** Forms used for this official in the article. */
  aliases: Set<string>;
  /** Short forms that refer back to the official: family name, and given name where order varies. */
  shortForms: string[];
}

export interface OfficialMention extends Span {
  officialIds: string[];
  sentence: number;
  /** full name, short form ("Blinken", "Mr. Wang"), title only ("the Chinese leader"), a group ("the two leaders"), or a subject pronoun ("He hosted …"). */
  kind: "full" | "short" | "title" | "group" | "pronoun";
}

/** The side an official takes part for: their organisation's, else their country's. */
export const partyOf = (o: Pick<FoundOfficial, "country" | "organization"> | undefined) =>
  o ? (o.organization ?? o.country) : undefined;
