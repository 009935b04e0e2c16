import t from "tap";
import { events, who } from "./events-helper.ts";

t.test("a phone call is a held call on the day it names", async (t) => {
  // Friday 15 March 2024: "Tuesday" is the 12th.
  const [call, ...rest] = events(
    t,
    "Australian Foreign Minister Penny Wong phoned Indian External Affairs Minister Subrahmanyam Jaishankar on Tuesday.",
    "2024-03-15",
  );
  t.same(rest, []);
  t.match(call, {
    id: "2024-03-12-wong-jaishankar-call",
    kind: "call",
    status: "held",
    title: "Wong–Jaishankar call",
    date: { start: "2024-03-12", end: null, precision: "day" },
    place: { venue: null, city: null, region: null, country: null },
  });
  t.same(
    call?.participants.map((p) => [p.official, p.side]),
    [
      ["penny-wong", "AU"],
      ["subrahmanyam-jaishankar", "IN"],
    ],
  );
  t.ok(
    call?.evidence.some((e) => e.field === "date" && e.quote === "Tuesday"),
    "the date cites the weekday",
  );
});

t.test("'spoke by phone' is a held call between the two", async (t) => {
  const [call, ...rest] = events(
    t,
    "Australian Foreign Minister Penny Wong spoke by phone on Tuesday with Indian External Affairs Minister Subrahmanyam Jaishankar.",
    "2024-03-15",
  );
  t.same(rest, []);
  t.match(call, { kind: "call", status: "held" });
  t.same(who(call as never), ["penny-wong", "subrahmanyam-jaishankar"]);
  t.equal(call?.date.start?.slice(0, 7), "2024-03");
});

t.test("talks or a conversation 'by telephone' is a call, placed nowhere", async (t) => {
  for (const text of [
    "CANBERRA — Australian Foreign Minister Penny Wong held talks by telephone with Indian External Affairs Minister Subrahmanyam Jaishankar on Tuesday.",
    "CANBERRA — Australian Foreign Minister Penny Wong and Indian External Affairs Minister Subrahmanyam Jaishankar had a conversation over the phone on Tuesday about the Quad.",
  ]) {
    const [call, ...rest] = events(t, text, "2024-03-15");
    t.same(rest, [], text);
    t.match(call, { kind: "call", status: "held", date: { start: "2024-03-12" } }, text);
    t.equal(
      call?.place.city ?? null,
      null,
      "the dateline is where it was written, not where a call took place",
    );
  }
});

t.test("'spoke by phone on Tuesday' is dated Tuesday", async (t) => {
  const [call] = events(
    t,
    "Australian Foreign Minister Penny Wong spoke by phone on Tuesday with Indian External Affairs Minister Subrahmanyam Jaishankar.",
    "2024-03-15",
  );
  t.same(call?.date, { start: "2024-03-12", end: null, precision: "day" });
});

t.test("a meeting announced for next week is in the future", async (t) => {
  const text =
    "French President Emmanuel Macron and German Chancellor Olaf Scholz will meet in Paris next week.";
  // With the publication day known, "next week" is a dated range: scheduled.
  const [dayPub] = events(t, text, "2022-10-19");
  t.match(dayPub, {
    kind: "in_person",
    status: "scheduled",
    date: { start: "2022-10-24", end: "2022-10-30", precision: "day" },
    place: { city: "Paris", country: "FR" },
  });
  t.same(who(dayPub as never), ["emmanuel-macron", "olaf-scholz"]);
  // With only the month known, it is merely expected, and dated no finer than the month.
  const [monthPub] = events(t, text, "2022-10");
  t.match(monthPub, { status: "expected", date: { start: "2022-10", precision: "month" } });
  const [undated] = events(
    t,
    "French President Emmanuel Macron and German Chancellor Olaf Scholz are expected to meet in Paris soon.",
    "2022-10-19",
  );
  t.match(undated, { kind: "in_person", status: "expected" });
});

t.test("a cancelled trip is a cancelled visit to its destination", async (t) => {
  const [trip, ...rest] = events(
    t,
    "German President Frank-Walter Steinmeier canceled a trip to Beijing.",
    "2022-04-13",
  );
  t.same(rest, []);
  t.match(trip, {
    kind: "visit",
    status: "cancelled",
    title: "Steinmeier visit to Beijing",
    place: { city: "Beijing", country: "CN" },
  });
  t.same(who(trip as never), ["frank-walter-steinmeier"]);
  const [kyiv] = events(
    t,
    "German President Frank-Walter Steinmeier called off a visit to Kyiv, Ukraine, on Tuesday.",
    "2022-04-13",
  );
  t.match(kyiv, {
    kind: "visit",
    status: "cancelled",
    date: { start: "2022-04-12", precision: "day" },
    place: { city: "Kyiv", country: "UA" },
  });
});

t.test("a meeting that is ruled out or hypothetical is no event", async (t) => {
  t.same(
    events(
      t,
      "There are no plans for Russian President Vladimir Putin to meet Ukrainian President Volodymyr Zelensky.",
      "2024-03-01",
    ),
    [],
  );
  t.same(
    events(
      t,
      "Russian President Vladimir Putin said he would talk to Ukrainian President Volodymyr Zelensky only if they were to meet in person.",
      "2024-03-01",
    ),
    [],
  );
  t.same(
    events(
      t,
      "Russian President Vladimir Putin will not meet Ukrainian President Volodymyr Zelensky.",
      "2024-03-01",
    ),
    [],
  );
  // The negated sentence does not take a real meeting in the same article down with it.
  const kept = events(
    t,
    "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol on Thursday. " +
      "There are no plans for Russian President Vladimir Putin to meet Ukrainian President Volodymyr Zelensky.",
    "2023-03-20",
  );
  t.same(kept.map(who), [["fumio-kishida", "yoon-suk-yeol"]]);
});

t.test("a meeting on the sidelines of a summit takes the summit and its city", async (t) => {
  const [meeting, ...rest] = events(
    t,
    "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese met on the sidelines " +
      "of the G20 summit in New Delhi on Saturday.",
    "2023-09-12",
  );
  t.same(rest, []);
  t.match(meeting, {
    id: "2023-09-09-modi-albanese-new-delhi",
    kind: "in_person",
    status: "held",
    summit: "g20-2023",
    date: { start: "2023-09-09", precision: "day" },
    place: { city: "New Delhi", region: "Delhi", country: "IN" },
  });
  t.ok(meeting?.evidence.some((e) => e.field === "summit" && e.value === "g20-2023"));
  // A year later the same words name that year's G20, and its host city fills in the place.
  const [later] = events(
    t,
    "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese met on the sidelines " +
      "of the G20 summit on Monday.",
    "2024-11-20",
  );
  t.match(later, { summit: "g20-2024", place: { city: "Rio de Janeiro", country: "BR" } });
});

t.test("a summit mentioned without being the setting is not the event's summit", async (t) => {
  const [meeting] = events(
    t,
    "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese met in New Delhi " +
      "on Saturday. The G20 summit ended on Sunday.",
    "2023-09-12",
  );
  t.match(meeting, { summit: null, place: { city: "New Delhi" } });
});

t.test("two meetings of different pairs in one sentence are two events", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida, while " +
      "French President Emmanuel Macron met Brazilian President Luiz Inácio Lula da Silva.",
    "2023-09-12",
  );
  t.same(
    found.map((e) => [e.kind, e.status, who(e)]),
    [
      ["talks", "held", ["fumio-kishida", "narendra-modi"]],
      ["in_person", "held", ["emmanuel-macron", "luiz-inacio-lula-da-silva"]],
    ],
  );
});

t.test("a later sentence about the same pair adds to their event", async (t) => {
  const found = events(
    t,
    "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Thursday. " +
      "The two leaders discussed North Korea and trade.",
    "2023-03-20",
  );
  t.equal(found.length, 1);
  t.match(found[0], {
    date: { start: "2023-03-16", precision: "day" },
    place: { city: "Tokyo", country: "JP" },
  });
  t.same(found[0]?.topics, ["north-korea", "trade"]);
});

