import t from "tap";
import { events, who } from "./events-helper.ts";

// Who takes part in what a sentence reports.

t.test("'X said he had informed Y … in a phone call': the speaker's own engagement", async (t) => {
  const found = events(
    t,
    "U.S. Secretary of State Antony Blinken said on Friday he had told Chinese Foreign Minister Wang Yi of the decision in a phone call earlier in the day.",
    "2023-02-03",
  );
  const call = found.find((e) => e.kind === "call");
  t.same(call && who(call), ["antony-blinken", "wang-yi"]);
  // A speaker who reports someone else's engagement stays out of it.
  const other = events(
    t,
    "U.S. Secretary of State Antony Blinken said Chinese President Xi Jinping and Russian President Vladimir Putin had spoken by phone on Friday.",
    "2023-02-03",
  );
  t.notOk(other.some((e) => who(e).includes("antony-blinken") && e.kind === "call"));
});

t.test("'Besides Xi, he was due to meet Wang': the one set aside is not at this meeting", async (t) => {
  const found = events(
    t,
    "Besides Chinese President Xi Jinping, U.S. Secretary of State Antony Blinken had been due to hold talks with Chinese Foreign Minister Wang Yi in Beijing on Sunday.",
    "2023-02-03",
  );
  const talks = found.find((e) => who(e).includes("wang-yi"));
  t.same(talks && who(talks), ["antony-blinken", "wang-yi"]);
});

t.test("'talks with A and with B': one meeting with each", async (t) => {
  const found = events(
    t,
    "U.S. Secretary of State Antony Blinken held talks with Chinese Foreign Minister Wang Yi and with Chinese Vice President Han Zheng in Beijing on Monday.",
    "2023-06-20",
  );
  const pairs = found.map(who).map((w) => w.join("+"));
  t.ok(pairs.includes("antony-blinken+wang-yi"), pairs.join(" | "));
  t.ok(pairs.includes("antony-blinken+han-zheng"), pairs.join(" | "));
});

t.test("a date in a relative clause about a person does not date the engagement", async (t) => {
  const found = events(
    t,
    "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang, who took up his post in late December, in Beijing on Sunday.",
    "2023-06-20",
  );
  const met = found.find((e) => who(e).includes("qin-gang"));
  t.equal(met?.date.start, "2023-06-18");
});

t.test("'since Marcos's visit to Washington in May 2023': the possessor's own trip, so dated", async (t) => {
  // Thursday 11 April 2024.
  const found = events(
    t,
    "US President Joe Biden met Philippine President Ferdinand Marcos Jr. in the Oval Office on Thursday. The two leaders reviewed progress since Marcos's visit to Washington in May 2023.",
    "2024-04-11",
  );
  const visit = found.find((e) => e.kind === "visit");
  t.same(visit && who(visit), ["ferdinand-marcos-jr"], "the group of the sentence's subject stays out");
  t.match(visit, { date: { start: "2023-05", precision: "month" }, place: { city: "Washington" } });
  const meeting = found.find((e) => e.kind === "in_person");
  t.equal(meeting?.date?.start, "2024-04-11", "the meeting keeps its day");
});

t.test("a list ending in a possessive owns the visits together", async (t) => {
  const [visit] = events(
    t,
    "Critics asked whether Secretary of State Antony Blinken, Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo's visits to Beijing last year helped China.",
    "2024-01-10",
  );
  t.same(visit && who(visit), ["antony-blinken", "gina-raimondo", "janet-yellen"]);
});

t.test("'the first meeting since May 2023' still bounds rather than dates", async (t) => {
  const [meeting] = events(
    t,
    "US President Joe Biden met Chinese President Xi Jinping in Lima on Saturday, their first meeting since November 2023.",
    "2024-11-17",
  );
  t.equal(meeting?.date?.start, "2024-11-16");
});

t.test("'hours before most leaders arrived': a crowd's arrival is nobody's visit", async (t) => {
  const found = events(
    t,
    "On Monday evening, hours before most leaders arrived in the Lithuanian capital, Turkish President Recep Tayyip Erdogan agreed to back Sweden's bid.",
    "2023-07-12",
  );
  t.notOk(
    found.some((e) => e.kind === "visit"),
    "Erdogan did not arrive; most leaders did",
  );
});

