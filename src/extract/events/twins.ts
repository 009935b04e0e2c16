import { type Draft, overlaps } from "./draft.ts";

/** One event told twice: the one kept takes the other's evidence and topics. */
function absorb(into: Draft, from: Draft, evidence = from.evidence) {
  into.evidence.push(...evidence);
  into.topics = [...new Set([...into.topics, ...from.topics])];
}

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
    absorb(twin, d);
    twin.sentences = [...new Set([...twin.sentences, ...d.sentences])];
    twin.place ??= d.place;
    twin.summit ??= d.summit;
  }
  return out;
}

/**
 * "On Monday the two leaders held their annual meeting at Parliament House" in the lead,
 * then "the two leaders held the annual leaders' meeting, with Defence Minister Richard
 * Marles among those at the table": one meeting, told twice, the second time with an
 * aide of one side. An event of the same kind, status, day and city whose officials are
 * another's plus officials of the same sides is that event; the fuller one keeps both.
 */
export function foldAttendees(drafts: Draft[], sideOf: (id: string) => string | undefined): Draft[] {
  const out = [...drafts];
  for (const d of drafts) {
    const fuller = out.find(
      (o) =>
        o !== d &&
        !o.context &&
        !d.context &&
        o.kind === d.kind &&
        o.status === d.status &&
        o.date?.precision === "day" &&
        d.date?.precision === "day" &&
        o.date.start === d.date.start &&
        !!o.place?.city &&
        o.place.city === d.place?.city &&
        o.participants.length > d.participants.length &&
        d.participants.every((id) => o.participants.includes(id)) &&
        new Set(o.participants.map(sideOf)).size === new Set(d.participants.map(sideOf)).size &&
        !othersMetApart(out, o, d),
    );
    if (!fuller) continue;
    absorb(fuller, d);
    fuller.sentences = [...new Set([...fuller.sentences, ...d.sentences])].sort((a, b) => a - b);
    out.splice(out.indexOf(d), 1);
  }
  return out;
}

/**
 * "Singh received Marles on Monday. Jaishankar held separate talks with Wong. The four
 * ministers then sat down for the 2+2 dialogue": the fuller event's other officials met
 * that day on their own, so it is a joint session of two meetings, not one of them with
 * aides sitting in.
 */
function othersMetApart(drafts: Draft[], fuller: Draft, d: Draft): boolean {
  const others = fuller.participants.filter((id) => !d.participants.includes(id));
  return drafts.some(
    (x) =>
      x !== fuller &&
      x !== d &&
      !x.context &&
      x.date?.start === fuller.date?.start &&
      x.participants.length === others.length &&
      others.every((id) => x.participants.includes(id)),
  );
}

/**
 * "Trudeau's surprise Mar-a-Lago dinner bought Canada time": a headline names the story's
 * occasion by one of its officials; the body tells it with all of them. A one-official
 * event read only from the headline is the body's event of the same kind with that
 * official, when there is exactly one.
 */
export function foldHeadline(drafts: Draft[]): Draft[] {
  return drafts.filter((d) => {
    if (d.context || d.participants.length !== 1 || d.sentences.some((i) => i !== 0)) return true;
    const [id] = d.participants;
    const bodies = drafts.filter(
      (o) =>
        o !== d &&
        !o.context &&
        o.kind === d.kind &&
        o.participants.length > 1 &&
        o.participants.includes(id as string) &&
        overlaps(o.date, d.date),
    );
    const [body, other] = bodies;
    if (!body || other) return true;
    absorb(
      body,
      d,
      d.evidence.filter((e) => e.field !== "kind"),
    );
    return false;
  });
}