t.test("the same pair meeting on different dates is two events with distinct ids", async (t) => {
  const found = events(
    t,
    "Chinese Premier Li Qiang met Australian Prime Minister Anthony Albanese in June. " +
      "Li met Albanese again in July.",
    "2024-08-20",
  );
  t.same(
    found.map((e) => [e.id, e.date.start]),
    [
      ["2024-06-li-albanese-in-person", "2024-06"],
      ["2024-07-li-albanese-in-person", "2024-07"],
    ],
  );
});

t.test("events that would share an id are numbered", async (t) => {
  const found = events(
    t,
    "Chinese Premier Li Qiang warned on Monday that tariffs hurt. Li warned on Monday that sanctions hurt too.",
    "2024-06-20",
  );
  t.same(
    found.map((e) => [e.id, e.kind]),
    [
      ["2024-06-17-li-statement", "statement"],
      ["2024-06-17-li-statement-2", "statement"],
    ],
  );
});

t.test("a possessive like 'Biden's advisers' does not make Biden a participant", async (t) => {
  t.same(
    events(t, "Chinese Premier Li Qiang met Biden's advisers in Washington on Monday.", "2024-06-20"),
    [],
  );
  const [visit] = events(
    t,
    "Biden's administration praised Chinese Premier Li Qiang's visit to Washington on Monday.",
    "2024-06-20",
  );
  t.match(visit, { kind: "visit", place: { city: "Washington" } });
  t.same(who(visit as never), ["li-qiang"]);
  // The control: Biden himself is a participant.
  const [meeting] = events(t, "Chinese Premier Li Qiang met Biden in Washington on Monday.", "2024-06-20");
  t.same(who(meeting as never), ["joe-biden", "li-qiang"]);
  const [hosted] = events(t, "Biden hosted Chinese Premier Li Qiang in Washington on Monday.", "2024-06-20");
  t.same(who(hosted as never), ["joe-biden", "li-qiang"]);
});

t.test("welcoming someone's visit does not swallow the visit", async (t) => {
  const [visit] = events(
    t,
    "Officials welcomed Chinese Premier Li Qiang's visit to Washington on Monday.",
    "2024-06-20",
  );
  t.match(visit, { kind: "visit", place: { city: "Washington" } });
});

t.test("an undated event takes the publication month, or year, and never a day", async (t) => {
  const text = "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol.";
  t.match(events(t, text, "2023-03-20")[0], {
    id: "2023-03-kishida-yoon-in-person",
    status: "held",
    date: { start: "2023-03", end: null, precision: "month" },
  });
  t.match(events(t, text, "2023")[0], { date: { start: "2023", precision: "year" } });
  t.match(events(t, text, null)[0], {
    id: "undated-kishida-yoon-in-person",
    date: { start: null, end: null, precision: null },
  });
});

t.test("an event's city at the end of its sentence is its place", async (t) => {
  const [meeting] = events(
    t,
    "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo.",
    "2023-03-20",
  );
  t.match(meeting, { place: { city: "Tokyo", country: "JP" } });
});

t.test("a meeting reported by someone else still has its participants", async (t) => {
  const found = events(
    t,
    "Officials said Chinese Premier Li Qiang met Australian Prime Minister Anthony Albanese on Monday.",
    "2024-06-20",
  );
  t.same(found.map(who), [["anthony-albanese", "li-qiang"]]);
});

t.test("a meeting someone 'would' attend, in reported speech, has not been held", async (t) => {
  const [meeting] = events(
    t,
    "Officials stated that Chinese Premier Li Qiang would meet Australian Prime Minister Anthony Albanese.",
    "2024-06-10",
  );
  t.not(meeting?.status, "held");
});

t.test("talks as a bare noun are an engagement of the officials beside them", async (t) => {
  // Friday 20 September 2024: "on Thursday" is the 19th.
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida wrapped up two hours of talks at a hotel in Osaka on Thursday.",
    "2024-09-20",
  );
  t.same(
    found.map((e) => [e.kind, e.status, e.date.start, who(e)]),
    [["talks", "held", "2024-09-19", ["fumio-kishida", "narendra-modi"]]],
  );
  const none = events(
    t,
    "Peace talks stalled again, Indian Prime Minister Narendra Modi said.",
    "2024-09-20",
  );
  t.same(
    none.filter((e) => e.kind === "talks"),
    [],
    "one official and talks: no engagement",
  );
});

t.test("'the talks' far from a background event refers to the story's own event", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo on Monday. " +
      "The two leaders last spoke by phone in March. " +
      "Officials described the mood as warm. " +
      "Trade was a focus. " +
      "Before the talks, Modi had announced a rail deal earlier this month.",
    "2024-09-20",
  );
  t.same(
    found.filter((e) => e.kind !== "announcement").map((e) => [e.kind, e.date.start]),
    [
      ["talks", "2024-09-16"],
      ["call", "2024-03"],
    ],
    "no third, 'earlier' meeting made of 'before the talks … earlier this month'",
  );
});

t.test(
  "the lead's day dates the story's undated meeting; 'earlier in the day' the story's day",
  async (t) => {
    const [meeting] = events(
      t,
      "Japanese Prime Minister Fumio Kishida left Delhi on Friday after an awkward exchange with Indian Prime Minister Narendra Modi. " +
        "Officials said the meeting between Kishida and Modi had been tense.",
      "2024-09-20",
    );
    t.match(meeting, { kind: "in_person", date: { start: "2024-09-20", precision: "day" } });
    const [, second] = events(
      t,
      "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida on Tuesday. " +
        "Earlier in the day, Modi met Australian Prime Minister Anthony Albanese.",
      "2024-09-20",
    );
    t.match(second, { date: { start: "2024-09-17", precision: "day" } });
    const monthOnly = events(
      t,
      "Japanese Prime Minister Fumio Kishida left Delhi on Friday after an awkward exchange with Indian Prime Minister Narendra Modi. " +
        "Officials said the meeting between Kishida and Modi had been tense.",
      "2024-09",
    );
    t.match(
      monthOnly[0],
      { date: { start: "2024-09", precision: "month" } },
      "not when the article's day is unknown",
    );
  },
);

t.test("a meal that names nobody belongs to the engagement in focus", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo on Monday. " +
      "The talks covered trade. In the evening the host gave a banquet in honour of his guest.",
    "2024-09-20",
  );
  t.same(
    found.map((e) => [e.kind, e.date.start, who(e)]),
    [
      ["talks", "2024-09-16", ["fumio-kishida", "narendra-modi"]],
      ["dinner", "2024-09-16", ["fumio-kishida", "narendra-modi"]],
    ],
  );
  const earlier = events(
    t,
    "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo on Monday. " +
      "Their last banquet together was in 2019.",
    "2024-09-20",
  );
  t.equal(
    earlier.filter((e) => e.kind === "dinner").length,
    0,
    "a meal recalled from before is not this occasion's",
  );
  const company = events(
    t,
    "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo on Monday. " +
      "Modi was later to attend a dinner with French business leaders, then lunch with U.S. executives.",
    "2024-09-20",
  );
  t.equal(company.filter((e) => e.kind === "dinner").length, 0, "a meal in other company is not the pair's");
});

t.test("two leaders who 'spoke on Tuesday' spoke by phone", async (t) => {
  const [call] = events(
    t,
    "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida spoke on Tuesday for the first time since March.",
    "2024-09-20",
  );
  t.match(call, { kind: "call", status: "held", date: { start: "2024-09-17" } });
});

t.test("a meeting held on the news day with no place of its own is where the report was filed", async (t) => {
  const [held] = events(
    t,
    "NAIROBI, Sept 20 (Wire) - Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida on Friday.",
    "2024-09-20",
  );
  t.match(held, { place: { city: "Nairobi", country: "KE" } });
  const [preview] = events(
    t,
    "NAIROBI, Sept 20 (Wire) - Indian Prime Minister Narendra Modi will hold talks with Japanese Prime Minister Fumio Kishida on Monday.",
    "2024-09-20",
  );
  t.match(preview, { place: { city: null, country: null } }, "a preview is often filed elsewhere");
});

