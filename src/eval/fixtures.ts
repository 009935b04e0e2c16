// The two oracles: test/fixtures/gold-seeds.json (the five seed articles) and
// test/fixtures/corpus/expected.json (the synthetic corpus), read into one shape.

import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ExpectedMeeting } from "./match.ts";
import type { OracleOfficial } from "./not-events.ts";

/** A fixture file is missing or unreadable: the evaluation cannot run (the CLI exits 2). */
export class FixtureError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "FixtureError";
  }
}

const str = z.string();
const optStr = z.string().nullable().optional();
const strs = z.array(z.string()).optional();

const MeetingSchema = z.object({
  key: str,
  principals: z.array(str),
  also: strs,
  countries: strs,
  kind: optStr,
  status: optStr,
  date: optStr,
  dateAlternatives: strs,
  city: optStr,
  cityAlternatives: strs,
  country: optStr,
  topics: strs,
  optional: z.boolean().optional(),
  documents: strs,
});
type Meeting = z.infer<typeof MeetingSchema>;

const OfficialSchema = z.object({
  name: str,
  country: z.string().nullable().optional(),
  organization: z.string().nullable().optional(),
});

const GoldSchema = z.object({
  documents: z.array(z.object({ file: str, publishedAt: optStr })),
  officials: z.array(OfficialSchema),
  meetings: z.object({ required: z.array(MeetingSchema), optional: z.array(MeetingSchema).default([]) }),
});

const ArticlesSchema = z.array(
  z.object({
    file: str,
    header: z.boolean(),
    publishedAt: optStr,
    publishedAtPrecision: optStr,
    meetings: z.array(MeetingSchema),
    notEvents: z.array(str).default([]),
    officials: z.array(OfficialSchema).default([]),
  }),
);
const CorpusSchema = z.object({ articles: ArticlesSchema });
// The news corpus says which articles are for tuning (dev) and which are only scored (test).
const NewsSchema = z.object({
  split: z.object({ dev: z.array(str), test: z.array(str) }),
  articles: ArticlesSchema,
});

export type CaseSet = "seeds" | "corpus" | "news-dev" | "news-test";

/** One article to evaluate and what its oracle expects of it. */
export interface ArticleCase {
  set: CaseSet;
  /** The file name as the oracle gives it. */
  file: string;
  /** Absolute path of the article. */
  path: string;
  expected: ExpectedMeeting[];
  notEvents: string[];
  officials: OracleOfficial[];
  /** The publication date the extractor should infer, for articles without a header. */
  publishedAt: { value: string; precision: string | null } | null;
}

export function toExpected(m: Meeting, optional = m.optional ?? false): ExpectedMeeting {
  return {
    key: m.key,
    principals: m.principals,
    also: m.also ?? [],
    countries: m.countries ?? [],
    kind: m.kind ?? null,
    status: m.status ?? null,
    date: m.date ?? null,
    dateAlternatives: m.dateAlternatives ?? [],
    city: m.city ?? null,
    cityAlternatives: m.cityAlternatives ?? [],
    country: m.country ?? null,
    topics: m.topics ?? null,
    optional,
  };
}

function readFixture<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  if (!fs.existsSync(file)) throw new FixtureError(file, "missing");
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw new FixtureError(file, `cannot read JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new FixtureError(file, z.prettifyError(parsed.error));
  return parsed.data;
}

function requireFile(file: string): string {
  if (!fs.existsSync(file)) throw new FixtureError(file, "missing");
  return file;
}

/**
 * The seed articles with the gold meetings each one reports: a gold meeting lists its
 * documents by prefix ("000"), and is expected of every one of them.
 */
export function seedCases(goldFile: string, articlesDir: string): ArticleCase[] {
  const gold = readFixture(goldFile, GoldSchema);
  const meetings = [
    ...gold.meetings.required.map((m) => toExpected(m, false)),
    ...gold.meetings.optional.map((m) => toExpected(m, true)),
  ];
  const docsOf = new Map(
    [...gold.meetings.required, ...gold.meetings.optional].map((m) => [m.key, m.documents ?? []]),
  );
  const officials = gold.officials.map((o) => ({ name: o.name, country: o.country ?? null }));
  return gold.documents.map((d) => {
    const prefix = d.file.split("_")[0] ?? d.file;
    return {
      set: "seeds" as const,
      file: d.file,
      path: requireFile(path.join(articlesDir, d.file)),
      expected: meetings.filter((m) => (docsOf.get(m.key) ?? []).some((doc) => doc === prefix)),
      notEvents: [],
      officials,
      publishedAt: null,
    };
  });
}

type OracleArticle = z.infer<typeof ArticlesSchema>[number];

function articleCase(set: CaseSet, a: OracleArticle, dir: string): ArticleCase {
  return {
    set,
    file: a.file,
    path: requireFile(path.join(dir, a.file)),
    expected: a.meetings.map((m) => toExpected(m)),
    notEvents: a.notEvents,
    officials: a.officials.map((o) => ({
      name: o.name,
      country: o.country ?? null,
      organization: o.organization ?? null,
    })),
    publishedAt:
      !a.header && a.publishedAt ? { value: a.publishedAt, precision: a.publishedAtPrecision ?? null } : null,
  };
}

/** The corpus articles with their expected meetings, notEvents and (without a header) publication date. */
export function corpusCases(expectedFile: string, corpusDir: string): ArticleCase[] {
  return readFixture(expectedFile, CorpusSchema).articles.map((a) => articleCase("corpus", a, corpusDir));
}

/** The news corpus, each article in the split its oracle assigns it to (every article in exactly one). */
export function newsCases(expectedFile: string, articlesDir: string): ArticleCase[] {
  const oracle = readFixture(expectedFile, NewsSchema);
  const dev = new Set(oracle.split.dev);
  const test = new Set(oracle.split.test);
  return oracle.articles.map((a) => {
    if (dev.has(a.file) === test.has(a.file))
      throw new FixtureError(expectedFile, `${a.file} must be in exactly one of split.dev and split.test`);
    return articleCase(dev.has(a.file) ? "news-dev" : "news-test", a, articlesDir);
  });
}

/** Article files in the corpus folder that the oracle does not cover. */
export function uncoveredCorpusFiles(corpusDir: string, cases: ArticleCase[]): string[] {
  const known = new Set(cases.map((c) => c.file));
  return fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith(".txt") && !known.has(f))
    .sort();
}