t.test("'Kim met Lee on Sunday; Trump lunched with Mr Lee on Monday': Lee is at both", async (t) => {
  const found = events(
    t,
    "North Korean leader Kim Jong Un met Singapore's Prime Minister Lee Hsien Loong on Sunday evening; US President Donald Trump lunched with Mr Lee at the Istana on Monday.",
    "2018-06-12",
  );
  t.same(found.map(who), [
    ["kim-jong-un", "lee-hsien-loong"],
    ["donald-trump", "lee-hsien-loong"],
  ]);
  t.equal(found[1]?.date?.start, "2018-06-11");
});

t.test("'the two presidents' opening a new clause are its subject, and not a premier", async (t) => {
  const found = events(
    t,
    "Russian President Vladimir Putin and Chinese President Xi Jinping held talks in Beijing on Thursday. Later on Thursday, Putin met Chinese Premier Li Qiang, and the two presidents then sat down for an informal conversation over tea.",
    "2024-05-17",
  );
  const tea = found.find((e) => e.kind === "dinner");
  t.same(tea && who(tea), ["vladimir-putin", "xi-jinping"], "the presidents had tea, not the premier");
  const premier = found.find((e) => who(e).includes("li-qiang"));
  t.same(premier && who(premier), ["li-qiang", "vladimir-putin"]);
});

t.test(
  "'On Tuesday, on arrival in Kazan, he held talks': two opening adverbials before the pronoun",
  async (t) => {
    const found = events(
      t,
      "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on Wednesday. Earlier that day, Mr. Modi addressed the summit's plenary. On Tuesday, on arrival in the city, he held talks with Russian President Vladimir Putin.",
      "2024-10-24",
    );
    const putin = found.find((e) => who(e).includes("vladimir-putin"));
    t.same(putin && who(putin), ["narendra-modi", "vladimir-putin"]);
    t.equal(putin?.date?.start, "2024-10-22");
  },
);

t.test(
  "'Standing beside Albanese after the talks, she condemned': the pronoun after a participle's clause",
  async (t) => {
    const found = events(
      t,
      "New Zealand Prime Minister Jacinda Ardern arrived in Sydney on Friday. Standing beside Australian Prime Minister Anthony Albanese after three hours of talks, she condemned the deportations as corrosive. When Albanese met Xi Jinping last year, he said little.",
      "2022-06-10",
    );
    const talks = found.find((e) => e.kind === "talks");
    t.same(talks && who(talks), ["anthony-albanese", "jacinda-ardern"], "she is Ardern, the last subject");
    t.notOk(
      found.some((e) => who(e).includes("xi-jinping") && who(e).includes("jacinda-ardern")),
      "a clause with its own subject ('When Albanese met Xi, he') is not a participle's",
    );
  },
);

t.test("'He laid a wreath … He also held talks': a pronoun continues a pronoun", async (t) => {
  const found = events(
    t,
    "BEIJING, April 14 - Brazilian President Luiz Inacio Lula da Silva arrived at the Great Hall on Friday. He laid a wreath at a monument. He also held talks with Chinese Premier Li Qiang.",
    "2023-04-14",
  );
  const talks = found.find((e) => e.kind === "talks");
  t.same(talks && who(talks), ["li-qiang", "luiz-inacio-lula-da-silva"]);
});

t.test("a Senate president with a head of state is one delegation, not a second meeting", async (t) => {
  const found = events(
    t,
    "Chinese legislator Zhao Leji received Brazilian President Luiz Inacio Lula da Silva, together with Brazilian Senate President Rodrigo Pacheco, on Friday.",
    "2023-04-14",
  );
  t.equal(found.length, 1);
  t.same(found[0] && who(found[0]), ["luiz-inacio-lula-da-silva", "rodrigo-pacheco", "zhao-leji"]);
});

t.test(
  "'Before seeing Xi, Meloni …. She also met Zhao': the pronoun is the subject, not the fronted clause's",
  async (t) => {
    const found = events(
      t,
      "BEIJING, July 29 - Italian Prime Minister Giorgia Meloni held talks with Chinese President Xi Jinping on Monday.\n\nBefore seeing Xi, Meloni opened an exhibition in Beijing. She also met Chinese legislator Zhao Leji on Monday.",
      "2024-07-29",
    );
    const zhao = found.find((e) => who(e).includes("zhao-leji"));
    t.same(zhao && who(zhao), ["giorgia-meloni", "zhao-leji"]);
  },
);

