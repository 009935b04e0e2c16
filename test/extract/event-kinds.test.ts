import t from "tap";
import { events, who } from "./events-helper.ts";

t.test("'called on' an official and a courtesy call are meetings; a demand is not", async (t) => {
  const [talks, call] = events(
    t,
    "Indian External Affairs Minister S. Jaishankar held talks with Sri Lankan Foreign Minister Ali Sabry in Colombo on Friday. He later called on President Ranil Wickremesinghe.",
    "2023-09-09",
  );
  t.match(talks, { kind: "talks", date: { start: "2023-09-08" } });
  t.match(call, { kind: "in_person", status: "held", place: { city: "Colombo" } });
  t.same(call && who(call).sort(), ["ranil-wickremesinghe", "s-jaishankar"]);
  const [courtesy] = events(
    t,
    "Australian Foreign Minister Penny Wong paid a courtesy call on Vietnamese Party General Secretary Nguyen Phu Trong in Hanoi on Thursday.",
    "2023-09-09",
  );
  t.match(courtesy, { kind: "in_person", date: { start: "2023-09-07" }, place: { city: "Hanoi" } });
  t.same(
    events(t, "US President Joe Biden called on President Xi Jinping to rein in North Korea.", "2023-09-09"),
    [],
  );
  t.same(events(t, "The minister called on China to release the detained journalists.", "2023-09-09"), []);
  // A title in lower case, as a second reference: the official the story has named.
  const [, hotel] = events(
    t,
    "Pakistani Prime Minister Imran Khan met Russian President Vladimir Putin on Thursday. Later in the day Russian Deputy Prime Minister Alexander Novak called on the prime minister at his hotel.",
    "2022-02-25",
  );
  t.same(hotel && [hotel.kind, who(hotel).sort()], ["in_person", ["alexander-novak", "imran-khan"]]);
  t.same(
    events(t, "Senators called on the president to veto the bill.", "2023-09-09"),
    [],
    "a demand of a title in lower case is not a meeting",
  );
});

t.test("a visit reported with talks with its host is those talks, not a trip besides", async (t) => {
  const found = events(
    t,
    "Kenyan President William Ruto began a three-day state visit to South Korea on Monday. Ruto and South Korean President Yoon Suk Yeol held talks in Seoul on Tuesday and signed agreements on critical minerals.",
    "2024-06-07",
  );
  t.same(
    found.map((e) => [e.kind, e.date.start, who(e)]),
    [["talks", "2024-06-04", ["william-ruto", "yoon-suk-yeol"]]],
  );
  // A leg in another city after the talks is a trip of its own.
  const legs = events(
    t,
    "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing on Thursday. On Friday Putin visited Harbin, where he toured a trade fair.",
    "2024-05-18",
  );
  t.same(
    legs.map((e) => [e.kind, e.date.start, e.place.city]),
    [
      ["talks", "2024-05-16", "Beijing"],
      ["visit", "2024-05-17", "Harbin"],
    ],
  );
});

t.test("'had spoken with' is a call, like 'spoke with'", async (t) => {
  const found = events(
    t,
    "British Prime Minister Keir Starmer spoke by phone with German Chancellor Friedrich Merz on Sunday evening. Earlier in the day Starmer had spoken with French President Emmanuel Macron.",
    "2025-06-09",
  );
  t.same(
    found.map((e) => [e.kind, e.date.start, who(e).sort()]),
    [
      ["call", "2025-06-08", ["friedrich-merz", "keir-starmer"]],
      ["call", "2025-06-08", ["emmanuel-macron", "keir-starmer"]],
    ],
  );
});

t.test("a bilateral summit is talks, and 'hold their yearly summit' reports one", async (t) => {
  const [summit] = events(
    t,
    "Chinese President Xi Jinping is set to hold a bilateral summit with South Korean President Lee Jae Myung on Saturday.",
    "2025-10-28",
  );
  t.match(summit, { kind: "talks", status: "scheduled", date: { start: "2025-11-01" } });
  const [yearly] = events(
    t,
    "Australian Prime Minister Anthony Albanese and Singapore's Prime Minister Lee Hsien Loong will hold their yearly bilateral summit in Melbourne next month.",
    "2024-02-20",
  );
  t.match(yearly, { kind: "talks", place: { city: "Melbourne" } });
  // "held a summit of …": a gathering it convened, not talks between the two named.
  t.same(
    events(
      t,
      "Indonesian President Joko Widodo held a summit of Pacific leaders in Jakarta on Friday.",
      "2024-02-20",
    ),
    [],
  );
});

t.test("'A and B talked at …' are talks; 'talked about' is not a meeting", async (t) => {
  const [talks] = events(
    t,
    "Indian Prime Minister Narendra Modi arrived in Uganda on Tuesday. He and Ugandan President Yoweri Museveni talked at State House, Entebbe, first alone and then with delegations.",
    "2018-07-28",
  );
  t.match(talks, {
    kind: "talks",
    status: "held",
    date: { start: "2018-07-24" },
    place: { city: "Entebbe" },
  });
  t.same(
    events(
      t,
      "Ugandan President Yoweri Museveni talked about Indian Prime Minister Narendra Modi's visit on Tuesday.",
      "2018-07-28",
    ).filter((e) => e.kind === "talks"),
    [],
  );
});

t.test("officials met at the station on arrival were greeted, not met", async (t) => {
  const found = events(
    t,
    "French President Emmanuel Macron stepped off a special train at Kyiv's central station on Saturday and was met by Ukrainian Foreign Minister Andrii Sybiha.",
    "2025-05-10",
  );
  t.same(
    found.filter((e) => e.kind !== "visit"),
    [],
  );
  // Received by the host at a palace: a meeting.
  const [received] = events(
    t,
    "French President Emmanuel Macron was received by Ukrainian President Volodymyr Zelensky at the Mariinskyi Palace on Saturday.",
    "2025-05-10",
  );
  t.match(received, { kind: "in_person", status: "held" });
});

