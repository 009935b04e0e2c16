import t from "tap";
import { events } from "./events-helper.ts";

t.test("the sentence after a meeting whose subject is its participants gives its topics", async (t) => {
  const [met] = events(
    t,
    "Secretary-General Antonio Guterres met President Recep Tayyip Erdogan in Ankara on Monday. Both said the aim was a swift end to the war.",
    "2022-04-26",
  );
  t.ok(met?.topics.includes("peace-talks"), "peace-talks");
  // In a new paragraph, or two sentences on, the same words say nothing about the meeting.
  const [apart] = events(
    t,
    "Secretary-General Antonio Guterres met President Recep Tayyip Erdogan in Ankara on Monday.\n\nBoth said the aim was a swift end to the war.",
    "2022-04-26",
  );
  t.notOk(apart?.topics.includes("peace-talks"), "not across a paragraph break");
});

t.test("general phrases of the taxonomy: settlements, defence industry, decarbonisation", async (t) => {
  const [met] = events(
    t,
    "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Monday. They discussed the Minsk agreements, defence industrial links and decarbonising shipping.",
    "2023-03-21",
  );
  t.ok(
    ["peace-talks", "military-cooperation", "climate"].every((id) => met?.topics.includes(id)),
    "each phrase gives its topic",
  );
});

t.test(
  "'In the trilateral meeting, …' gives its topics to the meeting of three, not the bilateral",
  async (t) => {
    const found = events(
      t,
      "US President Joe Biden welcomed Philippine President Ferdinand Marcos Jr. and Japanese Prime Minister Fumio Kishida to the White House on Thursday for a trilateral summit.\n\nAhead of the summit, Biden met Marcos in the Oval Office.\n\nIn the trilateral meeting, the leaders discussed the South China Sea.",
      "2024-04-11",
    );
    const three = found.find((e) => e.participants.length === 3);
    const two = found.find((e) => e.participants.length === 2);
    t.ok(three?.topics.includes("south-china-sea"), "the meeting of three");
    t.notOk(two?.topics.includes("south-china-sea"), "not the bilateral in focus before it");
  },
);

t.test("'In Tuesday's call, …' gives its topics to Tuesday's call, not Wednesday's in focus", async (t) => {
  // Wednesday 19 March 2025.
  const found = events(
    t,
    "US President Donald Trump spoke to Ukrainian President Volodymyr Zelensky by phone on Wednesday, a day after a call with Russian President Vladimir Putin.\n\nIn Tuesday's call, Putin agreed to halt strikes on energy infrastructure for 30 days.",
    "2025-03-19",
  );
  const tuesday = found.find((e) => e.participants.some((p) => p.official === "vladimir-putin"));
  const wednesday = found.find((e) => e.participants.some((p) => p.official === "volodymyr-zelensky"));
  t.equal(tuesday?.date?.start, "2025-03-18");
  t.ok(tuesday?.topics.includes("energy"), "Tuesday's call discussed energy");
  t.notOk(wednesday?.topics.includes("energy"), "not Wednesday's");
});

t.test("'Wednesday's meeting was …' reads as held", async (t) => {
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping hold talks in Kazan.\n\nWednesday's meeting was the first between the two leaders in five years.",
    "2024-10-24",
  );
  t.match(found, [{ status: "held", date: { start: "2024-10-23" } }]);
});

t.test("'brought up' and 'talked about' say what a meeting discussed", async (t) => {
  const found = events(
    t,
    "US President Joe Biden held a video call with Chinese President Xi Jinping on Monday.\n\nBiden brought up human rights in Xinjiang. The leaders also talked about climate change.",
    "2021-11-16",
  );
  const topics = found[0]?.topics ?? [];
  t.ok(topics.includes("human-rights") && topics.includes("climate"), topics.join(", "));
});

t.test("'proposed' and 'called on' say what a meeting discussed", async (t) => {
  const found = events(
    t,
    "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday.\n\nXi proposed deeper cooperation in energy. In a joint statement the two governments also called on developed nations to honour their commitments on climate change.",
    "2023-04-14",
  );
  const topics = found[0]?.topics ?? [];
  t.ok(topics.includes("energy") && topics.includes("climate"), topics.join(", "));
});

