import { holdsAt, isLeaderRole, titleEntries } from "../officials/roles.ts";
import { partyOf } from "../officials/types.ts";
import { memo, officialsById } from "../reference.ts";
import type { ArticleContext } from "./context.ts";
import type { Draft } from "./draft.ts";

// A state visit is paid to a head of state: the visit and its host are one occasion.
// So is a visit to a leader's seat ("a visit to the White House", "visited the Kremlin").
const STATE_VISIT = /\bstate\s+visit/i;

/**
 * "Marape's state visit to Indonesia in March last year", in a story about Widodo: a state
 * visit is received by the host country's leader, so where the article names exactly one
 * leader of that country, in office at the visit's date, the visit is a meeting with
 * them (the guidelines read a visit with a named host as that meeting). A trip that is not
 * a state visit, or to a country whose leader the article does not name (or names two
 * of), stays the visitor's alone.
 */
export function addStateVisitHosts(ctx: ArticleContext, drafts: Draft[]): void {
  const titles = memo(ctx.ref, "title-entries", () => titleEntries(ctx.ref));
  const seats = memo(
    ctx.ref,
    "leader-seats",
    () => new Map(ctx.ref.places.flatMap((p) => (p.seatOf ? [[p.name, p.seatOf] as const] : []))),
  );
  const byId = officialsById(ctx.ref);
  const { officials } = ctx.officials;
  for (const d of drafts) {
    const [visitor] = d.participants;
    const country = d.place?.country;
    if (d.kind !== "visit" || d.context || d.participants.length !== 1 || !visitor || !country) continue;
    if (partyOf(officials.get(visitor)) === country) continue;
    // A seat's office holder only on a day or month the text gives: "has visited the White
    // House under three presidents" names no one visit.
    const office = d.place?.venue && d.date ? seats.get(d.place.venue) : undefined;
    const kind = d.evidence.find(
      (e) =>
        e.field === "kind" &&
        (office ? /\b(?:visit|visits|visited|trip)\b/i.test(e.quote) : STATE_VISIT.test(e.quote)),
    );
    if (!kind) continue;
    const at = d.date?.start ?? null;
    const hosts = [...officials.values()].filter((o) => {
      if (o.organization || o.country !== country) return false;
      const known = byId.get(o.id);
      if (!known) return o.leader && !o.former;
      // In office at the visit: Widodo in 2022, not his successor.
      // The seat's own office: the Élysée is the president's, not the premier's.
      return known.roles.some(
        (r) => isLeaderRole(r.title, titles) && holdsAt(r, at) && (!office || r.title.startsWith(office)),
      );
    });
    const [host] = hosts;
    if (hosts.length !== 1 || !host) continue;
    d.participants.push(host.id);
    d.kind = "in_person";
    d.evidence.push({ ...kind, field: "participant", value: host.id });
  }
}