t.test("'Speaking after talks with X in Y, Z said': Z took part in the talks", async (t) => {
  const found = events(
    t,
    "Speaking after talks with his Indian counterpart Rajnath Singh in New Delhi on Monday, US Defense Secretary Lloyd Austin said ties were strong.",
    "2023-06-06",
  );
  t.same(found[0] && who(found[0]), ["lloyd-austin", "rajnath-singh"]);
  t.match(found[0], { kind: "talks", date: { start: "2023-06-05" } });
});

t.test("'talks with Trump envoy Witkoff': the leader whose envoy it is did not take part", async (t) => {
  const [talks] = events(
    t,
    "Russian President Vladimir Putin held talks with U.S. President Donald Trump envoy Steve Witkoff in Moscow on Friday.",
    "2025-04-12",
  );
  t.same(talks && who(talks).sort(), ["steve-witkoff", "vladimir-putin"]);
});

t.test(
  "a phrase that sets someone aside ('other than Singapore') reaches no further than its sentence",
  async (t) => {
    const [met] = events(
      t,
      "US Secretary of State Mike Pompeo said the next summit would probably be held somewhere other than Singapore.\n\nMr. Pompeo met Japanese Prime Minister Shinzo Abe in Tokyo on Saturday.",
      "2018-10-08",
    );
    t.same(met && who(met).sort(), ["mike-pompeo", "shinzo-abe"]);
    t.match(met, { place: { city: "Tokyo" } }, "read from its own sentence, the meeting keeps its place");
  },
);

t.test(
  "'the visiting president' and 'his guest' are the visitor; 'his host' the one received by",
  async (t) => {
    const beijing = events(
      t,
      "BEIJING, April 14 (Wire) - Brazilian President Luiz Inacio Lula da Silva held talks with Chinese President Xi Jinping in Beijing on Friday. The visiting president later met Chinese Premier Li Qiang at the Great Hall of the People.",
      "2023-04-15",
    );
    t.same(beijing.map(who), [
      ["luiz-inacio-lula-da-silva", "xi-jinping"],
      ["li-qiang", "luiz-inacio-lula-da-silva"],
    ]);
    // The dateline says where the story is, though a place abroad was named since.
    const hanoi = events(
      t,
      "HANOI, Sept 11 (Wire) - US President Joe Biden was received by Vietnamese President Vo Van Thuong on Monday. Thuong thanked Biden for an invitation to the APEC meeting in San Francisco.\n\nPrime Minister Pham Minh Chinh met the guest at the Government Office.",
      "2023-09-12",
    );
    t.ok(
      hanoi.some((e) => who(e).join() === "joe-biden,pham-minh-chinh"),
      "Chinh met Biden, the guest in Vietnam",
    );
    const pyongyang = events(
      t,
      "PYONGYANG, June 21 (Wire) - Chinese President Xi Jinping held talks with North Korean leader Kim Jong Un on Thursday. Xi later attended a banquet his host gave at the Kumsusan guesthouse.",
      "2019-06-21",
    );
    t.ok(
      pyongyang.some((e) => e.kind === "dinner" && who(e).join() === "kim-jong-un,xi-jinping"),
      "the banquet's host is Kim",
    );
    // With a name after it, the name is the guest: nothing is guessed.
    const named = events(
      t,
      "BEIJING, Jan 8 (Wire) - Chinese President Xi Jinping and Foreign Minister Wang Yi welcomed the visiting leader, Kim Jong Un, in Beijing on Tuesday.",
      "2019-01-08",
    );
    t.same(named.map(who), [["kim-jong-un", "wang-yi", "xi-jinping"]]);
  },
);

t.test("'the two leaders had met in May' is an earlier meeting, not the undated one in focus", async (t) => {
  const found = events(
    t,
    "HANOI, Sept 12 (Wire) - US President Joe Biden left Hanoi on Tuesday after talks with Vietnam's leaders.\n\nOn Monday, Vietnamese President Vo Van Thuong received the US President at the Presidential Palace.\n\nPrime Minister Pham Minh Chinh met the guest at the Government Office. The two leaders then attended an investment summit. The two leaders had met in May on the sidelines of the G7 summit in Japan.",
    "2023-09-12",
  );
  const chinh = found.filter((e) => who(e).includes("pham-minh-chinh"));
  t.equal(chinh.length, 2, "the visit's meeting and the one in May");
  t.same(
    chinh.map((e) => (e.date?.start ?? "").slice(0, 7)).sort(),
    ["2023-05", "2023-09"],
    "May's, and this week's",
  );
  // "had met 42 times" counts meetings; it reports none of its own.
  const count = events(
    t,
    "BEIJING, Oct 18 (Wire) - Chinese President Xi Jinping held talks with Russian President Vladimir Putin on Wednesday. Xi said the two heads of state had met 42 times over the past decade.",
    "2023-10-18",
  );
  t.equal(count.length, 1);
});

