import t from "tap";
import { SAME_DAY } from "../../src/extract/events/story-date.ts";
import { events, who } from "./events-helper.ts";

// How a report's sentences hand their day and their referent to the next.

t.test("a sentence that sets the day dates the engagement right after it", async (t) => {
  // Wednesday 10 May 2023: Monday is the 8th, the lead's Tuesday the 9th.
  const found = events(
    t,
    "ANKARA — A day after his stop in Sochi, Turkish President Recep Tayyip Erdogan was back in Ankara on Tuesday.\n\nThe Sochi stop on Monday lasted most of the afternoon. Erdogan and Russian President Vladimir Putin met alone for an hour before their delegations joined them.",
    "2023-05-10",
  );
  const met = found.find((e) => who(e).includes("vladimir-putin"));
  t.equal(met?.date.start, "2023-05-08", "Monday, not the lead's Tuesday");
});

t.test("an official's day does not cross into the next paragraph", async (t) => {
  // A paragraph about an official is not a scene set for the next (see scene.ts).
  const apart = events(
    t,
    "ANKARA — Turkish President Recep Tayyip Erdogan was back in Ankara on Tuesday.\n\nErdogan's Sochi stop came on Monday.\nErdogan and Russian President Vladimir Putin met alone for an hour, his office said.",
    "2023-05-10",
  );
  t.not(apart.find((e) => who(e).includes("vladimir-putin"))?.date.start, "2023-05-08");
});

t.test("'a planned meeting of advisers' is a new occasion, not the talks in focus", async (t) => {
  const found = events(
    t,
    "KYIV — French President Emmanuel Macron held three hours of talks with Ukrainian President Volodymyr Zelensky in Kyiv on Tuesday. Zelensky welcomed a planned meeting of political advisers in Berlin on Thursday.",
    "2022-02-08",
  );
  const talks = found.find(
    (e) => who(e).includes("volodymyr-zelensky") && who(e).includes("emmanuel-macron"),
  );
  t.match(talks, { status: "held", date: { start: "2022-02-08" }, place: { city: "Kyiv" } });
});

t.test("'lunched with', 'dined with': a meal is an engagement of its own", async (t) => {
  const found = events(
    t,
    "U.S. President Donald Trump lunched with Singapore's Prime Minister Lee Hsien Loong at the Istana on Monday.",
    "2018-06-12",
  );
  t.match(found, [{ kind: "dinner", date: { start: "2018-06-11" }, place: { venue: "Istana" } }]);
  t.same(found[0] && who(found[0]), ["donald-trump", "lee-hsien-loong"]);
});

t.test("'later the same day' talks are the story day's, not the next day's talks again", async (t) => {
  // Tuesday 21 March 2023.
  const found = events(
    t,
    "Russian President Vladimir Putin and Chinese President Xi Jinping held official talks in the Kremlin on Tuesday. Xi arrived in Moscow on Monday afternoon. Later the same day, Putin and Xi held informal talks over dinner.",
    "2023-03-21",
  );
  const talks = found.filter((e) => e.kind === "talks").map((e) => e.date?.start);
  t.same(talks, ["2023-03-21", "2023-03-20"], "two talks, one a day");
  t.equal(found.find((e) => e.kind === "dinner")?.date?.start, "2023-03-20");
});

t.test("'one day after <engagement>' counts back from the day the sentence is about", async (t) => {
  // Thursday 11 April 2024.
  const named = events(
    t,
    "The three leaders held their summit on Thursday, one day after US President Joe Biden hosted Japanese Prime Minister Fumio Kishida for a state dinner.",
    "2024-04-11",
  );
  const dinner = named.find((e) => e.kind === "dinner");
  t.same(dinner && who(dinner), ["fumio-kishida", "joe-biden"]);
  t.equal(dinner?.date?.start, "2024-04-10", "from the day written before the phrase");
  const focus = events(
    t,
    "Today US President Joe Biden welcomed Philippine President Ferdinand Marcos Jr. and Japanese Prime Minister Fumio Kishida to the White House for a trilateral summit.\n\nThe summit came two days after Biden hosted Kishida for a state dinner.",
    "2024-04-11",
  );
  t.equal(focus.find((e) => e.kind === "dinner")?.date?.start, "2024-04-09", "from the story's day");
});

t.test("'a day after' leaves alone a clause that names its own date", async (t) => {
  const found = events(
    t,
    "The summit came a day after US President Joe Biden hosted Japanese Prime Minister Fumio Kishida on April 8.",
    "2024-04-11",
  );
  t.equal(found.find((e) => who(e).includes("fumio-kishida"))?.date?.start, "2024-04-08");
});

t.test("'then' continues the story's day, and 'before dawn on Thursday' is that day", async (t) => {
  // Friday 17 May 2024: the lead is Friday's news, the talks were on Thursday.
  const found = events(
    t,
    "SEOUL — South Korean President Yoon Suk Yeol ended his state visit to Vietnam on Friday in Da Nang.\n\nYoon landed in Hanoi before dawn on Thursday and was welcomed at the Presidential Palace. He and Vietnamese President To Lam then held talks on trade and defence.",
    "2024-05-17",
  );
  const talks = found.find((e) => e.kind === "talks");
  t.equal(talks?.date?.start, "2024-05-16", "the day the sentence before left the story on");
  const since = events(
    t,
    "Japanese Prime Minister Fumio Kishida met Chinese Premier Li Qiang in Jakarta on September 6. Since then the two governments have held talks on seafood.",
    "2023-11-20",
  );
  t.notOk(
    since.some((e) => e.date?.start === "2023-09-06" && e.kind === "talks"),
    "'since then' is no continuation",
  );
});

t.test("a conversation over tea or a breakfast alongside a host is a meal", async (t) => {
  const tea = events(
    t,
    "Russian President Vladimir Putin and Chinese President Xi Jinping held talks in Beijing on Thursday. Later that evening the two presidents sat down for an informal conversation over tea.",
    "2024-05-17",
  );
  t.same(tea.map((e) => e.kind).sort(), ["dinner", "talks"], "the tea is an occasion of its own");
  const breakfast = events(
    t,
    "US President Donald Trump started Monday with breakfast alongside Finnish President Sauli Niinisto.",
    "2018-07-17",
  );
  t.equal(breakfast[0]?.kind, "dinner");
  const trade = events(
    t,
    "Indian Prime Minister Narendra Modi met Sri Lankan President Ranil Wickremesinghe on Monday; tea exports were discussed.",
    "2023-07-25",
  );
  t.same(
    trade.map((e) => e.kind),
    ["in_person"],
    "a commodity is no meal",
  );
});

t.test("an engagement with no place takes the day's city before the dateline's", async (t) => {
  // Friday 17 May 2024, filed from Harbin about Thursday in Beijing.
  const found = events(
    t,
    "HARBIN, China — Russian President Vladimir Putin ended his state visit in Harbin on Friday.\n\nPutin landed in Beijing early on Thursday and was greeted with a ceremony outside the Great Hall of the People on Tiananmen Square. He and Chinese President Xi Jinping then held talks.\n\nLater on Thursday, Putin met Chinese Premier Li Qiang.",
    "2024-05-17",
  );
  const talks = found.find((e) => e.kind === "talks");
  t.equal(talks?.place.city, "Beijing", "venues of one city set the scene");
  const premier = found.find((e) => who(e).includes("li-qiang"));
  t.equal(premier?.date?.start, "2024-05-16");
  t.equal(premier?.place.city, "Beijing", "the day's city, not the dateline's");
});

t.test("a dinner in honour of a guest is hosted by the guest's counterpart in focus", async (t) => {
  const found = events(
    t,
    'TOKYO — Japanese Prime Minister Fumio Kishida held talks with South Korean President Yoon Suk Yeol in Tokyo on Thursday. Kishida said the two had agreed to resume shuttle diplomacy. He added that security ties would deepen. Yoon said relations had entered "a new chapter". He also praised the business leaders travelling with him. A dinner in honour of the South Korean president was to be held in Tokyo later on Thursday.',
    "2023-03-16",
  );
  const dinner = found.find((e) => e.kind === "dinner");
  t.same(dinner && who(dinner), ["fumio-kishida", "yoon-suk-yeol"], "the host is the guest's counterpart");
  t.equal(dinner?.date?.start, "2023-03-16");
  t.equal(dinner?.status, "scheduled");
});