t.test("what a participant is reported saying after the meeting is what they raised there", async (t) => {
  const [met] = events(
    t,
    "Canadian Prime Minister Justin Trudeau met Indian Prime Minister Shri Modi in Ottawa on Monday.\n\nIn brief remarks to reporters afterwards, Mr Trudeau said his country would welcome more students from India.\n\nHe also pointed to the cases of detained Canadians abroad.",
    "2023-05-08",
  );
  t.ok(met?.topics.includes("people-to-people"), "the participant's remark: people-to-people");
  t.ok(met?.topics.includes("consular-cases"), "'detained Canadians' names consular cases");
  // An outside voice, or a participant named after someone else speaks, adds nothing.
  const [other] = events(
    t,
    "Canadian Prime Minister Justin Trudeau met Indian Prime Minister Shri Modi in Ottawa on Monday.\n\nAn analyst at the Asia Pacific Foundation, Jane Park, said Canada would welcome more students from India.",
    "2023-05-08",
  );
  t.notOk(other?.topics.includes("people-to-people"), "not from an analyst's remark");
});

t.test("'defence' in a list of subjects is military cooperation", async (t) => {
  const [talks] = events(
    t,
    "Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin in Moscow on Tuesday on trade, energy, defence and tourism.",
    "2024-07-09",
  );
  t.ok(talks?.topics.includes("military-cooperation"), JSON.stringify(talks?.topics));
  const [call] = events(
    t,
    "Ukrainian President Volodymyr Zelensky spoke with German Chancellor Olaf Scholz by phone on Friday about weapons deliveries before winter.",
    "2024-10-05",
  );
  t.ok(call?.topics.includes("military-cooperation"), JSON.stringify(call?.topics));
});

t.test("'…, he said' after a participant's words is more of what they raised", async (t) => {
  const [talks] = events(
    t,
    "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing on Wednesday. Putin said the two countries coordinate closely on foreign policy. Annual bilateral trade had passed 200 billion dollars ahead of schedule, he said.",
    "2023-10-19",
  );
  t.ok(talks?.topics.includes("trade"), "trade");
  const [other] = events(
    t,
    "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing on Wednesday. An analyst said the two countries coordinate closely. Annual bilateral trade had passed 200 billion dollars ahead of schedule, he said.",
    "2023-10-19",
  );
  t.notOk(other?.topics.includes("trade"), "not after a speaker outside the meeting");
});

t.test(
  "the passage about a meeting lasts as long as its sentences go on saying what was raised",
  async (t) => {
    // Eleven sentences of what each leader said, then the subject: still the talks' passage.
    const said = [
      "Prime Minister Anthony Albanese held talks with Chinese Premier Li Qiang in Canberra on Monday.",
      "Albanese said he had raised a long list of concerns. He said the exchange had been frank.",
      "Li said China valued the relationship. He said both sides wanted steady ties.",
      "Albanese said the premier had listened carefully. He added that differences remained.",
      "Li said Beijing respected Australia's choices. He noted that the two economies fitted well together.",
      "Albanese said the mood had been constructive. He said more visits would follow.",
      "Li said the two sides had also discussed climate change.",
    ].join(" ");
    const [talks] = events(t, said, "2024-06-18");
    t.ok(talks?.topics.includes("climate"), "the twelfth sentence is still about the talks");
    // Eleven sentences about something else end the passage.
    const scene = [
      "Prime Minister Anthony Albanese held talks with Chinese Premier Li Qiang in Canberra on Monday.",
      "The weather was cold. Crowds gathered outside. Police closed two roads. A band played.",
      "Protesters carried banners. Schools were closed. Traffic was slow. Shops opened late.",
      "Buses were diverted. Rain fell in the afternoon.",
      "Li said the two sides had also discussed climate change.",
    ].join(" ");
    const [apart] = events(t, scene, "2024-06-18");
    t.notOk(apart?.topics.includes("climate"), "not after a passage about the streets");
  },
);