t.test("', where he will hold talks' continues the sentence's subject", async (t) => {
  const found = events(
    t,
    "Chinese leader Xi Jinping will visit Brazil next week for the G20 summit in Rio de Janeiro and then travel to Brasilia for a state visit, where he will hold talks with Brazilian President Luiz Inacio Lula da Silva on Wednesday.",
    "2024-11-15",
  );
  const talks = found.find((e) => e.kind === "talks");
  t.same(talks && who(talks), ["luiz-inacio-lula-da-silva", "xi-jinping"]);
  t.equal(talks?.date?.start, "2024-11-20");
  t.notOk(
    found.some((e) => e.kind === "visit" && who(e).join() === "luiz-inacio-lula-da-silva"),
    "the host makes no trip",
  );
});

t.test("a state visit is a meeting with the host's leader the article names, then in office", async (t) => {
  const opening =
    "NAIROBI — Kenyan President William Ruto opened a regional trade fair in Nairobi on Monday.";
  const [recent] = events(
    t,
    `${opening} The fair comes a year after Ugandan President Yoweri Museveni's state visit to Kenya in March 2023.`,
    "2024-03-11",
  );
  t.match(recent, { kind: "in_person", date: { start: "2023-03" }, place: { country: "KE" } });
  t.same(who(recent ?? { participants: [] }), ["william-ruto", "yoweri-museveni"]);
  // In 2019 Kenya's president was Uhuru Kenyatta: Ruto did not receive that visit.
  const [older] = events(
    t,
    `${opening} The fair recalls Ugandan President Yoweri Museveni's state visit to Kenya in 2019.`,
    "2024-03-11",
  );
  t.same(who(older ?? { participants: [] }), ["yoweri-museveni"]);
});

t.test("a visit to a leader's seat is a meeting with the leader the article names", async (t) => {
  const opening =
    "WASHINGTON — US President Donald Trump hosted NATO Secretary-General Mark Rutte on Thursday.";
  const visit = events(
    t,
    `${opening} Rutte made several visits to the White House during Trump's first term, including one in 2018.`,
    "2025-03-14",
  ).find((e) => e.date.start === "2018");
  t.match(visit, { kind: "in_person", place: { city: "Washington" } });
  t.same(who(visit ?? { participants: [] }).sort(), ["donald-trump", "mark-rutte"]);
  // A seat the article names no leader for stays the visitor's alone.
  const [alone] = events(
    t,
    "Indian Prime Minister Narendra Modi will visit the Kremlin in July.",
    "2024-06-20",
  );
  t.match(alone, { kind: "visit", place: { city: "Moscow" } });
  // A city is no seat: a trip to Washington is not a meeting with whoever the article names.
  const city = events(
    t,
    `${opening} Rutte made several visits to Washington during Trump's first term, including one in 2018.`,
    "2025-03-14",
  ).find((e) => e.date.start === "2018");
  t.same(who(city ?? { participants: [] }), ["mark-rutte"]);
});

t.test("hosts named as one group ('the two presiding officers, A and B') are met together", async (t) => {
  const found = events(
    t,
    "PARIS — Indian Prime Minister Narendra Modi met French President Emmanuel Macron on Monday, and later met French Prime Minister Élisabeth Borne and the two presiding officers, Senate President Gérard Larcher and National Assembly President Yaël Braun-Pivet.",
    "2023-07-18",
  );
  const speakers = found.filter((e) => who(e).includes("gerard-larcher"));
  t.equal(speakers.length, 1, "one meeting with both presiding officers");
  t.ok(who(speakers[0] ?? { participants: [] }).includes("yael-braun-pivet"));
  t.notOk(who(speakers[0] ?? { participants: [] }).includes("elisabeth-borne"), "the premier on her own");
});