t.test("'In a telephone conversation on July 9, A told B …' is their call", async (t) => {
  const found = events(
    t,
    "Russian President Vladimir Putin and Iranian President Masoud Pezeshkian held talks in Ashgabat on Friday. In a telephone conversation on July 9, days after his election, Pezeshkian told Putin that Tehran was ready to sign the treaty at the BRICS summit in October.",
    "2024-10-11",
  );
  t.same(
    found.map((e) => [e.kind, e.status, e.date.start]),
    [
      ["talks", "held", "2024-10-11"],
      ["call", "held", "2024-07-09"],
    ],
  );
});

t.test("met by the host, who greeted him and posed for photographers: a greeting", async (t) => {
  const found = events(
    t,
    "At the forum's venue, Russian President Vladimir Putin was met by Turkmen President Serdar Berdimuhamedov; the two leaders greeted each other and posed for photographers.",
    "2024-10-11",
  );
  t.same(found, []);
});

t.test("a trip under way whose talks with the host are still ahead is those talks", async (t) => {
  const found = events(
    t,
    "Russian President Vladimir Putin arrived in Ashgabat on Friday on a working visit. Putin is also expected to hold talks with Turkmen President Serdar Berdimuhamedov during the visit.",
    "2024-10-11",
  );
  // The guidelines read a visit with a named host counterpart as that meeting, held or not.
  t.same(
    found.map((e) => [e.kind, e.status, who(e).sort()]),
    [["talks", "expected", ["serdar-berdimuhamedov", "vladimir-putin"]]],
  );
  // "Left for Vienna" starts the trip: the talks the next day are the visit.
  const vienna = events(
    t,
    "Indian Prime Minister Narendra Modi left for Vienna on Tuesday evening, the first visit by an Indian leader to Austria in decades. He will hold talks with Austrian Chancellor Karl Nehammer on Wednesday.",
    "2024-07-09",
  );
  t.same(
    vienna.map((e) => [e.kind, e.status, e.date.start, who(e).sort()]),
    [["talks", "scheduled", "2024-07-10", ["karl-nehammer", "narendra-modi"]]],
  );
  // A trip told as ending has no talks still ahead of it; nor does a visit held after the
  // talks planned before it, nor one whose talks were called off.
  const ended = events(
    t,
    "Kenyan President William Ruto wrapped up a three-day trip to South Korea on Thursday. Ruto will hold talks with South Korean President Yoon Suk Yeol in Seoul on Saturday at an investment forum.",
    "2024-06-07",
  );
  t.ok(
    ended.some((e) => e.kind === "visit" && who(e)[0] === "william-ruto"),
    "the ended trip stays",
  );
  const called = events(
    t,
    "Russian President Vladimir Putin arrived in Ashgabat on Friday on a working visit. His talks with Turkmen President Serdar Berdimuhamedov on Saturday were cancelled.",
    "2024-10-11",
  );
  t.ok(
    called.some((e) => e.kind === "visit" && e.status === "held"),
    "a visit with cancelled talks stays",
  );
});

t.test("'held talks on Friday, their first meeting since July': the verb says it was held", async (t) => {
  const [talks] = events(
    t,
    "Putin, Pezeshkian hold first talks in Ashgabat\n\nRussian President Vladimir Putin and Iranian President Masoud Pezeshkian held talks in Ashgabat on Friday, their first face-to-face meeting since July.",
    "2024-10-11",
  );
  t.match(talks, { kind: "talks", status: "held", date: { start: "2024-10-11" } });
});

t.test("a trilateral session, and 'was also due to see' a leader, are meetings", async (t) => {
  const [three] = events(
    t,
    "Japanese Prime Minister Shinzo Abe and US President Donald Trump were joined by Indian Prime Minister Narendra Modi for a trilateral session on Friday.",
    "2019-06-28",
  );
  t.same(three && who(three).sort(), ["donald-trump", "narendra-modi", "shinzo-abe"]);
  const [see] = events(
    t,
    "US President Donald Trump was also due to see Brazilian President Jair Bolsonaro on Friday.",
    "2019-06-27",
  );
  t.match(see, { kind: "in_person", status: "scheduled", date: { start: "2019-06-28" } });
  t.same(events(t, "US President Donald Trump was due to see the results on Friday.", "2019-06-27"), []);
});

t.test("aides the talks were attended by are not the officials who met", async (t) => {
  const found = events(
    t,
    "US President Donald Trump sat down with Russian President Vladimir Putin on Friday. The talks, attended by Secretary of State Mike Pompeo and Foreign Minister Sergei Lavrov among others, ran longer than scheduled.",
    "2019-06-28",
  );
  t.same(
    found.map((e) => who(e).sort()),
    [["donald-trump", "vladimir-putin"]],
  );
});

t.test("'telephoned' and 'dialled' are calls", async (t) => {
  const [rang] = events(
    t,
    "Kenyan President William Ruto telephoned Tanzanian President Samia Suluhu Hassan on Saturday.",
    "2025-06-09",
  );
  t.match(rang, { kind: "call", status: "held", date: { start: "2025-06-07" } });
  const [dialled] = events(
    t,
    "Indian Prime Minister Narendra Modi dialled Russian President Vladimir Putin on Thursday.",
    "2025-06-09",
  );
  t.match(dialled, { kind: "call", date: { start: "2025-06-05" } });
});

t.test(
  "'was the guest at a dinner offered by X': the subject dined with X, where the day went",
  async (t) => {
    const found = events(
      t,
      "Brazilian President Luiz Inacio Lula da Silva began his visit in Shanghai on Thursday. Lula also met the chief executive of carmaker BYD, Wang Chuanfu, and in the evening was the guest at a dinner offered by the Communist Party secretary of Shanghai, Chen Jining, before flying to Beijing.",
      "2023-04-14",
    );
    const dinner = found.find((e) => e.kind === "dinner");
    t.same(dinner && who(dinner).sort(), ["chen-jining", "luiz-inacio-lula-da-silva"]);
    t.match(dinner, { date: { start: "2023-04-13" }, place: { city: "Shanghai" } });
  },
);

t.test("'is due to receive' a visitor is a planned meeting", async (t) => {
  const [receive] = events(
    t,
    "Australian Prime Minister Anthony Albanese is also due to receive ASEAN Secretary-General Kao Kim Hourn on Tuesday.",
    "2024-03-04",
  );
  t.match(receive, { kind: "in_person", status: "scheduled", date: { start: "2024-03-05" } });
});

