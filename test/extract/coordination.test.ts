import t from "tap";
import { events, who } from "./events-helper.ts";

// A second verb coordinated with the first ("…, and later met X") shares its subject;
// a place in the first clause stays with the first verb.

t.test("', and later met X': the sentence's subject meets X too", async (t) => {
  // Wednesday 22 March 2023: "Tuesday" is the 21st.
  const found = events(
    t,
    "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in the Kremlin on Tuesday, and then met Prime Minister Mikhail Mishustin.",
    "2023-03-22",
  );
  const talks = found.find((e) => who(e).includes("vladimir-putin"));
  t.same(talks && who(talks), ["vladimir-putin", "xi-jinping"]);
  t.match(talks, { date: { start: "2023-03-21" }, place: { venue: "Kremlin" } });
  const second = found.find((e) => who(e).includes("mikhail-mishustin"));
  t.same(second && who(second), ["mikhail-mishustin", "xi-jinping"], "Xi is the subject of 'met'");
  t.not(second?.place?.venue, "Kremlin", "the first clause's venue stays with the first verb");
});

t.test("a coordinated clause with its own subject does not take the first one's", async (t) => {
  const found = events(
    t,
    "Chinese President Xi Jinping held talks with Russian President Vladimir Putin on Tuesday, and Prime Minister Mikhail Mishustin met Chinese Premier Li Qiang.",
    "2023-03-22",
  );
  for (const e of found.filter((e) => who(e).includes("mikhail-mishustin")))
    t.notOk(who(e).includes("xi-jinping"), "Xi is not at Mishustin's meeting");
});

t.test("talks with a state's president and its prime minister: one meeting per host", async (t) => {
  // Two heads of one state or government are two host counterparts (the guidelines).
  const found = events(
    t,
    "On Monday Japanese Prime Minister Fumio Kishida held talks in Hanoi with Vietnam's president, Vo Van Thuong, and its prime minister, Pham Minh Chinh.",
    "2023-09-12",
  );
  t.same(found.map(who), [
    ["fumio-kishida", "vo-van-thuong"],
    ["fumio-kishida", "pham-minh-chinh"],
  ]);
});

t.test("a leader with an aide, or the EU's two presidents, stay one meeting", async (t) => {
  const aide = events(
    t,
    "Russian President Vladimir Putin held talks in Beijing with Chinese President Xi Jinping and Foreign Minister Wang Yi on Thursday.",
    "2024-05-17",
  );
  t.same(aide.map(who), [["vladimir-putin", "wang-yi", "xi-jinping"]]);
  const eu = events(
    t,
    "Chinese President Xi Jinping held talks in Beijing with European Council President Charles Michel and European Commission President Ursula von der Leyen on Thursday.",
    "2023-12-08",
  );
  t.same(eu.map(who), [["charles-michel", "ursula-von-der-leyen", "xi-jinping"]]);
});

t.test("'will meet A on Monday and B on Tuesday': each host's meeting has its own day", async (t) => {
  // Sunday 5 November 2023.
  const found = events(
    t,
    "Australian Prime Minister Anthony Albanese will meet Chinese President Xi Jinping on Monday and Chinese Premier Li Qiang on Tuesday.",
    "2023-11-05",
  );
  const day = (id: string) => found.find((e) => who(e).includes(id))?.date?.start;
  t.equal(day("xi-jinping"), "2023-11-06");
  t.equal(day("li-qiang"), "2023-11-07");
});

t.test("'last met in Phnom Penh in November, and in New York in September': one meeting each", async (t) => {
  const found = events(
    t,
    "South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida last met in Phnom Penh in November, and in New York in September.",
    "2023-03-15",
  );
  t.same(
    found.map((e) => [who(e), e.date?.start, e.place?.city]),
    [
      [["fumio-kishida", "yoon-suk-yeol"], "2022-11", "Phnom Penh"],
      [["fumio-kishida", "yoon-suk-yeol"], "2022-09", "New York"],
    ],
  );
  const one = events(
    t,
    "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday and in the afternoon they dined together.",
    "2023-03-17",
  );
  t.equal(
    one.filter((e) => e.kind === "in_person").length,
    1,
    "an occasion without a date of its own divides nothing",
  );
});

