import t from "tap";
import { events, who } from "./events-helper.ts";

// Who the pronoun of reported speech is, and a group the text counts out.

t.test("'X said … and that he would speak with Y': he is the one who said it", async (t) => {
  const found = events(
    t,
    "Before leaving Tokyo on Monday, Japanese Prime Minister Fumio Kishida said the abductions would top the agenda and that he would speak by phone with South Korean President Yoon Suk Yeol after his talks with Biden.",
    "2023-05-15",
  );
  const call = found.find((e) => e.participants.some((p) => p.official === "yoon-suk-yeol"));
  t.ok(call && who(call).includes("fumio-kishida"), found.map((e) => who(e).join("+")).join("; "));
  t.not(call?.status, "held");
});

t.test("a quotation opening the sentence is not its subject", async (t) => {
  const found = events(
    t,
    '"We postponed the visit to Moscow," Turkish President Recep Tayyip Erdogan said on Tuesday in Ankara, where he was hosting Dutch Prime Minister Mark Rutte.',
    "2023-03-08",
  );
  const meeting = found.find((e) => e.participants.some((p) => p.official === "mark-rutte"));
  t.same(meeting && who(meeting).sort(), ["mark-rutte", "recep-tayyip-erdogan"]);
  t.match(meeting, { date: { start: "2023-03-07" }, place: { city: "Ankara" } });
});
