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

t.test("'the four ministers sat down for the 2+2 dialogue' is one meeting of the four", async (t) => {
  const found = events(
    t,
    "Indian Defence Minister Rajnath Singh received Australian Defence Minister Richard Marles in New Delhi on Monday. Indian External Affairs Minister S. Jaishankar held separate talks with Australian Foreign Minister Penny Wong. The four ministers then sat down for the 2+2 dialogue.",
    "2023-11-21",
  );
  const dialogue = found.find((e) => e.participants.length === 4);
  t.ok(dialogue, found.map((e) => who(e).join("+")).join("; "));
  t.same(dialogue && who(dialogue).sort(), ["penny-wong", "rajnath-singh", "richard-marles", "s-jaishankar"]);
  t.equal(dialogue?.kind, "talks");
  const apart = found.find((e) => e.participants.length === 2 && who(e).includes("penny-wong"));
  t.same(apart && who(apart).sort(), ["penny-wong", "s-jaishankar"], "the talks before it stay their own");
});

t.test("'the three leaders' needs three named, of two parties at least", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi hosted Japanese Prime Minister Fumio Kishida in New Delhi on Monday. The three leaders then held talks.",
    "2023-03-21",
  );
  t.notOk(
    found.some((e) => e.participants.length === 3),
    "two named are no three",
  );
});

t.test("a counted group its own sentence names is no one new", async (t) => {
  const found = events(
    t,
    "Chinese President Xi Jinping, Russian President Vladimir Putin and Mongolian President Ukhnaagiin Khurelsukh held the sixth meeting of the three heads of state in Samarkand on Thursday, and Xi also saw Khurelsukh separately.",
    "2022-09-16",
  );
  t.notOk(
    found.some((e) => who(e).sort().join("+") === "ukhnaagiin-khurelsukh+vladimir-putin"),
    found.map((e) => who(e).join("+")).join("; "),
  );
});

t.test("'their first since November 2022' recalls their meeting then; a bare year does not", async (t) => {
  const found = events(
    t,
    "Indonesian President Joko Widodo met Chinese President Xi Jinping in Chengdu on Thursday. The meeting was their first since November 2022, when Xi came to Bali for the G20.",
    "2023-07-28",
  );
  const earlier = found.find((e) => e.date?.start === "2022-11");
  t.same(earlier && who(earlier).sort(), ["joko-widodo", "xi-jinping"]);
  const bare = events(
    t,
    "Indonesian President Joko Widodo met Chinese President Xi Jinping in Chengdu on Thursday. The meeting was their first since 2022.",
    "2023-07-28",
  );
  t.equal(bare.length, 1, "a bare year says how long ago, not when they met");
});

t.test("'…, where he was hosting X' is his own engagement beside the one the quote names", async (t) => {
  const found = events(
    t,
    'U.S. President Joe Biden met Chinese President Xi Jinping in Bali in November. "We postponed the meeting with President Xi," Biden said at the White House on Wednesday, where he was hosting NATO Secretary General Jens Stoltenberg.',
    "2023-06-15",
  );
  const hosting = found.find((e) => who(e).includes("jens-stoltenberg"));
  t.same(hosting && who(hosting).sort(), ["jens-stoltenberg", "joe-biden"], "Xi is not at the hosting");
});

t.test("'a dinner for the three delegations' is each side's head, not whoever was named last", async (t) => {
  const found = events(
    t,
    "Chinese Premier Li Qiang held talks with South Korean President Yoon Suk Yeol in Seoul on Sunday. Li also met Japanese Prime Minister Fumio Kishida. Kishida had last met Chinese President Xi Jinping in November. Yoon then held talks with Kishida. In the evening Yoon hosted a welcome dinner for the three delegations.",
    "2024-05-27",
  );
  const dinner = found.find((e) => e.kind === "dinner");
  t.same(dinner && who(dinner).sort(), ["fumio-kishida", "li-qiang", "yoon-suk-yeol"]);
});
