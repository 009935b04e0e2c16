// "Brazilian President Luiz Inacio Lula da Silva and his Chinese counterpart Xi Jinping":
// an undated report was written while the officials its opening names held office,
// which the reference's dated roles say (Lula: 2003-2010 and from 2023).

import { firstDay, lastDay } from "../../lib/partial-date.ts";
import type { Reference } from "../reference.ts";

/** Headline and lead, where a report names the officials its news is about. */
const OPENING = 600;

/** Whether every reference official named in full in the opening held an office in year `y`. */
export function inOfficeIn(text: string, ref: Reference): (y: number) => boolean {
  const opening = text.slice(0, OPENING);
  const named = ref.officials.filter((o) =>
    [o.name, ...o.aliases].some((n) => n.includes(" ") && wordIn(opening, n)),
  );
  return (y) =>
    named.every((o) =>
      o.roles.some(
        (r) =>
          firstDay(r.startDate) <= `${y}-12-31` && (r.endDate === null || lastDay(r.endDate) >= `${y}-01-01`),
      ),
    );
}

function wordIn(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  const before = text[at - 1] ?? " ";
  const after = text[at + name.length] ?? " ";
  return !/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after);
}
