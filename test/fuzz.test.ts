import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import t from "tap";
import { violation } from "./contract.ts";
import { build, TEST_KEY } from "./helper.ts";

// Random and malformed values at every parameter and body field of every operation
// in the committed spec: never a 5xx, always a documented status with a conforming body.

type Param = {
  name: string;
  in: "query" | "path";
  schema: { type?: string; enum?: unknown[]; example?: unknown; items?: { enum?: unknown[] } };
};
type Op = { parameters?: Param[]; requestBody?: unknown };
const spec = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../openapi/openapi.json"), "utf8"),
) as {
  paths: Record<string, Record<string, Op>>;
};

const HOSTILE = [
  "",
  " ",
  "0",
  "-1",
  "1e309",
  "null",
  "true",
  "[]",
  "{}",
  "%00",
  "\u0000",
  '\'; DROP TABLE "Event"; --',
  '"*',
  "NEAR(a b",
  "a*",
  "(((",
  "title:x",
  "💥🇺🇸",
  "../../etc/passwd",
  "2024-02-30",
  "9999-99-99",
  "x".repeat(5000),
  "<script>alert(1)</script>",
  "WyJtZWV0aW5ncyJd.forged",
];

const value = (p: Param) =>
  fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.integer().map(String),
    fc.double().map(String),
    fc.constantFrom(...HOSTILE),
    fc.constantFrom(
      ...[...(p.schema.enum ?? p.schema.items?.enum ?? []), p.schema.example ?? "x"].map(String),
    ),
  );

const query = (params: Param[]) =>
  fc.record(
    Object.fromEntries(
      params.map((p) => [
        p.name,
        fc.option<string | string[]>(
          p.schema.type === "array" ? fc.array(value(p), { maxLength: 3 }) : value(p),
          { nil: undefined },
        ),
      ]),
    ),
  );

const body = fc.oneof(
  fc.anything(),
  fc.record(
    {
      text: fc.oneof(fc.string(), fc.constantFrom(...HOSTILE), fc.integer()),
      title: fc.oneof(fc.string(), fc.constant(null)),
      url: fc.oneof(fc.webUrl(), fc.string()),
      publishedAt: fc.oneof(
        fc.string(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      ),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

const app = await build(t);

for (const [route, methods] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(methods)) {
    const params = op.parameters ?? [];
    const inPath = params.filter((p) => p.in === "path");
    const inQuery = params.filter((p) => p.in === "query");
    t.test(`${method.toUpperCase()} ${route}`, async (t) => {
      const input = fc.record({
        path: fc.record(
          Object.fromEntries(
            // Never a value that names another path: "/meetings/" is the list, and "." or
            // ".." are resolved away before routing.
            inPath.map((p) => [
              p.name,
              fc.oneof(
                fc.constant(String(p.schema.example)),
                value(p).filter((v) => v.trim() !== "" && !/^\.{1,2}$/.test(v)),
              ),
            ]),
          ),
        ),
        query: query(inQuery),
        unknown: fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.string()), {
          nil: undefined,
        }),
        body: op.requestBody ? body : fc.constant(undefined),
      });
      await fc.assert(
        fc.asyncProperty(input, async (x) => {
          let url = route;
          for (const [k, v] of Object.entries(x.path)) url = url.replace(`{${k}}`, encodeURIComponent(v));
          const qs = new URLSearchParams();
          for (const [k, v] of Object.entries(x.query))
            for (const one of [v ?? []].flat()) qs.append(k, String(one));
          if (x.unknown) qs.append(...x.unknown);
          const res = await app.inject({
            method: method.toUpperCase() as "GET",
            url: `${url}?${qs}`,
            headers: op.requestBody
              ? { authorization: `Bearer ${TEST_KEY}`, "content-type": "application/json" }
              : {},
            payload: x.body === undefined ? undefined : JSON.stringify(x.body),
          });
          const pattern = route.replace(/\{(\w+)\}/g, ":$1");
          const type = res.headers["content-type"];
          const problem = violation(
            method,
            pattern,
            res.statusCode,
            type === undefined ? undefined : String(type),
            res.body,
            res.headers,
          );
          if (res.statusCode >= 500 || problem)
            throw new Error(
              `${res.statusCode} ${url.slice(0, 200)}?${qs.toString().slice(0, 300)}: ${problem ?? res.body.slice(0, 300)}`,
            );
        }),
        // FUZZ_SEED=<seed from a failure report> replays that run.
        { numRuns: 40, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) },
      );
      t.pass("no 5xx, every answer documented and conforming");
    });
  }
}
