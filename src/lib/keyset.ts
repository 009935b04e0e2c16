import type { Position } from "./cursor.ts";

/** Rows strictly after `pos` when ordered by (column, id) in the given direction. */
export function keysetAfter(column: string, dir: "asc" | "desc", pos: Position | undefined) {
  if (!pos) return {};
  const cmp = dir === "asc" ? "gt" : "lt";
  return { OR: [{ [column]: { [cmp]: pos.key } }, { [column]: pos.key, id: { [cmp]: pos.id } }] };
}

/** Splits the limit+1 rows a query fetched into the page and the position of its last row. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number, key: (row: T) => string) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, next: rows.length > limit && last ? { key: key(last), id: last.id } : null };
}
