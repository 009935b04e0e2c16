import t from "tap";
import { build, TEST_KEY } from "../helper.ts";

const app = await build(t);
const metrics = async () => {
  const res = await app.inject("/metrics");
  t.equal(res.statusCode, 200);
  t.match(res.headers["content-type"], /^text\/plain/);
  t.notOk(res.headers.etag, "the process's state now, never cached");
  return res.body;
};
const value = (text: string, series: string) => {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

t.test("requests are counted per route pattern, not per URL", async (t) => {
  await app.inject("/meetings/2023-11-15-biden-xi-woodside");
  await app.inject("/meetings/2024-11-16-biden-xi-lima");
  await app.inject("/meetings/no-such-meeting");
  const text = await metrics();
  t.equal(
    value(text, 'http_request_duration_seconds_count{method="GET",route="/meetings/:id",status="200"}'),
    2,
  );
  t.equal(
    value(text, 'http_request_duration_seconds_count{method="GET",route="/meetings/:id",status="404"}'),
    1,
  );
  t.notMatch(text, /biden-xi/, "ids never become labels");
  t.ok(value(text, 'http_request_duration_seconds_count{method="GET",route="/meetings/:id",status="200"}'));
});

t.test("ingests by outcome, database size, heavy-read queue, process figures", async (t) => {
  const post = () =>
    app.inject({
      method: "POST",
      url: "/documents",
      headers: { authorization: `Bearer ${TEST_KEY}` },
      payload: {
        text: "President Joe Biden met President Xi Jinping in Lima on Saturday.",
        publishedAt: "2024-11-17",
      },
    });
  t.equal((await post()).statusCode, 201);
  t.equal((await post()).statusCode, 200);
  const text = await metrics();
  t.equal(value(text, 'summitry_ingests_total{outcome="created"}'), 1);
  t.equal(value(text, 'summitry_ingests_total{outcome="duplicate"}'), 1);
  t.ok((value(text, 'summitry_database_bytes{file="db"}') ?? 0) > 0);
  t.equal(value(text, "summitry_read_queue"), 0);
  t.match(text, /process_resident_memory_bytes \d+/);
});
