// npm run eval's text report: two tables of figures per set, a legend, the news sets'
// reliability tables, the set-wide remarks, then the articles one by one.

import type { Calibration } from "./calibration.ts";
import type { EvalReport, SetReport } from "./report.ts";
import { SCOPES } from "./scope.ts";
import { articleLines } from "./text-articles.ts";
import { fmtNum, fmtRatio, table } from "./text-table.ts";

/** The report as a compact text: a table per set, then one line per article. */
export function formatReport(report: EvalReport): string {
  const sets = (["seeds", "corpus", "news-dev", "news-test", "all"] as const).flatMap((n) =>
    report.sets[n] ? [report.sets[n]] : [],
  );
  const out = ["Summitry extraction evaluation", "", ...setTables(sets), ...LEGEND];
  for (const name of ["news-dev", "news-test"] as const) {
    const set = report.sets[name];
    if (set) out.push("", ...reliability(name, set.calibration.event));
  }
  out.push(...setRemarks(report));
  out.push(
    "",
    "seeds, per article (req = required expected, found = of them matched, opt = optional found/expected):",
  );
  out.push(...articleLines(report.articles.filter((a) => a.set === "seeds")));
  out.push("", "corpus, per article:");
  out.push(...articleLines(report.articles.filter((a) => a.set === "corpus")));
  // The test split is scored, never read for tuning: its articles are not itemised.
  if (report.sets["news-dev"]) {
    out.push("", "news-dev, per article (news-test is only scored, not itemised):");
    out.push(...articleLines(report.articles.filter((a) => a.set === "news-dev")));
  }
  out.push("", "Notes:", ...report.notes.map((n) => `  - ${n}`));
  return `${out.join("\n")}\n`;
}

/** The meetings table, then the table of topics, participants, officials and calibration. */
function setTables(sets: SetReport[]): string[] {
  const rows = [
    ["set", "articles", "recall", "precision", "F1", "date", "place", "kind", "status", "optional"],
  ];
  const more = [
    [
      "set",
      "topic recall",
      "topic precision",
      "participant precision",
      "officials",
      "publishedAt",
      "ECE event/date/place",
    ],
  ];
  for (const s of sets) {
    const f = s.figures;
    rows.push([
      s.name,
      String(s.articles),
      fmtRatio(f.recall),
      fmtRatio(f.precision),
      fmtNum(f.f1),
      fmtRatio(f.date),
      fmtRatio(f.place),
      fmtRatio(f.kind),
      fmtRatio(f.status),
      `${f.optionalFound.correct}/${f.optionalFound.total}`,
    ]);
    more.push([
      s.name,
      fmtRatio(f.topicRecall),
      fmtRatio(f.topicPrecision),
      fmtRatio(f.participantPrecision),
      fmtRatio(s.officials),
      s.publishedAt ? fmtRatio(s.publishedAt) : "-",
      [s.calibration.event, s.calibration.date, s.calibration.place].map((c) => fmtNum(c.ece)).join(" / "),
    ]);
  }
  return [...table(rows), "", ...table(more), ""];
}

/** What the columns mean. */
const LEGEND = [
  "recall = required expected found / required expected; precision = in-scope predicted matching an expected (required or optional) / in-scope predicted;",
  "date, place, kind, status = accuracy over matched pairs the oracle gives that field for; optional = optional expected meetings found.",
  `precision scope, seeds: ${SCOPES.seeds}.`,
  `precision scope, corpus: ${SCOPES.corpus}.`,
  "ECE = expected calibration error of the confidences (ten bins): event confidence against matching, date and place confidence against being right on matched pairs.",
];

/** The reliability table of a set's event confidences: in each bin, how often the event was real. */
function reliability(name: string, c: Calibration): string[] {
  const rows = [["confidence", "n", "mean confidence", "matched"]];
  for (const b of c.bins.filter((x) => x.n > 0))
    rows.push([
      `${b.from.toFixed(1)}-${b.to.toFixed(1)}`,
      String(b.n),
      fmtNum(b.confidence),
      fmtNum(b.accuracy),
    ]);
  return [
    `${name}, reliability of event confidence (ECE ${fmtNum(c.ece)}, n = ${c.n}):`,
    ...table(rows).map((l) => `  ${l}`),
  ];
}

/** The figures only a whole set has: the seeds' any-document recall, the corpus's notEvents and publishedAt. */
function setRemarks(report: EvalReport): string[] {
  const out: string[] = [];
  const seeds = report.sets.seeds;
  if (seeds.recallAnyDocument) {
    out.push(
      `seeds, distinct required gold meetings found in any of their documents: ${fmtRatio(seeds.recallAnyDocument)}`,
    );
  }
  const corpus = report.sets.corpus;
  if (corpus.notEvents) {
    out.push(
      `corpus, notEvents respected: ${fmtRatio(corpus.notEvents)}; ${corpus.notEvents.skipped} skipped (no official named in the text)`,
    );
  }
  if (corpus.publishedAt)
    out.push(`corpus, publishedAt of articles without a header: ${fmtRatio(corpus.publishedAt)}`);
  return out;
}
