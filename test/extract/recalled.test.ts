import t from "tap";
import { events, who } from "./events-helper.ts";

// Earlier meetings named in passing ("the promises of their first encounter in X last
// June") are events of their own, and their date and place are not the sentence's.

const ERDOGAN_PUTIN = ["recep-tayyip-erdogan", "vladimir-putin"];

t.test("'of their first encounter in X last September' is an earlier meeting, not the venue", async (t) => {
  // Friday 11 March 2022: "Thursday" is the 10th; "last September" is 2021-09.
  const found = events(
    t,
    "GENEVA — The delegations packed their bags on Thursday afternoon.\n\nSo ended the third round of talks between Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin, a session meant to build on the pledges of their first encounter in Sochi last September, which both sides had hailed.",
    "2022-03-11",
  );
  const earlier = found.find((e) => e.date.start === "2021-09");
  t.match(earlier, { kind: "in_person", status: "held", place: { city: "Sochi", country: "RU" } });
  t.same(earlier && who(earlier), ERDOGAN_PUTIN);
  const story = found.find((e) => e.kind === "talks");
  t.ok(story, "the third round is reported");
  t.not(story?.place?.city, "Sochi", "the recalled meeting's city is not the story's venue");
  // The lead names nobody: its day is the story's, and "last September" does not make it old news.
  t.equal(story?.date.start, "2022-03-10");
});

t.test("'a year after their previous talks in X in March 2021': dated and placed apart", async (t) => {
  const found = events(
    t,
    "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Ankara on Monday, a year after their previous talks in Sochi in March 2021.",
    "2022-03-15",
  );
  const monday = found.find((e) => e.date.start === "2022-03-14");
  t.match(monday, { place: { city: "Ankara" } });
  t.match(
    found.find((e) => e.date.start === "2021-03"),
    { kind: "talks", place: { city: "Sochi" } },
  );
});

t.test(
  "'their first talks in more than two years' is the meeting in focus, not an earlier one",
  async (t) => {
    const found = events(
      t,
      "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Ankara on Monday, the start of their first talks in more than two years.",
      "2022-03-15",
    );
    t.equal(found.length, 1);
    t.match(found[0], { date: { start: "2022-03-14" }, place: { city: "Ankara" } });
  },
);

t.test("'bilateral' is a meeting as a noun, not as the adjective of relations", async (t) => {
  const adjective = events(
    t,
    "Turkish President Recep Tayyip Erdogan praised the bilateral relationship with Russian President Vladimir Putin in a speech in Ankara on Monday.",
    "2022-03-15",
  );
  t.equal(adjective.filter((e) => e.participants.length >= 2).length, 0);
  const noun = events(
    t,
    "Turkish President Recep Tayyip Erdogan held a bilateral with Russian President Vladimir Putin in Ankara on Monday.",
    "2022-03-15",
  );
  t.same(noun[0] && who(noun[0]), ERDOGAN_PUTIN);
});

t.test("a historic meeting of leaders long out of office is found, Soviet ones as SU", async (t) => {
  const found = events(
    t,
    "US President Joe Biden met Chinese President Xi Jinping in Bali on Monday. Analysts recalled that Richard Nixon met Mao Zedong in Beijing in February 1972. Ronald Reagan held his first summit with Mikhail Gorbachev in Geneva in November 1985.",
    "2022-11-15",
  );
  const nixon = found.find((e) => who(e).includes("richard-nixon"));
  t.same(nixon && who(nixon), ["mao-zedong", "richard-nixon"]);
  t.equal(nixon?.date?.start, "1972-02");
  const geneva = found.find((e) => who(e).includes("mikhail-gorbachev"));
  t.same(geneva && who(geneva), ["mikhail-gorbachev", "ronald-reagan"]);
  t.equal(geneva?.participants.find((p) => p.official === "mikhail-gorbachev")?.side, "SU");
});