t.test("'They have spoken by phone …, including a call in June and another in September'", async (t) => {
  const found = events(
    t,
    "US President Donald Trump and Chinese President Xi Jinping last met in Osaka in June 2019. They have spoken by phone several times since January, including a call in June and another in September.",
    "2025-10-29",
  );
  t.same(
    found.filter((e) => e.kind === "call").map((e) => [who(e), e.date?.start]),
    [
      [["donald-trump", "xi-jinping"], "2025-06"],
      [["donald-trump", "xi-jinping"], "2025-09"],
    ],
  );
});

t.test("'he will visit the temple before meeting Zhao Leji, and then Xi': his meetings", async (t) => {
  // Sunday 5 November 2023.
  const found = events(
    t,
    "Australian Prime Minister Anthony Albanese flies to Beijing on Sunday evening. On Monday he will visit the Temple of Heaven, retracing the steps of an earlier leader, who in 1973 was the first to visit the country, before meeting Zhao Leji, chairman of the National People's Congress Standing Committee, and then Chinese President Xi Jinping.",
    "2023-11-05",
  );
  t.same(found.map(who), [
    ["anthony-albanese", "zhao-leji"],
    ["anthony-albanese", "xi-jinping"],
  ]);
  t.ok(found.every((e) => e.date?.start === "2023-11-06"));
});

t.test("'visits by A and B': each official's own trip, not a meeting between them", async (t) => {
  // Monday 12 August 2024: "in July" and "in March" are each visitor's own date.
  const found = events(
    t,
    "The talks in Beijing come after visits to Moscow by Indian Prime Minister Narendra Modi in July and Hungarian Prime Minister Viktor Orban in March.",
    "2024-08-12",
  );
  t.notOk(
    found.some((e) => who(e).includes("narendra-modi") && who(e).includes("viktor-orban")),
    "the two visitors did not meet",
  );
  const modi = found.find((e) => who(e).join() === "narendra-modi");
  const orban = found.find((e) => who(e).join() === "viktor-orban");
  t.match(modi, { kind: "visit", date: { start: "2024-07" }, place: { city: "Moscow" } });
  t.match(orban, { kind: "visit", date: { start: "2024-03" }, place: { city: "Moscow" } });
});

t.test("'a visit by A and B' together is still one trip of both", async (t) => {
  const found = events(
    t,
    "The agreement was signed during a visit to Seoul by Secretary of State Antony Blinken and Defense Secretary Lloyd Austin on Thursday.",
    "2024-03-15",
  );
  const trip = found.find((e) => who(e).includes("antony-blinken"));
  t.ok(trip && who(trip).includes("lloyd-austin"), "one visit, both visitors");
});

t.test("', and trips by A and B' after a trip to a place: they went there too", async (t) => {
  // Monday 22 July 2024: "earlier this month" is over, so those trips were made.
  const found = events(
    t,
    "Monday's talks come after a trip to Moscow last week by Turkish Foreign Minister Hakan Fidan, and trips by Indian Prime Minister Narendra Modi earlier this month and German Chancellor Olaf Scholz in February 2022.",
    "2024-07-22",
  );
  const trip = (id: string) => found.find((e) => who(e).join() === id);
  t.match(trip("narendra-modi"), {
    kind: "visit",
    status: "held",
    date: { start: "2024-07" },
    place: { city: "Moscow" },
  });
  t.match(trip("olaf-scholz"), {
    kind: "visit",
    status: "held",
    date: { start: "2022-02" },
    place: { city: "Moscow" },
  });
  const own = events(
    t,
    "The visit follows a trip to Moscow by Turkish Foreign Minister Hakan Fidan, and trips to Kyiv by Indian Prime Minister Narendra Modi and German Chancellor Olaf Scholz.",
    "2024-07-22",
  );
  t.match(
    own.find((e) => who(e).join() === "narendra-modi"),
    { place: { city: "Kyiv" } },
    "a destination of their own stays theirs",
  );
});