t.test(
  "what was discussed goes to the story's call, not the meeting it recalls; calls have no place",
  async (t) => {
    const found = events(
      t,
      "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida spoke by phone on Tuesday, a year after their summit in Hiroshima. " +
        "The two leaders reviewed what they had agreed at their May 2023 meeting in Hiroshima. " +
        "Modi stressed the importance of freedom of navigation in the South China Sea.",
      "2024-09-20",
    );
    const call = found.find((e) => e.kind === "call");
    t.match(call, { date: { start: "2024-09-17" }, place: { city: null, country: null } });
    t.ok(call?.topics.includes("south-china-sea"), "the topic goes to the call");
    const earlier = found.find((e) => e.date.start === "2023-05");
    t.notOk(earlier?.topics.includes("south-china-sea"), "not to the recalled meeting");
  },
);

t.test("a dinner of the same pair is an occasion of its own, not the talks again", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo on Monday. " +
      "Modi and Kishida then had dinner at a restaurant in Ginza.",
    "2024-09-20",
  );
  t.same(
    found.map((e) => e.kind),
    ["talks", "dinner"],
  );
});

t.test("a summit of two leaders is talks; a meeting on a summit's sidelines stays a meeting", async (t) => {
  const [summit] = events(
    t,
    "The summit between Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida took place in Tokyo on Monday.",
    "2024-09-20",
  );
  t.equal(summit?.kind, "talks");
  const [sideline] = events(
    t,
    "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida on the sidelines of the G20 summit on Monday.",
    "2024-09-20",
  );
  t.equal(sideline?.kind, "in_person");
});

t.test("'He' opening a sentence is the official the previous sentence opened with", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi knows Japan well. He hosted Japanese Prime Minister Fumio Kishida in New Delhi in 2023.\n" +
      "He said ties were strong.",
    "2024-09-20",
  );
  t.same(
    found.filter((e) => e.kind !== "statement").map((e) => [e.kind, e.date.start, who(e)]),
    [["in_person", "2023", ["fumio-kishida", "narendra-modi"]]],
  );
});

t.test("a visitor who meets one host official and then another has two meetings", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi met Japanese Foreign Minister Yoko Kamikawa and then Japanese Prime Minister Fumio Kishida in Tokyo on Monday.",
    "2024-09-20",
  );
  t.same(
    found.map((e) => who(e)),
    [
      ["narendra-modi", "yoko-kamikawa"],
      ["fumio-kishida", "narendra-modi"],
    ],
  );
});

t.test("'a series of calls' with several leaders is one call with each", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi held a series of calls on Saturday, speaking with Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese.",
    "2024-09-21",
  );
  t.same(
    found.map((e) => [e.kind, who(e)]),
    [
      ["call", ["fumio-kishida", "narendra-modi"]],
      ["call", ["anthony-albanese", "narendra-modi"]],
    ],
  );
});

t.test("'have met' in a report dated to the day is that day's news", async (t) => {
  const [met] = events(
    t,
    "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida have met in Tokyo for the first time since March.",
    "2024-09-20",
  );
  t.match(met, { status: "held", date: { start: "2024-09-20", precision: "day" } });
  const [monthOnly] = events(
    t,
    "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida have met in Tokyo.",
    "2024-09",
  );
  t.match(monthOnly, { date: { start: "2024-09", precision: "month" } });
});

t.test("an undated report's own held meeting is where its dateline says", async (t) => {
  const found = events(
    t,
    "NAIROBI — Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida on Wednesday. " +
      "The two last met in Tokyo in 2019.",
    null,
  );
  t.match(found[0], { kind: "talks", place: { city: "Nairobi", country: "KE" } });
  t.notMatch(found[1]?.place ?? {}, { city: "Nairobi" }, "a recalled meeting is not the dateline's");
});

t.test("a lead that names both sides, then 'the call' on a day, is that call", async (t) => {
  const found = events(
    t,
    "WASHINGTON (Wire) - U.S. President Joe Biden pressed Chinese President Xi Jinping on fentanyl and Taiwan, the White House said. " +
      "The call, which lasted nearly two hours, took place on Tuesday.",
    "2024-04-03",
  );
  t.same(
    found.map((e) => [e.kind, e.status, e.date.start, who(e)]),
    [["call", "held", "2024-04-02", ["joe-biden", "xi-jinping"]]],
  );
});

t.test("'received' a named guest, and 'On Tuesday he …', are engagements of the right people", async (t) => {
  const [received] = events(
    t,
    "Russian President Vladimir Putin received Indian Prime Minister Narendra Modi at the Kremlin on Monday.",
    "2024-07-09",
  );
  t.match(received, { kind: "in_person", date: { start: "2024-07-08" }, place: { city: "Moscow" } });
  t.same(
    events(
      t,
      "Russian President Vladimir Putin received a letter from Indian Prime Minister Narendra Modi.",
      "2024-07-09",
    ),
    [],
  );
  const talks = events(
    t,
    "Indian Prime Minister Narendra Modi arrived in Moscow on Monday. On Tuesday he held talks with Russian President Vladimir Putin.",
    "2024-07-10",
  ).find((e) => e.kind === "talks");
  t.same(talks && who(talks), ["narendra-modi", "vladimir-putin"]);
});

t.test("'the host welcomed him': an object pronoun after an engagement verb is the visitor", async (t) => {
  const found = events(
    t,
    "Chinese President Xi Jinping arrived in Brasilia on Tuesday. Brazilian President Luiz Inacio Lula da Silva welcomed him at the Alvorada Palace on Wednesday.",
    "2024-11-21",
  );
  const met = found.find((e) => e.participants.length === 2);
  t.match(met, { kind: "in_person", date: { start: "2024-11-20" }, place: { country: "BR" } });
  t.same(met && who(met), ["luiz-inacio-lula-da-silva", "xi-jinping"]);
});

t.test("a speaker whose reporting verb is followed by the occasion takes part in it", async (t) => {
  const [talks, ...rest] = events(
    t,
    "Italian Prime Minister Giorgia Meloni said after two hours of talks with Japanese Prime Minister Fumio Kishida in Rome that the partnership had never been closer.",
    "2023-01-11",
  );
  t.same(rest, []);
  t.same(talks && who(talks), ["fumio-kishida", "giorgia-meloni"]);
  t.match(talks, { kind: "talks", place: { city: "Rome" } });
  // The occasion is a time, and the meeting is in the reported clause: the speaker is not in it.
  const reported = events(
    t,
    "Ukrainian President Volodymyr Zelensky said at the weekend that German Chancellor Olaf Scholz should travel to Kyiv before he met Russian President Vladimir Putin.",
    "2022-02-14",
  );
  t.notOk(
    reported.some((e) => e.participants.some((p) => p.official === "volodymyr-zelensky")),
    "Zelensky is only the speaker",
  );
});

t.test("an unplaced meeting takes the city of its official's other meeting that day", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo on Thursday. Later on Thursday, Modi met Japanese Foreign Minister Yoko Kamikawa.",
    "2023-05-26",
  );
  const second = found.find((e) => e.participants.some((p) => p.official.includes("kamikawa")));
  t.match(second, { date: { start: "2023-05-25" }, place: { city: "Tokyo", country: "JP" } });
  // Two cities that day: which one is not for the pipeline to guess.
  const two = events(
    t,
    "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo on Thursday. He also met Japanese Foreign Minister Yoko Kamikawa in Osaka on Thursday. Later on Thursday, Modi met Japanese Defence Minister Yasukazu Hamada.",
    "2023-05-26",
  );
  const third = two.find((e) => e.participants.some((p) => p.official.includes("hamada")));
  t.match(third, { place: { city: null } });
});