t.test(
  "'their first meeting since the Helsinki summit in July last year' recalls that meeting",
  async (t) => {
    const found = events(
      t,
      "After a morning meeting with German Chancellor Angela Merkel, US President Donald Trump sat down with Russian President Vladimir Putin on Friday, their first formal meeting since the Helsinki summit in July last year.",
      "2019-06-29",
    );
    t.same(
      found.map((e) => [e.kind, e.date.start, who(e).sort()]),
      [
        ["in_person", "2019-06-28", ["angela-merkel", "donald-trump"]],
        ["in_person", "2019-06-28", ["donald-trump", "vladimir-putin"]],
        ["talks", "2018-07", ["donald-trump", "vladimir-putin"]],
      ],
    );
    const [, since] = events(
      t,
      "British Prime Minister Theresa May held talks with Russian President Vladimir Putin on Friday, the first formal bilateral between the two since the G20 in Hangzhou in September 2016.",
      "2019-06-29",
    );
    t.match(since, { kind: "in_person", date: { start: "2016-09" }, place: { city: "Hangzhou" } });
    // "since the summit" without "first": a bound of this meeting, no meeting recalled.
    t.equal(
      events(
        t,
        "Trump met Russian President Vladimir Putin on Friday, weeks after the summit in Brussels in July.",
        "2019-06-29",
      ).length,
      1,
    );
  },
);

t.test("'the sixth meeting between A and B, following their first summit' recalls A and B's", async (t) => {
  const found = events(
    t,
    "South Korean President Yoon Suk Yeol toured a space centre with US Vice President Kamala Harris on Tuesday. Yoon held talks with US President Joe Biden on Wednesday.\n\nWednesday's summit was the sixth meeting between Yoon and Biden, following their first summit in Seoul last May.",
    "2023-04-27",
  );
  t.match(
    found.find((e) => e.date.start === "2022-05"),
    {
      kind: "talks",
      participants: [{ official: "yoon-suk-yeol" }, { official: "joe-biden" }],
      place: { city: "Seoul" },
    },
  );
});

t.test("'the first visit … since Kang went in November 2017' recalls Kang's trip", async (t) => {
  const found = events(
    t,
    "South Korean Foreign Minister Cho Tae-yul made a two-day trip to Beijing starting Monday, the first visit to the Chinese capital by a South Korean foreign minister since Kang Kyung-wha went in November 2017.",
    "2024-05-18",
  );
  t.match(
    found.find((e) => e.date.start === "2017-11"),
    { kind: "visit", status: "held", participants: [{ official: "kang-kyung-wha" }] },
  );
  // "since" a summit held by a pair the sentence is about: their meeting.
  const summit = events(
    t,
    "Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin in Moscow on Tuesday. The annual summit had not been held since Putin came to New Delhi on December 6, 2021.",
    "2024-07-10",
  );
  t.match(
    summit.find((e) => e.date.start === "2021-12-06"),
    { kind: "talks", place: { city: "New Delhi" } },
  );
});

t.test(
  "a relative clause that looks back ('which the three first convened in Buenos Aires last year') is another occasion",
  async (t) => {
    const [met] = events(
      t,
      "OSAKA, June 28 - Japanese Prime Minister Shinzo Abe and US President Donald Trump held a trilateral meeting with Indian Prime Minister Narendra Modi on Friday, a format which the three first convened in Buenos Aires last year.",
      "2019-06-28",
    );
    t.match(met, { date: { start: "2019-06-28" }, place: { city: "Osaka" } });
  },
);

t.test("'the third encounter in three months, after Wuhan in April and Qingdao in June'", async (t) => {
  // Saturday 28 July 2018: "Friday" is the 27th.
  const text =
    "JOHANNESBURG, July 28 - Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Johannesburg on Friday, the third encounter in three months, after Wuhan in April and Qingdao in June.";
  const found = events(t, text, "2018-07-28");
  t.same(
    found.map((e) => [e.date.start, e.place.city, e.status, who(e)]),
    [
      ["2018-07-27", "Johannesburg", "held", ["narendra-modi", "xi-jinping"]],
      ["2018-04", "Wuhan", "held", ["narendra-modi", "xi-jinping"]],
      ["2018-06", "Qingdao", "held", ["narendra-modi", "xi-jinping"]],
    ],
  );
  // Occasions with no date of their own are not told apart: nothing is added.
  const undated = events(
    t,
    "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Thursday, their third summit, after the one in Seoul and the one in Hiroshima.",
    "2023-11-25",
  );
  t.equal(undated.length, 1);
});