t.test("a live blog's timestamped entries and a present-tense lead are the day's news", async (t) => {
  const live = events(
    t,
    "Live: leaders gather in Granada\n\n17:20 – Macron and Scholz speak to Zelensky\n\nFrench President Emmanuel Macron and German German Chancellor Olaf Scholz held a call with Ukrainian President Volodymyr Zelensky, their offices said.\n\n15:05 – Summit opens\n\nThe leaders took their seats in the Alhambra's congress hall.",
    "2023-10-05",
  );
  t.equal(live.find((e) => e.kind === "call")?.date?.start, "2023-10-05", "the entry's day");
  const lead = events(
    t,
    "Delegations led by Japanese Foreign Minister Yoko Kamikawa and Chinese Foreign Minister Wang Yi meet in Tokyo.\n\nThe talks are the first in a year.",
    "2023-11-25",
  );
  t.equal(lead[0]?.date?.start, "2023-11-25", "a present-tense lead");
  const ahead = events(
    t,
    "Japanese Foreign Minister Yoko Kamikawa is to meet Chinese Foreign Minister Wang Yi in Tokyo.",
    "2023-11-25",
  );
  t.not(ahead[0]?.date?.start, "2023-11-25", "'is to meet' is no present of the day");
  // The present progressive of a lead with no date of its own: happening as the report is
  // written, so the day's and held.
  const now = events(
    t,
    "Kenyan President William Ruto is hosting Tanzanian President Samia Suluhu Hassan at State House in Nairobi for talks on the border crossings.\n\nThe two last met in Arusha.",
    "2024-03-12",
  );
  const hosting = now.find((e) => who(e).includes("samia-suluhu-hassan"));
  t.match(hosting, { date: { start: "2024-03-12", precision: "day" }, status: "held" }, "'is hosting'");
  const meeting = events(
    t,
    "Australian Foreign Minister Penny Wong is meeting Indonesian Foreign Minister Retno Marsudi in Jakarta.",
    "2023-09-05",
  );
  t.match(meeting[0], { date: { start: "2023-09-05" }, status: "held" }, "'is meeting'");
  // With a day of its own it is a plan, as before.
  const planned = events(
    t,
    "Australian Foreign Minister Penny Wong is meeting Indonesian Foreign Minister Retno Marsudi in Jakarta on Friday.",
    "2023-09-05",
  );
  t.not(planned[0]?.date?.start, "2023-09-05", "'is meeting … on Friday' is ahead");
});

t.test("'in the afternoon' is the story's day, not a background day written since", async (t) => {
  const found = events(
    t,
    "BEIJING, July 29 - Italian Prime Minister Giorgia Meloni and Chinese President Xi Jinping on Monday pledged to relaunch relations.\n\nThe two leaders met in the afternoon at a state guesthouse.\n\nOn Sunday, Xi had welcomed Meloni at the Great Hall of the People.",
    "2024-07-29",
  );
  t.same(
    found.filter((e) => e.kind === "in_person").map((e) => e.date?.start),
    ["2024-07-29", "2024-07-28"],
    "the afternoon's meeting is Monday's, and Sunday's welcome another",
  );
  const background = events(
    t,
    "BRASILIA, Nov. 20 - Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Brasilia on Wednesday. The visit came after the G20 summit in Rio de Janeiro, which Xi attended on Monday and Tuesday. In the evening, the two presidents sat down to a state dinner at the Itamaraty Palace.",
    "2024-11-20",
  );
  t.equal(background.find((e) => e.kind === "dinner")?.date?.start, "2024-11-20");
});

t.test("'two phone calls … The first, on Feb. 10 … The second, on Sept. 9': one call each", async (t) => {
  const found = events(
    t,
    "Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang held talks in Jakarta on Wednesday.\n\nWednesday's meeting followed two phone calls between the leaders this year. The first, on March 3, lasted about an hour. The second, on July 14, ran for 40 minutes.",
    "2023-09-07",
  );
  const calls = found.filter((e) => e.kind === "call");
  t.same(
    calls.map((e) => e.date?.start),
    ["2023-03-03", "2023-07-14"],
  );
  t.same(calls[0] && who(calls[0]), ["fumio-kishida", "li-qiang"]);
});

t.test("'would have preferred to meet in person' is no meeting", async (t) => {
  const found = events(
    t,
    "US President Joe Biden would have preferred to meet Chinese President Xi Jinping in Rome.",
    "2021-11-16",
  );
  t.same(found, []);
});

t.test(
  "'Monday's meeting' after a video summit is that video summit, not the last meeting named",
  async (t) => {
    const found = events(
      t,
      "US President Joe Biden and Chinese President Xi Jinping held a virtual summit on Monday night.\n\nThe format was agreed on Oct. 6 in Zurich, where US national security adviser Jake Sullivan held talks with Chinese Foreign Minister Wang Yi. Monday's meeting followed two phone calls between the presidents this year. The first, on Feb. 10, lasted two hours.",
      "2021-11-16",
    );
    const call = found.find((e) => e.kind === "call");
    t.same(call && who(call), ["joe-biden", "xi-jinping"]);
    t.equal(call?.date?.start, "2021-02-10");
  },
);

t.test("'Tuesday's summit followed an evening on Monday': the next sentence is Monday's", async (t) => {
  const found = events(
    t,
    "MOSCOW, July 9 - Indian Prime Minister Narendra Modi and Russian President Vladimir Putin sat down at the Kremlin on Tuesday for the 22nd India-Russia annual summit.\n\nTuesday's summit followed an informal evening on Monday at Putin's residence. Mr. Putin greeted his guest with a hug, and the two chatted over tea before a private dinner.",
    "2024-07-09",
  );
  t.same(
    found.map((e) => [e.kind, e.date?.start]),
    [
      ["talks", "2024-07-09"],
      ["dinner", "2024-07-08"],
    ],
  );
});

t.test("'since 2019.' in one sentence does not bound the next sentence's date", async (t) => {
  const found = events(
    t,
    "Chinese Foreign Minister Wang Yi met Australian Foreign Minister Penny Wong in July, the first such talks since 2019.\n\nIn Phnom Penh on Sunday, Australian Prime Minister Anthony Albanese held talks with US President Joe Biden.",
    "2022-11-16",
  );
  t.equal(found.find((e) => who(e).includes("joe-biden"))?.date?.start, "2022-11-13");
});

t.test("'A day later', 'The next day': counted from the story's current day", async (t) => {
  const found = events(
    t,
    "In Phnom Penh on Sunday, Australian Prime Minister Anthony Albanese held talks with US President Joe Biden. A day later, Mr Biden met Chinese President Xi Jinping in Bali. The next day, Mr Xi met French President Emmanuel Macron.",
    "2022-11-16",
  );
  t.same(
    found.map((e) => e.date?.start),
    ["2022-11-13", "2022-11-14", "2022-11-15"],
  );
});

t.test(
  "an undated report's meetings on the day of the summit its opening names are in its city",
  async (t) => {
    // Trump and Kim met in Singapore on Tuesday 12 June 2018.
    const found = events(
      t,
      "In Singapore, Trump bets on Kim\n\nWhat the world will remember from Tuesday in Singapore is Donald Trump shaking hands with Kim Jong Un. The summit was supposed to be about denuclearisation.\n\nUS President Donald Trump and North Korean leader Kim Jong Un spent 40 minutes alone before a working lunch.",
      null,
    );
    const lunch = found.find((e) => e.kind === "dinner");
    t.equal(lunch?.date?.start, "2018-06-12");
    t.equal(lunch?.place.city, "Singapore");
    t.ok(
      lunch?.evidence.some((e) => e.field === "place" && e.quote === "Singapore"),
      "the place quotes the opening's city",
    );
  },
);

