// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) and the whole-day span they denote.

export type Precision = "day" | "month" | "year";

export function precisionOf(date: string): Precision {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** First day the partial date can denote. */
export function firstDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Last day the partial date can denote. */
export function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    return `${date}-${String(lastDayOfMonth(y, m)).padStart(2, "0")}`;
  }
  return date;
}

/** True when the string is a real calendar date at its precision (no 2023-02-30). */
export function isRealDate(date: string): boolean {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) return false;
  const [y, m, d] = date.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= lastDayOfMonth(y, m);
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
export const morePrecise = (a: Precision, b: Precision) => RANK[a] > RANK[b];