t.test("a recalled meeting is not folded into a later one dated more coarsely", async (t) => {
  const found = events(
    t,
    "JOHANNESBURG, July 28 - Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Johannesburg on Friday, the third encounter in three months, after Wuhan in April and Qingdao in June. The two leaders would meet again later this year in Buenos Aires.",
    "2018-07-28",
  );
  t.ok(
    found.some((e) => e.date.start === "2018-04" && e.place.city === "Wuhan"),
    "'later this year' is not the April meeting",
  );
});

t.test("only a known place with a date of its own is a counted earlier occasion", async (t) => {
  const found = events(
    t,
    "MOSCOW, Nov 30 - Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Saturday, their third meeting this year, after NATO in July and Kazan in October.",
    "2024-11-30",
  );
  t.same(
    found.map((e) => [e.date.start, e.place.city]),
    [
      ["2024-11-30", "Moscow"],
      ["2024-10", "Kazan"],
    ],
    "NATO is no place",
  );
  const curbs = events(
    t,
    "BEIJING, Nov 30 - Chinese President Xi Jinping met Russian President Vladimir Putin in Lima on Saturday, their second meeting in a year, after Washington in March ordered new export curbs.",
    "2024-11-30",
  );
  t.notOk(
    curbs.some((e) => e.date.start === "2024-03"),
    "'Washington in March ordered …' is a government acting, not a meeting",
  );
  const abbreviated = events(
    t,
    "NEW DELHI, Nov 30 - Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Rio de Janeiro on Saturday, their third meeting this year, after St. Petersburg in June and Kazan in October.",
    "2024-11-30",
  );
  t.same(
    abbreviated.map((e) => e.place.city),
    ["Rio de Janeiro", "St. Petersburg", "Kazan"],
    "a point inside the list does not end it",
  );
});

t.test("a recalled meeting folds into the report of it, whatever its precision", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi spoke with Chinese President Xi Jinping by phone on Friday, their first conversation since their summit in Wuhan on April 27. Modi and Xi met in Wuhan in April for two days of informal talks.",
    "2018-07-28",
  );
  t.equal(found.filter((e) => e.date.start?.startsWith("2018-04")).length, 1, "one Wuhan meeting");
});

t.test("'Their meeting in Sochi on August 5 ended …': a dated occasion of theirs, earlier", async (t) => {
  // Thursday 15 September 2022.
  const lead =
    "Turkish President Recep Tayyip Erdogan hosted Russian President Vladimir Putin in Ankara on Wednesday. ";
  const found = events(
    t,
    `${lead}Their meeting in Sochi on August 5 ended without a deal on grain.`,
    "2022-09-15",
  );
  const sochi = found.find((e) => e.date.start === "2022-08-05");
  t.match(sochi, { status: "held", place: { city: "Sochi" } });
  t.same(sochi && who(sochi), ERDOGAN_PUTIN);
  const at = events(t, `${lead}The mood was warmer than at their August 5 meeting in Sochi.`, "2022-09-15");
  t.ok(
    at.some((e) => e.date.start === "2022-08-05"),
    "'at their August 5 meeting': the date inside the noun phrase",
  );
  // The story's own day is no earlier occasion; nor is one still to come.
  const today = events(t, `${lead}Their meeting on Wednesday ran for three hours.`, "2022-09-15");
  t.equal(today.length, 1, "'their meeting on Wednesday' is the story's");
  const ahead = events(t, `${lead}Their meeting in Sochi on Friday will focus on grain.`, "2022-09-15");
  t.notOk(
    ahead.some((e) => e.status === "held" && e.date.start === "2022-09-16"),
    "a meeting on Friday is not a held earlier one",
  );
});

