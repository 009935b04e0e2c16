import type { Evidence, ExtractedEvent } from "../../schemas/extraction.ts";
import type { Confidence } from "../confidence.ts";
import type { FoundOfficial } from "../officials/types.ts";
import { slugify } from "../text.ts";
import type { PublicationDate } from "../types.ts";
import { type Draft, REMOTE } from "./draft.ts";

const NOUN: Record<string, string> = {
  in_person: "meeting",
  call: "call",
  video_call: "video call",
  visit: "visit",
  talks: "talks",
  dinner: "dinner",
};

function familyName(o: FoundOfficial | undefined): string {
  return o?.shortForms[0] ?? o?.name ?? "unknown";
}

/**
 * An engagement reported without a date happened (or is due) around publication:
 * it takes the publication month, or year, never a day it does not state.
 */
const LOOKS_BACK = /\b(?:last|previously|had)\s+(?:met|spoke|talked|held|visited)\b/i;

function fallbackDate(d: Draft, pub: PublicationDate | null): ExtractedEvent["date"] {
  if (d.date) return { start: d.date.start, end: d.date.end, precision: d.date.precision };
  // "Trump and Xi last met in Busan": a meeting the text looks back on, undated, is not
  // the news of the publication month.
  const looksBack = d.status === "held" && (d.earlier || LOOKS_BACK.test(d.lead));
  if (!pub || d.context || looksBack) return { start: null, end: null, precision: null };
  const month = pub.value.length >= 7;
  return { start: pub.value.slice(0, month ? 7 : 4), end: null, precision: month ? "month" : "year" };
}

function titleOf(d: Draft, names: string[], place: string | null): string {
  if (d.context) return d.lead.length > 100 ? `${d.lead.slice(0, 97).trimEnd()}…` : d.lead;
  const who = names.join("–");
  const noun = NOUN[d.kind] ?? "meeting";
  if (d.kind === "visit") return `${who} visit${place ? ` to ${place}` : ""}`;
  return `${who} ${noun}${place ? ` in ${place}` : ""}`;
}

export function finalizeEvents(
  drafts: Draft[],
  officials: Map<string, FoundOfficial>,
  pub: PublicationDate | null,
  confidences: Confidence[],
): ExtractedEvent[] {
  const used = new Set<string>();
  return drafts.map((d, i) => {
    const date = fallbackDate(d, pub);
    const names = d.participants.map((id) => familyName(officials.get(id)));
    const where = d.place?.city ?? d.place?.region ?? null;
    const stem = [date.start ?? "undated", ...names.slice(0, 3), where ?? d.kind].join(" ");
    let id = slugify(stem);
    for (let n = 2; used.has(id); n++) id = `${slugify(stem)}-${n}`;
    used.add(id);
    const seen = new Set<string>();
    const evidence = d.evidence.filter((e: Evidence) => {
      const k = `${e.field}|${e.value}|${e.start}|${e.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    return {
      id,
      kind: d.kind,
      status: d.status,
      title: titleOf(d, names, where),
      summary: null,
      date,
      // A call or video call happens on the line, not in a place: a city in its sentence is
      // where someone else was ("the two spoke … since their summit in California").
      place: (!REMOTE.includes(d.kind) && d.place) || {
        venue: null,
        city: null,
        region: null,
        country: null,
      },
      summit: d.summit,
      participants: d.participants.map((pid) => {
        const o = officials.get(pid);
        const organization = (o?.organization ??
          null) as ExtractedEvent["participants"][number]["organization"];
        return {
          official: pid,
          role: o?.role ?? null,
          side: organization ? null : (o?.country ?? null),
          organization,
        };
      }),
      topics: d.topics,
      confidence: confidences[i] ?? { event: 0.5, participants: 0.5, date: null, place: null, topics: null },
      evidence,
    };
  });
}