t.test("officials met one after another, each on a day of its own, are separate meetings", async (t) => {
  const found = events(
    t,
    "Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev on Tuesday and Uzbek President Shavkat Mirziyoyev on Wednesday in Astana.",
    "2025-06-09",
  );
  t.same(
    found.map((e) => [e.date.start, who(e).sort()]),
    [
      ["2025-06-03", ["kassym-jomart-tokayev", "vladimir-putin"]],
      ["2025-06-04", ["shavkat-mirziyoyev", "vladimir-putin"]],
    ],
  );
  // One day for both: a meeting of the three.
  const three = events(
    t,
    "Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev in Astana on Tuesday.",
    "2025-06-09",
  );
  t.equal(three.length, 1);
});

t.test("'After a meeting with A, B sat down with C': two meetings of B's", async (t) => {
  const found = events(
    t,
    "After a morning meeting with German Chancellor Angela Merkel, US President Donald Trump sat down in the afternoon with Russian President Vladimir Putin on Friday.",
    "2019-06-28",
  );
  t.same(
    found.map((e) => [e.date.start, who(e).sort()]),
    [
      ["2019-06-28", ["angela-merkel", "donald-trump"]],
      ["2019-06-28", ["donald-trump", "vladimir-putin"]],
    ],
  );
  // "After meeting Trump": an engagement told elsewhere, not a new one of the sentence's subject.
  const told = events(
    t,
    "US President Donald Trump will meet Chinese President Xi Jinping in Busan on Thursday. After meeting Trump, the Chinese leader will head to Gyeongju, where he is set to hold talks with South Korean President Lee Jae Myung on Saturday.",
    "2025-10-28",
  );
  t.same(
    told.map((e) => [e.date.start, who(e).sort()]),
    [
      ["2025-10-30", ["donald-trump", "xi-jinping"]],
      ["2025-11-01", ["lee-jae-myung", "xi-jinping"]],
    ],
  );
});

t.test("'met 16 leaders, including A and B' is a meeting with each", async (t) => {
  const found = events(
    t,
    "Japanese Prime Minister Shinzo Abe has met as many as 16 leaders in Osaka, including Indian Prime Minister Narendra Modi and Chinese President Xi Jinping.",
    "2019-06-28",
  );
  t.same(
    found.map((e) => who(e).sort()),
    [
      ["narendra-modi", "shinzo-abe"],
      ["shinzo-abe", "xi-jinping"],
    ],
  );
});

t.test("'the meeting of A with B on the margins of the G20': B is at the meeting", async (t) => {
  const found = events(
    t,
    "The visit follows the meeting of Indian External Affairs Minister S. Jaishankar with Chinese Foreign Minister Wang Yi on the margins of the G20 Summit in Rio de Janeiro last month, and the meeting of the border working group in New Delhi earlier this month.",
    "2024-12-18",
  );
  t.match(
    found.find((e) => who(e).includes("wang-yi")),
    {
      date: { start: "2024-11" },
      place: { city: "Rio de Janeiro" },
    },
  );
});

t.test(
  "'shared the results of his visit with B in phone talks': B is on the call, not the trip",
  async (t) => {
    const found = events(
      t,
      "South Korean Foreign Minister Cho Tae-yul shared the results of his visit to China earlier this week with US Secretary of State Antony Blinken in phone talks Friday.",
      "2024-05-18",
    );
    t.match(
      found.find((e) => who(e).includes("antony-blinken")),
      { kind: "call", date: { start: "2024-05-17" } },
    );
  },
);

t.test(
  "'talks with Biden and then joined a trilateral meeting with Biden and Yoon': two meetings",
  async (t) => {
    const found = events(
      t,
      "Japanese Prime Minister Shigeru Ishiba held his first face-to-face talks with US President Joe Biden on Friday and then joined a trilateral meeting with Biden and South Korean President Yoon Suk Yeol.",
      "2024-11-16",
    );
    t.same(
      found.map((e) => who(e).sort()),
      [
        ["joe-biden", "shigeru-ishiba"],
        ["joe-biden", "shigeru-ishiba", "yoon-suk-yeol"],
      ],
    );
  },
);

