// Occasions a report tells around its main engagement: a round of golf, a summit years
// back, the eve of the summit, a meeting others claim. Sentences of the project's own.
import t from "tap";
import { events } from "./events-helper.ts";

t.test("leaders who played golf together met on the course", async (t) => {
  const [round] = events(
    t,
    "Prime Minister Justin Trudeau and U.S. President Barack Obama played a round of golf at Andrews on Saturday.",
    "2016-03-14",
  );
  t.match(round, { kind: "in_person", status: "held", date: { start: "2016-03-12" } });
  const [holes] = events(
    t,
    "On Sunday, Malaysian Prime Minister Najib Razak and U.S. President Barack Obama played 18 holes near Honolulu.",
    "2014-12-29",
  );
  t.match(holes, { kind: "in_person", date: { start: "2014-12-28" } });
  // A golf course named in passing, or the sport as a topic, is no engagement.
  const course = events(
    t,
    "Japanese Prime Minister Shinzo Abe said on Sunday that golf with foreign guests would wait until the courses near Tokyo reopened.",
    "2019-05-27",
  );
  t.same(
    course.filter((e) => e.kind === "in_person"),
    [],
  );
});

t.test("an occasion at a summit long over takes the summit's days, not the story's day", async (t) => {
  const evs = events(
    t,
    "U.S. President Joe Biden spoke with Chinese President Xi Jinping by phone on Tuesday. At the 2016 G20 in Hangzhou, Xi and then-President Barack Obama walked by West Lake for an hour.",
    "2022-07-29",
  );
  const walk = evs.find((e) => e.participants.some((p) => p.official === "barack-obama"));
  t.match(walk, { date: { start: "2016-09-04", end: "2016-09-05" }, place: { city: "Hangzhou" } });
  // At the summit of the news, a later sentence may still name the day.
  const news = events(
    t,
    "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping at the BRICS summit in Kazan. The two leaders met on Wednesday for the first time in five years.",
    "2024-10-24",
  );
  t.match(news[0], { date: { start: "2024-10-23", precision: "day" } });
});

t.test("on the eve of the summit: another occasion's time, not the summit's", async (t) => {
  const evs = events(
    t,
    "U.S. President Donald Trump met Russian President Vladimir Putin in Hamburg on Friday. On the eve of the summit, at a news conference in Warsaw with Polish President Andrzej Duda, Trump said Russia might have interfered.",
    "2017-07-10",
  );
  const talks = evs.find((e) => e.participants.some((p) => p.official === "vladimir-putin"));
  t.match(talks, { date: { start: "2017-07-07" }, place: { city: "Hamburg" } });
  t.notOk(
    talks?.evidence.some((x) => x.quote.startsWith("On the eve")),
    "the Warsaw sentence is not the talks'",
  );
});

t.test("a meeting others claim is not reported as held", async (t) => {
  const evs = events(
    t,
    "French President Emmanuel Macron on Monday dismissed reports of a secret dinner with Russian President Vladimir Putin as invented.",
    "2019-08-12",
  );
  t.same(
    evs.filter((e) => e.kind === "dinner"),
    [],
  );
  const quoted = events(
    t,
    'Chancellor Olaf Scholz called the rumours of a "private meeting" with Chinese President Xi Jinping absurd on Thursday.',
    "2023-05-05",
  );
  t.same(quoted, []);
});

t.test("a host and guest received for a meeting with others take part in it", async (t) => {
  const evs = events(
    t,
    "Japanese Prime Minister Fumio Kishida arrived in Jakarta on Thursday.\n\nThe Indonesian president, Joko Widodo, hosted his Japanese counterpart at the Bogor Palace on Friday morning for a meeting with Singaporean Prime Minister Lee Hsien Loong and Australian Prime Minister Anthony Albanese.",
    "2023-09-09",
  );
  const meeting = evs.find((e) => e.participants.some((p) => p.official === "lee-hsien-loong"));
  t.same(
    meeting?.participants.map((p) => p.official).sort(),
    ["anthony-albanese", "fumio-kishida", "joko-widodo", "lee-hsien-loong"],
    "host, guest and the officials the meeting was with: one occasion",
  );
  t.match(meeting, { place: { venue: "Bogor Palace" }, date: { start: "2023-09-08" } });
});

