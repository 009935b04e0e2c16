// Plain-text tables for the eval report: figures to three decimals, columns aligned.

import type { Ratio } from "./metrics.ts";

export const fmtRatio = (r: Ratio) =>
  r.value === null ? "-" : `${r.value.toFixed(3)} (${r.correct}/${r.total})`;
export const fmtNum = (n: number | null) => (n === null ? "-" : n.toFixed(3));

/** Rows as aligned lines: the first column to the left, the figures to the right. */
export function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}
