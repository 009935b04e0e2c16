import type { Reference } from "../../src/extract/reference.ts";
import { firstDay, lastDay, type Precision } from "../../src/lib/partial-date.ts";
import type { EventKind, EventStatus } from "../../src/schemas/extraction.ts";
import { CONTEXT, NOUN, REMOTE, surname } from "./synth-phrases.ts";
import type { Rng } from "./synth-random.ts";
import { capitalOf, dayOf, isoOf, neutralPlace, slug } from "./synth-world.ts";

export type Official = Reference["officials"][number];
export type Topic = Reference["topics"][number];

/** One event of the synthetic world, as its first report tells it. */
export interface SynthEvent {
  id: string;
  kind: EventKind;
  status: EventStatus;
  title: string;
  date: { start: string; end: string | null; precision: Precision };
  place: { city: string; region: string | null; country: string };
  summit: { id: string; name: string } | null;
  participants: Official[];
  topics: Topic[];
}

/**
 * Invents events one by one and remembers them, so every new one is distinct from all
 * earlier ones by the loader's own coreference rules (same officials, overlapping
 * dates and the same country would merge): the requested event count is then exact.
 */
export class EventPlanner {
  readonly all: SynthEvent[] = [];
  /** Events of the headline pair, re-reported more often (big meetings get wide coverage). */
  readonly headline: SynthEvent[] = [];
  private taken = new Map<string, [string, string][]>();
  private ids = new Set<string>();
  private pools = new Map<number, Official[]>();
  private byId: Map<string, Official>;
  private summits: Reference["summits"];

  constructor(
    private ref: Reference,
    private rng: Rng,
  ) {
    this.byId = new Map(ref.officials.map((o) => [o.id, o]));
    this.summits = ref.summits.filter((s) => s.city && s.country && s.startDate);
  }

  official(id: string): Official {
    const o = this.byId.get(id);
    if (!o) throw new Error(`reference official ${id} is missing`);
    return o;
  }

  /** Officials in office that year, or everyone when the reference knows too few then. */
  private pool(year: number): Official[] {
    let pool = this.pools.get(year);
    if (!pool) {
      const y = String(year);
      const inOffice = this.ref.officials.filter((o) =>
        o.roles.some((r) => r.startDate.slice(0, 4) <= y && (!r.endDate || r.endDate.slice(0, 4) >= y)),
      );
      pool = inOffice.length >= 12 ? inOffice : this.ref.officials;
      this.pools.set(year, pool);
    }
    return pool;
  }

  create(docDay: number): SynthEvent {
    for (let attempt = 0; attempt < 40; attempt++) {
      const e = this.draft(docDay, attempt > 10);
      const key = `${e.participants
        .map((p) => p.id)
        .sort()
        .join(",")}|${e.place.country}`;
      const span: [string, string] = [firstDay(e.date.start), lastDay(e.date.end ?? e.date.start)];
      const seen = this.taken.get(key) ?? [];
      if (seen.some(([min, max]) => min <= span[1] && max >= span[0])) continue;
      seen.push(span);
      this.taken.set(key, seen);
      e.id = this.freeId(e);
      this.all.push(e);
      if (e.participants.some((p) => p.id === "joe-biden" || p.id === "xi-jinping")) this.headline.push(e);
      return e;
    }
    throw new Error("could not invent an event distinct from the earlier ones in 40 attempts");
  }