t.test(
  "'spent more than four hours with' an official is a meeting, and 'the closed-door meeting' it",
  async (t) => {
    const [met] = events(
      t,
      "Indian Prime Minister Narendra Modi spent more than three hours with Chinese President Xi Jinping at a lakeside guesthouse. The closed-door meeting took place in Wuhan on Friday.",
      "2018-04-29",
    );
    t.match(met, { kind: "in_person", date: { start: "2018-04-27" }, place: { city: "Wuhan" } });
    t.same(met && who(met).sort(), ["narendra-modi", "xi-jinping"]);
  },
);

t.test("tea and then dinner of the same two in one sentence are one evening, not two events", async (t) => {
  const found = events(
    t,
    "Russian President Vladimir Putin received Indian Prime Minister Narendra Modi at his residence outside Moscow on Monday evening. Putin greeted his guest with a hug, the two chatted over tea, and Putin drove Modi around the estate before hosting him for dinner.",
    "2024-07-09",
  );
  t.equal(found.filter((e) => e.kind === "dinner").length, 1);
});

t.test(
  "'received the prime minister' in lower case is a meeting; 'the president's letter' is not",
  async (t) => {
    const [met] = events(
      t,
      "Indian Prime Minister Narendra Modi arrived in Delaware on Saturday. US President Joe Biden received the prime minister at his home in Greenville on Saturday afternoon.",
      "2024-09-22",
    );
    t.match(met, { kind: "in_person", date: { start: "2024-09-21" }, place: { city: "Greenville" } });
    t.same(met && who(met).sort(), ["joe-biden", "narendra-modi"]);
    t.same(
      events(
        t,
        "US President Joe Biden received the president's letter from Indian Prime Minister Narendra Modi on Saturday.",
        "2024-09-22",
      )
        .map((e) => e.kind)
        .filter((k) => k !== "statement"),
      [],
    );
  },
);

t.test("'is due to host', 'saw X in Beijing' and 'dined privately with' are engagements", async (t) => {
  const [host] = events(
    t,
    "Chinese President Xi Jinping is due to host Russian President Vladimir Putin in Beijing later this month.",
    "2024-05-08",
  );
  t.match(host, { kind: "in_person", date: { start: "2024-05" }, place: { city: "Beijing" } });
  t.not(host?.status, "held");
  t.same(host && who(host).sort(), ["vladimir-putin", "xi-jinping"]);
  const [saw] = events(
    t,
    "German Chancellor Olaf Scholz saw Chinese President Xi Jinping in Beijing in April.",
    "2024-05-08",
  );
  t.match(saw, { kind: "in_person", status: "held", date: { start: "2024-04" } });
  t.same(
    events(t, "German Chancellor Olaf Scholz saw Chinese President Xi Jinping as a partner.", "2024-05-08"),
    [],
    "seeing someone as something is no meeting",
  );
  const [dined] = events(
    t,
    "German Chancellor Olaf Scholz dined privately with French President Emmanuel Macron in Paris on Thursday.",
    "2024-05-08",
  );
  t.match(dined, { kind: "dinner", date: { start: "2024-05-02" } });
});

t.test(
  "'went to the Blue House to brief President Moon' and 'saw the foreign minister, Kang' are meetings",
  async (t) => {
    const found = events(
      t,
      "US Secretary of State Mike Pompeo flew to Seoul on Sunday and went to the Blue House that evening to brief South Korean President Moon Jae-in. He also saw the foreign minister, Kang Kyung-wha.",
      "2018-10-08",
    );
    const moon = found.find((e) => who(e).includes("moon-jae-in"));
    t.match(moon, { kind: "in_person", date: { start: "2018-10-07" } });
    t.same(moon && who(moon).sort(), ["mike-pompeo", "moon-jae-in"]);
    const kang = found.find((e) => who(e).includes("kang-kyung-wha"));
    t.same(kang && who(kang).sort(), ["kang-kyung-wha", "mike-pompeo"]);
    t.same(
      events(t, "US Secretary of State Mike Pompeo briefed reporters on Sunday.", "2018-10-08"),
      [],
      "briefing reporters is no meeting",
    );
  },
);

t.test("a visit dated only to its month is the talks with its host that month", async (t) => {
  const found = events(
    t,
    "Russian Defence Minister Sergei Shoigu visited North Korea in July. On July 26, Shoigu held talks with North Korean leader Kim Jong Un in Pyongyang.",
    "2023-09-05",
  );
  t.same(
    found.map((e) => [e.kind, e.date.start, who(e).sort()]),
    [["talks", "2023-07-26", ["kim-jong-un", "sergei-shoigu"]]],
  );
});

t.test("a day told as a schedule: 'his day opened with A and continued with B'", async (t) => {
  const found = events(
    t,
    "Russian President Vladimir Putin's day opened with Vietnamese President Vo Van Thuong and continued with Thai Prime Minister Srettha Thavisin.",
    "2023-10-18",
  );
  t.same(
    found.map((e) => who(e).sort()),
    [
      ["vladimir-putin", "vo-van-thuong"],
      ["srettha-thavisin", "vladimir-putin"],
    ],
  );
  const [abe] = events(
    t,
    "US President Donald Trump's schedule began at 8:30 a.m. with host Japanese Prime Minister Shinzo Abe on Friday.",
    "2019-06-28",
  );
  t.match(abe, { kind: "in_person", date: { start: "2019-06-28" } });
});

t.test("'had spoken on the phone' is a call, apart from the meeting before it", async (t) => {
  const found = events(
    t,
    "TOKYO — Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung met in Tokyo on Saturday. The two had spoken on the phone in late June.",
    "2025-08-24",
  );
  t.match(
    found.find((e) => e.kind === "call"),
    { date: { start: "2025-06" } },
  );
});

