import { firstDay, lastDay } from "../../lib/partial-date.ts";

// Which report of an event gives its status. Later reports supersede earlier ones. Two
// reports whose publication dates may be the same day (2024-11 and 2024-11-17) are not
// ordered by them: the more advanced status wins, since a meeting reported held was not
// merely scheduled. This file is the rule; sql/status-sql.ts applies it in SQL, and
// test/data/rules.test.ts checks that both forms agree.

export const PROGRESS = { expected: 0, scheduled: 1, held: 2, cancelled: 2 } as const;

const progress = (status: string) => PROGRESS[status as keyof typeof PROGRESS] ?? 0;

/** The rank of a status column in SQL: the same numbers as PROGRESS. */
export const progressSql = (col: string) =>
  `CASE ${col} ${Object.entries(PROGRESS)
    .map(([status, rank]) => `WHEN '${status}' THEN ${rank}`)
    .join(" ")} ELSE 0 END`;

type Reported = { status: string; document: { publishedAt: string | null } };

/** Sorts reports so that the one whose status the event takes comes first. */
export function laterFirst(a: Reported, b: Reported): number {
  const pa = a.document.publishedAt;
  const pb = b.document.publishedAt;
  if (pa && pb && firstDay(pa) <= lastDay(pb) && firstDay(pb) <= lastDay(pa)) {
    return progress(b.status) - progress(a.status) || lastDay(pb).localeCompare(lastDay(pa));
  }
  return (pb ? lastDay(pb) : "").localeCompare(pa ? lastDay(pa) : "");
}