t.test("a minister on tour meets each host, a foreign minister included", async (t) => {
  const found = events(
    t,
    "SEOUL — US Secretary of State Antony Blinken met South Korean President Yoon Suk Yeol and Foreign Minister Park Jin in Seoul on Monday.",
    "2023-01-10",
  );
  t.equal(found.filter((e) => who(e).includes("antony-blinken")).length, 2, "one meeting per host");
  // A leader's talks with a leader and his foreign minister stay one meeting.
  const leader = events(
    t,
    "SEOUL — US President Joe Biden met South Korean President Yoon Suk Yeol and Foreign Minister Park Jin in Seoul on Monday.",
    "2023-01-10",
  );
  t.equal(leader.filter((e) => who(e).includes("joe-biden")).length, 1);
  // An adviser still only sits in on a visiting minister's talks.
  const adviser = events(
    t,
    "WASHINGTON — Chinese Foreign Minister Wang Yi held talks with US Secretary of State Marco Rubio and national security adviser Mike Waltz on Monday.",
    "2025-03-11",
  );
  t.equal(adviser.filter((e) => who(e).includes("wang-yi")).length, 1);
});

t.test("'held separate meetings with A and B': one meeting with each", async (t) => {
  const found = events(
    t,
    "TOKYO — On the margins of the summit, Indian Prime Minister Narendra Modi held separate meetings with Australian Prime Minister Anthony Albanese and Japanese Prime Minister Fumio Kishida on Saturday.",
    "2024-09-22",
  );
  t.same(found.map((e) => who(e).join("+")).sort(), [
    "anthony-albanese+narendra-modi",
    "fumio-kishida+narendra-modi",
  ]);
});

t.test("'…, hours after X told Moscow to hurry': X is of another moment", async (t) => {
  const [talks] = events(
    t,
    "MOSCOW — Russian President Vladimir Putin held talks with Indian Prime Minister Narendra Modi in Moscow on Monday, hours after US President Donald Trump publicly threatened new tariffs.",
    "2024-07-09",
  );
  t.same(who(talks ?? { participants: [] }), ["narendra-modi", "vladimir-putin"]);
  // An engagement of that moment keeps its official.
  const found = events(
    t,
    "MOSCOW — Russian President Vladimir Putin held talks with Indian Prime Minister Narendra Modi in Moscow on Monday, weeks after US Secretary of State Antony Blinken, on a trip to Beijing, warned Chinese officials.",
    "2024-07-09",
  );
  t.ok(found.some((e) => who(e).includes("antony-blinken")));
});

t.test("'a longtime friend of Trump' names whose friend, not a participant", async (t) => {
  const [met] = events(
    t,
    "MOSCOW — Russian President Vladimir Putin met Steve Witkoff, a US special envoy and longtime friend of President Donald Trump, in Moscow on Friday.",
    "2025-04-12",
  );
  t.notOk(who(met ?? { participants: [] }).includes("donald-trump"));
});

t.test("'the visiting president' is read before the 'he' that continues it", async (t) => {
  const found = events(
    t,
    "HANOI, Dec 12 (Wire) - Chinese President Xi Jinping held talks with Vietnamese Communist Party chief Nguyen Phu Trong in Hanoi on Tuesday, the first day of a two-day state visit.\n\nThe visiting president later met Vietnamese President Vo Van Thuong at the Presidential Palace. On Wednesday he is due to meet Prime Minister Pham Minh Chinh.",
    "2023-12-12",
  );
  const chinh = found.find((e) => who(e).includes("pham-minh-chinh"));
  t.same(chinh ? who(chinh).sort() : [], ["pham-minh-chinh", "xi-jinping"]);
});

t.test(
  "'the first visit … since Hu Jintao's in 2014': the earlier traveller is not on this trip",
  async (t) => {
    // Monday 6 May 2024: "Sunday" is the 5th.
    const found = events(
      t,
      "PARIS, May 6 - Chinese President Xi Jinping arrived in Paris on Sunday for his first trip to Europe in five years, the first state visit to France by a Chinese leader since Hu Jintao's in 2014.",
      "2024-05-06",
    );
    t.same(
      found.map((e) => [e.date.start, who(e)]),
      [
        ["2024-05-05", ["xi-jinping"]],
        ["2014", ["hu-jintao"]],
      ],
    );
    const went = events(
      t,
      "SEOUL, June 3 - Japan's foreign minister arrived in Seoul on Monday, the first such visit since Taro Kono went in 2018.",
      "2024-06-03",
    );
    t.notOk(
      went.some((e) => e.date.start === "2024-06-03" && who(e).includes("taro-kono")),
      "Kono is not on Monday's trip",
    );
  },
);