t.test("a pair named as a group who signed a declaration together met to sign it", async (t) => {
  const evs = events(
    t,
    "South Korean President Moon Jae-in and North Korean leader Kim Jong Un agreed on Friday to seek a peace treaty.\n\nThe two leaders signed the Panmunjom Declaration in the evening at the Peace House.",
    "2018-04-28",
  );
  const signing = evs.find((e) => e.evidence.some((x) => x.quote.startsWith("The two leaders signed")));
  t.match(signing, {
    kind: "in_person",
    status: "held",
    date: { start: "2018-04-27" },
    // The Peace House stands in the truce village, which news names as the place.
    place: { venue: "Peace House", city: "Panmunjom", country: "KR" },
  });
  t.same(signing?.participants.map((p) => p.official).sort(), ["kim-jong-un", "moon-jae-in"]);
});

t.test("an afternoon in a city with an official was spent with them", async (t) => {
  const [monaco] = events(
    t,
    "Chinese President Xi Jinping flew into Nice on Sunday after an afternoon in Monaco with Prince Albert II.",
    "2019-03-26",
  );
  t.match(monaco, { kind: "in_person", date: { start: "2019-03-24" }, place: { city: "Monaco" } });
  t.equal(monaco?.participants.length, 2);
  // Not with a spouse or an entourage.
  const family = events(
    t,
    "Chinese President Xi Jinping flew into Nice on Sunday after an afternoon in Monaco with his wife.",
    "2019-03-26",
  );
  t.notOk(family.some((e) => e.participants.length > 1));
});

t.test("the accord a pair signed, told before them, was signed together", async (t) => {
  const evs = events(
    t,
    "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin met in Moscow on Thursday. The new ceasefire amends the memorandum Erdogan and Putin signed in the Black Sea resort of Sochi on Sept. 17, 2018.",
    "2020-03-06",
  );
  const sochi = evs.find((e) => e.date?.start === "2018-09-17");
  t.match(sochi, { kind: "in_person", status: "held", place: { city: "Sochi", country: "RU" } });
  // Signing alone is no meeting of two.
  const alone = events(
    t,
    "The memorandum that Turkish President Recep Tayyip Erdogan signed in Ankara on Sept. 17, 2018 is void, Russian President Vladimir Putin said on Thursday.",
    "2020-03-06",
  );
  t.notOk(alone.some((e) => e.date?.start === "2018-09-17" && e.participants.length === 2));
});

t.test("a pair who opened a work together met there, unless by video link", async (t) => {
  const [pipeline] = events(
    t,
    "Russian President Vladimir Putin was in Istanbul on Jan. 8, when he and Turkish President Recep Tayyip Erdogan opened the TurkStream gas pipeline.",
    "2020-03-06",
  );
  t.match(pipeline, { kind: "in_person", date: { start: "2020-01-08" }, place: { city: "Istanbul" } });
  t.equal(pipeline?.participants.length, 2);
  const [remote] = events(
    t,
    "Indian Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina jointly inaugurated the Akhaura-Agartala rail link via video conference on Wednesday.",
    "2023-11-02",
  );
  // A "video conference on Wednesday" is the engagement, dated by its own day.
  t.match(remote, { kind: "video_call", date: { start: "2023-11-01", precision: "day" } });
  const [campaign] = events(
    t,
    "Indian Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina launched rival campaigns on Wednesday.",
    "2023-11-02",
  );
  t.notMatch(campaign, { kind: "in_person" }, "launching a campaign is no shared occasion");
});

t.test("a summit the clause after places and dates is the pair's", async (t) => {
  const evs = events(
    t,
    "Indian Prime Minister Narendra Modi and U.S. President Barack Obama toured a solar park on Saturday. The tour followed the two leaders' first formal summit, held at Hyderabad House on Friday.",
    "2015-01-26",
  );
  const summit = evs.find((e) => e.date?.start === "2015-01-23");
  t.match(summit, { kind: "talks", place: { venue: "Hyderabad House" } });
  t.same(summit?.participants.map((p) => p.official).sort(), ["barack-obama", "narendra-modi"]);
  // A gathering of the reference, held somewhere, names no pair.
  t.same(
    events(t, "The ASEAN summit, held in Jakarta on Friday, ended without a statement.", "2023-09-09"),
    [],
  );
});
