import { describeFailures, type Measured } from "./bench-load.ts";

// Plain-text output: a table of scenarios beside the baseline, then one PASS/FAIL line
// per target; the bench exits non-zero when any target failed.

export interface Row {
  server: string;
  scenario: string;
  m: Measured;
  /** req/s over the baseline's for the same URL; ratios: each round's. */
  ratio?: number;
  ratios?: number[];
}

export const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : "-");

export function table(rows: Row[]): string {
  const head = ["server", "scenario", "req/s", "×base", "p50 ms", "p99 ms", "errors"];
  const body = rows.map((r) => [
    r.server,
    r.scenario,
    r.m.reqPerSec.toFixed(0),
    r.ratio === undefined
      ? "-"
      : `${r.ratio.toFixed(2)}${r.ratios && r.ratios.length > 1 ? ` [${r.ratios.map((x) => x.toFixed(2)).join(" ")}]` : ""}`,
    ms(r.m.p50),
    ms(r.m.p99),
    describeFailures(r.m),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? "").length)));
  // Names left-aligned, numbers right-aligned, as a reader scans them.
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < 2 || i === 6 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

export class Targets {
  private lines: string[] = [];
  /** How many targets were missed (or could not be measured). */
  failed = 0;

  /** `ok` compares the value to the goal; a value not measured (NaN) fails as n/a. */
  check(name: string, value: number, unit: "ms" | "×", ok: (v: number) => boolean, from?: Measured): void {
    const verdict = Number.isFinite(value) && ok(value) ? "PASS" : "FAIL";
    if (verdict === "FAIL") this.failed++;
    const shown = !Number.isFinite(value)
      ? "n/a"
      : unit === "ms"
        ? `${value.toFixed(1)} ms`
        : `${value.toFixed(2)}×`;
    const note = from?.failures.size ? ` (errors: ${describeFailures(from)})` : "";
    this.lines.push(`${verdict}  ${name}: ${shown}${note}`);
  }

  toString(): string {
    return this.lines.join("\n");
  }
}