t.test("an official named to say whose kin or negotiator someone is takes no part", async (t) => {
  const sister = events(
    t,
    "SEOUL - Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, met South Korean President Moon Jae-in in Seoul on Saturday.",
    "2018-02-11",
  );
  t.same(sister.map(who), [["kim-yo-jong", "moon-jae-in"]]);
  const possessive = events(
    t,
    "WASHINGTON - Kim Yong Chol, Kim Jong Un's top negotiator, met President Donald Trump at the White House on Friday.",
    "2018-06-02",
  );
  t.same(possessive.map(who), [["donald-trump", "kim-yong-chol"]]);
});

t.test(
  "'X, who accompanied Y to Z in June, met W': the relative clause's official is not at the meeting",
  async (t) => {
    const aside = events(
      t,
      "MOSCOW - Russian Foreign Minister Sergei Lavrov, who accompanied President Vladimir Putin to Pyongyang in June, met North Korean Foreign Minister Choe Son Hui in Moscow on Friday.",
      "2024-11-02",
    );
    t.same(aside.map(who), [["choe-son-hui", "sergei-lavrov"]]);
    // A companion named in the clause is at the meeting.
    const joined = events(
      t,
      "MOSCOW - Russian President Vladimir Putin, who was joined by Foreign Minister Sergei Lavrov, held talks with North Korean Foreign Minister Choe Son Hui in Moscow on Friday.",
      "2024-11-02",
    );
    t.same(joined.map(who), [["choe-son-hui", "sergei-lavrov", "vladimir-putin"]]);
    // A relative clause with an engagement of its own keeps its official for that one.
    const own = events(
      t,
      "MOSCOW - Russian Foreign Minister Sergei Lavrov, who met Chinese Foreign Minister Wang Yi in Beijing in April, held talks with North Korean Foreign Minister Choe Son Hui in Moscow on Friday.",
      "2024-11-02",
    );
    t.same(own.map(who).sort(), [
      ["choe-son-hui", "sergei-lavrov"],
      ["sergei-lavrov", "wang-yi"],
    ]);
  },
);

t.test("'A and B later held talks with C': a cue after a joint subject sequences nothing", async (t) => {
  const joint = events(
    t,
    "European Commission President Ursula von der Leyen and European Council President Charles Michel later held talks with Chinese Premier Li Qiang in Beijing on Thursday.",
    "2023-12-08",
  );
  t.same(joint.map(who), [["charles-michel", "li-qiang", "ursula-von-der-leyen"]]);
  // Between the objects, the cue still makes two meetings.
  const apart = events(
    t,
    "Brazilian President Luiz Inacio Lula da Silva met NPC chairman Zhao Leji and then Chinese Premier Li Qiang in Beijing on Friday.",
    "2023-04-15",
  );
  t.equal(apart.length, 2, apart.map(who).join(" | "));
});

t.test(
  "'the External Affairs Minister' is India's, whoever else the article calls foreign minister",
  async (t) => {
    const found = events(
      t,
      "WASHINGTON, Jan. 22 -- Secretary of State Marco Rubio hosted Indian External Affairs Minister S. Jaishankar, Australian Foreign Minister Penny Wong and Japanese Foreign Minister Takeshi Iwaya on Tuesday.\n\nThe External Affairs Minister also called on the new National Security Adviser, Mike Waltz, separately on Tuesday.",
      "2025-01-22",
    );
    const call = found.find((e) => who(e).includes("mike-waltz"));
    t.same(call && who(call).sort(), ["mike-waltz", "s-jaishankar"]);
  },
);

t.test("'held talks with A … and flew to Kyiv on Feb. 8 to meet B': the subject meets B there", async (t) => {
  const found = events(
    t,
    "PARIS, Feb. 12 -- French President Emmanuel Macron held talks with Russian President Vladimir Putin at the Kremlin on Feb. 7 and flew to Kyiv on Feb. 8 to meet Ukrainian President Volodymyr Zelensky.",
    "2022-02-12",
  );
  t.match(
    found.find((e) => who(e).includes("vladimir-putin")),
    { date: { start: "2022-02-07" }, place: { city: "Moscow" } },
  );
  const kyiv = found.find((e) => who(e).includes("volodymyr-zelensky"));
  t.same(kyiv && who(kyiv).sort(), ["emmanuel-macron", "volodymyr-zelensky"]);
  t.match(kyiv, { status: "held", date: { start: "2022-02-08" }, place: { city: "Kyiv" } });
});