t.test(
  "'held talks with A and was received by B, to whom he handed a letter from C': two meetings of the subject",
  async (t) => {
    const found = events(
      t,
      "Chinese Foreign Minister Wang Yi arrived in Moscow on Monday. On Tuesday, Wang held talks with Russian Foreign Minister Sergei Lavrov and was received by Russian President Vladimir Putin, to whom he handed a personal letter from Chinese President Xi Jinping.",
      "2023-02-22",
    );
    const received = found.find((e) => who(e).includes("vladimir-putin"));
    t.same(
      received && who(received).sort(),
      ["vladimir-putin", "wang-yi"],
      "the passive's subject, not the letter's sender",
    );
    const talks = found.find((e) => who(e).includes("sergei-lavrov"));
    t.same(talks && who(talks).sort(), ["sergei-lavrov", "wang-yi"]);
    t.notOk(
      found.some((e) => who(e).includes("xi-jinping")),
      "Xi sent a letter; he was not there",
    );
  },
);

t.test(
  "'A, who saw B in Beijing in April, dined with C last Thursday': two meetings, each dated by its clause",
  async (t) => {
    const found = events(
      t,
      "German Chancellor Olaf Scholz, who saw Chinese President Xi Jinping in Beijing in April, dined privately with French President Emmanuel Macron last Thursday.",
      "2024-05-08",
    );
    const saw = found.find((e) => who(e).includes("xi-jinping"));
    t.same(saw && who(saw).sort(), ["olaf-scholz", "xi-jinping"]);
    t.match(saw, { date: { start: "2024-04", precision: "month" } });
    const dined = found.find((e) => who(e).includes("emmanuel-macron"));
    t.same(dined && who(dined).sort(), ["emmanuel-macron", "olaf-scholz"], "the main verb is the subject's");
    t.match(dined, { kind: "dinner", date: { start: "2024-05-02" } });
  },
);

t.test("'hosted a lunch for Li, who also met Dutton': the relative clause's meeting is Li's", async (t) => {
  const found = events(
    t,
    "Australian Prime Minister Anthony Albanese hosted a state lunch on Monday for Chinese Premier Li Qiang, who also met Australian Opposition Leader Peter Dutton.",
    "2024-06-18",
  );
  const lunch = found.find((e) => e.kind === "dinner");
  t.same(lunch && who(lunch).sort(), ["anthony-albanese", "li-qiang"]);
  const dutton = found.find((e) => who(e).includes("peter-dutton"));
  t.same(dutton && who(dutton).sort(), ["li-qiang", "peter-dutton"], "Li met Dutton; Albanese did not");
});

t.test("a visitor who 'also met' two hosts of their own rank met each; a minister sits in", async (t) => {
  const beijing = events(
    t,
    "BEIJING, April 14 (Wire) - Brazilian President Luiz Inacio Lula da Silva held talks with Chinese President Xi Jinping in Beijing on Friday. Lula also met Chinese Premier Li Qiang and Zhao Leji, chairman of the National People's Congress Standing Committee.",
    "2023-04-15",
  );
  t.same(beijing.map(who), [
    ["luiz-inacio-lula-da-silva", "xi-jinping"],
    ["li-qiang", "luiz-inacio-lula-da-silva"],
    ["luiz-inacio-lula-da-silva", "zhao-leji"],
  ]);
  const moscow = events(
    t,
    "MOSCOW, July 9 (Wire) - Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin and Foreign Minister Sergei Lavrov at the Kremlin on Tuesday.",
    "2024-07-09",
  );
  t.same(
    moscow.map(who),
    [["narendra-modi", "sergei-lavrov", "vladimir-putin"]],
    "the minister is at Putin's table",
  );
  const geneva = events(
    t,
    "GENEVA, June 15 (Wire) - US President Joe Biden held talks at his hotel with Swiss President Guy Parmelin and Foreign Minister Ignazio Cassis on Tuesday.",
    "2021-06-15",
  );
  t.equal(geneva.length, 1, "a minister by the title the text gives");
});

t.test("'A's talks with B … paved the way for B's first summit with C': two meetings", async (t) => {
  const found = events(
    t,
    "ANKARA — Turkish Foreign Minister Hakan Fidan's talks with Iranian President Masoud Pezeshkian in Tehran in late June are being studied closely, as diplomats say the visit may have paved the way for Pezeshkian's first summit with Turkish President Recep Tayyip Erdogan.",
    "2025-09-01",
  );
  const talks = found.find((e) => who(e).includes("hakan-fidan"));
  const summit = found.find((e) => who(e).includes("recep-tayyip-erdogan"));
  t.same(who(talks ?? { participants: [] }), ["hakan-fidan", "masoud-pezeshkian"]);
  t.same(who(summit ?? { participants: [] }), ["masoud-pezeshkian", "recep-tayyip-erdogan"]);
  t.match(talks, { status: "held", date: { start: "2025-06" } });
  t.not(summit?.status, "held", "paving the way for it: still ahead");
  t.not(summit?.date.start, "2025-06", "the talks' late June is not the summit's");
});

