import type { Precision } from "../lib/partial-date.ts";

/** A span of the article body: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  index: number;
}

/** What the article's own date is known to be; dates in the text resolve against it. */
export interface PublicationDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  value: string;
  precision: Precision;
  source: "printed" | "inferred";
  note: string | null;
}

/** A resolved date expression found in a sentence. */
export interface DateMention extends Span {
  /** First day (at `precision`): YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Last day of a range ("November 11 to 17", "next week"), else null. */
  endDate: string | null;
  precision: Precision;
}

export interface ArticleInput {
  text: string;
  title?: string | null;
  publishedAt?: string | null;
}