t.test("'since their summit in … in October 2019' recalls an earlier meeting of the two", async (t) => {
  const found = events(
    t,
    "Japanese Prime Minister Fumio Kishida held talks with South Korean President Yoon Suk Yeol in Tokyo on Thursday. It was the first visit by a South Korean leader in years and the first formal talks between the two leaders since their meeting in Phnom Penh in November 2022.",
    "2023-03-17",
  );
  const earlier = found.find((e) => e.date.start === "2022-11");
  t.match(earlier, { kind: "in_person", status: "held", place: { city: "Phnom Penh" } });
  t.same(earlier && who(earlier), ["fumio-kishida", "yoon-suk-yeol"]);
  // Recalled and then reported in full, it is one meeting.
  const once = events(
    t,
    "Kishida and Yoon spoke by phone on Thursday, their first call since their meeting in Phnom Penh in November 2022. South Korean President Yoon Suk Yeol had met Japanese Prime Minister Fumio Kishida in Phnom Penh on November 13, 2022.",
    "2023-03-17",
  );
  t.equal(once.filter((e) => e.date.start?.startsWith("2022-11")).length, 1, "one Phnom Penh meeting");
});

t.test("'They had last met …, where X hosted them': the plural pronoun is the story's two", async (t) => {
  const found = events(
    t,
    "Brazilian President Luiz Inacio Lula da Silva held talks with Indian Prime Minister Narendra Modi in Brasilia on Tuesday. They had last met in Johannesburg in August 2023, where South African President Cyril Ramaphosa hosted them at a summit.",
    "2025-07-09",
  );
  const earlier = found.filter((e) => e.date.start === "2023-08");
  t.ok(earlier.length > 0, "the August 2023 meeting is found");
  for (const e of earlier) {
    t.ok(
      who(e).includes("narendra-modi") && who(e).includes("luiz-inacio-lula-da-silva"),
      `${e.id}: the two`,
    );
  }
});

t.test("'When they spoke by phone on …': a plural pronoun after a time conjunction is the two", async (t) => {
  // Saturday 30 November 2024: "Monday" is the 25th.
  const found = events(
    t,
    "Canadian Prime Minister Mark Carney spoke by phone with Indian Prime Minister Narendra Modi on Monday. When they spoke by phone on Nov. 6, they discussed trade and visas.",
    "2024-11-30",
  );
  t.same(
    found.map((e) => [e.kind, e.date.start, who(e)]),
    [
      ["call", "2024-11-25", ["mark-carney", "narendra-modi"]],
      ["call", "2024-11-06", ["mark-carney", "narendra-modi"]],
    ],
  );
  // Inside a sentence the pronoun has antecedents of its own.
  const protesters = events(
    t,
    "Canadian Prime Minister Mark Carney spoke by phone with Indian Prime Minister Narendra Modi on Monday. Hundreds of protesters marched to the Indian consulate in Toronto, where they met police on Nov. 6.",
    "2024-11-30",
  );
  t.equal(protesters.length, 1, "the protesters met the police, not Carney and Modi");
  // "When they met reporters": the pronoun needs a meeting verb right after it.
  const reporters = events(
    t,
    "Canadian Prime Minister Mark Carney spoke by phone with Indian Prime Minister Narendra Modi on Monday. When they addressed reporters on Nov. 6, they discussed trade.",
    "2024-11-30",
  );
  t.equal(reporters.length, 1);
});

t.test("'Before that, they held a video call …': a pronoun after an opening phrase is the two", async (t) => {
  // Saturday 30 November 2024.
  const found = events(
    t,
    "Canadian Prime Minister Mark Carney spoke by phone with Indian Prime Minister Narendra Modi on Monday. Before that, they held a video call in August. On June 17, a Monday, they held talks in Kananaskis.",
    "2024-11-30",
  );
  t.same(
    found.map((e) => [e.kind, e.date.start, who(e)]),
    [
      ["call", "2024-11-25", ["mark-carney", "narendra-modi"]],
      ["video_call", "2024-08", ["mark-carney", "narendra-modi"]],
      ["talks", "2024-06-17", ["mark-carney", "narendra-modi"]],
    ],
  );
  // After a sentence naming no official, "they" is that sentence's people.
  const families = events(
    t,
    "Canadian Prime Minister Mark Carney spoke by phone with Indian Prime Minister Narendra Modi on Monday. Farmers' unions marched on the capital. On Thursday, they met police commanders.",
    "2024-11-30",
  );
  t.equal(families.length, 1, "the unions met the police, not Carney and Modi");
  // "they held" needs an engagement after it: not "they held protests".
  const protests = events(
    t,
    "Canadian Prime Minister Mark Carney spoke by phone with Indian Prime Minister Narendra Modi on Monday. In Toronto, they held protests in August.",
    "2024-11-30",
  );
  t.equal(protests.length, 1);
});

t.test("'Their first meeting, in 2019, …' is an earlier meeting; 'the first … since' is not", async (t) => {
  const found = events(
    t,
    "Canadian Prime Minister Mark Carney met Indian Prime Minister Narendra Modi in Kananaskis on Tuesday. Their first meeting, in 2019 on the sidelines of a summit in Osaka, was brief.",
    "2025-06-18",
  );
  const earlier = found.find((e) => e.date.start === "2019");
  t.match(earlier, { status: "held" });
  t.same(earlier && who(earlier), ["mark-carney", "narendra-modi"]);
  const gap = events(
    t,
    "Canadian Prime Minister Mark Carney met Indian Prime Minister Narendra Modi in Kananaskis on Tuesday. It was their first meeting since relations soured in 2023.",
    "2025-06-18",
  );
  t.notOk(
    gap.some((e) => e.date.start === "2023"),
    "no meeting in 2023",
  );
});

t.test("'on Thursday, two days after talks with X' is another engagement of the subject", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi met Brazilian President Luiz Inacio Lula da Silva in Brasilia on Thursday, two days after talks with Argentine President Javier Milei.",
    "2025-07-11",
  );
  const lula = found.find((e) => who(e).includes("luiz-inacio-lula-da-silva"));
  t.notOk(lula && who(lula).includes("javier-milei"), "Milei is not at the Brasilia meeting");
  const milei = found.find((e) => who(e).includes("javier-milei"));
  t.match(milei, { kind: "talks", status: "held", date: { start: "2025-07-08", precision: "day" } });
  t.same(milei && who(milei), ["javier-milei", "narendra-modi"]);
});

t.test("'Their last in-person meeting was in …' after a call recalls the pair's meeting", async (t) => {
  const found = events(
    t,
    "Turkish President Recep Tayyip Erdogan spoke by telephone with Iranian President Masoud Pezeshkian on Sunday. Their last in-person meeting was in July in Astana.",
    "2025-09-01",
  );
  const met = found.find((e) => e.kind === "in_person");
  t.match(met, { status: "held", date: { start: "2025-07" } });
  t.same(met && who(met), ["masoud-pezeshkian", "recep-tayyip-erdogan"]);
});

t.test("irregular past verbs ('began', 'paid', 'flew') report an engagement as held", async (t) => {
  const [began] = events(
    t,
    "Indonesian President Prabowo Subianto began a state visit to Japan on Monday.",
    "2025-03-05",
  );
  t.match(began, { kind: "visit", status: "held" });
  const [paid] = events(
    t,
    "French President Emmanuel Macron paid a visit to Kenyan President William Ruto in Nairobi on Friday.",
    "2025-03-09",
  );
  t.match(paid, { status: "held" });
});

t.test("a visit that says how many days it lasts places its visitor's meetings on those days", async (t) => {
  const found = events(
    t,
    "South Korean President Lee Jae-myung arrived in Tokyo on Saturday for a two-day visit. On Sunday he held talks with Japanese Prime Minister Shigeru Ishiba.",
    "2025-08-25",
  );
  const talks = found.find((e) => who(e).includes("shigeru-ishiba"));
  t.match(talks, { date: { start: "2025-08-24" }, place: { city: "Tokyo", country: "JP" } });
  // Without a length, the visit holds only its own day (the sentence right after an
  // arrival is its scene, so the talks are reported a paragraph later).
  const open = events(
    t,
    "South Korean President Lee Jae-myung arrived in Tokyo on Saturday.\n\nOn Monday South Korean President Lee Jae-myung held talks with Japanese Prime Minister Shigeru Ishiba.",
    "2025-08-26",
  );
  t.match(
    open.find((e) => who(e).includes("shigeru-ishiba")),
    { place: { city: null } },
  );
});

