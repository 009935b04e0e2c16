import type { Draft } from "./draft.ts";

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * "the two chatted over tea, and the President … before hosting him for dinner": two
 * meal words of one evening, read as two events of the same officials on the same day
 * from one sentence. An engagement reported twice within a sentence is one event; its
 * evidence and topics are kept together on the first.
 */
export function foldTwins(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const twin = out.find(
      (o) =>
        !o.context &&
        !d.context &&
        o.kind === d.kind &&
        o.status === d.status &&
        o.date?.precision === "day" &&
        o.date.start === d.date?.start &&
        d.date?.precision === "day" &&
        sameSet(o.participants, d.participants) &&
        o.sentences.some((s) => d.sentences[0] === s),
    );
    if (!twin) {
      out.push(d);
      continue;
    }
    twin.evidence.push(...d.evidence);
    twin.topics = [...new Set([...twin.topics, ...d.topics])];
    twin.sentences = [...new Set([...twin.sentences, ...d.sentences])];
    twin.place ??= d.place;
    twin.summit ??= d.summit;
  }
  return out;
}