t.test("'their talks' after other people in the sentence are those people's", async (t) => {
  const found = events(
    t,
    "Turkish President Recep Tayyip Erdogan hosted Russian President Vladimir Putin in Ankara on Wednesday. Putin said the Russian and Ukrainian negotiators had made progress at their talks in Istanbul on March 29.",
    "2022-09-15",
  );
  t.notOk(
    found.some((e) => e.date.start === "2022-03-29" && who(e).includes("recep-tayyip-erdogan")),
    "the negotiators' talks are not Erdogan's and Putin's",
  );
});

t.test("'X and Y … at their February summit': the sentence's own officials, not the focus", async (t) => {
  // Friday 14 June 2019.
  const found = events(
    t,
    "Russian President Vladimir Putin received Chinese President Xi Jinping in Moscow on Thursday. Trump and Kim Jong Un signed a pledge at their February summit in Hanoi.",
    "2019-06-14",
  );
  const hanoi = found.find((e) => e.place?.city === "Hanoi");
  t.ok(hanoi, "the summit is reported");
  t.same(hanoi && who(hanoi), ["donald-trump", "kim-jong-un"], "'their' is Trump's and Kim's");
  t.match(hanoi, { date: { start: "2019-02" } });
});

t.test(
  "'the February 27 summit in Hanoi, where X and Y …': a summit of those the clause names",
  async (t) => {
    // Friday 14 June 2019.
    const lead =
      "Russian President Vladimir Putin received Chinese President Xi Jinping in Moscow on Thursday. ";
    for (const text of [
      "It came months after the February 27 summit in Hanoi, where Trump and Kim Jong Un signed nothing.",
      "Talks have stalled since the February 27 summit in Hanoi, where Trump and Kim Jong Un signed nothing.",
    ]) {
      const found = events(t, lead + text, "2019-06-14");
      const hanoi = found.find((e) => e.place?.city === "Hanoi");
      t.same(hanoi && who(hanoi), ["donald-trump", "kim-jong-un"], text);
      t.match(
        hanoi,
        { kind: "talks", status: "held", date: { start: "2019-02-27" } },
        "dated by 'February 27'",
      );
    }
    // A clause that names nobody right after "where" leaves the summit to nobody.
    const found = events(
      t,
      `${lead}It came months after the February 27 summit in Hanoi, where talks collapsed.`,
      "2019-06-14",
    );
    t.equal(found.length, 1);
  },
);

t.test("'their' after a sentence about other people, or other people in its own, is theirs", async (t) => {
  const lead =
    "Turkish President Recep Tayyip Erdogan hosted Russian President Vladimir Putin in Ankara on Wednesday. ";
  for (const text of [
    "Students protested outside. Their meeting with the university rector on August 2 was cancelled.",
    "Border commanders had agreed at their August meeting in Kars to reopen the crossing.",
  ]) {
    const found = events(t, lead + text, "2022-09-15");
    t.equal(found.length, 1, text);
  }
  // "During their …" opens a sentence as "at their …" does.
  const during = events(
    t,
    `${lead}During their August 5 meeting in Sochi, they agreed on grain.`,
    "2022-09-15",
  );
  t.ok(
    during.some((e) => e.date.start === "2022-08-05"),
    "'During their August 5 meeting' is the earlier meeting",
  );
});

t.test("'Their previous encounter, … on Nov. 19' after undated talks is another occasion", async (t) => {
  const found = events(
    t,
    "ANKARA, March 6 -- The two leaders agreed Thursday to reopen trade routes.\n\nTurkish President Recep Tayyip Erdogan and Russian President Vladimir Putin held talks lasting about 45 minutes. Their previous encounter, on the sidelines of a summit in Astana on Nov. 19, was closed to the press.",
    "2025-03-06",
  );
  t.equal(found.length, 2);
  t.match(
    found.find((e) => e.date.start === "2024-11-19"),
    { place: { city: "Astana" } },
  );
  const talks = found.find((e) => e.date.start !== "2024-11-19");
  t.not(talks?.place.city, "Astana", "the talks keep no place of the earlier encounter");
  t.equal(talks?.date.start, "2025-03-06");
});