t.test("'went to X for an hour with Y' and 'began the day with Y' are meetings", async (t) => {
  const [hour] = events(
    t,
    "CAIRO — On Sunday Indian External Affairs Minister S. Jaishankar went to Alexandria for about an hour with Egyptian President Abdel Fattah el-Sisi.",
    "2024-03-04",
  );
  t.same(who(hour ?? { participants: [] }), ["abdel-fattah-el-sisi", "s-jaishankar"]);
  const [day] = events(
    t,
    "CAIRO — On Saturday in Cairo, Indian External Affairs Minister S. Jaishankar began the day with Egyptian President Abdel Fattah el-Sisi.",
    "2024-03-04",
  );
  t.match(day, { date: { start: "2024-03-02" } });
  t.equal(events(t, "CAIRO — Jaishankar waited for an hour with reporters.", "2024-03-04").length, 0);
});

t.test("a clause that denies the engagement adds none; the sentence's others count", async (t) => {
  const found = events(
    t,
    "MOSCOW — Russian President Vladimir Putin and U.S. President Donald Trump have spoken by telephone on Feb. 12, but have not met in person.",
    "2025-04-12",
  );
  t.same(
    found.map((e) => e.kind),
    ["call"],
    "'spoken by telephone' is a call; 'have not met' adds no meeting",
  );
  for (const text of [
    "MOSCOW — Russian President Vladimir Putin and U.S. President Donald Trump have never met.",
    "MOSCOW — Russian President Vladimir Putin and U.S. President Donald Trump have not yet held talks.",
    "MOSCOW — Russian President Vladimir Putin and U.S. President Donald Trump held no talks in Alaska.",
  ])
    t.same(events(t, text, "2025-04-12"), [], text);
  const [affirmed] = events(
    t,
    "MOSCOW — Russian President Vladimir Putin not only met U.S. President Donald Trump in Alaska on Aug. 15 but hosted him.",
    "2025-08-20",
  );
  t.match(affirmed, { kind: "in_person", date: { start: "2025-08-15" } }, "'not only met' affirms");
});

t.test("two days joined by 'and' after an engagement are two engagements", async (t) => {
  const found = events(
    t,
    "MOSCOW — Russian President Vladimir Putin and U.S. President Donald Trump have spoken by telephone twice since January, on Feb. 12 and March 18.",
    "2025-04-12",
  );
  t.same(
    found.map((e) => [e.kind, e.date?.start]),
    [
      ["call", "2025-02-12"],
      ["call", "2025-03-18"],
    ],
    "'since January,' bounds nothing past its comma; each day is a call",
  );
  const twoDays = events(
    t,
    "TOKYO — Japanese Prime Minister Fumio Kishida held talks with South Korean President Yoon Suk Yeol in Tokyo on March 16 and 17.",
    "2023-03-20",
  );
  t.equal(twoDays.length, 1, "consecutive days are one engagement");
  const bounded = events(
    t,
    "TOKYO — Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol on Thursday, the first visit since March 2011.",
    "2023-03-17",
  );
  t.same(
    bounded.map((e) => e.date?.start),
    ["2023-03-16"],
    "a date right after 'since' still only bounds",
  );
});

t.test("calls with several officials are one call each, dated on taking office", async (t) => {
  const found = events(
    t,
    "SEOUL — Foreign Minister Cho Tae-yul's first phone conversations after taking office were with U.S. Secretary of State Antony Blinken and Japanese Foreign Minister Yoko Kamikawa, the ministry said.",
    "2024-03-10",
  );
  t.same(
    found.map((e) => [e.kind, who(e), e.date]),
    [
      ["call", ["antony-blinken", "cho-tae-yul"], { start: "2024-01", end: null, precision: "month" }],
      ["call", ["cho-tae-yul", "yoko-kamikawa"], { start: "2024-01", end: null, precision: "month" }],
    ],
    "the owner of the conversations calls each; the month Cho took office",
  );
  const dated = events(
    t,
    "SEOUL — After taking office, Foreign Minister Cho Tae-yul spoke by phone with U.S. Secretary of State Antony Blinken on Feb. 2.",
    "2024-03-10",
  );
  t.match(dated, [{ kind: "call", date: { start: "2024-02-02" } }], "a day of its own comes first");
});

t.test("an official in a city with another is with them there", async (t) => {
  const [there] = events(
    t,
    "On Wednesday, Chinese President Xi Jinping is in Belgrade with Serbian President Aleksandar Vucic.",
    "2024-05-08",
  );
  t.match(there, { kind: "in_person", place: { city: "Belgrade" } });
  t.same(there ? who(there) : [], ["aleksandar-vucic", "xi-jinping"]);
  const alone = events(
    t,
    "Chinese President Xi Jinping was in Moscow with his wife on Wednesday.",
    "2024-05-08",
  );
  t.equal(alone.filter((e) => e.kind === "in_person").length, 0, "a spouse is no counterpart");
});

t.test("'received the head of the Chinese legislature, Zhao Leji' is a meeting", async (t) => {
  const [met] = events(
    t,
    "MOSCOW, Nov 9 - Russian President Vladimir Putin received the head of the Chinese legislature, Zhao Leji, at the Kremlin on Thursday.",
    "2023-11-09",
  );
  t.same(met ? who(met).sort() : [], ["vladimir-putin", "zhao-leji"]);
  t.match(met, { kind: "in_person", date: { start: "2023-11-09" } });
});

t.test("'called' an official named right after it is a phone call", async (t) => {
  const [call] = events(
    t,
    "Ukrainian President Volodymyr Zelensky called U.S. President Donald Trump on Monday to discuss air defence.",
    "2025-02-24",
  );
  t.match(call, { kind: "call" });
  for (const text of [
    "U.S. President Donald Trump called Ukrainian President Volodymyr Zelensky a dictator on Wednesday.",
    'U.S. President Donald Trump called Chinese President Xi Jinping "a very smart man" on Wednesday.',
    "Ukrainian President Volodymyr Zelensky called Turkish President Recep Tayyip Erdogan's visit a message of support.",
    "U.S. President Donald Trump called on Russian President Vladimir Putin to end the war.",
  ])
    t.same(events(t, text, "2025-02-24"), [], text);
});

t.test("no one visits their own country: the trip there is the other official's", async (t) => {
  // Friday 23 August 2019: "last Sunday" is the 18th.
  const found = events(
    t,
    "The dispute began last Sunday, when Danish Prime Minister Mette Frederiksen arrived in Nuuk on her first trip to Greenland as prime minister for talks with Kim Kielsen, the premier of the territory.",
    "2019-08-23",
  );
  t.notOk(
    found.some((e) => e.kind === "visit" && who(e).length === 1 && who(e)[0] === "kim-kielsen"),
    "Kielsen makes no visit to Greenland",
  );
});