t.test("a meal in the sentence of an engagement is the pair's meal too", async (t) => {
  const found = events(
    t,
    "Chinese President Xi Jinping and Vietnamese leader To Lam held talks in Hanoi on Monday, which continued over a state banquet.",
    "2025-04-15",
  );
  const meal = found.find((e) => e.kind === "dinner");
  t.match(meal, { status: "held", date: { start: "2025-04-14" } });
  t.same(meal && who(meal), who(found.find((e) => e.kind === "talks") ?? { participants: [] }));
  t.equal(found.filter((e) => e.kind === "talks").length, 1, "the talks stay one event");
});

t.test("'the two leaders spoke for two hours' right after their meeting is that meeting", async (t) => {
  const found = events(
    t,
    "U.S. President Joe Biden met Chinese President Xi Jinping in Lima on Saturday. The two leaders spoke for nearly two hours.",
    "2024-11-17",
  );
  t.same(
    found.map((e) => e.kind),
    ["in_person"],
  );
  // By phone, it is a call, even right after a meeting.
  const call = events(
    t,
    "U.S. President Joe Biden met Chinese President Xi Jinping in Lima on Saturday. On Monday the two leaders spoke by phone.",
    "2024-11-19",
  );
  t.ok(
    call.some((e) => e.kind === "call"),
    "the call is kept",
  );
});

t.test("what was discussed, reported up to ten sentences after the meeting, is its topic", async (t) => {
  const filler = Array.from(
    { length: 8 },
    (_, i) => `Background paragraph number ${i + 1} follows here.`,
  ).join(" ");
  const [met] = events(
    t,
    `Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo on Friday. ${filler} The two leaders discussed semiconductors and critical minerals.`,
    "2025-08-30",
  );
  t.ok(met?.topics.includes("semiconductors"), "semiconductors");
  t.ok(met?.topics.includes("critical-minerals"), "critical minerals");
});

t.test("'held his first summit with' is talks", async (t) => {
  const found = events(
    t,
    "South Korean President Yoon Suk Yeol held his first summit with Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.",
    "2023-03-17",
  );
  t.match(found[0], { kind: "talks", date: { start: "2023-03-16" } });
  t.same(found[0] && who(found[0]), ["fumio-kishida", "yoon-suk-yeol"]);
});

t.test("'at a White House summit' is the named leaders' talks; 'adopted on Wednesday' is past", async (t) => {
  // Thursday 27 April 2023.
  const found = events(
    t,
    "WASHINGTON -- South Korean President Yoon Suk Yeol and US President Joe Biden on Wednesday adopted a declaration on deterrence at a White House summit marking 70 years of the alliance.",
    "2023-04-27",
  );
  t.match(found[0], { kind: "talks", date: { start: "2023-04-26" } });
  t.same(found[0] && who(found[0]), ["joe-biden", "yoon-suk-yeol"]);
  const g20 = events(
    t,
    "US President Joe Biden and Chinese President Xi Jinping were both at the G20 summit in Bali on Tuesday.",
    "2022-11-16",
  );
  t.notOk(
    g20.some((e) => e.kind === "talks"),
    "a summit of the reference is not a bilateral summit",
  );
});

t.test("a guest 'was received by' a host; 'dine together' and 'hosted a lunch for' are meals", async (t) => {
  const found = events(
    t,
    "BEIJING, April 14 - Brazilian President Luiz Inacio Lula da Silva was received at the Great Hall on Friday by Chinese President Xi Jinping. Lula and Xi were due to dine together later in the evening.",
    "2023-04-14",
  );
  t.same(
    found.map((e) => e.kind),
    ["in_person", "dinner"],
  );
  t.equal(found[1]?.status, "scheduled");
  const lunch = events(
    t,
    "SHANGHAI, April 13 - Former Brazilian President Dilma Rousseff hosted a lunch for Chinese Premier Li Qiang on Thursday.",
    "2023-04-13",
  );
  t.match(lunch[0], { kind: "dinner", date: { start: "2023-04-13" } });
});

t.test("'spent six hours with' is a meeting", async (t) => {
  const found = events(
    t,
    "On Oct. 6 in Zurich, US national security adviser Jake Sullivan spent six hours with Chinese Foreign Minister Wang Yi.",
    "2021-11-16",
  );
  t.match(found[0], { kind: "in_person", date: { start: "2021-10-06" } });
  t.same(found[0] && who(found[0]), ["jake-sullivan", "wang-yi"]);
});

t.test("'sat down for the 22nd India-Russia annual summit' is talks", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi and Russian President Vladimir Putin sat down at the Kremlin on Tuesday for the 22nd India-Russia annual summit.",
    "2024-07-09",
  );
  t.match(found[0], { kind: "talks", date: { start: "2024-07-09" } });
});

t.test("officials of two countries who 'toured' a site together met; one alone did not", async (t) => {
  const pair = events(
    t,
    "Earlier on Tuesday, South Korean President Yoon Suk Yeol and US Vice President Kamala Harris toured a space flight centre in Greenbelt, Maryland.",
    "2023-04-26",
  );
  t.match(pair[0], { kind: "in_person", date: { start: "2023-04-25" } });
  t.same(pair[0] && who(pair[0]), ["kamala-harris", "yoon-suk-yeol"]);
  t.same(events(t, "Chinese President Xi Jinping toured a factory on Tuesday.", "2023-04-26"), []);
});

t.test("'hosted' a guest or an occasion is a meeting; 'hosted the final' is not", async (t) => {
  const found = events(
    t,
    "Russian President Vladimir Putin handed US President Donald Trump a football on Monday; Russia had hosted the final in Moscow the day before.",
    "2018-07-16",
  );
  t.notOk(
    found.some((e) => e.place.city === "Moscow"),
    "no meeting in Moscow",
  );
  const guest = events(
    t,
    "Chinese President Xi Jinping hosted Russian President Vladimir Putin in Beijing on Thursday.",
    "2024-05-17",
  );
  t.match(guest[0], { kind: "in_person", place: { city: "Beijing" } });
});

t.test("two officials of one country dining somewhere are no engagement; one official is", async (t) => {
  t.same(
    events(
      t,
      "Cambodian King Norodom Sihamoni and Cambodian Prime Minister Hun Sen hosted a gala dinner in Phnom Penh on Saturday.",
      "2022-11-13",
    ),
    [],
  );
  const one = events(
    t,
    "Chinese President Xi Jinping attended a banquet in Moscow on Tuesday.",
    "2023-03-22",
  );
  t.match(one[0], { kind: "dinner", place: { city: "Moscow" } });
});

t.test("a meeting named only to compare ('not as good as a face-to-face meeting') is none", async (t) => {
  const found = events(
    t,
    "US President Joe Biden held a video call with Chinese President Xi Jinping on Monday. Xi greeted Biden as an old friend and said that a screen was not as good as a face-to-face meeting.",
    "2021-11-16",
  );
  t.same(
    found.map((e) => e.kind),
    ["video_call"],
  );
});

t.test("a meeting held over a meal is a dinner; one before a meal is not", async (t) => {
  for (const text of [
    "Chinese President Xi Jinping hosted Brazilian President Luiz Inacio Lula da Silva for an informal dinner at the Diaoyutai State Guesthouse on Thursday.",
    "Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva met over tea at the Diaoyutai State Guesthouse on Thursday.",
  ]) {
    const [meal, ...rest] = events(t, text, "2023-04-14");
    t.same(rest, [], text);
    t.match(meal, { kind: "dinner", date: { start: "2023-04-13" } }, text);
    t.same(who(meal as never), ["luiz-inacio-lula-da-silva", "xi-jinping"].sort(), text);
  }
  const text =
    "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva on Thursday before a state banquet in the Great Hall.";
  const [met] = events(t, text, "2023-04-14");
  t.match(met, { kind: "in_person" }, "the meeting stays a meeting");
});

t.test("'a day earlier' and 'the previous day' count back from the story's day", async (t) => {
  const lead =
    "Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin at the Kremlin on Tuesday.";
  for (const back of ["A day earlier", "The previous day", "The day before,"]) {
    const text = `${lead} ${back} Putin and Modi met at Novo-Ogaryovo outside Moscow.`;
    const found = events(t, text, "2024-07-11");
    t.same(
      found.map((e) => e.date.start),
      ["2024-07-09", "2024-07-08"],
      back,
    );
  }
});

