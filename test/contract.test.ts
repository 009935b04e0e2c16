import t from "tap";
import { violation } from "./contract.ts";

// The checker every suite runs (helper.ts) must catch what a generated client would choke on.
t.test("the contract checker rejects what the spec does not allow", async (t) => {
  const page = JSON.stringify({ data: [], page: { nextCursor: null, limit: 20 } });
  const json = "application/json; charset=utf-8";
  const cached = { etag: '"v1-abc"', "cache-control": "public, no-cache" };
  t.equal(violation("GET", "/meetings", 200, json, page, cached), null);
  t.match(violation("GET", "/meetings", 418, "application/json", page), /status 418 is not declared/);
  t.match(violation("GET", "/meetings", 200, "text/html", page), /content type text\/html/);
  t.match(violation("DELETE", "/meetings", 200, "application/json", page), /not in the spec/);
  const broken = JSON.stringify({ data: [{ id: "x" }], page: { nextCursor: null, limit: "20" } });
  t.match(violation("GET", "/meetings", 200, "application/json", broken), /GET \/meetings 200: /);
  const problem = JSON.stringify({ type: "about:blank", title: "Not Found", status: 404 });
  t.equal(violation("GET", "/meetings/:id", 404, "application/problem+json", problem), null);
  t.match(violation("GET", "/meetings/:id", 404, "application/json", problem), /content type/);
  t.equal(violation("GET", "/meetings", 304, undefined, ""), null);
});

t.test("declared headers: required ones present, every one in its declared form", async (t) => {
  const page = JSON.stringify({ data: [], page: { nextCursor: null, limit: 20 } });
  const json = "application/json";
  const cached = { etag: '"v1-abc"', "cache-control": "public, no-cache" };
  t.match(violation("GET", "/meetings", 200, json, page, {}), /header ETag is missing/);
  const link = '</meetings?limit=1&cursor=abc.def>; rel="next"';
  t.equal(violation("GET", "/meetings", 200, json, page, { ...cached, link }), null);
  t.match(violation("GET", "/meetings", 200, json, page, { ...cached, link: "<x>" }), /header Link/);
  t.match(
    violation("GET", "/meetings", 200, json, page, { ...cached, "x-ratelimit-limit": "many" }),
    /header X-RateLimit-Limit/,
  );
  t.equal(
    violation("GET", "/health", 200, json, JSON.stringify({ status: "ok" }), {}),
    null,
    "probes carry none",
  );
});

t.test("an NDJSON export is checked line by line, not parsed as one JSON document", async (t) => {
  const ndjson = "application/x-ndjson";
  const cached = { etag: '"v1-abc"', "cache-control": "public, no-cache" };
  const rows = `${JSON.stringify({ id: "a" })}\n${JSON.stringify({ id: "b" })}\n`;
  t.equal(violation("GET", "/meetings", 200, ndjson, rows, cached), null, "two rows, two lines");
  t.match(
    violation("GET", "/meetings", 200, ndjson, `${JSON.stringify({ id: "a" })}\n{not json\n`, cached),
    /NDJSON line 2 is not JSON/,
  );
});