t.test("an international organisation's head visits their own country of birth", async (t) => {
  const found = events(t, "UN Secretary-General Antonio Guterres visited Portugal on Tuesday.", "2025-06-11");
  t.match(found[0], { kind: "visit", place: { country: "PT" } });
});

t.test("a journey in an aside between subject and verb lends the call neither kind nor place", async (t) => {
  const toured = events(
    t,
    "WASHINGTON, March 6 (Reuters) - Secretary of State Marco Rubio, touring Asia with a stop in Manila and talks with Japanese officials in Tokyo, phoned Chinese Foreign Minister Wang Yi on Thursday.",
    "2025-03-06",
  );
  t.equal(toured.length, 1);
  t.match(toured[0], { kind: "call", date: { start: "2025-03-06" }, place: { city: null, country: null } });
  const visiting = events(
    t,
    "WASHINGTON, March 6 (Reuters) - Secretary of State Marco Rubio, visiting Tokyo for talks with Japanese Foreign Minister Takeshi Iwaya, phoned Chinese Foreign Minister Wang Yi on Thursday.",
    "2025-03-06",
  );
  const call = visiting.find((e) => e.kind === "call");
  t.same(
    call?.participants.map((p) => p.official).sort(),
    ["marco-rubio", "wang-yi"],
    "the host of the trip is not on the call",
  );
  // The aside ends where the verb starts: the main clause keeps its own place.
  const tour = events(
    t,
    "NAIROBI, March 6 (Reuters) - Secretary of State Marco Rubio, on a three-nation tour of Africa, met Kenyan President William Ruto in Nairobi on Thursday.",
    "2025-03-06",
  );
  t.match(tour[0], { kind: "in_person", place: { city: "Nairobi" } });
});

t.test("'called on the new National Security Adviser, X' is a courtesy call", async (t) => {
  const found = events(
    t,
    "WASHINGTON, Jan. 22 -- Indian External Affairs Minister S. Jaishankar met Secretary of State Marco Rubio on Tuesday. Jaishankar also called on the new National Security Adviser, Mike Waltz, on Tuesday.",
    "2025-01-22",
  );
  const call = found.find((e) => who(e).includes("mike-waltz"));
  t.match(call, { kind: "in_person", status: "held", date: { start: "2025-01-21" } });
});

t.test("'is due in Kyiv on Monday' is a visit there; a payment 'due in March' is nothing", async (t) => {
  const [due] = events(
    t,
    "BERLIN, Feb. 12 -- German Chancellor Olaf Scholz is due in Kyiv on Monday.",
    "2022-02-12",
  );
  t.match(due, { kind: "visit", date: { start: "2022-02-14" }, place: { city: "Kyiv" } });
  t.not(due?.status, "held");
  t.same(
    events(
      t,
      "BERLIN, Feb. 12 -- The payment is due in March, German Chancellor Olaf Scholz said.",
      "2022-02-12",
    ).filter((e) => e.kind !== "statement"),
    [],
  );
});

t.test("mends: 'due in April' and 'called on the new … for' are no meetings", async (t) => {
  const pub = "2025-03-06";
  t.same(
    events(
      t,
      "WASHINGTON, March 6 -- Putin's answer to the ceasefire plan offered by President Donald Trump is due in April.",
      pub,
    ).filter((e) => e.kind !== "statement" && e.kind !== "announcement"),
    [],
  );
  t.same(
    events(
      t,
      "KYIV, March 6 -- Ukrainian President Volodymyr Zelensky called on the new German Chancellor Friedrich Merz for more air defence systems.",
      pub,
    ),
    [],
  );
});

t.test("'A and B last sat down together in X' is a meeting of the two, told as background", async (t) => {
  const found = events(
    t,
    "Indian Foreign Minister Subrahmanyam Jaishankar spoke with Chinese Foreign Minister Wang Yi on Tuesday. Jaishankar and Wang last sat down together in Vientiane in July 2024, when the Indian stressed the border.",
    "2024-10-16",
  );
  const vientiane = found.find((e) => e.date.start === "2024-07");
  t.match(vientiane, { kind: "in_person", status: "held", place: { city: "Vientiane" } });
});

t.test("'have spoken once, by phone last July' is a call", async (t) => {
  const found = events(
    t,
    "Indian Foreign Minister Subrahmanyam Jaishankar met Chinese Foreign Minister Wang Yi on Tuesday. They have spoken once, by phone last July, about the border.",
    "2024-10-16",
  );
  t.match(
    found.find((e) => e.date.start === "2024-07"),
    { kind: "call", status: "held" },
  );
});

t.test(
  "'had seen Chinese foreign policy chief Wang Yi in Munich' and 'saw X separately' are meetings",
  async (t) => {
    const found = events(
      t,
      "Indian Foreign Minister Subrahmanyam Jaishankar met Russian Foreign Minister Sergei Lavrov on Thursday. Jaishankar had seen Chinese foreign policy chief Wang Yi in Vientiane on July 25, and he saw Lavrov separately.",
      "2024-08-02",
    );
    const vientiane = found.find((e) => who(e).includes("wang-yi"));
    t.match(vientiane, { kind: "in_person", date: { start: "2024-07-25" }, place: { city: "Vientiane" } });
    // A view, not a meeting: "saw X as …".
    const view = events(
      t,
      "Indian Foreign Minister Subrahmanyam Jaishankar met Russian Foreign Minister Sergei Lavrov on Thursday. Jaishankar saw Chinese leader Xi Jinping as a rival in the region.",
      "2024-08-02",
    );
    t.notOk(view.some((e) => who(e).includes("xi-jinping")));
    // Nor a view of someone's trip.
    const trip = events(
      t,
      "French President Emmanuel Macron saw Xi's trip to Moscow in March as a warning.",
      "2024-05-09",
    );
    t.notOk(trip.some((e) => who(e).join() === "emmanuel-macron,xi-jinping"));
    // "saw X separately": a manner after the name.
    const apart = events(
      t,
      "Indian Foreign Minister Subrahmanyam Jaishankar met Chinese Foreign Minister Wang Yi and Russian Foreign Minister Sergei Lavrov together on Thursday, and he saw Lavrov separately.",
      "2024-08-02",
    );
    t.ok(apart.some((e) => who(e).join() === "sergei-lavrov,subrahmanyam-jaishankar"));
  },
);