t.test("'met A on Monday and B the following day': B's meeting is the next day", async (t) => {
  const found = events(
    t,
    "NAIROBI — Indian Prime Minister Narendra Modi met Kenyan President William Ruto in Nairobi on July 10 and Tanzanian President Samia Suluhu Hassan the following day.",
    "2024-07-20",
  );
  t.equal(found.find((e) => who(e).includes("william-ruto"))?.date.start, "2024-07-10");
  t.equal(found.find((e) => who(e).includes("samia-suluhu-hassan"))?.date.start, "2024-07-11");
});

t.test("co-hosts named together after 'by' give one occasion, whatever 'then' came before", async (t) => {
  const found = events(
    t,
    "On Friday, Kenyan President William Ruto will address parliament and then attend a lunch at the State Department hosted by Vice President Kamala Harris and Secretary of State Antony Blinken.",
    "2024-05-22",
  );
  t.same(
    found.map((e) => who(e).sort()),
    [["antony-blinken", "kamala-harris", "william-ruto"]],
  );
  const apart = events(
    t,
    "On Friday, Kenyan President William Ruto met Vice President Kamala Harris and then Secretary of State Antony Blinken.",
    "2024-05-25",
  );
  t.equal(apart.length, 2, "'then' between the two parts them");
});

t.test("'at about the same hour' continues the story's day", async (t) => {
  // Thursday 11 May 2023: Tuesday is the 9th.
  const found = events(
    t,
    "Tanzania hosts Kenya's president\n\nKenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Dodoma on Tuesday afternoon.\n\nHassan recalled that the two had first met in Nairobi in May 2021.\n\nAt about the same hour, Tanzanian Vice President Philip Mpango hosted Kenyan Cabinet members at the State House, among them Kenyan Foreign Minister Alfred Mutua and Kenyan Trade Minister Moses Kuria.",
    "2023-05-11",
  );
  const guests = found.find((e) => who(e).includes("philip-mpango"));
  t.match(guests, { date: { start: "2023-05-09", precision: "day" } });
});

t.test("a host's guests listed after 'among them' are received together", async (t) => {
  const found = events(
    t,
    "Tanzania hosts Kenya's president\n\nKenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Dodoma on Tuesday afternoon.\n\nHassan recalled that the two had first met in Nairobi in May 2021.\n\nAt about the same hour, Tanzanian Vice President Philip Mpango hosted Kenyan Cabinet members at the State House, among them Kenyan Foreign Minister Alfred Mutua and Kenyan Trade Minister Moses Kuria.",
    "2023-05-11",
  );
  const guests = found.find((e) => who(e).includes("philip-mpango"));
  t.same(guests ? who(guests).sort() : [], ["alfred-mutua", "moses-kuria", "philip-mpango"]);
});

t.test("one caller and several sides after the call are one call each", async (t) => {
  const found = events(
    t,
    "French President Emmanuel Macron spoke by phone with Ukrainian President Volodymyr Zelensky on Saturday. He also called Polish Prime Minister Donald Tusk and British Prime Minister Keir Starmer.",
    "2025-02-24",
  );
  t.same(
    found.map((e) => who(e).sort()),
    [
      ["emmanuel-macron", "volodymyr-zelensky"],
      ["donald-tusk", "emmanuel-macron"],
      ["emmanuel-macron", "keir-starmer"],
    ],
  );
  const joint = events(
    t,
    "French President Emmanuel Macron held a joint call with Polish Prime Minister Donald Tusk and British Prime Minister Keir Starmer on Saturday.",
    "2025-02-24",
  );
  t.equal(joint.length, 1, "a joint call is one");
});