t.test("a year in what an anniversary commemorates does not date the engagement", async (t) => {
  const dinner = events(
    t,
    "Chinese President Xi Jinping held talks with French President Emmanuel Macron at the Elysee on Monday. To close the day, Macron hosted a state dinner for the 60th anniversary of France's recognition of the People's Republic in 1964.",
    "2024-05-08",
  ).find((e) => e.kind === "dinner");
  t.equal(dinner?.date?.start, "2024-05-06", "the dinner is Monday's, not 1964's");
  const [treaty] = events(
    t,
    "Indian Prime Minister Narendra Modi and Russian President Vladimir Putin marked the anniversary of the 1971 treaty at a dinner in Moscow on Monday.",
    "2024-07-10",
  );
  t.equal(treaty?.date?.start, "2024-07-08");
  const [ties] = events(
    t,
    "Japanese Prime Minister Fumio Kishida met Chinese Premier Li Qiang in Beijing on the 50th anniversary of diplomatic ties, established in 1972.",
    "2022-09-30",
  );
  t.not(ties?.date?.start, "1972");
});

t.test(
  "'kept waiting before a meeting with Putin': the sentence's only meeting has its official",
  async (t) => {
    const only = events(
      t,
      "Japanese Foreign Minister Taro Kono waited in Moscow on Monday before a 40-minute meeting with Russian President Vladimir Putin.",
      "2018-01-17",
    );
    t.same(
      only.map((e) => [e.kind, e.date.start, who(e)]),
      [["in_person", "2018-01-15", ["taro-kono", "vladimir-putin"]]],
    );
    // With an engagement of its own, the sentence's "before a meeting with" is another occasion.
    const other = events(
      t,
      "Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in Moscow on Monday before a meeting with Russian President Vladimir Putin.",
      "2018-01-17",
    );
    t.notOk(
      other.some((e) => who(e).includes("sergei-lavrov") && who(e).includes("vladimir-putin")),
      "Putin is not at the ministers' meeting",
    );
  },
);

t.test(
  "'held talks with B and then joined C for a trilateral meeting': three sides at the second",
  async (t) => {
    const found = events(
      t,
      "Turkish President Recep Tayyip Erdogan held talks with Ukrainian President Volodymyr Zelensky on Thursday and then joined UN Secretary-General Antonio Guterres for a trilateral meeting in Lviv.",
      "2022-08-19",
    );
    t.same(
      found.map((e) => [e.kind, e.date.start, e.place.city, who(e)]),
      [
        ["talks", "2022-08-18", "Lviv", ["recep-tayyip-erdogan", "volodymyr-zelensky"]],
        [
          "in_person",
          "2022-08-18",
          "Lviv",
          ["antonio-guterres", "recep-tayyip-erdogan", "volodymyr-zelensky"],
        ],
      ],
    );
  },
);

t.test("'met again in Dushanbe that July' is dated by July, not by the year's earlier month", async (t) => {
  const found = events(
    t,
    "Russian Foreign Minister Sergei Lavrov met Pakistani Foreign Minister Shah Mahmood Qureshi on Thursday.\n" +
      "Mr Lavrov visited Islamabad in April 2021, and he and Mr Qureshi met again in Dushanbe that July.",
    "2022-02-25",
  );
  t.same(found.find((e) => e.place.city === "Dushanbe")?.date, {
    start: "2021-07",
    end: null,
    precision: "month",
  });
});

t.test("'three times — on Aug 25 and Sept 14 last year and on Jan 17': one call each", async (t) => {
  const found = events(
    t,
    "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin have spoken by telephone three times in recent months — on Nov 3 and Dec 9 last year and on Feb 2 — mostly about Syria, and Erdogan has repeatedly invited Putin to visit Turkey.",
    "2021-03-01",
  );
  t.same(
    found.filter((e) => e.kind === "call").map((e) => e.date.start),
    ["2020-11-03", "2020-12-09", "2021-02-02"],
  );
  t.equal(
    found.filter((e) => e.kind !== "call").length,
    1,
    "the invitation after the calls is one planned visit, not one per call",
  );
});

t.test("'met with the presidents of A, B and C' on the sidelines: one meeting each", async (t) => {
  const text =
    "On the sidelines of the forum, Indian Prime Minister Narendra Modi met Kenyan President William Ruto, Ghanaian President Nana Akufo-Addo and Senegalese President Macky Sall on Thursday.";
  t.same(
    events(t, text, "2023-06-16").map((e) => who(e)),
    [
      ["narendra-modi", "william-ruto"],
      ["nana-akufo-addo", "narendra-modi"],
      ["macky-sall", "narendra-modi"],
    ],
  );
  // A word that makes them one gathering keeps them together.
  const joint = text.replace("met Kenyan", "met jointly with Kenyan");
  t.equal(events(t, joint, "2023-06-16").length, 1);
});

t.test("'hours after sitting down in Hanoi with A' is the subject's meeting with A, there", async (t) => {
  t.same(
    events(
      t,
      "Japanese Prime Minister Fumio Kishida flew home on Sunday, hours after sitting down in Hanoi with Vietnam's prime minister, Pham Minh Chinh.",
      "2023-05-24",
    ).map((e) => [e.place.city, who(e)]),
    [["Hanoi", ["fumio-kishida", "pham-minh-chinh"]]],
  );
});

t.test("a place before 'hours after …' is the main verb's, however far its name runs", async (t) => {
  const two = events(
    t,
    "Indian Prime Minister Narendra Modi held talks with Australian Prime Minister Anthony Albanese, his host for the two-day visit, at Admiralty House in Sydney on Wednesday, only hours after sitting down in Port Moresby with Papua New Guinea's prime minister, James Marape.",
    "2023-05-24",
  );
  t.same(
    two.map((e) => [e.kind, e.place.city, who(e)]),
    [
      ["talks", "Sydney", ["anthony-albanese", "narendra-modi"]],
      ["in_person", "Port Moresby", ["james-marape", "narendra-modi"]],
    ],
  );
});

t.test("'…, in an encounter hosted by C and joined by phone by D': one occasion", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi held talks with Australian Prime Minister Anthony Albanese in Sydney on Wednesday, only hours after sitting down in Port Moresby with Fiji's prime minister, Sitiveni Rabuka, in an encounter hosted by Papua New Guinea's prime minister, James Marape, and joined by phone by New Zealand Prime Minister Chris Hipkins.",
    "2023-05-24",
  );
  t.same(
    found.map((e) => who(e)),
    [
      ["anthony-albanese", "narendra-modi"],
      ["chris-hipkins", "james-marape", "narendra-modi", "sitiveni-rabuka"],
    ],
  );
});

t.test(
  "'announced the initiative on 16 May, after separate calls with A and B': the announcer's calls",
  async (t) => {
    const found = events(
      t,
      "South African President Cyril Ramaphosa announced the initiative on 16 May, after separate telephone calls with Russian President Vladimir Putin on 12 May and Ukrainian President Volodymyr Zelensky on 13 May.",
      "2023-06-18",
    );
    t.same(
      found.map((e) => [e.kind, e.date.start, who(e)]),
      [
        ["call", "2023-05-12", ["cyril-ramaphosa", "vladimir-putin"]],
        ["call", "2023-05-13", ["cyril-ramaphosa", "volodymyr-zelensky"]],
      ],
    );
  },
);

t.test("a remark on the meeting just reported is that meeting, not another", async (t) => {
  const lead =
    "German Chancellor Olaf Scholz dined with French President Emmanuel Macron at the Elysee Palace on Tuesday.";
  // Wednesday 12 June 2024.
  const first = events(
    t,
    `${lead} It was the first time the two leaders had met since the spring.`,
    "2024-06-12",
  );
  t.same(
    first.map((e) => e.kind),
    ["dinner"],
    "'It was the first time … had met' is the dinner",
  );
  const called = events(
    t,
    `${lead} The menu was French. Guests included two ministers. Macron later called it a "very open meeting" and said Scholz had agreed to work on energy.`,
    "2024-06-12",
  );
  t.same(
    called.map((e) => e.kind),
    ["dinner"],
    "'called it a … meeting' is the dinner",
  );
  t.ok(called[0]?.topics.includes("energy"), "and what followed was discussed there");
});