t.test("'X, whom Y also received that afternoon, …' is a meeting of X and Y", async (t) => {
  const [first, second] = events(
    t,
    "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in Kazan on Tuesday. Iranian President Masoud Pezeshkian, whom Modi also received that evening, invited him to Tehran.",
    "2024-10-23",
  );
  t.same(first && who(first), ["narendra-modi", "vladimir-putin"]);
  t.same(second && who(second), ["masoud-pezeshkian", "narendra-modi"]);
  t.equal(second?.date.start, "2024-10-22");
});

t.test("a trip dated by its last day folds into the host's talks in the days before", async (t) => {
  const found = events(
    t,
    "Kenyan President William Ruto ended a three-day visit to South Korea on Thursday. Ruto and South Korean President Yoon Suk Yeol held talks in Seoul on Tuesday and signed agreements on critical minerals.",
    "2024-06-07",
  );
  t.same(
    found.map((e) => [e.kind, e.date.start, who(e)]),
    [["talks", "2024-06-04", ["william-ruto", "yoon-suk-yeol"]]],
  );
});

t.test("mends: a trip begun after the host's talks is a trip of its own", async (t) => {
  const found = events(
    t,
    "Kenyan President William Ruto met South Korean President Yoon Suk Yeol on the sidelines of a summit in Seoul on Tuesday. On Thursday, after the summit closed, Ruto began a separate state visit to South Korea.",
    "2024-06-07",
  );
  t.ok(found.some((e) => who(e).includes("william-ruto") && e.date.start === "2024-06-06"));
});

t.test("mends: a 'whom' clause's meeting leaves out the main clause's subject", async (t) => {
  const found = events(
    t,
    "Russian President Vladimir Putin sent former President Dmitry Medvedev, whom Chinese President Xi Jinping received in December, to Beijing.",
    "2024-05-09",
  );
  const met = found.find((e) => who(e).includes("xi-jinping"));
  t.same(met && who(met), ["dmitry-medvedev", "xi-jinping"]);
});

t.test("'spoke with' at a dinner, a reception or a summit is face to face, not a call", async (t) => {
  // Saturday 11 November 2023.
  const found = events(
    t,
    "At a state banquet in Hanoi on Friday night, Japanese Prime Minister Fumio Kishida spoke with Chinese Premier Li Qiang for several minutes.",
    "2023-11-11",
  );
  const [banquet] = found;
  t.match(banquet, { kind: "in_person", date: { start: "2023-11-10" }, place: { city: "Hanoi" } });
  t.equal(found.length, 1, "the banquet is where they talked, not a meal of their own");
  const [reception] = events(
    t,
    "US President Joe Biden spoke briefly with Chinese President Xi Jinping at a reception for summit leaders in San Francisco on Friday.",
    "2023-11-11",
  );
  t.match(reception, { kind: "in_person", place: { city: "San Francisco" } });
  const [sidelines] = events(
    t,
    "US President Joe Biden spoke with Chinese President Xi Jinping on the sidelines of the summit in Lima on Friday.",
    "2023-11-11",
  );
  t.match(sidelines, { kind: "in_person", place: { city: "Lima" } });
  const [phone] = events(
    t,
    "US President Joe Biden spoke with Chinese President Xi Jinping by phone on Friday, a week before the summit in Lima.",
    "2023-11-11",
  );
  t.match(phone, { kind: "call" });
  const [about] = events(
    t,
    "US President Joe Biden spoke with Chinese President Xi Jinping on Friday about the summit in Lima.",
    "2023-11-11",
  );
  t.match(about, { kind: "call" });
  // Reported speech: where the speaker said it is not where the call was.
  const [said] = events(
    t,
    "At the summit in Lima on Friday, US President Joe Biden said he had spoken with Ukrainian President Volodymyr Zelensky.",
    "2023-11-11",
  );
  t.match(said, { kind: "call" });
});

t.test(
  "mends: a gathering recalled before 'spoke with', or after 'since', is not where they spoke",
  async (t) => {
    // Tuesday 17 December 2024.
    const [after] = events(
      t,
      "A month after their meeting at the APEC summit in Lima, US President Joe Biden spoke with Chinese President Xi Jinping on Monday.",
      "2024-12-17",
    );
    t.match(after, { kind: "call", place: { city: null } });
    const [since] = events(
      t,
      "On Monday, US President Joe Biden spoke with Chinese President Xi Jinping for the first time since they met in person in Lima.",
      "2024-12-17",
    );
    t.match(since, { kind: "call", date: { start: "2024-12-16" } });
    t.not(since?.place.city, "Lima");
  },
);

t.test("mends: 'spoke briefly with X at a dinner …, officials said' is face to face", async (t) => {
  // Saturday 17 September 2022.
  const [dinner] = events(
    t,
    "Indian Prime Minister Narendra Modi spoke briefly with Chinese President Xi Jinping at a dinner for summit leaders in Samarkand on Thursday, Indian officials said.",
    "2022-09-17",
  );
  t.match(dinner, { kind: "in_person", place: { city: "Samarkand" } });
  const [sidelines] = events(
    t,
    "On the sidelines of the SCO summit in Samarkand on Friday, Indian Prime Minister Narendra Modi spoke with Russian President Vladimir Putin, Indian officials said.",
    "2022-09-17",
  );
  t.match(sidelines, { kind: "in_person", place: { city: "Samarkand" } });
  // "spoke privately with X in Guangzhou": a talk in a city both were in.
  const [privately] = events(
    t,
    "French President Emmanuel Macron spoke privately with Chinese President Xi Jinping in Guangzhou on Friday.",
    "2022-09-17",
  );
  t.match(privately, { kind: "in_person", place: { city: "Guangzhou" } });
  // "from Camp David": where the caller was.
  const [from] = events(
    t,
    "US President Joe Biden spoke with Russian President Vladimir Putin from Camp David for just over an hour on Saturday.",
    "2022-09-17",
  );
  t.match(from, { kind: "call" });
  // Reported speech before the talk: where the speaker said it is not where it was.
  const [reported] = events(
    t,
    "In Samarkand on Friday, Indian Prime Minister Narendra Modi told reporters he had spoken with Ukrainian President Volodymyr Zelensky at a summit last year.",
    "2022-09-17",
  );
  t.not(reported?.kind, "in_person");
});