t.test(
  "a series that met twice in the opening's city: the summit whose days hold the meeting's",
  async (t) => {
    // Tashkent hosted the SCO in June 2010 and in June 2016 (24 June 2016 was a Friday).
    const found = events(
      t,
      "SCO leaders gather in Tashkent\n\nThe Shanghai Cooperation Organisation summit opened in Tashkent on Thursday with a call for closer security ties.\n\nOn Friday, Chinese President Xi Jinping held talks with Russian President Vladimir Putin. The two men also discussed trade.",
      "2016-06-24",
    );
    const talks = found.find((e) => who(e).includes("vladimir-putin") && who(e).includes("xi-jinping"));
    t.equal(talks?.date.start, "2016-06-24");
    t.equal(talks?.place.city, "Tashkent", "the 2016 summit's city, though 2010's was there too");
  },
);

t.test("engagements right after a journey are at its end", async (t) => {
  const found = events(
    t,
    "MOSCOW, July 9 - Indian Prime Minister Narendra Modi left for Vienna on Tuesday evening. He will hold talks with Austrian Chancellor Karl Nehammer on Wednesday.",
    "2024-07-09",
  );
  t.match(
    found.find((e) => e.kind === "talks"),
    { place: { city: "Vienna", country: "AT" }, date: { start: "2024-07-10" } },
  );
  const back = events(
    t,
    "Indian Prime Minister Narendra Modi left for Vienna on Tuesday evening. He last met Austrian Chancellor Karl Nehammer in 2023.",
    "2024-07-09",
  );
  t.not(
    back.find((e) => e.kind !== "visit")?.place.city,
    "Vienna",
    "a meeting the sentence looks back to is not there",
  );
});

t.test(
  "'All three earlier meetings took place …: in X in March 2018, in Y in May, …': one each",
  async (t) => {
    const found = events(
      t,
      "Japanese Prime Minister Fumio Kishida held talks with South Korean President Yoon Suk Yeol in Tokyo on Thursday. It was their fourth summit since last year. All three earlier meetings took place abroad: in Madrid in June 2022, in New York in September, days after a summit with Biden, and in Phnom Penh in November.",
      "2023-03-17",
    );
    const earlier = found.filter((e) => e.date?.start?.startsWith("2022"));
    t.same(
      earlier.map((e) => [e.date?.start, e.place.city]),
      [
        ["2022-06", "Madrid"],
        ["2022-09", "New York"],
        ["2022-11", "Phnom Penh"],
      ],
    );
    t.same(earlier[0] && who(earlier[0]), ["fumio-kishida", "yoon-suk-yeol"]);
  },
);

t.test(
  "'held bilateral meetings on Sunday. Yoon and Li agreed …': one meeting per pair that day",
  async (t) => {
    const found = events(
      t,
      "SEOUL, May 27 - South Korean President Yoon Suk Yeol, Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang met in Seoul on Monday.\n\nThe leaders held back-to-back bilateral meetings on Sunday. Yoon and Li agreed to launch a new dialogue.\n\nYoon and Kishida agreed to coordinate closely.",
      "2024-05-27",
    );
    const sunday = found.filter((e) => e.date?.start === "2024-05-26").map((e) => who(e).join("+"));
    t.same(sunday.sort(), ["fumio-kishida+yoon-suk-yeol", "li-qiang+yoon-suk-yeol"]);
  },
);

t.test(
  "'then met' in a past story continues a day already over, not one the lead says is ahead",
  async (t) => {
    const found = events(
      t,
      "OSAKA, June 28 - Leaders held side meetings at the summit on Friday before the talks between US President Donald Trump and Chinese President Xi Jinping, which are set for Saturday. Trump and Indian Prime Minister Narendra Modi then met on their own.",
      "2019-06-28",
    );
    const met = found.find((e) => who(e).includes("narendra-modi"));
    t.match(met, { status: "held", date: { start: "2019-06-28" } });
  },
);

t.test("'in the afternoon' of a past story is not the day the lead says is ahead", async (t) => {
  const found = events(
    t,
    "OSAKA, June 28 - Leaders held side meetings at the summit on Friday before the talks between US President Donald Trump and Chinese President Xi Jinping, which are set for Saturday. In the afternoon, Trump met Russian President Vladimir Putin.",
    "2019-06-28",
  );
  t.match(
    found.find((e) => who(e).includes("vladimir-putin")),
    { status: "held", date: { start: "2019-06-28" } },
  );
});

t.test(
  "a paragraph opening on 'The same night he …' continues the last paragraph's subject and day",
  async (t) => {
    const found = events(
      t,
      "Indian Prime Minister Narendra Modi reached South Africa on Wednesday. On Thursday he opened his round of bilaterals with the host, President Cyril Ramaphosa.\n\nThe same night he sat down with Russian President Vladimir Putin. On Friday he met China's Xi Jinping.",
      "2018-07-28",
    );
    t.same(
      found.map((e) => [e.date.start, who(e).sort()]),
      [
        ["2018-07-26", ["cyril-ramaphosa", "narendra-modi"]],
        ["2018-07-26", ["narendra-modi", "vladimir-putin"]],
        ["2018-07-27", ["narendra-modi", "xi-jinping"]],
      ],
    );
    // After a heading, a pronoun has no sentence to continue.
    const headed = events(
      t,
      "Indian Prime Minister Narendra Modi reached South Africa on Wednesday.\n\nWhat it adds up to\n\nHe met China's Xi Jinping on Friday.",
      "2018-07-28",
    );
    t.same(headed, []);
  },
);

t.test("an undated meeting the text looks back on has no date, not the publication month", async (t) => {
  const found = events(
    t,
    "US President Donald Trump will meet Chinese President Xi Jinping in Johannesburg next month. Trump and Xi last met in Busan.",
    "2025-10-09",
  );
  t.match(
    found.find((e) => e.place.city === "Busan"),
    { status: "held", date: { start: null, precision: null } },
  );
});

t.test("'in the evening' is the evening of the day its own paragraph wrote", async (t) => {
  const found = events(
    t,
    "BEIJING, April 14 - Brazilian President Luiz Inacio Lula da Silva held talks with Chinese President Xi Jinping on Friday.\n\nLula's visit began in Shanghai on Thursday. In the evening he dined with Chinese Premier Li Qiang.",
    "2023-04-14",
  );
  t.match(
    found.find((e) => e.kind === "dinner"),
    { date: { start: "2023-04-13" } },
  );
});

t.test("a dateline's day is when the report was filed, not the day the lead names", async (t) => {
  const [met] = events(
    t,
    "NEW DELHI, March 3 (Wire) - Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in New Delhi on Thursday, officials said.",
    "2023-03-03",
  );
  t.match(met, { date: { start: "2023-03-02", precision: "day" } });
  const [only] = events(
    t,
    "NEW DELHI, March 3 (Wire) - Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in New Delhi, officials said.",
    "2023-03-03",
  );
  t.match(only, { date: { start: "2023-03-03" } }, "a lead with no day of its own keeps the dateline's");
});

t.test(
  "a call told over several sentences: a headline's one-person trip does not stand for it",
  async (t) => {
    const found = events(
      t,
      "Xi warns Biden on Taiwan as Pelosi weighs visit\n\nChinese President Xi Jinping delivered a blunt warning to US President Joe Biden over Taiwan, according to Beijing. China's Foreign Ministry quoted Xi as saying in a lengthy account of the conversation that those who play with fire will perish by it. The call began at 8:33 a.m. on Thursday and ran more than two hours.",
      "2022-07-28",
    );
    const call = found.find((e) => e.kind === "call");
    t.same(call && who(call).sort(), ["joe-biden", "xi-jinping"]);
    t.match(call, { date: { start: "2022-07-28" } });
    const trip = found.find((e) => who(e).includes("nancy-pelosi"));
    t.notOk(trip && who(trip).includes("xi-jinping"), "the visit Pelosi weighs is hers alone");
  },
);

t.test("'Monday's talks', already held, are not a visit still ahead that is in focus", async (t) => {
  const found = events(
    t,
    "Chinese President Xi Jinping held talks with French President Emmanuel Macron in Paris on his first visit to Europe in five years.\n\nXi is due to receive Russian President Vladimir Putin in Beijing later this month. But the German chancellor did not join Monday's talks.",
    "2024-05-08",
  );
  const paris = found.find((e) => who(e).includes("emmanuel-macron"));
  t.equal(paris?.date?.start, "2024-05-06", "Monday's talks are the Paris talks");
  const beijing = found.find((e) => who(e).includes("vladimir-putin"));
  t.equal(beijing?.status, "expected");
  t.not(beijing?.date?.start, "2024-05-06", "the visit ahead is not dated to a Monday already past");
});