t.test("after a recalled meeting, what was discussed goes to the talks of the section", async (t) => {
  // The lead sums up the visit; the section reports Monday's talks, recalls an older
  // meeting, then says what was discussed: Monday's talks, not the lead's summary.
  const found = events(
    t,
    "German Chancellor Olaf Scholz left Jakarta on Tuesday after meetings with Indonesian President Joko Widodo.\n\nOn Monday, Scholz held talks with Widodo at the presidential palace in Bogor. Widodo recalled his own visit to Berlin in April 2016 and the talks he held there with Chancellor Angela Merkel. The two leaders discussed nickel mining and trade.",
    "2024-06-18",
  );
  const monday = found.find((e) => e.date.start === "2024-06-17");
  const lead = found.find((e) => e.date.start === "2024-06-18");
  t.ok(monday?.topics.includes("trade"), "Monday's talks discussed trade");
  t.notOk(lead?.topics.includes("trade"), "not the lead's summary of the visit");
});

t.test("more ways of saying what came up: 'came up', 'traded views on', 'on the table'…", async (t) => {
  const lead =
    "Indian External Affairs Minister Subrahmanyam Jaishankar met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Monday. Security was tight around the ministry.";
  const cases: [string, string][] = [
    ["Climate change also came up.", "climate"],
    ["The ministers traded views on the South China Sea.", "south-china-sea"],
    ["They exchanged views on semiconductors.", "semiconductors"],
    ["Critical minerals were on the table as well.", "critical-minerals"],
    ["Cybersecurity was on the list too.", "cybersecurity"],
    ["Subjects ranged from fentanyl to migration.", "fentanyl"],
    ["The pair touched on counterterrorism.", "counterterrorism"],
    ["Much of the afternoon centred on maritime security.", "maritime-security"],
    ["Trade dominated the afternoon.", "trade"],
    ["Officials listed food security among the outcomes.", "food-security"],
    ["A readout cited Taiwan.", "taiwan"],
  ];
  for (const [sentence, topic] of cases) {
    const [met] = events(t, `${lead} ${sentence}`, "2024-07-30");
    t.ok(met?.topics.includes(topic), `"${sentence}" gives ${topic}`);
  }
});

t.test("what the leaders reviewed of an earlier meeting is discussed at both", async (t) => {
  // Wednesday 3 May 2023.
  const found = events(
    t,
    "Japanese Prime Minister Fumio Kishida spoke by phone with South Korean President Yoon Suk Yeol on Tuesday. The call lasted forty minutes. The two leaders reviewed progress on pledges made at their March 16 meeting in Tokyo, including the lifting of export controls.",
    "2023-05-03",
  );
  const call = found.find((e) => e.kind === "call");
  const tokyo = found.find((e) => e.date.start === "2023-03-16");
  t.ok(call?.topics.includes("export-controls"), "the call reviewed them");
  t.ok(tokyo?.topics.includes("export-controls"), "the Tokyo meeting made them");
  // Named before the verb, the earlier meeting is what the sentence is about.
  const before = events(
    t,
    "Japanese Prime Minister Fumio Kishida spoke by phone with South Korean President Yoon Suk Yeol on Tuesday. The call lasted forty minutes. At their March 16 meeting in Tokyo, the two leaders had agreed to lift export controls.",
    "2023-05-03",
  );
  t.notOk(
    before.find((e) => e.kind === "call")?.topics.includes("export-controls"),
    "not the call's when the earlier meeting comes first",
  );
});

t.test("'space' and 'cyber' among the subjects are their topics", async (t) => {
  const [talks] = events(
    t,
    "Brazilian President Luiz Inacio Lula da Silva held talks with Indian Prime Minister Narendra Modi in Brasilia on Tuesday on energy, space and agriculture.",
    "2025-07-09",
  );
  t.ok(talks?.topics.includes("space"), JSON.stringify(talks?.topics));
  const [call] = events(
    t,
    "Japanese Prime Minister Fumio Kishida spoke by phone with Australian Prime Minister Anthony Albanese on Monday about North Korea's missile launches and cyber threats.",
    "2024-03-05",
  );
  t.ok(call?.topics.includes("cybersecurity"), JSON.stringify(call?.topics));
});

