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

/**
 * A page of a list ordered by id, the keyset way: the simple resources (topics,
 * summits) differ only in the rows they fetch, so they pass just that.
 */
export async function pageById<T extends { id: string }>(
  fetch: (q: { where: object; orderBy: { id: "asc" }; take: number }) => Promise<T[]>,
  limit: number,
  after: Position | undefined,
) {
  const rows = await fetch({
    where: keysetAfter("id", "asc", after),
    orderBy: { id: "asc" },
    take: limit + 1,
  });
  return pageOf(rows, limit, (r) => r.id);
}