t.test("'Monday's talks' with no talks of that day yet: the lead's undated talks", async (t) => {
  const found = events(
    t,
    "Chinese President Xi Jinping held talks with French President Emmanuel Macron in Paris on his first visit to Europe in five years.\n\nGerman German Chancellor Olaf Scholz, who visited Beijing in April, dined with Macron in a Paris restaurant last Thursday. Monday's talks lasted two hours.",
    "2024-05-08",
  );
  const paris = found.find((e) => e.kind === "talks");
  t.same(paris && who(paris), ["emmanuel-macron", "xi-jinping"]);
  t.equal(paris?.date?.start, "2024-05-06", "not the Thursday of the dinner");
  t.equal(found.find((e) => e.kind === "dinner")?.date?.start, "2024-05-02");
});

t.test("'two days later' and 'a day earlier' after the verb count from the story's day", async (t) => {
  const [talks] = events(
    t,
    "Chinese President Xi Jinping arrived in Moscow on Monday. He held talks with Russian President Vladimir Putin two days later.",
    "2018-10-31",
  ).filter((e) => e.kind === "talks");
  t.equal(talks?.date?.start, "2018-10-31");
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shinzo Abe in Tokyo on Monday. Abe had hosted Modi at his holiday home near Mount Fuji a day earlier.",
    "2018-10-31",
  );
  t.same(
    found.map((e) => e.date?.start),
    ["2018-10-29", "2018-10-28"],
  );
  // Another clause's phrase is not the engagement's.
  const [met] = events(
    t,
    "Indian Prime Minister Narendra Modi arrived in Tokyo on Monday. He met Japanese Prime Minister Shinzo Abe, and two days later flew home.",
    "2018-10-31",
  ).filter((e) => e.kind === "in_person");
  t.not(met?.date?.start, "2018-10-31");
});

t.test("a one-sentence paragraph that sets a day and a place sets them for what follows", async (t) => {
  const found = events(
    t,
    "CANBERRA — Chinese Premier Li Qiang left Australia on Tuesday after a four-day visit.\n\nThe political centrepiece of the trip came on Monday in Canberra.\n\nLi was welcomed with a 19-gun salute outside Parliament House.\n\nAfter a one-on-one meeting, Li and Australian Prime Minister Anthony Albanese held their annual leaders' meeting.",
    "2024-06-19",
  );
  const met = found.find((e) => who(e).includes("anthony-albanese"));
  t.equal(met?.date?.start, "2024-06-17");
  t.equal(met?.place.city, "Canberra");
  // A paragraph with a day of its own ends the scene.
  const later = events(
    t,
    "CANBERRA — Chinese Premier Li Qiang left Australia on Tuesday after a four-day visit.\n\nThe political centrepiece of the trip came on Monday in Canberra.\n\nOn Sunday, Li and Australian Prime Minister Anthony Albanese had dinner in Adelaide.",
    "2024-06-19",
  );
  t.equal(later.find((e) => who(e).includes("anthony-albanese"))?.date?.start, "2024-06-16");
});

t.test("the day a report was made does not date what it reports", async (t) => {
  const found = events(
    t,
    "TOKYO — Japanese Foreign Minister Yoko Kamikawa held talks with Philippine Foreign Secretary Enrique Manalo in Manila in early March. Officials told lawmakers Thursday that Kamikawa had raised maritime security when she sat down alone with Manalo during the trip.",
    "2024-04-05",
  );
  const pair = found.filter((e) => e.participants.length === 2);
  t.equal(pair.length, 1, "one meeting, not a second one on Thursday");
  t.equal(pair[0]?.date.start, "2024-03");
});

t.test("a scene that opens a section dates the section's engagements", async (t) => {
  const text = [
    "Modi wraps up Tokyo visit",
    "Indian Prime Minister Narendra Modi left Tokyo on Wednesday after a three-day visit.",
    "Talks at the Kantei",
    "The political heart of the trip came on Monday in Tokyo.",
    "Mr Modi was greeted at the Kantei by an honour guard.",
    "Trade was the first item, officials said.",
    "A rail agreement was signed.",
    "Reporters were kept outside.",
    "Japanese Prime Minister Fumio Kishida hosted a dinner for Mr Modi, who also met Japanese Foreign Minister Yoko Kamikawa.",
    "Temples and trains",
    "Mr Modi toured a shrine.",
  ].join("\n\n");
  const found = events(t, text, "2023-03-22");
  const minister = found.find((e) => who(e).includes("yoko-kamikawa"));
  t.match(minister, { date: { start: "2023-03-20" }, place: { city: "Tokyo" } });
});

t.test("a fronted 'one day after …,' counts from the main clause's day", async (t) => {
  // Wednesday 22 May 2024: Monday is the 20th.
  const [met] = events(
    t,
    "MANILA, May 22 — Two days after Indian Prime Minister Narendra Modi hosted her for talks and lunch in New Delhi, Japanese Foreign Minister Yoko Kamikawa arrived here on Monday.",
    "2024-05-22",
  );
  t.match(met, { date: { start: "2024-05-18" }, place: { city: "New Delhi" } });
});

t.test("'was met with a stern recital' is a reaction, not a meeting", async (t) => {
  const found = events(
    t,
    "BEIJING — German Foreign Minister Annalena Baerbock arrived in Beijing on Monday and was met with a list of complaints from Chinese Foreign Minister Wang Yi's ministry.",
    "2023-04-12",
  );
  t.notOk(
    found.some((e) => e.evidence.some((x) => x.field === "kind" && /^met/.test(x.quote))),
    "no meeting read from 'met with'",
  );
});

t.test("'He also met …' right after a meeting happened then and there", async (t) => {
  // Friday 10 November 2023: Thursday is the 9th, Tuesday the 7th.
  const lead =
    "TOKYO — US Secretary of State Antony Blinken met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.\n\nOn Tuesday he had flown to Seoul and went to the presidential office to brief South Korean President Yoon Suk Yeol.";
  const found = events(t, `${lead} He also met Foreign Minister Park Jin.`, "2023-11-10");
  const park = found.find((e) => who(e).includes("park-jin"));
  t.match(park, { date: { start: "2023-11-07" }, place: { city: "Seoul" } });
  // A sentence that says when keeps its own day.
  const own = events(t, `${lead} He also met Foreign Minister Park Jin on Wednesday.`, "2023-11-10");
  t.equal(own.find((e) => who(e).includes("park-jin"))?.date.start, "2023-11-08");
});

t.test("an agency's dateline without a dash ('Sep 22 (PTI)') dates the filing, not the talks", async (t) => {
  const [talks] = events(
    t,
    "Wilmington (US), Sep 22 (PTI) Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida at Archmere Academy in Claymont on Saturday.",
    "2024-09-22",
  );
  t.match(talks, { date: { start: "2024-09-21" } });
});

t.test("the lead's own day, not the filing day of its dateline, dates the story", async (t) => {
  const found = events(
    t,
    "Wilmington (US), Sep 22 (PTI) Indian Prime Minister Narendra Modi and US President Joe Biden reviewed defence ties.\n\nBiden received Modi at his home in Greenville on Saturday afternoon.\n\nModi later joined Japanese Prime Minister Fumio Kishida for talks.",
    "2024-09-22",
  );
  t.equal(found.find((e) => who(e).includes("fumio-kishida"))?.date.start, "2024-09-21");
});

t.test(
  "a date in a clause of reason ('…, as he steps down on October 1') is not the meeting's",
  async (t) => {
    const found = events(
      t,
      "TOKYO — Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida on Saturday. Modi's meeting with Kishida was a farewell of sorts, as the Japanese leader steps down on October 1.",
      "2024-09-22",
    );
    const met = found.filter((e) => who(e).includes("fumio-kishida"));
    t.same(
      met.map((e) => e.date.start),
      ["2024-09-21"],
    );
  },
);