t.test("'coordination within BRICS and the SCO' is the group as a topic, not a summit's name", async (t) => {
  const [e] = events(
    t,
    "NEW DELHI — Indian Foreign Minister Subrahmanyam Jaishankar met Brazilian Foreign Minister Mauro Vieira on Tuesday. Jaishankar said the two sides would deepen coordination within BRICS and discussed Brazil's BRICS chairmanship.",
    "2025-02-12",
  );
  t.ok(e?.topics.includes("brics-sco"));
  // The name alone is a setting: "met at the BRICS summit" discusses nothing.
  const [at] = events(
    t,
    "Indian Foreign Minister Subrahmanyam Jaishankar met Brazilian Foreign Minister Mauro Vieira at the BRICS summit in Rio de Janeiro on Sunday.",
    "2025-07-08",
  );
  t.notOk(at?.topics.includes("brics-sco"));
});

t.test(
  "a dated statement of a participant after the meeting still gives the meeting its topics",
  async (t) => {
    // The year in the second sentence makes it a statement of its own; what the prime
    // minister said there is still what the talks covered.
    const found = events(
      t,
      "Japanese Prime Minister Fumio Kishida held talks with Indian Prime Minister Narendra Modi in New Delhi on Monday. Speaking to reporters afterwards, Kishida said the two governments would widen cooperation on semiconductors under the partnership they launched in 2022.",
      "2023-03-20",
    );
    const talks = found.find((e) => e.kind === "talks");
    t.equal(talks?.date?.start, "2023-03-20");
    t.ok(talks?.topics.includes("semiconductors"), "the talks took the statement's topic");
    t.ok(
      found.some((e) => e.kind === "statement"),
      "the statement is still read as its own event",
    );
  },
);
t.test("what a meeting produced (agreements on, a joint statement) gives its topics", async (t) => {
  const lead = "Indian Prime Minister Narendra Modi met Rwandan President Paul Kagame in Kigali on Monday.";
  const [agreements] = events(
    t,
    `${lead} The results were modest: agreements on defence cooperation and a credit line for irrigation.`,
    "2018-07-24",
  );
  t.ok(agreements?.topics.includes("military-cooperation"), "agreements on defence cooperation");
  const [statement] = events(
    t,
    `${lead} A joint statement records a shared view on counter-terrorism.`,
    "2018-07-24",
  );
  t.ok(statement?.topics.includes("counterterrorism"), "the joint statement's subject");
});
t.test("items of a list the meeting's sentence opened give their topics; others' lists do not", async (t) => {
  const lead =
    "Japanese Prime Minister Fumio Kishida held talks with Australian Prime Minister Anthony Albanese in Tokyo on Monday.\n\n";
  const [agreed] = events(
    t,
    `${lead}The two leaders agreed on the following:\n- a new fund for clean energy;\n- joint exercises of their coast guards.`,
    "2024-06-10",
  );
  t.ok(agreed?.topics.includes("energy"), "the first item");
  t.ok(agreed?.topics.includes("maritime-security"), "the second item");
  const [figures] = events(
    t,
    `${lead}Figures from the statistics bureau show:\n- slowing trade with China;\n- fewer joint exercises in the region.`,
    "2024-06-10",
  );
  t.same(figures?.topics, [], "a list opened by a sentence about something else");
});
t.test(
  "a sentence closed by ', <participant> said.' gives its topics; another speaker's does not",
  async (t) => {
    const lead =
      "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday.";
    const [said] = events(
      t,
      `${lead} The new soybean contracts would bring real gains to farmers in both countries, Lula said.`,
      "2023-04-14",
    );
    t.ok(said?.topics.includes("agriculture"), "the participant's closing 'said'");
    const [other] = events(
      t,
      `${lead} The new soybean contracts would bring real gains to farmers in both countries, an analyst in Sao Paulo said.`,
      "2023-04-14",
    );
    t.notOk(other?.topics.includes("agriculture"), "not an outsider's");
  },
);