t.test("'their last-minute meeting' is no earlier occasion", async (t) => {
  const found = events(
    t,
    "ANKARA, March 6 -- The two leaders agreed Thursday to reopen trade routes.\n\nTurkish President Recep Tayyip Erdogan and Russian President Vladimir Putin held talks lasting about 45 minutes. Their last-minute meeting, on the sidelines of a summit in Astana on Nov. 19, was closed to the press.",
    "2025-03-06",
  );
  t.equal(found.length, 1);
});

t.test("'which followed the first informal summit in X in April 2018' recalls the pair's", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi held talks with Chinese President Xi Jinping in Kazan on Wednesday, a meeting which followed the first informal summit in Wuhan in April 2018 and a second in Chennai.",
    "2024-10-24",
  );
  const wuhan = found.find((e) => e.date.start === "2018-04");
  t.match(wuhan, { status: "held", place: { city: "Wuhan", country: "CN" } });
  t.same(wuhan && who(wuhan), ["narendra-modi", "xi-jinping"]);
  t.match(
    found.find((e) => e.date.start === "2024-10-23"),
    { place: { city: "Kazan" } },
  );
  // A named gathering is not the pair's series, and an occasion dated after the news is not earlier.
  for (const text of [
    "Indian Prime Minister Narendra Modi held talks with Chinese President Xi Jinping in Kazan on Wednesday, months after the first Russia-Africa summit in Sochi in 2019.",
    "Indian Prime Minister Narendra Modi held talks with Chinese President Xi Jinping in Kazan on Wednesday, before the second informal summit in Chennai in December.",
  ])
    t.equal(events(t, text, "2024-10-24").length, 1, text);
});

t.test("mends: 'the annual summit of X', 'the previous talks between the armies' are others'", async (t) => {
  for (const tail of [
    "a year after the annual summit of the Group of 20 in New Delhi in September 2023.",
    "months after the last meeting of SCO leaders in Astana in July.",
    "after the previous talks between the two armies in Chushul in August.",
  ]) {
    const text = `Indian Prime Minister Narendra Modi held talks with Chinese President Xi Jinping in Kazan on Wednesday, ${tail}`;
    t.equal(events(t, text, "2024-10-24").length, 1, tail);
  }
});

t.test("'since their talks in X' is not the meeting in focus, though it names no trigger", async (t) => {
  // Saturday 29 June 2019.
  const found = events(
    t,
    "US President Donald Trump sat down in the afternoon with Russian President Vladimir Putin on Friday. It was their first formal meeting since their talks in Helsinki last year.",
    "2019-06-29",
  );
  const today = found.find((e) => e.date.start === "2019-06-28");
  t.ok(today, "Friday's meeting keeps its day");
  t.not(today?.place.city, "Helsinki", "the earlier talks' city is not Friday's");
  t.match(
    found.find((e) => e.date.start === "2018"),
    { place: { city: "Helsinki" } },
  );
});

t.test("'since the Helsinki summit in July last year': that summit's city and id", async (t) => {
  const found = events(
    t,
    "US President Donald Trump sat down in the afternoon with Russian President Vladimir Putin on Friday, their first formal meeting since the Helsinki summit in July last year.",
    "2019-06-29",
  );
  t.match(
    found.find((e) => e.date.start === "2018-07"),
    { summit: "us-russia-2018-helsinki", place: { city: "Helsinki", country: "FI" } },
  );
});

t.test("mends: 'before their first summit at X' is the meeting in focus, placed there", async (t) => {
  const found = events(
    t,
    "US President Donald Trump and North Korean leader Kim Jong Un met on Tuesday, the first time a sitting US president has met a North Korean leader. Before their first summit at the Capella Hotel in Singapore, the two leaders posed for photographers.",
    "2018-06-12",
  );
  t.match(
    found.find((e) => e.date.start === "2018-06-12"),
    { place: { venue: "Capella Hotel", city: "Singapore" } },
  );
});

