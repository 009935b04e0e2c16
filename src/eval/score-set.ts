// A set's figures: its articles' reports summed, with what only a whole set can show
// (a seed meeting found in any of its documents, the share of notEvents respected).

import { calibration } from "./calibration.ts";
import type { ArticleCase } from "./fixtures.ts";
import { type Ratio, ratio, sumFigures } from "./metrics.ts";
import type { ArticleReport, SetName, SetReport } from "./report.ts";
import { SCOPES } from "./scope.ts";

/** Scores a set from its articles' reports; cases are its oracle, for the seeds' any-document recall. */
export function scoreSet(name: SetName, articles: ArticleReport[], cases: ArticleCase[]): SetReport {
  const figures = sumFigures(articles.map((a) => a.figures));
  const all = articles.flatMap((a) => a.notEvents);
  const parsed = all.filter((n) => n.principals.length > 0);
  const pubs = articles.flatMap((a) => (a.publishedAt ? [a.publishedAt] : []));
  const hasCorpus = name !== "seeds" && articles.some((a) => a.set !== "seeds");
  // This order is the JSON's: keep it, or npm run eval -- --json changes.
  return {
    name,
    articles: articles.length,
    scope: name === "all" ? `seeds: ${SCOPES.seeds}; corpus: ${SCOPES.corpus}` : SCOPES[name],
    f1: figures.f1,
    figures,
    recallAnyDocument: name === "seeds" ? recallAnyDocument(articles, cases) : null,
    notEvents: hasCorpus
      ? {
          ...ratio(parsed.filter((n) => n.violatedBy.length === 0).length, parsed.length),
          skipped: all.length - parsed.length,
        }
      : null,
    publishedAt: hasCorpus ? ratio(pubs.filter((p) => p.correct).length, pubs.length) : null,
    officials: articles.reduce(
      (r, a) => ratio(r.correct + a.officials.correct, r.total + a.officials.total),
      ratio(0, 0),
    ),
    calibration: {
      event: calibration(articles.flatMap((a) => a.scored.event)),
      date: calibration(articles.flatMap((a) => a.scored.date)),
      place: calibration(articles.flatMap((a) => a.scored.place)),
    },
  };
}

/** A gold meeting reported by several articles is found when any one of them yields it. */
function recallAnyDocument(articles: ArticleReport[], cases: ArticleCase[]): Ratio {
  const required = new Set(cases.flatMap((c) => c.expected.filter((e) => !e.optional).map((e) => e.key)));
  const found = new Set(articles.flatMap((a) => a.matched.map((m) => m.expected)));
  return ratio([...required].filter((k) => found.has(k)).length, required.size);
}