t.test("'hosted X and Y for a lunch': one occasion with the host and everyone listed", async (t) => {
  // Saturday 4 March 2023: "Friday" is the 3rd.
  const lunch = events(
    t,
    "BRASILIA, March 4 - Brazilian President Luiz Inacio Lula da Silva hosted Argentine President Alberto Fernandez and Uruguayan President Luis Lacalle Pou for a working lunch at the Alvorada Palace on Friday.",
    "2023-03-04",
  );
  t.same(lunch.map(who), [["alberto-fernandez", "luis-lacalle-pou", "luiz-inacio-lula-da-silva"]]);
  t.match(lunch[0], { kind: "dinner", date: { start: "2023-03-03" }, place: { venue: "Alvorada Palace" } });
  // However long the list: the last guest is nearer the summit's noun than the verb.
  const summit = events(
    t,
    "SEOUL, May 20 - South Korean President Yoon Suk Yeol will host Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida for a trilateral summit in Seoul next week, his office said on Monday.",
    "2024-05-20",
  );
  t.same(summit.map(who), [["fumio-kishida", "li-qiang", "yoon-suk-yeol"]]);
  t.match(summit[0], { status: "scheduled", place: { city: "Seoul" } });
  // The officials named after the noun are its own, not the verb's objects.
  const flew = events(
    t,
    "Biden met Xi, and German Chancellor Olaf Scholz flew to Paris for talks with French President Emmanuel Macron on Friday.",
    "2024-05-20",
  );
  t.same(flew.map(who), [
    ["joe-biden", "xi-jinping"],
    ["emmanuel-macron", "olaf-scholz"],
  ]);
});

t.test("'hosted … the Japanese and South Korean leaders for a lunch': one mention, two guests", async (t) => {
  // Saturday 25 May 2024: "Friday" is the 24th.
  const found = events(
    t,
    "WASHINGTON, May 25 - Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol flew to Washington on Thursday. U.S. President Joe Biden hosted Indian Prime Minister Narendra Modi and the Japanese and South Korean leaders for a working lunch at the White House on Friday.",
    "2024-05-25",
  );
  const lunch = found.filter((e) => e.kind === "dinner");
  t.same(lunch.map(who), [["fumio-kishida", "joe-biden", "narendra-modi", "yoon-suk-yeol"]]);
  // "welcomed X and Y to a lunch", "hosted X as well as Y at a lunch": the same.
  for (const text of [
    "CANBERRA, May 25 - Australian Prime Minister Anthony Albanese welcomed Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi to a working lunch at Parliament House on Friday.",
    "CANBERRA, May 25 - Australian Prime Minister Anthony Albanese hosted Japanese Prime Minister Fumio Kishida as well as Indian Prime Minister Narendra Modi at a working lunch at Parliament House on Friday.",
  ]) {
    const meal = events(t, text, "2024-05-25");
    t.same(meal.map(who), [["anthony-albanese", "fumio-kishida", "narendra-modi"]], text.slice(0, 90));
  }
  // Asking is not hosting: "called on X and Y for a summit" gathers no one.
  const asked = events(
    t,
    "KYIV, May 25 - Ukrainian President Volodymyr Zelenskiy called on U.S. President Joe Biden and German Chancellor Olaf Scholz for a peace summit on Monday.",
    "2024-05-25",
  );
  t.notOk(
    asked.some((e) => who(e).includes("olaf-scholz") && who(e).includes("joe-biden")),
    "no summit of the three",
  );
});

t.test("'X and Y spoke … and had met …': the pair's two engagements, each dated", async (t) => {
  // Thursday 14 September 2023: "in May" is 2023-05, the meeting "in July 2022" a year before.
  const found = events(
    t,
    "Turkish President Recep Tayyip Erdogan hosted Russian President Vladimir Putin in Ankara on Wednesday. Erdogan and Putin spoke by phone in May and had met in Tehran in July 2022.",
    "2023-09-14",
  );
  const call = found.find((e) => e.kind === "call");
  t.match(call, { date: { start: "2023-05" } });
  const tehran = found.find((e) => e.place?.city === "Tehran");
  t.ok(tehran, "the meeting after 'and had met' is an event of its own");
  t.same(tehran && who(tehran), ["recep-tayyip-erdogan", "vladimir-putin"]);
  t.match(tehran, { kind: "in_person", date: { start: "2022-07" } }, "dated by its own clause, not by 'May'");
});