t.test("'spoken by video link' is a video call", async (t) => {
  const found = events(
    t,
    "German Chancellor Olaf Scholz flew to Beijing on Friday. Scholz and Chinese President Xi Jinping had last spoken by video link in May.",
    "2022-11-05",
  );
  const video = found.find((e) => e.participants.length === 2);
  t.match(video, { kind: "video_call", date: { start: "2022-05" } });
});

t.test("security consultations with a foreign official are talks", async (t) => {
  const [talks] = events(
    t,
    "Chinese Foreign Minister Wang Yi is due to hold security consultations in Moscow on Tuesday with Nikolai Patrushev, secretary of the Russian Security Council.",
    "2023-09-18",
  );
  t.match(talks, { kind: "talks", date: { start: "2023-09-19" }, place: { city: "Moscow" } });
  t.same(talks && who(talks).sort(), ["nikolai-patrushev", "wang-yi"]);
});

t.test("consultations proposed or kept up are no meeting", async (t) => {
  const found = events(
    t,
    "U.S. Secretary of State Antony Blinken spoke with South Korean Foreign Minister Cho Tae-yul on Thursday. Blinken proposed that the allies keep up close consultations with Japanese Prime Minister Fumio Kishida.",
    "2024-05-17",
  );
  t.notOk(
    found.some((e) => who(e).includes("fumio-kishida")),
    found.map((e) => who(e).join("+")).join("; "),
  );
});

t.test("talks that continued over lunch or tea are a meal of their own, with the talks' pair", async (t) => {
  const lunch = events(
    t,
    "German Chancellor Olaf Scholz held talks with Chinese President Xi Jinping in Beijing on Friday. The two leaders continued their conversation over lunch.",
    "2022-11-05",
  );
  const meal = lunch.find((e) => e.kind === "dinner");
  t.same(meal && who(meal).sort(), ["olaf-scholz", "xi-jinping"]);
  t.match(meal, { date: { start: "2022-11-04" } });
  const tea = events(
    t,
    "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing on Tuesday. The conversation then continued over tea at Zhongnanhai, with Foreign Minister Sergei Lavrov and Presidential Aide Yury Ushakov present on the Russian side.",
    "2025-09-03",
  );
  const meals = tea.filter((e) => e.kind === "dinner");
  t.same(
    meals.map((e) => who(e).sort().join("+")),
    ["vladimir-putin+xi-jinping"],
    "one tea of the two leaders, not one per aide present",
  );
});

t.test("an adverb before 'by phone', and a described call, still make a call", async (t) => {
  const [apart] = events(
    t,
    "Chilean President Gabriel Boric spoke separately by phone on Tuesday with Argentine President Alberto Fernández.",
    "2022-05-12",
  );
  t.match(apart, { kind: "call", date: { start: "2022-05-10" } });
  t.same(apart ? who(apart) : null, ["alberto-fernandez", "gabriel-boric"]);
  // A joint, three-way or four-way call is one call of all its parties.
  for (const [kind, others] of [
    ["joint", "Spanish Prime Minister Pedro Sánchez and French President Emmanuel Macron"],
    ["three-way", "Spanish Prime Minister Pedro Sánchez and French President Emmanuel Macron"],
    [
      "four-way",
      "Spanish Prime Minister Pedro Sánchez, French President Emmanuel Macron and Italian Prime Minister Mario Draghi",
    ],
  ]) {
    const all = events(
      t,
      `Portuguese Prime Minister António Costa held a ${kind} call on Friday with ${others}.`,
      "2021-03-15",
    );
    t.equal(all.length, 1, `a ${kind} call is one event`);
    t.match(all[0], { kind: "call", date: { start: "2021-03-12" } });
    t.equal(all[0]?.participants.length, kind === "four-way" ? 4 : 3, `a ${kind} call has all its parties`);
  }
  // An appeal is no call: "a joint call for", "issued a joint call".
  for (const text of [
    "Portuguese Prime Minister António Costa and Spanish Prime Minister Pedro Sánchez issued a joint call on Friday for a ceasefire.",
    "Portuguese Prime Minister António Costa and Spanish Prime Minister Pedro Sánchez, in a separate call for restraint, urged calm on Friday.",
  ])
    t.same(
      events(t, text, "2021-03-15").map((e) => e.kind),
      [],
      text,
    );
});

t.test("'had been at the White House on Monday with Biden' is a meeting there", async (t) => {
  // Wednesday 9 February 2022: Monday is the 7th.
  const [meeting] = events(
    t,
    "German Chancellor Olaf Scholz had been at the White House on Monday with US President Joe Biden, who said the pipeline would not go ahead.",
    "2022-02-09",
  );
  t.equal(meeting?.kind, "in_person");
  t.same(meeting && who(meeting).sort(), ["joe-biden", "olaf-scholz"]);
  t.equal(meeting?.date.start, "2022-02-07");
  // Not a place with someone who is no official.
  const alone = events(
    t,
    "French President Emmanuel Macron was at the United Nations with his wife on Monday.",
    "2022-02-09",
  );
  t.equal(alone.length, 0);
});

t.test("'saw the outgoing Secretary of State, Antony Blinken' is a meeting", async (t) => {
  const found = events(
    t,
    "Indian External Affairs Minister Subrahmanyam Jaishankar visited Washington last week. Jaishankar also saw the outgoing Secretary of State, Antony Blinken, at the State Department.",
    "2024-12-30",
  );
  t.ok(found.some((e) => who(e).includes("antony-blinken") && who(e).includes("subrahmanyam-jaishankar")));
  // Seeing someone as something is an opinion.
  const opinion = events(
    t,
    "Indian External Affairs Minister Subrahmanyam Jaishankar saw the Secretary of State, Antony Blinken, as a partner.",
    "2024-12-30",
  );
  t.equal(opinion.length, 0);
});

