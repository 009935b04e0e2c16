// npm run agreement: how far two independent readings of the news corpus agree, by the
// same matching rule the eval uses (family names of the principals, the date at the
// reference's precision). Writes nothing; AGREEMENT.md quotes its output.
import fs from "node:fs";
import path from "node:path";
import { toExpected } from "../src/eval/fixtures.ts";
import {
  dateExact,
  type ExpectedMeeting,
  matchMeetings,
  type PredictedMeeting,
  placeCorrect,
} from "../src/eval/match.ts";
import { type Ratio, ratio } from "../src/eval/metrics.ts";

type ReadMeeting = Parameters<typeof toExpected>[0];
type Reading = {
  reader: string;
  articles: { file: string; publishedAt?: string | null; meetings: ReadMeeting[] }[];
};

const dir = path.resolve(import.meta.dirname, "../test/fixtures/news/annotations");
const [a, b] = ["reader-a.json", "reader-b.json"].map(
  (f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Reading,
) as [Reading, Reading];

/** One reader's meeting as if a system had predicted it: principals become participants. */
function asPredicted(m: ReadMeeting, i: number): PredictedMeeting {
  const date = m.date ?? null;
  return {
    id: `${m.key ?? i}`,
    kind: m.kind ?? "",
    status: m.status ?? "",
    date: {
      start: date,
      precision: date ? (["year", "month", "day"][date.split("-").length - 1] ?? null) : null,
    },
    place: { city: m.city ?? null, country: m.country ?? null },
    topics: m.topics ?? [],
    participants: [...(m.principals ?? []), ...(m.also ?? [])].map((name: string) => ({
      id: name,
      name,
      country: null,
    })),
  };
}

/** Reference = one reader; the other reads as the prediction. Counts over required meetings. */
function compare(ref: Reading, other: Reading) {
  const counts = { found: 0, required: 0, date: [0, 0], place: [0, 0], kind: [0, 0], status: [0, 0] };
  let topicsBoth = 0;
  let topicsEither = 0;
  for (const art of ref.articles) {
    const twin = other.articles.find((x) => x.file === art.file);
    const expected: ExpectedMeeting[] = art.meetings
      .filter((m) => (m.principals ?? []).length)
      .map((m) => toExpected(m));
    const predicted = (twin?.meetings ?? []).filter((m) => (m.principals ?? []).length).map(asPredicted);
    const result = matchMeetings(predicted, expected);
    const required = expected.filter((e) => !e.optional);
    counts.required += required.length;
    counts.found += result.pairs.filter((p) => !p.expected.optional).length;
    for (const { predicted: p, expected: e } of result.pairs) {
      const tally = (k: "date" | "place" | "kind" | "status", ok: boolean) => {
        const [right = 0, all = 0] = counts[k];
        counts[k] = [right + (ok ? 1 : 0), all + 1];
      };
      if (e.date) tally("date", dateExact(p.date, e));
      if (e.city || e.country) tally("place", placeCorrect(p, e));
      if (e.kind) tally("kind", p.kind === e.kind);
      if (e.status) tally("status", p.status === e.status);
      const want = new Set(e.topics ?? []);
      const got = new Set(p.topics);
      topicsBoth += [...want].filter((x) => got.has(x)).length;
      topicsEither += new Set([...want, ...got]).size;
    }
  }
  const r = (x: number[]) => ratio(x[0] ?? 0, x[1] ?? 0);
  return {
    recall: ratio(counts.found, counts.required),
    date: r(counts.date),
    place: r(counts.place),
    kind: r(counts.kind),
    status: r(counts.status),
    topicJaccard: ratio(topicsBoth, topicsEither),
  };
}

const ab = compare(a, b);
const ba = compare(b, a);
const f1 = (x: Ratio, y: Ratio) =>
  x.value !== null && y.value !== null && x.value + y.value > 0
    ? (2 * x.value * y.value) / (x.value + y.value)
    : null;
const fmt = (x: Ratio) => `${x.value?.toFixed(3) ?? "-"} (${x.correct}/${x.total})`;
const pubs = a.articles.filter((x) => x.publishedAt);
const samePub = pubs.filter((x) => b.articles.find((y) => y.file === x.file)?.publishedAt === x.publishedAt);
console.log(`articles: ${a.articles.length}`);
console.log(`meetings (named principals, required): A ${ab.recall.total}, B ${ba.recall.total}`);
console.log(`A's required meetings B also found: ${fmt(ab.recall)}`);
console.log(`B's required meetings A also found: ${fmt(ba.recall)}`);
console.log(`meeting agreement F1: ${f1(ab.recall, ba.recall)?.toFixed(3)}`);
for (const k of ["date", "place", "kind", "status", "topicJaccard"] as const)
  console.log(`${k} on matched pairs (A as reference): ${fmt(ab[k])}`);
console.log(`publishedAt equal: ${samePub.length}/${pubs.length}`);