t.test(
  "mends: the summit a recalled meeting is gives its city, and is never after the article",
  async (t) => {
    const found = events(
      t,
      "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Monday, their first meeting since the SCO summit in September.",
      "2023-03-21",
    );
    const recalled = found.find((e) => e.summit === "sco-2022");
    t.match(recalled, { place: { city: "Samarkand", country: "UZ" } });
    const ahead = events(
      t,
      "US President Donald Trump and Chinese President Xi Jinping will meet at Mar-a-Lago later this month, their first meeting since the G20 summit in December.",
      "2019-03-01",
    );
    t.notOk(
      ahead.some((e) => e.summit === "g20-2019"),
      "the Osaka G20 of June 2019 had not met",
    );
    // A city of the summit's country the text gives stays: Bali, not the reference's Nusa Dua.
    const bali = events(
      t,
      "German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Tuesday, their first meeting since the G20 summit in Bali in November 2022.",
      "2024-04-17",
    );
    t.match(
      bali.find((e) => e.summit === "g20-2022"),
      { place: { city: "Bali", country: "ID" } },
    );
  },
);

t.test("'had been received by X in May' is an earlier meeting of the guest and the host", async (t) => {
  const found = events(
    t,
    "Chinese President Xi Jinping received Brazilian President Jair Bolsonaro on Friday. Bolsonaro had been received by Xi in Beijing in May.",
    "2019-10-25",
  );
  const may = found.find((e) => e.date.start === "2019-05");
  t.ok(may, "a meeting in May");
  if (may) t.same(who(may).sort(), ["jair-bolsonaro", "xi-jinping"]);
  t.equal(may?.place.city, "Beijing");
  // A thing received is no meeting.
  const letter = events(
    t,
    "Chinese President Xi Jinping received Brazilian President Jair Bolsonaro on Friday. A letter from Bolsonaro had been received by Xi in May.",
    "2019-10-25",
  );
  t.equal(letter.length, 1, "only Friday's meeting");
});

t.test("'Their only earlier contact was a telephone call on …' is the pair's earlier call", async (t) => {
  const found = events(
    t,
    "US Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi in Kuala Lumpur on Thursday. Their only earlier contact was a telephone call on January 24, in which they clashed over Taiwan.",
    "2025-07-11",
  );
  const call = found.find((e) => e.kind === "call");
  t.ok(call, "a call");
  if (call) t.same(who(call).sort(), ["marco-rubio", "wang-yi"]);
  t.equal(call?.date.start, "2025-01-24");
  // Not the contact of people who are no officials.
  const students = events(
    t,
    "Students protested outside the hall on Monday. Their only contact was a meeting with the dean.",
    "2025-07-11",
  );
  t.equal(students.length, 0);
});

t.test("a thing received from an official is no meeting; a guest received after 'and' is", async (t) => {
  const invitation = events(
    t,
    "Indian Prime Minister Narendra Modi will visit Washington in June. An invitation from US President Joe Biden had been received by Modi in January, officials said.",
    "2023-03-20",
  );
  t.notOk(
    invitation.some((e) => e.kind === "in_person"),
    "no meeting of Biden and Modi",
  );
  const [hug] = events(
    t,
    "Indian Prime Minister Narendra Modi arrived in Japan late Saturday and was received Sunday with a hug by Japanese Prime Minister Shinzo Abe at a hotel in Yamanakako.",
    "2018-10-29",
  );
  t.same(hug ? who(hug).sort() : [], ["narendra-modi", "shinzo-abe"]);
});

t.test("'a delegation led by X was received by Y' is a meeting of X and Y", async (t) => {
  const [met] = events(
    t,
    "A delegation led by Vietnamese Prime Minister Pham Minh Chinh was received by Chinese President Xi Jinping in Beijing on Tuesday.",
    "2023-09-17",
  );
  t.same(met ? who(met).sort() : [], ["pham-minh-chinh", "xi-jinping"]);
});
