import { extract } from "../extract/extract.ts";
import type { Reference } from "../extract/reference.ts";
import type { Article } from "../loader/read-article.ts";
import type { Extraction } from "../schemas/extraction.ts";

/** Runs the pipeline on an article read from a file, with its header as metadata. */
export function extractArticle(article: Article, ref: Reference): Extraction {
  const h = article.header;
  return extract(
    {
      text: article.body,
      id: h.id,
      title: h.title,
      publishedAt: h.publishedAt,
      publishedAtSource: h.publishedAtSource,
      publishedAtNote: h.publishedAtNote,
    },
    ref,
  );
}