t.test("a verb after 'and' whose first verb had an object is the subject's alone", async (t) => {
  // Wednesday 6 September 2023: Putin was the object of "received"; "spoke" is Erdogan's.
  const found = events(
    t,
    "Turkish President Recep Tayyip Erdogan received Russian President Vladimir Putin in Ankara on Monday and spoke again to reporters in Istanbul on Tuesday.",
    "2023-09-06",
  );
  t.same(
    found.map((e) => e.kind),
    ["in_person"],
    "one meeting: no call of the two on Tuesday",
  );
});

t.test("the pair's second verb with an object of its own met someone else", async (t) => {
  for (const text of [
    "French President Emmanuel Macron and Chancellor Friedrich Merz of Germany held talks in Paris on Monday and later met business leaders in Berlin on Tuesday.",
    "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin held a summit in Sochi on Monday and then spoke to reporters.",
  ]) {
    const found = events(t, text, "2025-09-17");
    t.equal(found.length, 1, text);
  }
});

t.test(
  "'a video call on Dec. 7 and a phone call on Dec. 30': two engagements of the same pair",
  async (t) => {
    const found = events(
      t,
      "WASHINGTON, Feb. 12 -- Saturday's call was the third exchange between President Joe Biden and Chinese President Xi Jinping since December, after a two-hour video call on Dec. 7 and a phone call on Dec. 30.",
      "2022-02-12",
    );
    t.match(
      found.find((e) => e.date.start === "2021-12-07"),
      { kind: "video_call" },
    );
    const second = found.find((e) => e.date.start === "2021-12-30");
    t.match(second, { kind: "call" });
    t.same(second && who(second).sort(), ["joe-biden", "xi-jinping"]);
  },
);

t.test("'a video call with Xi on Dec. 7 and a phone call with Putin on Dec. 30': one each", async (t) => {
  const found = events(
    t,
    "WASHINGTON, Feb. 12 -- President Joe Biden held a video call with Chinese President Xi Jinping on Dec. 7 and a phone call with Russian President Vladimir Putin on Dec. 30.",
    "2022-02-12",
  );
  const xi = found.find((e) => who(e).includes("xi-jinping"));
  t.same(xi && who(xi).sort(), ["joe-biden", "xi-jinping"]);
  t.match(xi, { kind: "video_call", date: { start: "2021-12-07" } });
  const putin = found.find((e) => who(e).includes("vladimir-putin"));
  t.same(putin && who(putin).sort(), ["joe-biden", "vladimir-putin"]);
  t.match(putin, { kind: "call", date: { start: "2021-12-30" } });
});

t.test("'A and B met X and Y': the delegation meets each host", async (t) => {
  const found = events(
    t,
    "BRUSSELS, July 24 -- In December 2023, European Commission President Ursula von der Leyen and European Council President Charles Michel met Chinese President Xi Jinping and Premier Li Qiang in Beijing.",
    "2025-07-24",
  );
  const xi = found.find((e) => who(e).includes("xi-jinping"));
  const li = found.find((e) => who(e).includes("li-qiang"));
  t.ok(xi && li && xi !== li, "one meeting per host");
  t.notOk(xi && who(xi).includes("li-qiang"));
  t.ok(li && who(li).includes("charles-michel"), "the delegation at each");
});

