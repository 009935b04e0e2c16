import t from "tap";
import { events, who } from "./events-helper.ts";

// A lead that reports a summit by what its leaders agreed there ("reached a deal at a
// summit here Wednesday"), and the sentences that go on to tell its day.

t.test("'at a summit here Wednesday' is a summit of the clause's leaders, on that day", async (t) => {
  const found = events(
    t,
    "MANILA -- Philippine President Ferdinand Marcos Jr. and Japanese Prime Minister Fumio Kishida settled the terms of a troop-access pact at a summit here Wednesday, and early Thursday Kishida said he would send it to parliament.",
    "2024-07-11",
  );
  const summit = found.find((e) => e.participants.length === 2);
  t.match(summit, { kind: "talks", status: "held", date: { start: "2024-07-10", precision: "day" } });
  t.match(summit, { place: { city: "Manila", country: "PH" } }, "'here' is the dateline's city");
  t.same(summit && who(summit).sort(), ["ferdinand-marcos-jr", "fumio-kishida"]);
});

t.test("'at a summit Tuesday' without 'on' is dated too", async (t) => {
  const [summit] = events(
    t,
    "German Chancellor Olaf Scholz and French President Emmanuel Macron patched up their differences over energy at a summit Tuesday in Paris.",
    "2023-01-26",
  );
  t.match(summit, { kind: "talks", date: { start: "2023-01-24" }, place: { city: "Paris" } });
});

t.test("a luncheon summit is one occasion, the summit, not a summit and a meal", async (t) => {
  const found = events(
    t,
    "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Thursday. The 90-minute meeting, held as a luncheon summit at the prime minister's residence, was their second this year.",
    "2023-03-17",
  );
  t.equal(found.length, 1, found.map((e) => `${e.kind} ${e.date?.start}`).join("; "));
  t.not(found[0]?.kind, "dinner");
});

t.test("a dateline's province of three words does not hide its city", async (t) => {
  const [talks] = events(
    t,
    "POHANG, North Gyeongsang Province -- South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held talks on Wednesday.",
    "2023-05-11",
  );
  t.match(talks, { place: { city: "Pohang", country: "KR" }, date: { start: "2023-05-10" } });
});

t.test("'that evening' after 'on the day of the summit' is the summit's day", async (t) => {
  const found = events(
    t,
    "HANOI -- Vietnamese Prime Minister Pham Minh Chinh and Australian Prime Minister Anthony Albanese signed a maritime accord at a summit here Monday.\n\nAides said the text had still been in dispute late on Saturday, before last-minute concessions on the day of the summit. At a dinner Chinh gave that evening, Albanese praised the accord.",
    "2024-06-04",
  );
  const dinner = found.find((e) => e.kind === "dinner");
  t.match(dinner, { date: { start: "2024-06-03" } }, "Monday, the summit's day, not Saturday");
  t.same(dinner && who(dinner).sort(), ["anthony-albanese", "pham-minh-chinh"]);
});
