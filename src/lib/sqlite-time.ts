/**
 * A DATETIME as SQLite returns it: a Date (through Prisma), milliseconds, or text that
 * CURRENT_TIMESTAMP wrote in UTC without a zone ("2026-12-04 19:30:00").
 */
export function sqliteTime(at: string | number | Date): Date {
  if (at instanceof Date) return at;
  if (typeof at === "number") return new Date(at);
  const zoned = /Z|[+-]\d\d:?\d\d$/.test(at);
  return new Date(`${at.replace(" ", "T")}${zoned ? "" : "Z"}`);
}
