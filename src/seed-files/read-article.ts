import { parse } from "yaml";
import { sha256 } from "../lib/hash.ts";
import { describeIssues } from "../lib/problems.ts";
import { SeedError } from "../lib/seed-error.ts";
import { type ArticleHeader, ArticleHeaderSchema } from "../schemas/article.ts";

export interface Article {
  file: string;
  header: ArticleHeader;
  body: string;
  sha256: string;
}

const HEADER = /^---\n([\s\S]*?)\n---\n/;

/** Splits an article file into its metadata header and the body that offsets index. */
export function parseArticle(file: string, content: string): Article {
  const match = HEADER.exec(content);
  if (!match) throw new SeedError(file, "missing metadata header (a YAML block between --- lines)");
  let raw: unknown;
  try {
    raw = parse(match[1] ?? "");
  } catch (err) {
    throw new SeedError(file, `header is not valid YAML: ${(err as Error).message}`);
  }
  const header = ArticleHeaderSchema.safeParse(raw ?? {});
  if (!header.success) throw new SeedError(file, `header: ${describeIssues(header.error)}`);
  const body = content.slice(match[0].length);
  if (body.trim() === "") throw new SeedError(file, "body: the article text is empty");
  return { file, header: header.data, body, sha256: sha256(body) };
}