  private draft(docDay: number, dayOnly: boolean): SynthEvent {
    const r = this.rng;
    const kind = r.weighted<EventKind>({
      in_person: 30,
      call: 15,
      video_call: 8,
      visit: 10,
      talks: 12,
      dinner: 5,
      statement: 8,
      incident: 4,
      announcement: 8,
    });
    const context = CONTEXT.has(kind);
    const future = kind !== "incident" && r.chance(0.15);
    let status: EventStatus = future
      ? r.weighted({ scheduled: 6, expected: 4 })
      : r.weighted({ held: 95, cancelled: context ? 0 : 5 });
    let precision: Precision = dayOnly ? "day" : r.weighted({ day: 85, month: 11, year: 4 });
    let day = future ? docDay + r.int(1, 45) : docDay - r.int(0, 20);
    let end: string | null = null;
    let place: SynthEvent["place"] | null = null;
    const summit = !context && r.chance(0.04) ? r.pick(this.summits) : null;
    if (summit) {
      const first = dayOf(firstDay(summit.startDate as string));
      const last = summit.endDate ? dayOf(lastDay(summit.endDate)) : first;
      day = r.int(first, last);
      precision = (summit.precision as Precision | null) ?? "day";
      if (status !== "cancelled") status = day <= docDay ? "held" : "scheduled";
      place = { city: summit.city as string, region: summit.region, country: summit.country as string };
    }
    const iso = isoOf(day);
    const participants = this.people(iso, context ? 1 : Number(r.weighted({ 2: 80, 3: 15, 4: 5 })));
    if (!place) {
      const host = REMOTE.has(kind) || r.chance(0.6) ? r.pick(participants) : null;
      place = { ...(host ? capitalOf(host.country, r) : neutralPlace(r)), region: null };
    }
    if (precision === "day" && kind === "visit" && r.chance(0.3)) {
      const last = isoOf(day + r.int(1, 2));
      if (last.slice(0, 7) === iso.slice(0, 7)) end = last;
    }
    const start = precision === "day" ? iso : precision === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
    const names = participants.map(surname);
    const title = `${context ? `${names[0]} ${NOUN[kind]}` : `${names.join("–")} ${NOUN[kind]}`} in ${place.city}`;
    return {
      id: "",
      kind,
      status,
      title,
      date: { start, end, precision },
      place,
      summit: summit ? { id: summit.id, name: summit.name } : null,
      participants,
      topics: this.topics(participants),
    };
  }

  /** The headline officials are over-represented: realistic queries must have many hits. */
  private people(iso: string, n: number): Official[] {
    const r = this.rng;
    const chosen: Official[] = [];
    const biden = this.official("joe-biden");
    const xi = this.official("xi-jinping");
    if (iso >= "2021-01-20" && iso < "2025-01-20" && r.chance(0.15)) {
      chosen.push(biden);
      if (n > 1 && r.chance(0.6)) chosen.push(xi);
    } else if (iso >= "2013-03-14" && r.chance(0.04)) chosen.push(xi);
    const pool = this.pool(Number(iso.slice(0, 4)));
    // Delegations of different countries, mostly: two US officials rarely "meet" in the news.
    for (let tries = 0; chosen.length < n && tries < 50; tries++) {
      const o = r.pick(pool);
      if (chosen.includes(o) || (tries < 25 && chosen.some((c) => c.country === o.country))) continue;
      chosen.push(o);
    }
    return chosen;
  }

  private topics(participants: Official[]): Topic[] {
    const r = this.rng;
    const star = participants.some((p) => p.id === "joe-biden" || p.id === "xi-jinping");
    const n = Number(r.weighted({ 1: 35, 2: 35, 3: 20, 4: 10 }));
    const out = this.ref.topics.filter(
      (t) =>
        (t.id === "taiwan" && r.chance(star ? 0.5 : 0.03)) ||
        (t.id === "fentanyl" && r.chance(star ? 0.4 : 0.03)),
    );
    const rest = this.ref.topics.filter((t) => t.id !== "taiwan" && t.id !== "fentanyl");
    return [...out, ...r.sample(rest, Math.max(0, n - out.length))];
  }

  private freeId(e: SynthEvent): string {
    const who = e.participants.map((p) => slug(surname(p))).join("-");
    const what = CONTEXT.has(e.kind) ? `-${e.kind}` : "";
    const base = `${e.date.start}-${who}${what}-${slug(e.place.city)}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }
}