t.test("'saw Hafez al-Assad, the father of …': a name in apposition after 'saw'", async (t) => {
  const found = events(
    t,
    "Former US President Bill Clinton saw Syrian President Hafez al-Assad, the father of the current president, in Geneva in 2000.",
    "2025-05-15",
  );
  t.ok(found.some((e) => who(e).includes("bill-clinton") && e.date.start === "2000"));
});

t.test("'calling on him at Trump Tower' is a courtesy call; 'called on him to resign' is not", async (t) => {
  const [call] = events(
    t,
    "Japanese Prime Minister Shinzo Abe was the first foreign leader to see US President Donald Trump after his election victory, calling on him at Trump Tower in New York on Nov. 17.",
    "2017-02-12",
  );
  t.same(call && who(call).sort(), ["donald-trump", "shinzo-abe"]);
  t.equal(call?.date.start, "2016-11-17");
  const demand = events(
    t,
    "Japanese Prime Minister Shinzo Abe met Chinese President Xi Jinping in Beijing on Friday. Critics at home called on him in a statement to cancel the trip.",
    "2017-02-12",
  );
  t.equal(demand.length, 1, "the demand is no second meeting");
});

t.test("'for lunch with her' is a meal with the official the sentence named", async (t) => {
  const [lunch] = events(
    t,
    "US President Joe Biden watched the parade on Friday. Later on Friday he was at the Hotel de Lassay, the official residence of National Assembly President Yael Braun-Pivet, for lunch with her.",
    "2023-07-15",
  );
  t.equal(lunch?.kind, "dinner");
  t.same(lunch && who(lunch).sort(), ["joe-biden", "yael-braun-pivet"]);
  t.equal(
    events(t, "US President Joe Biden left for lunch with his wife on Friday.", "2023-07-15").length,
    0,
  );
});

t.test("a handshake at an occasion both attended is a greeting, not a meal together", async (t) => {
  for (const text of [
    "US Defense Secretary Lloyd Austin and Chinese Defence Minister Dong Jun shook hands at the opening dinner on Friday.",
    "US Defense Secretary Lloyd Austin and Chinese Defence Minister Dong Jun managed only a handshake at the forum's opening dinner on Friday.",
    "US Defense Secretary Lloyd Austin and Chinese Defence Minister Dong Jun exchanged pleasantries at a gala banquet on Friday.",
  ])
    t.same(events(t, text, "2024-06-02"), [], text);
  // A handshake that opens their own meeting, or comes on another day, leaves it a meeting.
  const [own] = events(
    t,
    "US President Joe Biden and Chinese President Xi Jinping shook hands at the start of their meeting in Woodside on Wednesday.",
    "2023-11-17",
  );
  t.same(own && who(own).sort(), ["joe-biden", "xi-jinping"]);
  const [later] = events(
    t,
    "US Defense Secretary Lloyd Austin and Chinese Defence Minister Dong Jun shook hands at the opening dinner on Friday and held talks on Saturday.",
    "2024-06-02",
  );
  t.match(later, { kind: "talks", date: { start: "2024-06-01" } });
});

t.test("a meeting with no plans for it, ruled out, or in a denied report is none", async (t) => {
  const engaged = (text: string, published: string) =>
    events(t, text, published).filter((e) =>
      ["in_person", "talks", "call", "visit", "dinner"].includes(e.kind),
    );
  for (const [text, published] of [
    [
      "MOSCOW, Aug 20 - The Kremlin said on Wednesday there were no concrete plans for a meeting between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky.",
      "2025-08-20",
    ],
    [
      "The White House said US President Joe Biden had no plans to meet Russian Foreign Minister Sergei Lavrov.",
      "2022-11-10",
    ],
    [
      "Indonesian officials said on Thursday that Russian President Vladimir Putin would skip the summit, ruling out a face-to-face encounter with US President Joe Biden.",
      "2022-11-10",
    ],
    [
      "MOSCOW, Nov 11 - The Kremlin on Monday denied a Washington Post report that U.S. President-elect Donald Trump had spoken by phone with Russian President Vladimir Putin last week.",
      "2024-11-11",
    ],
  ] as const)
    t.same(engaged(text, published), [], text);
  // An occasion its subject stays away from names no one else's meeting with them.
  const missed = engaged(
    "Chinese President Xi Jinping met Indian Prime Minister Narendra Modi on Tuesday. Russian President Vladimir Putin missed the meeting.",
    "2024-10-24",
  );
  t.same(
    missed.map((e) => who(e).sort()),
    [["narendra-modi", "xi-jinping"]],
  );
  // A denied report beside a meeting the sentence affirms past a comma, and "no doubt".
  const affirmed = engaged(
    "The Kremlin denied reports that the talks had failed, saying Russian President Vladimir Putin met Chinese President Xi Jinping on Tuesday as planned.",
    "2024-05-17",
  );
  t.same(
    affirmed.map((e) => e.kind),
    ["in_person"],
  );
  const sure = engaged(
    "Russian President Vladimir Putin said he had no doubt he would meet Chinese President Xi Jinping on Tuesday.",
    "2024-05-17",
  );
  t.same(
    sure.map((e) => e.status),
    ["scheduled"],
  );
});

t.test("a meal of the visit whose sentence names its own host is the host's with the guest", async (t) => {
  const found = events(
    t,
    "NEW DELHI: Maldivian President Mohamed Muizzu held talks with Indian Prime Minister Narendra Modi on Monday. Indian President Droupadi Murmu will host a banquet in his honour in the evening.",
    "2024-10-07",
  );
  const dinner = found.find((e) => e.kind === "dinner");
  t.same(dinner && who(dinner).sort(), ["droupadi-murmu", "mohamed-muizzu"]);
  // The focus's own host named again changes nothing.
  const same = events(
    t,
    "NEW DELHI: Maldivian President Mohamed Muizzu held talks with Indian Prime Minister Narendra Modi on Monday. Modi will host a banquet in his honour in the evening.",
    "2024-10-07",
  ).find((e) => e.kind === "dinner");
  t.same(same && who(same).sort(), ["mohamed-muizzu", "narendra-modi"]);
});