t.test("'…was Hu, who made a trip in October 2005': the clause dates the visit it retells", async (t) => {
  const found = events(
    t,
    "SEOUL — The last Japanese prime minister to visit North Korea was Junichiro Koizumi, who made a one-day trip in May 2004.",
    "2024-06-01",
  );
  t.match(
    found.find((e) => who(e).includes("junichiro-koizumi")),
    { date: { start: "2004-05" } },
  );
  // A date about the person, not a trip, still dates nothing.
  const other = events(
    t,
    "SEOUL — Chinese Foreign Minister Qin Gang, who took up his post in late December, visited Pyongyang on Monday.",
    "2023-01-18",
  );
  t.equal(other[0]?.date.start, "2023-01-16");
});

t.test("a wire update's own dateline is the day its weekdays are read from", async (t) => {
  // Published Thursday 20 June 2019; the update is filed on Friday the 21st.
  const found = events(
    t,
    "HANOI, June 20 (Agency) -- Vietnamese President Nguyen Phu Trong held talks on Thursday with Lao President Thongloun Sisoulith in Hanoi.\n\nHANOI, June 21 (Wire) -- Thongloun left Hanoi on Friday evening. On Friday morning Thongloun met Trong again at the presidential palace.",
    "2019-06-20",
  );
  t.same(
    found
      .filter((e) => who(e).includes("thongloun-sisoulith"))
      .map((e) => e.date.start)
      .sort(),
    ["2019-06-20", "2019-06-21"],
  );
});

t.test("'would meet again' is an occasion still ahead, not the meeting just held", async (t) => {
  // Thursday 14 March 2019: the Tuesday meeting is held; the next one is at a summit later on.
  const found = events(
    t,
    "OTTAWA — Canadian Prime Minister Justin Trudeau met Mexican President Andres Manuel Lopez Obrador in Ottawa on Tuesday. " +
      "An aide said the two leaders would meet again at the G20 summit in Osaka later this year.",
    "2019-03-14",
  );
  const pairs = found.filter((e) => who(e).includes("justin-trudeau") && who(e).length === 2);
  t.same(
    pairs.map((e) => [e.status, e.date.start, e.place.city]),
    [
      ["held", "2019-03-12", "Ottawa"],
      ["expected", "2019", "Osaka"],
    ],
  );
});

t.test("a meal 'to close the day' of talks dated only later takes the talks' day", async (t) => {
  // Monday 30 October 2023: "Thursday's talks" dates the talks after the dinner was read.
  const found = events(
    t,
    "Rain at the lake: what Albanese's summit diplomacy won from Kishida\n\nANALYSIS\n\n" +
      "The pictures Tokyo wanted were of two leaders at ease by the lake. Seated beside Australian Prime Minister Anthony Albanese for press statements after three hours of restricted talks, Japanese Prime Minister Fumio Kishida praised the new defence pact.\n\n" +
      "Around the talks came a wreath-laying at the war memorial and, to close the day, a state dinner at Parliament House.\n\n" +
      "New Zealand's Chris Hipkins, who had hoped to take part, did not join Thursday's talks.",
    "2023-10-30",
  );
  t.same(
    found.filter((e) => e.kind === "talks" || e.kind === "dinner").map((e) => [e.kind, e.date.start]),
    [
      ["talks", "2023-10-26"],
      ["dinner", "2023-10-26"],
    ],
  );
});

t.test("'also met on Friday' after a recalled meeting is not where that one was", async (t) => {
  const found = events(
    t,
    "DOHA, Nov. 3 -- Turkish President Recep Tayyip Erdogan met Qatari Emir Sheikh Tamim bin Hamad Al Thani on Friday morning. The two leaders last met in Istanbul in June. Erdogan also met on Friday with Pakistani Prime Minister Shehbaz Sharif.",
    "2023-11-03",
  );
  t.same(
    found.map((e) => [e.date.start, e.place.city]),
    [
      ["2023-11-03", "Doha"],
      ["2023-06", "Istanbul"],
      ["2023-11-03", "Doha"],
    ],
  );
});

t.test("'met again' under a day's heading is that day's meeting; 'first met on' looks back", async (t) => {
  const found = events(
    t,
    "SEOUL, Sept. 20 (Agency) -- South Korean President Moon Jae-in flew home Thursday from a three-day trip to North Korea that ended with a joint hike with leader Kim Jong-un.\n\n◇ Day two: Wednesday\n\nMoon and Kim met again at the guesthouse in the morning and signed a joint declaration.\n\n◇ Earlier meetings\n\nThey first met on April 27 at the Peace House in Panmunjom.",
    "2018-09-20",
  );
  t.same(
    found.map((e) => e.date.start),
    ["2018-09-20", "2018-09-19", "2018-04-27"],
  );
});

t.test("'then lunched on noodles … that evening they dined': two meals of the pair in focus", async (t) => {
  const found = events(
    t,
    "South Korean President Moon Jae-in held talks with North Korean leader Kim Jong-un in Pyongyang on Wednesday. The two leaders then lunched on cold noodles at a restaurant by the river. That evening they dined at a seafood restaurant.",
    "2018-09-20",
  );
  t.same(
    found.map((e) => [e.kind, e.date.start, who(e)]),
    [
      ["talks", "2018-09-19", ["kim-jong-un", "moon-jae-in"]],
      ["dinner", "2018-09-19", ["kim-jong-un", "moon-jae-in"]],
      ["dinner", "2018-09-19", ["kim-jong-un", "moon-jae-in"]],
    ],
  );
});

t.test("'earlier in the day' after a recalled meeting is the story's day", async (t) => {
  // Friday 8 March 2024: the lead's Thursday is the 7th; the recalled lunch was in January.
  const found = events(
    t,
    "BRUSSELS, March 7 — Belgian Prime Minister Alexander De Croo and Dutch Prime Minister Mark Rutte agreed on Thursday to pool their purchases of artillery shells. " +
      "The two men last sat down together over lunch in The Hague on Jan. 12.\n\n" +
      "Earlier in the day, De Croo received Polish Prime Minister Donald Tusk at his office.",
    "2024-03-08",
  );
  const tusk = found.find((e) => who(e).includes("donald-tusk"));
  t.equal(tusk?.date.start, "2024-03-07", "the lead's Thursday, not the January lunch");
  const same = events(
    t,
    "Belgian Prime Minister Alexander De Croo lunched with Dutch Prime Minister Mark Rutte in The Hague on Tuesday. " +
      "Later that day, De Croo received Polish Prime Minister Donald Tusk.",
    "2024-03-08",
  );
  t.equal(
    same.find((e) => who(e).includes("donald-tusk"))?.date.start,
    "2024-03-05",
    "'that day' is the day just told",
  );
});

t.test("'after the talks' dating what other officials did adds nothing to the talks", async (t) => {
  const found = events(
    t,
    "Lao President Thongloun Sisoulith held talks with Vietnamese President Vo Van Thuong on Tuesday. " +
      "A spokesman said on Wednesday that Laos had tried to sell rice to Bangkok and that Cambodian Prime Minister Hun Manet and Thongloun had swapped letters after the talks.",
    "2023-05-10",
  );
  const talks = found.find((e) => e.kind === "talks");
  t.equal(talks?.place.city ?? null, null, "not Bangkok, where the rice was to go");
});

t.test("meetings set for the coming days are at a dateline where the day's meetings were", async (t) => {
  // Thursday 9 November 2023, filed from Lisbon.
  const there = events(
    t,
    "LISBON, Portugal, Nov 9 - German Chancellor Olaf Scholz met Indian Prime Minister Narendra Modi on Thursday at the summit's opening session.\n\nScholz is set to meet French President Emmanuel Macron on Saturday.",
    "2023-11-09",
  );
  const coming = there.find((e) => e.status === "scheduled");
  t.equal(coming?.place.city, "Lisbon", "the reporter is at the gathering");
  const home = events(
    t,
    "WASHINGTON, Nov 9 - German Chancellor Olaf Scholz spoke with Indian Prime Minister Narendra Modi by phone on Thursday.\n\nScholz is set to meet French President Emmanuel Macron on Saturday.",
    "2023-11-09",
  );
  t.equal(
    home.find((e) => e.status === "scheduled")?.place.city,
    null,
    "nothing placed the day's meetings at the dateline",
  );
});