t.test("'days after his summit with X in Y': the owner of 'his' met X there", async (t) => {
  const found = events(
    t,
    "Malaysian Prime Minister Anwar Ibrahim toured Jakarta in January, days after his summit with Chinese President Xi Jinping in Beijing.",
    "2025-03-04",
  );
  const summit = found.find((e) => who(e).includes("xi-jinping"));
  t.same(summit && who(summit), ["anwar-ibrahim", "xi-jinping"]);
  t.match(summit, { status: "held", place: { city: "Beijing" } });
  // "his" is the official named last before it, not the sentence's first subject.
  const lima = events(
    t,
    "Malaysian Prime Minister Anwar Ibrahim met Chinese President Xi Jinping in Lima on Monday, and on Thursday Mr Xi is due to hold his first talks with Peruvian President Dina Boluarte.",
    "2025-03-04",
  );
  const talks = lima.find((e) => e.kind === "talks");
  t.same(talks && who(talks), ["dina-boluarte", "xi-jinping"]);
  // What a told meeting produced, and a journey's purpose, are no new occasion.
  for (const text of [
    "Malaysian Prime Minister Anwar Ibrahim met Chinese President Xi Jinping in Beijing on Monday. On Tuesday he briefed Indonesian President Prabowo Subianto on the outcome of his talks with Xi.",
    "Malaysian Prime Minister Anwar Ibrahim is due in Jakarta on Monday and in Beijing on Tuesday for his first talks with Chinese President Xi Jinping.",
  ]) {
    const all = events(t, text, "2025-03-02");
    t.notOk(
      all.some((e) => who(e).join() === "anwar-ibrahim,xi-jinping" && e.place === null),
      `no unplaced second Anwar-Xi occasion: ${text}`,
    );
    t.equal(all.filter((e) => who(e).join() === "anwar-ibrahim,xi-jinping").length, 1, text);
  }
});

t.test("'separately' in a later clause does not split the first clause's three-way meeting", async (t) => {
  const found = events(
    t,
    "Chinese President Xi Jinping, Russian President Vladimir Putin and Mongolian President Ukhnaagiin Khurelsukh held a meeting of the three heads of state on Thursday, and Xi met Putin separately on Friday.",
    "2022-09-17",
  );
  t.ok(
    found.some((e) => who(e).length === 3),
    "the three met together",
  );
  t.notOk(
    found.some((e) => who(e).join() === "ukhnaagiin-khurelsukh,xi-jinping"),
    "not one meeting per guest",
  );
});

t.test("'held a welcome ceremony for him, followed by talks': 'him' is the guest", async (t) => {
  const found = events(
    t,
    "ASTANA — Chinese President Xi Jinping landed in Astana on Wednesday evening. On Thursday morning Kazakh President Kassym-Jomart Tokayev held a welcome ceremony for him at the Akorda palace, followed by official talks.",
    "2024-07-05",
  );
  const talks = found.find((e) => e.kind === "talks");
  t.same(talks && who(talks), ["kassym-jomart-tokayev", "xi-jinping"]);
  // "… received X and then chaired a state banquet for him": the host's two occasions.
  const two = events(
    t,
    "ASTANA — On Thursday Kazakh President Kassym-Jomart Tokayev received Chinese President Xi Jinping at the Akorda palace and then chaired a state banquet for him.",
    "2024-07-05",
  );
  t.same(
    two.map((e) => [e.kind, who(e)]),
    [
      ["in_person", ["kassym-jomart-tokayev", "xi-jinping"]],
      ["dinner", ["kassym-jomart-tokayev", "xi-jinping"]],
    ],
  );
});

t.test("mends: 'separately' after 'Mr.' and in a fronted phrase still splits the meeting", async (t) => {
  for (const text of [
    "Chinese President Xi Jinping met Mr. Putin and Mr. Khurelsukh separately on Thursday.",
    "In separate meetings on Thursday, Chinese President Xi Jinping met Russian President Vladimir Putin and Mongolian President Ukhnaagiin Khurelsukh.",
  ]) {
    const found = events(
      t,
      `Chinese President Xi Jinping arrived in Samarkand on Wednesday. ${text}`,
      "2022-09-17",
    );
    t.notOk(
      found.some((e) => who(e).length === 3),
      `one meeting per guest: ${text}`,
    );
  }
});

t.test("mends: 'briefed X about his talks with Y' tells a meeting, it adds none", async (t) => {
  for (const text of [
    "Chinese President Xi Jinping met Malaysian Prime Minister Anwar Ibrahim in Beijing on Tuesday. On Wednesday Anwar briefed Indonesian President Prabowo Subianto about his talks with Xi.",
    "Chinese President Xi Jinping met Malaysian Prime Minister Anwar Ibrahim in Beijing on Tuesday. On Wednesday Anwar phoned Indonesian President Prabowo Subianto to discuss his talks with Xi.",
  ]) {
    const found = events(t, text, "2024-11-07");
    t.notOk(
      found.some((e) => who(e).join() === "prabowo-subianto,xi-jinping"),
      text,
    );
  }
});
