import type { Span } from "../types.ts";

export interface FoundOfficial {
  id: string;
  name: string;
  country: string;
  /** Role at the time of the article, canonical ("Minister of Foreign Affairs"). */
  role: string | null;
  /** Head of state or government: who "the two leaders" can mean. */
  leader: boolean;
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
  /** full name, short form ("Blinken", "Mr. Wang"), title only ("the Chinese leader"), or a group ("the two leaders"). */
  kind: "full" | "short" | "title" | "group";
}