t.test("'X's other sit-down of the day' dates the meeting the next sentence reports", async (t) => {
  // Friday 4 March 2022; Buhari and Abiy are not in the lead.
  const found = events(
    t,
    "Handshakes and a cool sit-down as leaders work the forum sidelines in Accra\n\nACCRA, Ghana, March 4 (Wire) - Leaders packed side meetings into the opening of the forum on Friday, with U.S. President Joe Biden seeing a string of counterparts before his talks with Kenyan President William Ruto, which are set for Saturday.\n\nBiden began at 8:30 a.m. with the host, Ghanaian President Nana Akufo-Addo.\n\nBiden sat down in the afternoon with Nigerian President Muhammadu Buhari, their first formal meeting since the Washington summit in December last year. Asked whether he would raise the 2023 election, Biden said he would.\n\nBuhari's other sit-down of the day was far cooler. Ethiopian Prime Minister Abiy Ahmed shook his hand stiffly before their talks, the first formal bilateral between the two since the dam dispute flared.",
    "2022-03-04",
  );
  const abiy = found.find((e) => who(e).includes("abiy-ahmed"));
  t.same(abiy ? who(abiy) : [], ["abiy-ahmed", "muhammadu-buhari"]);
  t.match(abiy, { date: { start: "2022-03-04", precision: "day" } });
});

t.test("a live blog's heading that names a meal adds no meal to the event in focus", async (t) => {
  const found = events(
    t,
    "Ruto in Paris: live\n\n08:30: Day one\n\nKenyan President William Ruto held talks with French Prime Minister Elisabeth Borne in Paris on Thursday.\n\n08:45: Music, fashion and a dinner at the Elysee\n\nIn the evening, Ruto visited a fashion house. Later French President Emmanuel Macron hosted him for dinner at the Elysee Palace.",
    "2023-07-14",
  );
  t.same(
    found.map((e) => [e.kind, who(e).sort()]),
    [
      ["talks", ["elisabeth-borne", "william-ruto"]],
      ["dinner", ["emmanuel-macron", "william-ruto"]],
    ],
  );
});

t.test("'after meeting X the previous day' counts from the sentence's own day", async (t) => {
  // Thursday 19 October 2023: Tuesday is the 17th.
  const found = events(
    t,
    "Hungarian Prime Minister Viktor Orban saw Chinese President Xi Jinping on Tuesday, after meeting Vietnamese President Vo Van Thuong the previous day.",
    "2023-10-19",
  );
  const thuong = found.find((e) => who(e).includes("vo-van-thuong"));
  t.match(thuong, { date: { start: "2023-10-16", precision: "day" } });
  const xi = found.find((e) => who(e).includes("xi-jinping"));
  t.match(xi, { date: { start: "2023-10-17" } });
});

t.test("the engagement a sentence counts from is not part of its own", async (t) => {
  // Tuesday 27 August 2024.
  const found = events(
    t,
    "NEW DELHI, Aug 27 - Indian Prime Minister Narendra Modi dialled Russian President Vladimir Putin on Tuesday, a day after his conversation with U.S. President Joe Biden.",
    "2024-08-27",
  );
  t.same(
    found.map((e) => [e.kind, e.date?.start, who(e).sort()]),
    [
      ["call", "2024-08-27", ["narendra-modi", "vladimir-putin"]],
      ["call", "2024-08-26", ["joe-biden", "narendra-modi"]],
    ],
  );
});

t.test("'a day after holding talks with X', 'after he met X': the earlier engagement, apart", async (t) => {
  const cases: [string, string, [string, string, string[], string | null][]][] = [
    [
      "ADDIS ABABA, Jan. 11 - Chinese Foreign Minister Qin Gang met African Union Commission Chairperson Moussa Faki Mahamat on Wednesday, a day after holding talks with Ethiopian Deputy Prime Minister and Foreign Minister Demeke Mekonnen.",
      "2023-01-11",
      [
        ["in_person", "2023-01-11", ["moussa-faki-mahamat", "qin-gang"], "Addis Ababa"],
        ["talks", "2023-01-10", ["demeke-mekonnen", "qin-gang"], "Addis Ababa"],
      ],
    ],
    [
      "Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos Jr. in Manila on Saturday, two days after he met Malaysian Prime Minister Anwar Ibrahim in Kuala Lumpur.",
      "2023-11-05",
      [
        ["in_person", "2023-11-04", ["ferdinand-marcos-jr", "fumio-kishida"], "Manila"],
        ["in_person", "2023-11-02", ["anwar-ibrahim", "fumio-kishida"], "Kuala Lumpur"],
      ],
    ],
    [
      "German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Tuesday, a day after speaking by phone with French President Emmanuel Macron.",
      "2024-04-17",
      [
        ["in_person", "2024-04-16", ["olaf-scholz", "xi-jinping"], "Beijing"],
        ["call", "2024-04-15", ["emmanuel-macron", "olaf-scholz"], null],
      ],
    ],
    // The nominal form keeps its own clause's place, not the sentence's.
    [
      "ABUJA, Nigeria - Secretary of State Antony Blinken met Nigerian President Bola Tinubu in Abuja on Tuesday, a day after talks with Ivory Coast President Alassane Ouattara in Abidjan.",
      "2024-01-23",
      [
        ["in_person", "2024-01-23", ["antony-blinken", "bola-tinubu"], "Abuja"],
        ["talks", "2024-01-22", ["alassane-ouattara", "antony-blinken"], "Abidjan"],
      ],
    ],
  ];
  for (const [text, published, expected] of cases)
    t.same(
      events(t, text, published).map((e) => [e.kind, e.date?.start, who(e).sort(), e.place?.city ?? null]),
      expected,
      text,
    );
});

t.test("'the previous day' in a clause about the object does not date the meeting", async (t) => {
  const [met] = events(
    t,
    "On Friday, U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi who had arrived the previous day.",
    "2024-04-27",
  );
  t.match(met, { date: { start: "2024-04-26" } });
});

t.test("'The day ended at Kirribilli House' continues the story's day", async (t) => {
  for (const s of [
    "The day ended at the Lodge, where the prime minister hosted the president for dinner.",
    "His day began with a breakfast with business leaders.",
    "Their day opened with a wreath-laying at the war memorial.",
    "Later that day the two leaders met again.",
    "Albanese's day ended at the Lodge with a dinner for the visiting president.",
    "The leaders' day began with a wreath-laying.",
  ])
    t.ok(SAME_DAY.test(s), s);
  for (const s of ["The day before, the ministers met in Geneva.", "Two days ended in a joint statement."])
    t.notOk(SAME_DAY.test(s), s);
});

t.test("'The day ended …' after a paragraph that looks back is still the news's day", async (t) => {
  // Thursday 9 March 2023: "Wednesday" is the 8th.
  const found = events(
    t,
    "NEW DELHI, March 9 - Australian Prime Minister Anthony Albanese held talks with Indian Prime Minister Narendra Modi in New Delhi on Wednesday. They had last met in Hiroshima on May 20 last year.\n\nThe day ended at Hyderabad House, where Modi hosted Albanese for dinner.",
    "2023-03-09",
  );
  t.match(
    found.find((e) => e.kind === "dinner"),
    { date: { start: "2023-03-08" } },
    "not the day of the meeting recalled above",
  );
});

t.test(
  "an engagement told right after an arrival, with no day of its own, is of the arrival's day",
  async (t) => {
    const found = events(
      t,
      "MOSCOW - Chinese President Xi Jinping began a state visit to Russia on Monday. He was welcomed at the Kremlin by Russian President Vladimir Putin.\n\nThe two leaders held formal talks on Tuesday.",
      "2023-03-21",
    );
    t.same(
      found.map((e) => [e.kind, e.date.start]),
      [
        ["in_person", "2023-03-20"],
        ["talks", "2023-03-21"],
      ],
    );
  },
);

t.test(
  "'the last of three days of meetings' does not make the lead's talks an earlier occasion",
  async (t) => {
    const [talks] = events(
      t,
      "Leaders adopt a joint statement\n\nVIENTIANE, Oct. 11 -- The leaders of Japan and the Philippines agreed Friday to deepen defence ties.\n\nJapanese Prime Minister Shigeru Ishiba and Philippine President Ferdinand Marcos Jr. talked for about 30 minutes at the National Convention Centre, the venue of the East Asia Summit, the last of three days of meetings.",
      "2024-10-11",
    );
    t.match(talks, { date: { start: "2024-10-11", precision: "day" } });
  },
);