t.test("the same talks told again with an aide of one side are one event", async (t) => {
  const lead =
    "Australian Prime Minister Anthony Albanese held talks with Indonesian President Joko Widodo in Sydney on Tuesday.\n\nThe visit began with a ferry ride across the harbour.\n\n";
  // Wednesday 5 July 2023.
  const aide = events(
    t,
    `${lead}In Sydney on Tuesday, the two leaders held wider talks, with Defence Minister Richard Marles among those at the table. They discussed electric vehicle batteries and climate change.`,
    "2023-07-05",
  );
  t.equal(aide.length, 1, "one event");
  t.ok(
    aide[0]?.participants.some((p) => p.official === "richard-marles"),
    "with the aide",
  );
  t.ok(aide[0]?.topics.includes("climate"), "and what they discussed");
  // A leader of a third country makes another meeting.
  const third = events(
    t,
    `${lead}In Sydney on Tuesday, Albanese and Widodo also held talks with Papua New Guinea Prime Minister James Marape.`,
    "2023-07-05",
  );
  t.equal(third.length, 2, "the talks with a third country's leader stay apart");
});

t.test("meetings on the margins of the summit just reported are where it was", async (t) => {
  // Sunday 21 May 2023.
  const found = events(
    t,
    "Japanese Prime Minister Fumio Kishida met New Zealand Prime Minister Chris Hipkins in Osaka on Saturday morning.\n\nIn the afternoon Kishida drove to a hotel in Kyoto for a leaders' summit with Papua New Guinea Prime Minister James Marape and Fijian Prime Minister Sitiveni Rabuka.\n\nOn the margins of the summit, Kishida held separate meetings with Marape and Rabuka.",
    "2023-05-21",
  );
  const pairs = found.filter((e) => e.kind === "in_person" && e.participants.length === 2);
  const sidelines = pairs.filter((e) => !e.participants.some((p) => p.official === "chris-hipkins"));
  t.equal(sidelines.length, 2, "two meetings on the margins");
  for (const e of sidelines) t.equal(e.place.city, "Kyoto", `${e.id} in Kyoto, where the summit was`);
  t.equal(pairs.find((e) => e.participants.some((p) => p.official === "chris-hipkins"))?.place.city, "Osaka");
});

t.test("a sentence that looks back does not date the undated meeting in focus", async (t) => {
  // Sunday 21 May 2023: the talks have no day of their own.
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida held talks at the guest house, where they signed two agreements. The two leaders first met officially in March last year, when Modi chose Japan for his first bilateral trip as prime minister.",
    "2023-05-21",
  );
  t.equal(found.length, 2, "the talks and the first meeting");
  t.notOk(
    found.some((e) => e.kind === "talks" && e.date.start === "2022-03"),
    "the talks are not dated to the first meeting",
  );
});

t.test("officials named after ', where' belong to the occasion before it", async (t) => {
  // Tuesday 9 October 2018.
  const [talks] = events(
    t,
    "Secretary of State Mike Pompeo held talks with North Korean leader Kim Jong Un on Sunday, the first since the June 12 summit in Singapore, where President Donald Trump and Kim Jong Un signed a short statement.",
    "2018-10-09",
  );
  t.same(
    talks?.participants.map((p) => p.official).sort(),
    ["kim-jong-un", "mike-pompeo"],
    "Sunday's talks: Pompeo and Kim, not Trump",
  );
});

t.test("talks that were planned are not the talks held on a known day", async (t) => {
  // Thursday 4 July 2024.
  const found = events(
    t,
    "German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk held talks in Berlin on Tuesday evening.\n\nThe visit that fell through had been ambitious. Scholz was to hold talks with Tusk in Warsaw, and to tour a shipyard.",
    "2024-07-04",
  );
  t.equal(found.length, 2, "Tuesday's talks and the planned ones");
  t.equal(found.find((e) => e.status === "held")?.place.city, "Berlin", "held in Berlin");
  t.equal(found.find((e) => e.status !== "held")?.place.city, "Warsaw", "planned in Warsaw");
});

t.test("'no face-to-face meeting has been scheduled' denies the meeting", async (t) => {
  const found = events(
    t,
    "Canadian Prime Minister Justin Trudeau held a video call with Mexican President Claudia Sheinbaum on Monday. The two leaders have not met in person since Sheinbaum took office - she has not travelled abroad since then - and no face-to-face meeting has been scheduled.",
    "2024-11-26",
  );
  t.same(
    found.map((e) => e.kind),
    ["video_call"],
    "only the video call",
  );
  // "No sooner had …" affirms.
  const sooner = events(
    t,
    "No sooner had Canadian Prime Minister Justin Trudeau met Mexican President Claudia Sheinbaum in Mexico City on Monday than the tariff threat returned.",
    "2024-11-26",
  );
  t.equal(sooner.length, 1, "the meeting after 'no sooner had'");
});

t.test("a headline's occasion of one official is the body's occasion with all of them", async (t) => {
  // Wednesday 12 June 2024.
  const found = events(
    t,
    "Scholz's quiet Elysee dinner eases the strain with Paris\n\nGerman Chancellor Olaf Scholz had dinner with French President Emmanuel Macron at the Elysee Palace on Tuesday evening.",
    "2024-06-12",
  );
  t.equal(found.length, 1, "one dinner");
  t.equal(found[0]?.participants.length, 2, "with both leaders");
  // Only an occasion of the same kind: talks in the body are not the headline's dinner.
  const talks = events(
    t,
    "Scholz's quiet Elysee dinner eases the strain with Paris\n\nGerman Chancellor Olaf Scholz held talks with French President Emmanuel Macron at the Elysee Palace on Tuesday evening.",
    "2024-06-12",
  );
  t.equal(talks.length, 2, "the talks and the headline's dinner stay apart");
});

t.test("a year that modifies something other than an engagement does not date it", async (t) => {
  const [visit] = events(
    t,
    "North Korean leader Kim Jong Un and South Korean President Moon Jae-in agreed to bid jointly for the 2032 Summer Olympics, and Kim pledged to visit Seoul in the near future.",
    "2018-09-20",
  );
  t.not(visit?.date?.start, "2032", "the Olympics' year");
  const [talks] = events(
    t,
    "Russian President Vladimir Putin and U.S. President Donald Trump held talks at the 2018 Helsinki summit, where the 2016 election came up.",
    "2019-09-20",
  );
  t.equal(talks?.date?.start, "2018", "a summit's year is the engagement's");
  const [g20] = events(
    t,
    "Japanese Prime Minister Shinzo Abe and Chinese President Xi Jinping last met at the 2019 G20 summit in Osaka.",
    "2020-05-01",
  );
  t.equal(g20?.date?.start, "2019", "a name with digits before the engagement word");
});

t.test("a day that modifies something other than an engagement does not date it", async (t) => {
  const lunch = events(
    t,
    "US President Donald Trump hosted Argentine President Javier Milei for a working lunch at the White House and said his support depends on the October 26 midterm elections.",
    "2025-10-15",
  ).find((e) => e.kind === "dinner");
  t.ok(lunch, "the lunch is found");
  t.notOk(lunch?.date.start?.endsWith("-10-26"), `not the elections' day: ${lunch?.date.start}`);
  const summit = events(
    t,
    "Russian President Vladimir Putin and U.S. President Donald Trump met at the July 16 summit in Helsinki.",
    "2018-07-20",
  );
  t.equal(summit[0]?.date.start, "2018-07-16", "a day that names the engagement dates it");
  const after = events(
    t,
    "Argentine President Alberto Fernández met Brazilian President Luiz Inácio Lula da Silva in São Paulo the day after the October 30 run-off.",
    "2022-11-05",
  );
  t.equal(after[0]?.date.start, "2022-10-30", "a day the engagement is told against still bounds it");
});