t.test("the limits of the attribution rules, from a reviewer's sentences", async (t) => {
  // An outsider's dated statement is not what the meeting discussed.
  const [anwar] = events(
    t,
    "Malaysian Prime Minister Anwar Ibrahim met Chinese President Xi Jinping in Beijing on Tuesday. The two leaders discussed trade and investment. On Monday, the Pentagon said North Korea had tested nuclear weapons components, raising concerns in Seoul.",
    "2024-06-12",
  );
  t.notOk(anwar?.topics.includes("north-korea"), "not the Pentagon's statement");
  // Another body's statement, or a treaty named, is no outcome of the meeting.
  const lead =
    "Japanese Prime Minister Fumio Kishida met Indonesian President Joko Widodo in Jakarta on Wednesday. They discussed infrastructure investment.";
  const [coastGuard] = events(
    t,
    `${lead} Separately, the Philippine coast guard issued a statement accusing Chinese vessels of blocking a resupply mission in the South China Sea.`,
    "2023-09-08",
  );
  t.notOk(coastGuard?.topics.includes("south-china-sea"), "not another body's statement");
  const [paris] = events(
    t,
    `${lead} The 2015 Paris Agreement on climate change remains under pressure.`,
    "2023-09-08",
  );
  t.notOk(paris?.topics.includes("climate"), "not a treaty named");
  // An analyst's list is not the meeting's; the leaders' list is, whatever its verb.
  const [yoon] = events(
    t,
    "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday. The leaders agreed to resume shuttle diplomacy.\nBack home, analysts say Yoon faces three issues that will decide his party's fate:\n- Rising household debt and inflation\n- A shortage of doctors",
    "2023-03-17",
  );
  t.notOk(yoon?.topics.includes("debt"), "not the analysts' list");
  const [trio] = events(
    t,
    "US President Joe Biden hosted Philippine President Ferdinand Marcos Jr and Japanese Prime Minister Fumio Kishida at the White House on Thursday.\n\nThe leaders announced a set of initiatives, including:\n- Joint naval patrols in the South China Sea\n- Cooperation on semiconductors and critical minerals",
    "2024-04-12",
  );
  t.ok(trio?.topics.includes("south-china-sea"), "the leaders' list");
  t.ok(trio?.topics.includes("semiconductors"), "its second item");
  // The closing speaker after a quote, or with a time after the verb.
  const talks =
    "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing on Thursday. The talks lasted three hours.\n\n";
  const [quoted] = events(
    t,
    `${talks}“Gas deliveries via the Power of Siberia pipeline will double by 2030,” Putin added.`,
    "2024-05-17",
  );
  t.ok(quoted?.topics.includes("energy"), "after a closing quote");
  const [timed] = events(
    t,
    `${talks}Gas deliveries via the Power of Siberia pipeline will double next year, Putin said on Friday.`,
    "2024-05-17",
  );
  t.ok(timed?.topics.includes("energy"), "'said on Friday'");
});

t.test(
  "a dated statement of the pair, a warning, or of agreements reached gives the meeting its topics",
  async (t) => {
    const lead =
      "Chinese President Xi Jinping met U.S. President Joe Biden in Woodside, California on Wednesday.";
    const cases: [string, string][] = [
      ["On Thursday, the two leaders said they had agreed to cooperate on fentanyl.", "fentanyl"],
      ["On Thursday, Xi warned Biden against arming Taiwan.", "taiwan"],
      ["On Thursday, the White House confirmed that agreements on fentanyl had been reached.", "fentanyl"],
    ];
    for (const [second, topic] of cases) {
      const met = events(t, `${lead} ${second}`, "2023-11-17").find((e) => e.kind === "in_person");
      t.ok(met?.topics.includes(topic), second);
    }
    const [talks] = events(
      t,
      "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in New Delhi on Monday.\nAgreements on semiconductors followed.",
      "2023-03-21",
    );
    t.ok(talks?.topics.includes("semiconductors"), "'Agreements on' opening a sentence");
  },
);

t.test("what a participant 'pointed out' after the meeting is what they raised", async (t) => {
  const [talks] = events(
    t,
    'Russian President Vladimir Putin and Iranian President Masoud Pezeshkian held talks in Ashgabat on Friday. "We work actively together on the international stage," the Russian leader noted. He pointed out that bilateral trade has been growing this year.',
    "2024-10-12",
  );
  t.ok(talks?.topics.includes("trade"), `${talks?.topics}`);
  // An analyst who points something out raises nothing at the meeting.
  const [other] = events(
    t,
    "Russian President Vladimir Putin and Iranian President Masoud Pezeshkian held talks in Ashgabat on Friday. An analyst in Moscow pointed out that bilateral trade has been growing this year.",
    "2024-10-12",
  );
  t.notOk(other?.topics.includes("trade"), `${other?.topics}`);
});