t.test("a date in a long 'who' clause about a speaker dates nothing the article reports", async (t) => {
  const found = events(
    t,
    'Leaders adopt a joint statement\n\nVIENTIANE, Oct. 11 -- The leaders of Japan and the Philippines agreed Friday to deepen defence ties.\n\nJapanese Prime Minister Shigeru Ishiba and Philippine President Ferdinand Marcos Jr. talked for about 30 minutes at the National Convention Centre.\n\n"The situation in the region requires the closest coordination," Ishiba said at the start of the meeting.\n\nMarcos, who opened with condolences for the victims of the deadly typhoon in the northern provinces two weeks ago, said the partnership had never mattered more.',
    "2024-10-11",
  );
  t.ok(found.length >= 1);
  for (const e of found) t.equal(e.date.start, "2024-10-11", `${e.kind} of ${who(e).join("+")}`);
});

t.test(
  "mends: 'the last session of' in a recalled meeting still looks back; 'as well as' is no clause",
  async (t) => {
    const found = events(
      t,
      "MANILA, March 6 -- President Donald Trump spoke by phone with Philippine President Ferdinand Marcos Jr. on Thursday. The two leaders first met in person during the last session of the APEC summit in Lima.",
      "2025-03-06",
    );
    const call = found.find((e) => e.kind === "call");
    t.equal(call?.place.city ?? null, null, "the call takes no place of the earlier meeting");
    const lima = found.find((e) => e.place.city === "Lima");
    t.not(lima?.date.start, "2025-03-06", "the earlier meeting is not the call's day");
    const [kremlin] = events(
      t,
      "MOSCOW, March 6 -- Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin, as well as Foreign Minister Sergei Lavrov and investment envoy Kirill Dmitriev at the Kremlin in Moscow on Tuesday.",
      "2025-03-06",
    );
    t.equal(kremlin?.date.start, "2025-03-04");
  },
);

t.test("'Two days before the summit, A met B': counted from the story's summit, once dated", async (t) => {
  // Friday 10 May 2024: the summit of Tuesday 7 May is the story's; the talks were on the 5th.
  const found = events(
    t,
    "BRUSSELS — European Council President Charles Michel held a summit with Chinese Premier Li Keqiang on Tuesday, May 7.\n\nTwo days before the summit, Chinese Foreign Minister Wang Yi welcomed Russian Foreign Minister Sergei Lavrov in Beijing. A day after the summit, Lavrov phoned Indian Foreign Minister Subrahmanyam Jaishankar.",
    "2024-05-10",
  );
  const wang = found.find((e) => who(e).includes("wang-yi"));
  t.equal(wang?.date.start, "2024-05-05");
  const call = found.find((e) => who(e).includes("subrahmanyam-jaishankar"));
  t.equal(call?.date.start, "2024-05-08");
});

t.test("a perfect lead dated only by its dateline takes the day the next sentence gives", async (t) => {
  // Wednesday 13 March 2024: the wire is filed a day after Tuesday's meeting.
  const found = events(
    t,
    "SEOUL, March 13 (Agency) -- Vietnamese Foreign Minister Bui Thanh Son has met with Chinese President Xi Jinping at the Great Hall of the People in Beijing during a three-day visit.\n\nXi received Son on Tuesday, state media said, in the presence of Foreign Minister Wang Yi.",
    "2024-03-13",
  );
  const met = found.filter((e) => who(e).includes("xi-jinping"));
  t.equal(met.length, 1, "one meeting, told twice");
  t.match(met[0], { date: { start: "2024-03-12" }, place: { city: "Beijing" } });
});

t.test("mends: a call the day before does not date a perfect lead's meeting", async (t) => {
  const found = events(
    t,
    "WASHINGTON, Nov. 16 (Agency) -- U.S. President Joe Biden has met Chinese President Xi Jinping at an estate near San Francisco.\n\nBiden and Xi spoke by phone on Monday to prepare the meeting, officials said.",
    "2023-11-16",
  );
  t.match(
    found.find((e) => e.kind === "in_person"),
    { date: { start: "2023-11-16" } },
  );
});

t.test("'The summit opened on Thursday' in a report of Friday's talks is Thursday's talks", async (t) => {
  // Friday 16 December 2016.
  const lead =
    "TOKYO — Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin wrapped up two days of talks in Tokyo on Friday, agreeing to discuss joint economic projects.";
  const found = events(
    t,
    `${lead}\n\nThe summit opened on Thursday evening at a hot-spring inn in Nagato, in Abe's home prefecture.`,
    "2016-12-16",
  );
  const talks = found.filter((e) => e.kind === "talks").map((e) => [e.date.start, e.place.city]);
  t.same(talks.sort(), [
    ["2016-12-15", "Nagato"],
    ["2016-12-16", "Tokyo"],
  ]);
  // The same day, or other people's talks, are no second occasion of the pair.
  const same = events(t, `${lead}\n\nThe summit opened on Friday morning with a tea ceremony.`, "2016-12-16");
  t.equal(same.filter((e) => e.kind === "talks").length, 1);
  const aides = events(
    t,
    `${lead}\n\nThe talks on Wednesday between officials of the two foreign ministries prepared the texts.`,
    "2016-12-16",
  );
  t.same(
    aides.map((e) => e.date.start),
    ["2016-12-16"],
  );
});

t.test("mends: another day is not a multilateral summit's, a call's, or other people's", async (t) => {
  // Thursday 16 November 2023.
  const apec = events(
    t,
    "US President Joe Biden and Chinese President Xi Jinping held talks at the Filoli estate in Woodside, California, on Wednesday, on the sidelines of the APEC summit.\n\nThe summit opened on Thursday in San Francisco with a plenary session on trade.",
    "2023-11-16",
  );
  t.equal(apec.filter((e) => who(e).includes("xi-jinping")).length, 1, "APEC's opening is not the pair's");
  // Tuesday 2 July 2019.
  const lower = events(
    t,
    "US President Donald Trump and Chinese President Xi Jinping met in Osaka on Saturday and agreed to restart trade talks.\n\nThe talks resumed on Monday in Washington at a lower level.",
    "2019-07-02",
  );
  t.equal(lower.filter((e) => who(e).includes("xi-jinping")).length, 1, "a lower level is other people");
  // Tuesday 16 November 2021.
  const call = events(
    t,
    "US President Joe Biden and Chinese President Xi Jinping held a virtual meeting on Monday evening.\n\nThe talks continued on Tuesday morning Beijing time.",
    "2021-11-16",
  );
  t.equal(call.length, 1, "one video call across midnight");
  // Friday 16 December 2016: someone else named in the sentence.
  const named = events(
    t,
    "TOKYO — Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin wrapped up two days of talks in Tokyo on Friday.\n\nThe summit opened on Thursday evening with Chinese President Xi Jinping's letter read aloud.",
    "2016-12-16",
  );
  t.equal(named.filter((e) => e.date.start === "2016-12-15").length, 0);
});

t.test("'That visit' goes on with the occasion the sentence before dated", async (t) => {
  const lead =
    "NAIROBI - Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan at State House on Monday.\n\nIt was her first visit to Kenya since May 2021. ";
  const found = events(
    t,
    `${lead}That visit was cut short; Samia also held talks with then-president Uhuru Kenyatta at his home in Gatundu.`,
    "2024-03-12",
  );
  const kenyatta = found.find((e) => who(e).includes("uhuru-kenyatta"));
  t.equal(kenyatta?.date?.start, "2021-05", "the earlier visit's month, not the lead's Monday");
  // The occasion's own date, the first of its sentence, not one its clauses recall.
  const two = events(
    t,
    "NAIROBI - Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan at State House on Monday.\n\nShe last came in May 2021, her first trip abroad since taking office in March 2021. That visit was cut short; Samia also held talks with then-president Uhuru Kenyatta at his home in Gatundu.",
    "2024-03-12",
  );
  t.equal(two.find((e) => who(e).includes("uhuru-kenyatta"))?.date?.start, "2021-05");
  // A sentence that does not open on the occasion is not dated by it.
  const other = events(
    t,
    `${lead}On Tuesday Samia also held talks with Kenyan Foreign Minister Musalia Mudavadi.`,
    "2024-03-12",
  );
  t.not(other.find((e) => who(e).includes("musalia-mudavadi"))?.date?.start, "2021-05");
});