t.test("mends: an aside's own host stays; a state's title falls back to any official", async (t) => {
  const pub = "2025-03-06";
  const [kyiv] = events(
    t,
    "KYIV, March 6 -- Secretary of State Antony Blinken, on a surprise visit to Kyiv to see Ukrainian President Volodymyr Zelensky, held talks with him at the presidential office on Thursday.",
    pub,
  );
  t.same(kyiv && who(kyiv).sort(), ["antony-blinken", "volodymyr-zelensky"]);
  const vatican = events(
    t,
    "VATICAN CITY, March 6 -- Cardinal Pietro Parolin, the Vatican's Secretary of State, met Ukrainian Foreign Minister Andrii Sybiha on Monday. On Thursday the Secretary of State held talks with Ukrainian President Volodymyr Zelensky in Rome.",
    pub,
  );
  const rome = vatican.find((e) => who(e).includes("volodymyr-zelensky"));
  t.ok(rome && who(rome).includes("pietro-parolin"));
});

t.test("'for X to attend …' names what X will do, not a party to the talks", async (t) => {
  const found = events(
    t,
    "US national security adviser Jake Sullivan and Chinese Foreign Minister Wang Yi held talks in Malta on Saturday, preparing the ground for Chinese President Xi Jinping to attend the summit in San Francisco.",
    "2023-09-18",
  );
  const talks = found.find((e) => e.kind === "talks");
  t.same(talks?.participants.map((p) => p.official).sort(), ["jake-sullivan", "wang-yi"]);
  // A verb of meeting after "for X to" is an engagement of X's.
  const chance = events(
    t,
    "The trip is a chance for US President Joe Biden to meet Chinese President Xi Jinping in November.",
    "2023-09-18",
  );
  t.same(chance[0]?.participants.map((p) => p.official).sort(), ["joe-biden", "xi-jinping"]);
});

t.test("'for X to <verb>' keeps X where the verb is no journey elsewhere", async (t) => {
  const [banquet] = events(
    t,
    "Chinese President Xi Jinping hosted a state banquet in Guangzhou on Friday, a rare chance for French President Emmanuel Macron to discuss the war in Ukraine with his host.",
    "2023-04-07",
  );
  t.same(banquet?.participants.map((p) => p.official).sort(), ["emmanuel-macron", "xi-jinping"]);
  const [dinner] = events(
    t,
    "Indian Prime Minister Narendra Modi hosted a dinner in New Delhi on Saturday for US President Joe Biden to mark the end of the G20 summit.",
    "2023-09-10",
  );
  t.same(dinner?.participants.map((p) => p.official).sort(), ["joe-biden", "narendra-modi"]);
});

t.test("'for X to make a visit to …' is X's journey elsewhere, not the sentence's", async (t) => {
  const found = events(
    t,
    "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday, in part to prepare the ground for Chinese President Xi Jinping to make a visit to the United States in the autumn.",
    "2023-09-17",
  );
  t.same(
    found.map((e) => e.participants.map((p) => p.official).sort()),
    [["antony-blinken", "wang-yi"]],
  );
});

t.test(
  "'After two days with X, he sat down with Y': X is not at the meeting, he is the story's",
  async (t) => {
    // Thursday 9 March 2023. "U.S." holds full stops inside the opening phrase.
    const found = events(
      t,
      "OTTAWA — Canadian Prime Minister Justin Trudeau wrapped up a busy week on Thursday. After two days with U.S. President Joe Biden, he sat down in Ottawa with Mexican President Andrés Manuel López Obrador for a working meeting.",
      "2023-03-09",
    );
    const meeting = found.find((e) => who(e).includes("andres-manuel-lopez-obrador"));
    t.same(meeting && who(meeting).sort(), ["andres-manuel-lopez-obrador", "justin-trudeau"]);
    // Time spent with someone is only set aside as the sentence's opening.
    const kept = events(
      t,
      "Canadian Prime Minister Justin Trudeau spent two days with U.S. President Joe Biden in Ottawa on Thursday and Friday.",
      "2023-03-11",
    );
    t.ok(
      kept.some((e) => who(e).includes("joe-biden") && who(e).includes("justin-trudeau")),
      "spending days with someone in the main clause is no opening",
    );
  },
);

