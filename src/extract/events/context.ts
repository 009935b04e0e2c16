import type { OfficialsResult } from "../officials/find.ts";
import type { PlaceMention } from "../places/find.ts";
import type { Reference } from "../reference.ts";
import type { SummitMention } from "../summits.ts";
import type { TopicMention } from "../topics.ts";
import type { DateMention, PublicationDate, Sentence } from "../types.ts";

/** Everything the earlier stages found in one article, for the event stage to assemble. */
export interface ArticleContext {
  text: string;
  sentences: Sentence[];
  pub: PublicationDate | null;
  ref: Reference;
  officials: OfficialsResult;
  places: PlaceMention[];
  /** Where the report was filed ("WASHINGTON, Feb 28 -"), if its dateline says. */
  dateline: PlaceMention | null;
  summits: SummitMention[];
  topics: TopicMention[];
  /** Date mentions per sentence index. */
  dates: DateMention[][];
  /** The day each sentence is told on: the publication's, or an update's or a live blog's day heading. */
  days: (PublicationDate | null)[];
}