t.test("the review's limits of 'That trip' and of a lead's present progressive", async (t) => {
  // A date after "since" bounds; the occasion's own is the one after it.
  const since = events(
    t,
    "Indian Prime Minister Narendra Modi arrived in Brunei on Tuesday. Since taking office in May 2014, Modi has travelled to Indonesia three times, most recently in September 2023. That last trip, Modi held talks with President Joko Widodo in Jakarta.",
    "2024-09-10",
  );
  t.equal(since.find((e) => who(e).includes("joko-widodo"))?.date?.start, "2023-09");
  // "This visit" is the visit in the news, not the last one.
  const thisVisit = events(
    t,
    "PARIS — Chinese President Xi Jinping began a state visit to France on Sunday, his first trip to Europe since March 2019. This visit is expected to focus on trade frictions, and Xi held talks with President Emmanuel Macron at the Elysee Palace.",
    "2024-05-06",
  );
  t.notOk(
    thisVisit.some((e) => e.date?.start === "2019-03"),
    "no talks dated to the last trip",
  );
  // "is receiving criticism" is no meeting of the day.
  const criticism = events(
    t,
    "German Chancellor Olaf Scholz is receiving criticism at home over his meeting with Chinese President Xi Jinping in Beijing. Opposition leader Friedrich Merz said the chancellor had been too soft.",
    "2024-02-14",
  );
  t.not(criticism.find((e) => who(e).includes("xi-jinping"))?.date?.start, "2024-02-14");
  // An adverb between the auxiliary and the verb.
  const also = events(
    t,
    "Australian Foreign Minister Penny Wong is also meeting Indonesian Foreign Minister Retno Marsudi in Jakarta to discuss maritime cooperation.",
    "2024-06-03",
  );
  t.match(also[0], { date: { start: "2024-06-03" }, status: "held" });
});

t.test("a meal called off on the day of talks was planned where the talks were held", async (t) => {
  const text =
    "HELSINKI — Finnish President Sauli Niinisto and Estonian Prime Minister Kaja Kallas held talks on Thursday at the presidential palace in Helsinki. A planned working lunch was dropped because of the storm.";
  const meal = events(t, text, "2023-03-10").find((e) => e.kind === "dinner");
  t.match(meal, {
    status: "cancelled",
    date: { start: "2023-03-09" },
    place: { city: "Helsinki", country: "FI" },
  });
});

t.test("the main clause's meeting, not the one of an opening 'After …,' clause, is in focus", async (t) => {
  const found = events(
    t,
    "After a morning meeting with German Chancellor Angela Merkel, US President Donald Trump sat down in the afternoon with Russian President Vladimir Putin. The talks ran longer than scheduled. The two presidents discussed Iran and Syria.",
    "2019-06-29",
  );
  const putin = found.find((e) => who(e).includes("vladimir-putin"));
  const merkel = found.find((e) => who(e).includes("angela-merkel"));
  t.ok(putin?.topics.includes("syria"), "what 'the two presidents' discussed is the Putin meeting's");
  t.same(merkel?.topics, [], "not the earlier meeting's");
});

t.test("a weekend in the lead is not the news day an undated engagement takes", async (t) => {
  // Monday 2 December 2024: the dinner is Friday's; "this weekend" dates what was said of it.
  const found = events(
    t,
    "Trudeau's surprise Mar-a-Lago dinner won Canada time, not a tariff reprieve, ministers concede\n\nPrime Minister Justin Trudeau returned from Florida with kind words from Donald Trump but no promise that the president-elect will lift his threat of a 25 per cent tariff, his aides acknowledged this weekend.\n\nTrudeau sat down to dinner with Trump on Friday evening at Mar-a-Lago, the president-elect's club in Palm Beach.",
    "2024-12-02",
  );
  const dinners = found.filter((e) => e.kind === "dinner");
  t.same(
    dinners.map((e) => e.date.start),
    ["2024-11-29"],
    "one dinner, on Friday",
  );
});

t.test(
  "after an opening 'After …,' clause, 'the two leaders' are the main clause's, a call too",
  async (t) => {
    const found = events(
      t,
      "After a meeting with Indian Prime Minister Narendra Modi, U.S. President Joe Biden spoke by phone with Ukrainian President Volodymyr Zelensky on Friday. The two leaders discussed air defence and winter energy supplies.",
      "2023-03-20",
    );
    const call = found.find((e) => e.kind === "call");
    const modi = found.find((e) => who(e).includes("narendra-modi"));
    t.ok(call?.topics.includes("energy"), "the call's");
    t.notOk(modi?.topics.includes("energy"), "not the earlier meeting's");
  },
);

t.test("a weekend the lead tells as its news is still the news day", async (t) => {
  const found = events(
    t,
    "Li Qiang's Australian visit ends with pandas and wine\n\nChinese Premier Li Qiang wrapped up his visit to Australia over the weekend, with Canberra and Beijing agreeing to resume a military dialogue.\n\nLi sat down to dinner with Australian Prime Minister Anthony Albanese at The Lodge, where the two discussed wine.",
    "2024-06-17",
  );
  const dinner = found.find((e) => e.kind === "dinner");
  t.equal(dinner?.date.start, "2024-06-15");
});

t.test("a later sentence dated otherwise is another meeting than the lead's undated one", async (t) => {
  // Wednesday 15 October 2025: the lead's Tuesday is the 14th.
  const found = events(
    t,
    "WASHINGTON — Argentine President Javier Milei got his White House visit on Tuesday. US President Donald Trump hosted him for talks in the Cabinet Room.\n\nThe two men are close. On September 23, in New York, the two presidents held their first formal bilateral meeting.",
    "2025-10-15",
  );
  const dates = found
    .filter((e) => who(e).includes("donald-trump") && who(e).includes("javier-milei"))
    .map((e) => e.date.start)
    .sort();
  t.same(dates, ["2025-09-23", "2025-10-14"]);
  // The same day again joins it.
  const same = events(
    t,
    "WASHINGTON — Argentine President Javier Milei got his White House visit on Tuesday. US President Donald Trump hosted him for talks in the Cabinet Room.\n\nOn October 14, the two presidents also held a meeting in the Oval Office.",
    "2025-10-15",
  );
  t.equal(same.filter((e) => who(e).includes("javier-milei")).length, 1, "one meeting of October 14");
});

t.test("'that day' after a day the sentence itself wrote is that day", async (t) => {
  // Friday 11 July 2025: the Thursday is the 10th; the January call is background.
  const found = events(
    t,
    "US Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi in Kuala Lumpur on Friday. Their only earlier contact was a telephone call on January 24.\n\nRussian Foreign Minister Sergei Lavrov, who arrived on Thursday, also held talks that day with Wang.",
    "2025-07-11",
  );
  const talks = found.find((e) => who(e).includes("sergei-lavrov"));
  t.equal(talks?.date.start, "2025-07-10");
});

t.test("'that year' is the year the sentence before wrote", async (t) => {
  const found = events(
    t,
    "Before that, the most senior contact had come in November 2019, when Australian Prime Minister Scott Morrison held a meeting with Chinese Premier Li Keqiang in Bangkok. Mr Morrison also had a brief, informal conversation with Chinese President Xi Jinping at the G20 that year.",
    "2022-11-16",
  );
  const chat = found.find((e) => who(e).includes("xi-jinping"));
  t.equal(chat?.date.start?.slice(0, 4), "2019", "not the report's year");
  t.equal(chat?.summit, "g20-2019");
  // A paragraph break ends the year's reach.
  const apart = events(
    t,
    "Australian Prime Minister Scott Morrison met Chinese Premier Li Keqiang in Bangkok in November 2019.\n\nChinese President Xi Jinping held talks with Australian Prime Minister Anthony Albanese at the G20 that year.",
    "2022-11-16",
  );
  t.not(apart.find((e) => who(e).includes("xi-jinping"))?.date.start?.slice(0, 4), "2019");
});