t.test("a pair who 'briefly spoke in' a city spoke face to face; 'spoke in March' is a time", async (t) => {
  const lead =
    "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi held talks in Kazan on Wednesday. ";
  const briefly = events(t, `${lead}They briefly spoke in Johannesburg in August 2023.`, "2024-10-24");
  t.same(
    briefly.map((e) => [e.kind, e.date.start, e.place?.city ?? null, who(e)]),
    [
      ["talks", "2024-10-23", "Kazan", ["narendra-modi", "xi-jinping"]],
      ["in_person", "2023-08", "Johannesburg", ["narendra-modi", "xi-jinping"]],
    ],
  );
  const sidelines = events(
    t,
    `${lead}The two leaders spoke on the sidelines of a forum in Astana in July.`,
    "2024-10-24",
  );
  t.ok(
    sidelines.some((e) => e.kind === "in_person" && e.date.start === "2024-07"),
    "on the sidelines is no phone call",
  );
  const time = events(
    t,
    `${lead}The two leaders last spoke in March, when they held a video call.`,
    "2024-10-24",
  );
  t.notOk(
    time.some((e) => e.kind === "in_person"),
    "a month after 'spoke in' is no place",
  );
  const language = events(
    t,
    `${lead}The two leaders spoke in English and Mandarin with interpreters.`,
    "2024-10-24",
  );
  t.equal(language.length, 1, "a language is no place");
  const speeches = events(
    t,
    `${lead}Both leaders spoke at the United Nations on Thursday, hours apart.`,
    "2024-10-24",
  );
  t.equal(speeches.length, 1, "two speeches at a forum are no meeting");
  const lone = events(t, `${lead}Modi also spoke at a forum in Kazan on Thursday.`, "2024-10-24");
  t.equal(lone.length, 1, "one speaker at a forum meets no one");
});

t.test("one 'due to arrive in' a city is to visit it", async (t) => {
  const found = events(
    t,
    "BEIJING - U.S. Treasury Secretary Janet Yellen is due to arrive in the southern city of Guangzhou on Thursday.",
    "2024-04-03",
  );
  t.same(
    found.map((e) => [e.kind, e.status, e.date.start, e.place?.city, who(e)]),
    [["visit", "scheduled", "2024-04-04", "Guangzhou", ["janet-yellen"]]],
  );
});

t.test("a date before ', and X said' is not the date of the engagement after it", async (t) => {
  const found = events(
    t,
    "U.S. President Joe Biden spoke with Chinese President Xi Jinping by phone on Tuesday. The call sets the stage for visits. " +
      "U.S. Treasury Secretary Janet Yellen is due to arrive in Guangzhou later this week, and the White House said Secretary of State Antony Blinken would travel to China in the coming weeks.",
    "2024-04-03",
  );
  const blinken = found.find((e) => who(e).includes("antony-blinken"));
  t.ok(blinken, "Blinken's trip is read");
  t.not(blinken?.date.precision, "day", "'later this week' is Yellen's");
});

t.test(
  "'… on Tuesday … and will hold talks with Xi on Wednesday': the talks take their own day",
  async (t) => {
    const found = events(
      t,
      "BEIJING - Russian President Vladimir Putin arrives in Beijing on Tuesday for a two-day state visit and will hold talks with Chinese President Xi Jinping on Wednesday.",
      "2024-05-16",
    );
    const talks = found.find((e) => e.kind === "talks");
    t.equal(talks?.date.start, "2024-05-22");
  },
);

t.test("a joint subject who 'signed a treaty' somewhere met there", async (t) => {
  const found = events(
    t,
    "MOSCOW, June 19. /TASS/. Russian President Vladimir Putin and Chairman of State Affairs of the DPRK Kim Jong Un signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday.",
    "2024-06-19",
  );
  t.same(
    found.map((e) => [e.kind, e.date.start, e.place?.city ?? null, who(e)]),
    [["in_person", "2024-06-19", "Pyongyang", ["kim-jong-un", "vladimir-putin"]]],
  );
  // Ministers signing apart while the leaders look on, or one leader signing, meet no one here.
  const aside = events(
    t,
    "As the leaders looked on, Russian Defence Minister Andrei Belousov and his North Korean counterpart, No Kwang Chol, signed a military agreement.",
    "2024-06-19",
  );
  t.equal(aside.length, 0, aside.map(who).join(" | "));
});

t.test("'X met him on the tarmac' is a greeting; 'met him on the tarmac to discuss' a meeting", async (t) => {
  const greeting = events(
    t,
    "Chinese President Xi Jinping landed in Budapest on Wednesday evening. Hungarian Prime Minister Viktor Orban met him on the tarmac with Foreign Minister Peter Szijjarto.",
    "2024-05-09",
  );
  t.equal(greeting.filter((e) => e.participants.length >= 2).length, 0);
  const welcomed = events(
    t,
    "Hungarian Prime Minister Viktor Orban welcomed Chinese President Xi Jinping at the Ferenc Liszt International Airport on Wednesday.",
    "2024-05-09",
  );
  t.equal(welcomed.filter((e) => e.participants.length >= 2).length, 0);
  const [talks] = events(
    t,
    "Hungarian Prime Minister Viktor Orban met Chinese President Xi Jinping on the tarmac in Budapest to discuss a rail link on Wednesday.",
    "2024-05-09",
  );
  t.same(talks && who(talks), ["viktor-orban", "xi-jinping"]);
});

t.test("'Since then they have spoken …': 'then' after the conjunction keeps 'they' the two", async (t) => {
  const found = events(
    t,
    "Canadian Prime Minister Mark Carney spoke by phone with Indian Prime Minister Narendra Modi on Monday. Since then they have spoken by phone once more, on Friday. After that they met in Kananaskis on June 17.",
    "2024-11-30",
  );
  t.same(
    found.map((e) => [e.kind, e.date.start, who(e)]),
    [
      ["call", "2024-11-25", ["mark-carney", "narendra-modi"]],
      ["call", "2024-11-29", ["mark-carney", "narendra-modi"]],
      ["in_person", "2024-06-17", ["mark-carney", "narendra-modi"]],
    ],
  );
});

t.test("', and they met again in X' is the sentence's own pair, on another occasion", async (t) => {
  const found = events(
    t,
    "Indian Foreign Minister Subrahmanyam Jaishankar held talks with Chinese Foreign Minister Wang Yi in Astana in July, and they met again in September in New York.",
    "2024-10-16",
  );
  t.same(
    found.map((e) => [e.date.start, e.place?.city, who(e)]),
    [
      ["2024-07", "Astana", ["subrahmanyam-jaishankar", "wang-yi"]],
      ["2024-09", "New York", ["subrahmanyam-jaishankar", "wang-yi"]],
    ],
  );
  // Not a crowd's "they": the sentence must name the pair itself.
  const crowd = events(
    t,
    "Indian Foreign Minister Subrahmanyam Jaishankar held talks with Chinese Foreign Minister Wang Yi in Astana in July. Students gathered outside, and they met police in the afternoon.",
    "2024-10-16",
  );
  t.equal(crowd.length, 1);
});

t.test("mends: ', and they' after three named officials is no pair of them", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi hosted Australian Prime Minister Anthony Albanese and Japanese Prime Minister Fumio Kishida in New Delhi on Tuesday, and they met again in Tokyo in June.",
    "2024-09-22",
  );
  t.notOk(found.some((e) => who(e).join() === "anthony-albanese,fumio-kishida"));
  t.ok(found.some((e) => e.place?.city === "New Delhi"));
});

t.test("mends: a greeting on arrival whatever the length of the guest's title", async (t) => {
  for (const text of [
    "Chinese President Xi Jinping welcomed Hungarian Prime Minister Viktor Orban at the airport on Wednesday.",
    "Chinese President Xi Jinping welcomed Hungarian Prime Minister Viktor Orban on his arrival on Wednesday.",
  ]) {
    const found = events(t, text, "2024-05-09");
    t.equal(found.filter((e) => e.participants.length >= 2).length, 0, text);
  }
});
