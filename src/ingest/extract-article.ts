import { type ExtractInput, extract } from "../extract/extract.ts";
import type { Reference } from "../extract/reference.ts";
import type { Extraction } from "../schemas/extraction.ts";
import type { Article } from "../seed-files/read-article.ts";

/** What the pipeline is given for an article read from a file: its body, its header as metadata. */
export function articleInput(article: Article): ExtractInput {
  const h = article.header;
  return {
    text: article.body,
    id: h.id,
    title: h.title,
    publishedAt: h.publishedAt,
    publishedAtSource: h.publishedAtSource,
    publishedAtNote: h.publishedAtNote,
  };
}

/** Runs the pipeline on an article read from a file, with its header as metadata. */
export function extractArticle(article: Article, ref: Reference): Extraction {
  return extract(articleInput(article), ref);
}
