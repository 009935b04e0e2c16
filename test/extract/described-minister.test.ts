import t from "tap";
import { events, who } from "./events-helper.ts";

// "the Japanese minister": the one minister of that country the article names, whatever
// the portfolio.

t.test("'the Japanese minister is to pay a courtesy call on X' is the named minister's", async (t) => {
  // Monday 13 January 2025: "Tuesday" is the 14th.
  const found = events(
    t,
    "South Korean Foreign Minister Cho Tae-yul held talks with Japanese Foreign Minister Takeshi Iwaya in Seoul on Monday. On Tuesday, the Japanese minister is to pay a courtesy call on acting President Choi Sang-mok.",
    "2025-01-13",
  );
  const call = found.find((e) => who(e).includes("choi-sang-mok"));
  t.same(call && who(call), ["choi-sang-mok", "takeshi-iwaya"]);
  t.match(call, { kind: "in_person", status: "scheduled", date: { start: "2025-01-14" } });
});

t.test("two ministers of the country: 'the Japanese minister' is nobody", async (t) => {
  const found = events(
    t,
    "Japanese Foreign Minister Takeshi Iwaya and Defence Minister Gen Nakatani met South Korean Foreign Minister Cho Tae-yul in Seoul on Monday. On Tuesday, the Japanese minister is to pay a courtesy call on acting President Choi Sang-mok.",
    "2025-01-13",
  );
  const call = found.find((e) => who(e).includes("choi-sang-mok"));
  t.notOk(call && (who(call).includes("takeshi-iwaya") || who(call).includes("gen-nakatani")));
});
