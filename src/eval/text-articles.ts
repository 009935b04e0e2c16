// The per-article part of the text report: a row of counts per article, and under it
// what went wrong there (error, misses, extras, violated notEvents, publishedAt).

import type { ArticleReport } from "./report.ts";
import { table } from "./text-table.ts";

/** A table of the articles, each row followed by its findings, indented. */
export function articleLines(articles: ArticleReport[]): string[] {
  const rows = [["file", "req", "found", "opt", "pred", "in-scope"]];
  for (const a of articles) {
    rows.push([
      a.file,
      String(a.expectedRequired),
      String(a.foundRequired),
      `${a.foundOptional}/${a.expectedOptional}`,
      String(a.figures.predicted),
      String(a.inScope),
    ]);
  }
  const lines = table(rows);
  const out = [`  ${lines[0]}`];
  articles.forEach((a, i) => {
    out.push(`  ${lines[i + 1]}`, ...findings(a));
  });
  return out;
}

function findings(a: ArticleReport): string[] {
  const out: string[] = [];
  if (a.error) out.push(`      error: ${a.error}`);
  if (a.misses.length > 0) out.push(`      miss:  ${a.misses.join("; ")}`);
  if (a.extras.length > 0) out.push(`      extra: ${a.extras.join("; ")}`);
  for (const n of a.notEvents.filter((x) => x.violatedBy.length > 0)) {
    out.push(`      notEvent violated: "${n.text}" by ${n.violatedBy.join("; ")}`);
  }
  if (a.publishedAt) {
    const p = a.publishedAt;
    out.push(
      `      publishedAt: ${p.predicted ?? "null"} (${p.predictedPrecision ?? "-"}) vs expected ${p.expected} (${p.expectedPrecision ?? "-"}) ${p.correct ? "ok" : "WRONG"}`,
    );
  }
  return out;
}