t.test("'both \"a restart and a new beginning\"' joins two things, not two officials", async (t) => {
  const found = events(
    t,
    'US President Joe Biden, Chinese President Xi Jinping and Japanese Prime Minister Shinzo Abe held a trilateral meeting in Osaka on Monday. Describing the meeting as both "a restart and a new beginning," Xi said ties had not changed.',
    "2019-06-25",
  );
  t.equal(found.length, 1, found.map((e) => who(e).join("+")).join(" | "));
  // "Both agreed …" after a meeting of two is still the pair.
  const pair = events(
    t,
    "US President Joe Biden met Chinese President Xi Jinping in Woodside on Wednesday. Both agreed to resume military talks.",
    "2023-11-16",
  );
  const group = pair[0]?.evidence.filter((x) => x.field === "participant" && x.quote === "Both") ?? [];
  t.equal(group.length, 2, "'Both agreed' names the pair");
});

t.test("'talks with A and with B' of three sides are one meeting each", async (t) => {
  const found = events(
    t,
    "Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi and with Malaysian Foreign Minister Mohamad Hasan in Kuala Lumpur on Thursday.",
    "2025-07-11",
  );
  t.same(found.map((e) => who(e).sort().join("+")).sort(), [
    "mohamad-hasan+sergei-lavrov",
    "sergei-lavrov+wang-yi",
  ]);
  // One "with" for the list is one meeting of three.
  const one = events(
    t,
    "Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi and Malaysian Foreign Minister Mohamad Hasan in Kuala Lumpur on Thursday.",
    "2025-07-11",
  );
  t.equal(one.length, 1);
});

t.test("'met A, then met B': the subject meets each in turn", async (t) => {
  const found = events(
    t,
    "Turkish President Recep Tayyip Erdogan met Mongolian President Ukhnaagiin Khurelsukh in Astana on Thursday, then met Russian President Vladimir Putin.",
    "2024-07-05",
  );
  t.same(found.map((e) => who(e).sort().join("+")).sort(), [
    "recep-tayyip-erdogan+ukhnaagiin-khurelsukh",
    "recep-tayyip-erdogan+vladimir-putin",
  ]);
  // A second verb with a subject of its own is that subject's.
  const other = events(
    t,
    "Turkish President Recep Tayyip Erdogan met Mongolian President Ukhnaagiin Khurelsukh in Astana on Thursday, then Russian President Vladimir Putin met Chinese President Xi Jinping.",
    "2024-07-05",
  );
  t.ok(other.some((e) => who(e).sort().join("+") === "vladimir-putin+xi-jinping"));
  t.notOk(other.some((e) => who(e).includes("recep-tayyip-erdogan") && who(e).includes("vladimir-putin")));
});

t.test(
  "a speaker named in apposition ('X's ambassador, Name, told reporters') is not at the meeting",
  async (t) => {
    const found = events(
      t,
      "Chinese President Xi Jinping received Brazilian President Luiz Inácio Lula da Silva in Beijing on Friday. Brazil's ambassador to China, Tomas Ribeiro, told reporters late at night that the leaders had spent about three hours together.",
      "2023-04-15",
    );
    t.notOk(
      found.some((e) => e.participants.some((p) => p.official === "tomas-ribeiro")),
      found.map((e) => who(e).join("+")).join(" | "),
    );
  },
);

t.test("'X said his meeting with Y had been tough': the speaker reports their own meeting", async (t) => {
  for (const [text, kind] of [
    [
      "Austrian Chancellor Karl Nehammer said his meeting with Russian President Vladimir Putin on Monday had been tough.",
      "in_person",
    ],
    [
      "Austrian Chancellor Karl Nehammer said his phone call with Russian President Vladimir Putin on Monday lasted an hour.",
      "call",
    ],
  ] as const) {
    const [met] = events(t, text, "2022-04-12");
    t.same(
      met && [met.kind, met.date.start, who(met).sort()],
      [kind, "2022-04-11", ["karl-nehammer", "vladimir-putin"]],
      text,
    );
  }
  // "his government" is no engagement of his: the talks he welcomes are others'.
  const [others] = events(
    t,
    "Austrian Chancellor Karl Nehammer said his government would welcome talks between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky.",
    "2022-04-12",
  );
  t.same(others && who(others).sort(), ["vladimir-putin", "volodymyr-zelensky"]);
});
