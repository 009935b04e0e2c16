import t from "tap";
import { events, who } from "./events-helper.ts";

t.test("a later sentence's place in another country does not move a placed meeting", async (t) => {
  const [met] = events(
    t,
    "Donald Trump and Kim Jong Un met in Hanoi on Wednesday. The summit came months after an envoy handed a letter to Trump in the Oval Office.",
    "2019-02-28",
  );
  t.match(met, { place: { city: "Hanoi", country: "VN" } });
});

t.test("a place in the meeting's own country refines it", async (t) => {
  const [met] = events(
    t,
    "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in China on Friday. The talks were held at the Great Hall of the People in Beijing.",
    "2023-04-15",
  );
  t.match(met, { place: { city: "Beijing", country: "CN" } });
});

t.test("a possessive place noun places the meeting", async (t) => {
  const [met] = events(
    t,
    "Donald Trump met Kim Jong Un on Singapore's Sentosa island on Tuesday.",
    "2018-06-13",
  );
  t.match(met, { place: { city: "Singapore", country: "SG" } });
});

t.test("a meeting on the sidelines of a listed summit takes its city", async (t) => {
  const [met] = events(
    t,
    "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on the sidelines of the SCO summit on Sunday.",
    "2025-09-01",
  );
  t.match(met, { summit: "sco-2025", place: { city: "Tianjin", country: "CN" } });
});

t.test("leaders who meet ahead of a summit have not met at it", async (t) => {
  const found = events(
    t,
    "Malaysian Prime Minister Anwar Ibrahim and Australian Prime Minister Anthony Albanese signed pacts ahead of the ASEAN-Australia summit.",
    "2024-03-04",
  );
  t.same(found, []);
});

t.test(
  "'in the Kazakh capital Astana', 'in the Vietnamese city of Da Nang', 'in the Chinese capital'",
  async (t) => {
    const [astana] = events(
      t,
      "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin last met in October in the Kazakh capital Astana.",
      "2023-06-12",
    );
    t.match(astana?.place, { city: "Astana", country: "KZ" });
    const [danang] = events(
      t,
      "Chinese President Xi Jinping met Vietnamese President To Lam in the Vietnamese city of Da Nang on Monday.",
      "2024-11-12",
    );
    t.match(danang?.place, { city: "Da Nang", country: "VN" });
    const [capital] = events(
      t,
      "US President Joe Biden met Chinese President Xi Jinping in the Chinese capital on Monday.",
      "2024-11-12",
    );
    t.match(capital?.place, { city: "Beijing", country: "CN" });
  },
);

t.test("'The Moscow leg on Monday …' sets the scene: the next sentence's meeting is there", async (t) => {
  // Tuesday 8 February 2022; the story is filed from Kyiv.
  const found = events(
    t,
    "KYIV, Ukraine — French President Emmanuel Macron flew to Kyiv on Tuesday.\n\nThe Moscow leg on Monday ran more than five hours. Macron and Russian President Vladimir Putin first met one-on-one at a long white table.",
    "2022-02-08",
  );
  const moscow = found.find((e) => e.participants.some((p) => p.official === "vladimir-putin"));
  t.match(moscow, { date: { start: "2022-02-07" }, place: { city: "Moscow", country: "RU" } });
  const noDay = events(
    t,
    "Air Force One touched down after a short hop from Brussels. Swiss President Guy Parmelin met US President Joe Biden on the tarmac.",
    "2021-06-15",
  );
  t.not(noDay[0]?.place?.city, "Brussels", "a sentence without a day sets no scene");
});

t.test("a meeting a host gives at a venue nobody lists is in the host's country", async (t) => {
  const [hosted] = events(
    t,
    "South African President Cyril Ramaphosa hosted Nigerian President Bola Tinubu at Mahlamba Ndlopfu on Tuesday.",
    "2024-06-07",
  );
  t.match(hosted, { place: { city: null, country: "ZA" } });
  const quote = hosted?.evidence.find((e) => e.field === "place")?.quote;
  t.equal(quote, "South African President Cyril Ramaphosa hosted");
  // At a summit a leader may host a bilateral abroad: the summit's place, not the host's.
  const [sideline] = events(
    t,
    "Indian Prime Minister Narendra Modi received Australian Prime Minister Anthony Albanese on the sidelines of the G7 summit on Saturday.",
    "2023-05-22",
  );
  t.match(sideline, { place: { country: "JP" } });
});

t.test("'met him in Brasília, after which he announced this visit': its own place", async (t) => {
  const found = events(
    t,
    "Brazilian President Luiz Inacio Lula da Silva will hold talks with Uruguayan President Luis Lacalle Pou in Montevideo on Wednesday. Argentine President Alberto Fernandez met Lula in Brasília on January 2, after which he announced the dates of this visit.",
    "2023-01-24",
  );
  t.match(
    found.find((e) => e.date.start === "2023-01-02"),
    { place: { city: "Brasília", country: "BR" } },
  );
});

t.test("the place of an earlier occasion the sentence measures from is not this meeting's", async (t) => {
  const [may] = events(
    t,
    "British Prime Minister Theresa May held talks with Russian President Vladimir Putin on Friday, the first formal bilateral between the two since the G20 in Hangzhou in September 2016.",
    "2019-06-29",
  );
  t.match(may, { date: { start: "2019-06-28" }, place: { city: null } });
  const [modi] = events(
    t,
    "Indian Prime Minister Narendra Modi sat down with Russian President Vladimir Putin on Thursday, their third meeting since May after the informal summit in Sochi and the regional summit in Qingdao.",
    "2018-07-28",
  );
  t.match(modi, { place: { city: null } });
  const [xi] = events(
    t,
    "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on Friday, after Wuhan in April.",
    "2018-07-28",
  );
  t.match(xi, { place: { city: null } });
  // "after arriving in Beijing": no earlier occasion, the meeting's own place.
  const [blinken] = events(
    t,
    "US Secretary of State Antony Blinken held talks with Chinese Foreign Minister Wang Yi after arriving in Beijing on Sunday.",
    "2023-06-19",
  );
  t.match(blinken, { place: { city: "Beijing" } });
});

t.test("'in a Paris restaurant' and 'in Sochi Monday' place; 'the Washington Post' does not", async (t) => {
  const place = (text: string) => {
    const [e] = events(t, text, "2024-05-08");
    return `${e?.place.city ?? ""}/${e?.place.country ?? ""}`;
  };
  t.equal(
    place(
      "German Chancellor Olaf Scholz dined with French President Emmanuel Macron in a Paris restaurant last Thursday.",
    ),
    "Paris/FR",
  );
  t.equal(
    place(
      "Russian Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken at a Geneva hotel on Friday.",
    ),
    "Geneva/CH",
  );
  t.equal(
    place("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi Monday."),
    "Sochi/RU",
  );
  t.equal(
    place(
      "Russian President Vladimir Putin met US President Joe Biden on Friday, he said in an interview in the Washington Post.",
    ),
    "/",
  );
  t.equal(
    place(
      "Russian President Vladimir Putin met US President Joe Biden on Friday, he told a Moscow Times reporter.",
    ),
    "/",
  );
});

t.test("'the Black Sea resort of Sochi', 'the port city of Dalian' place the meeting there", async (t) => {
  const place = (text: string) => {
    const [e] = events(t, text, "2023-09-15");
    return `${e?.place.city ?? ""}/${e?.place.country ?? ""}`;
  };
  t.equal(
    place(
      "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin met in the Black Sea resort of Sochi on Monday.",
    ),
    "Sochi/RU",
  );
  t.equal(
    place(
      "North Korean leader Kim Jong Un met Chinese President Xi Jinping in the northeastern port city of Dalian on Tuesday.",
    ),
    "Dalian/CN",
  );
  t.equal(
    place(
      "Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev in the Caspian port of Aktau on Monday.",
    ),
    "Aktau/KZ",
  );
});

t.test("'began this trip in Tokyo, meeting Abe': the participle is where its clause is", async (t) => {
  const found = events(
    t,
    "BEIJING, Oct. 8 — US Secretary of State Mike Pompeo met North Korean leader Kim Jong Un in Pyongyang on Sunday.\n\nMr. Pompeo began this trip in Tokyo on Saturday, meeting Japanese Prime Minister Shinzo Abe.",
    "2018-10-08",
  );
  const tokyo = found.find((e) => who(e).includes("shinzo-abe"));
  t.equal(tokyo?.place.city, "Tokyo", "not the trip's Pyongyang leg in focus");
  t.equal(found.find((e) => who(e).includes("kim-jong-un"))?.place.city, "Pyongyang");
});

t.test("a place across 'before' belongs to the clause before it", async (t) => {
  const [met] = events(
    t,
    "JAKARTA — Japanese Prime Minister Shigeru Ishiba opened a trade fair in Surabaya before meeting Indonesian President Prabowo Subianto at the Merdeka Palace in Jakarta on Saturday.",
    "2025-01-13",
  );
  t.match(met, { place: { city: "Jakarta" } });
});

t.test("the site of an incident the officials discussed is no venue", async (t) => {
  const [meeting] = events(
    t,
    "Russian President Vladimir Putin held talks with Chinese President Xi Jinping on Wednesday, and after the talks Putin condemned Tuesday's deadly blast at a hospital in Gaza.",
    "2023-10-19",
  );
  t.equal(meeting?.place?.city ?? null, null, "not Gaza");
  const [strike] = events(
    t,
    "Russian President Vladimir Putin held talks with Chinese President Xi Jinping on Wednesday and both deplored the airstrikes on a convoy in Gaza.",
    "2023-10-19",
  );
  t.equal(strike?.place?.city ?? null, null, "nor across 'on a convoy'");
});

t.test("a venue no list places is in the city written right after it", async (t) => {
  const [met] = events(
    t,
    "Russian President Vladimir Putin received Indian Prime Minister Narendra Modi at his Novo-Ogaryovo residence outside Moscow on Monday evening.",
    "2024-07-09",
  );
  t.match(met, { place: { venue: "Novo-Ogaryovo", city: "Moscow", country: "RU" } });
});

t.test("the unnamed seat of a host's government is in the host's capital", async (t) => {
  const [home] = events(
    t,
    "Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed at State House on Friday.",
    "2023-11-04",
  );
  t.match(home, { place: { city: "Nairobi", country: "KE" } });
  const [elsewhere] = events(
    t,
    "Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed at State House, Mombasa, on Friday.",
    "2023-11-04",
  );
  t.match(elsewhere, { place: { city: "Mombasa" } }, "a city named with it is where it is");
});

t.test("seats of government the gazetteer lacks are venues of the reference", async (t) => {
  const [met] = events(
    t,
    "Philippine President Ferdinand Marcos Jr. received Japanese Prime Minister Fumio Kishida at Malacanang Palace on Friday.",
    "2023-11-04",
  );
  t.match(met, { place: { venue: "Malacañang Palace", city: "Manila", country: "PH" } });
});

t.test("where the government does not sit in the capital, its seat is the place", async (t) => {
  const [met] = events(
    t,
    "Dutch Prime Minister Mark Rutte hosted Indian Prime Minister Narendra Modi at the prime minister's office on Monday.",
    "2021-04-14",
  );
  t.match(met, { place: { city: "The Hague", country: "NL" } });
});

t.test("a meeting on a tour of several countries is in its counterpart's", async (t) => {
  const found = events(
    t,
    "WASHINGTON, Jan 10 - Secretary of State Antony Blinken will travel to Saudi Arabia, Qatar and Israel next week, where he is expected to meet Crown Prince Mohammed bin Salman, Emir Tamim bin Hamad Al Thani and Prime Minister Benjamin Netanyahu.",
    "2025-01-10",
  );
  t.same(
    found.map((e) => [who(e).find((id) => id !== "antony-blinken"), e.place.country]),
    [
      ["mohammed-bin-salman", "SA"],
      ["tamim-bin-hamad-al-thani", "QA"],
      ["benjamin-netanyahu", "IL"],
    ],
  );
});

t.test("a trigger whose officials make no engagement claims no place but its own locative", async (t) => {
  // Tuesday 14 March 2023. "where they also held talks with Biden": "they" after "where"
  // is no one the rules name, so the talks are Biden's alone and no engagement.
  const found = events(
    t,
    "South Korean President Yoon Suk Yeol will visit Japanese Prime Minister Fumio Kishida in Tokyo on Thursday. Yoon and Kishida have met several times on the margins of international gatherings, including in New York last September and in Phnom Penh in November, where they also held three-way talks with U.S. President Joe Biden.",
    "2023-03-14",
  );
  t.match(
    found.find((e) => e.date.start === "2022-09"),
    { place: { city: "New York" } },
  );
  t.match(
    found.find((e) => e.date.start === "2022-11"),
    { place: { city: "Phnom Penh" } },
  );
  // Its own locative it keeps: the negotiations were in Washington, the summit is not.
  const [summit] = events(
    t,
    "Following two days of negotiations in Washington between Chinese Foreign Minister Wang Yi and senior US officials, the White House said on Friday that both sides would work toward a summit between Presidents Joe Biden and Xi Jinping next month.",
    "2023-10-28",
  );
  t.not(summit?.place?.city, "Washington");
});

t.test("a meeting joined by 'and' to a journey took place at its destination", async (t) => {
  const found = events(
    t,
    "Secretary of State Antony Blinken traveled to Beijing in June and met Chinese President Xi Jinping.",
    "2024-10-24",
  );
  const met = found.find((e) => e.kind === "in_person");
  t.equal(met?.place?.city, "Beijing");
  // A meeting that names its own place keeps it.
  const own = events(
    t,
    "Secretary of State Antony Blinken visited Beijing in June and met Chinese President Xi Jinping in Shanghai.",
    "2024-10-24",
  );
  t.equal(own.find((e) => e.kind === "in_person")?.place?.city, "Shanghai");
  // A meeting on a day of its own, or after "before", may be another leg of the trip.
  const before = events(
    t,
    "KYIV - Indian Prime Minister Narendra Modi traveled to Poland on Wednesday before meeting Ukrainian President Volodymyr Zelensky on Friday.",
    "2024-08-24",
  ).find((e) => e.kind !== "visit");
  t.not(before?.place?.country, "PL", "not Poland");
  const later = events(
    t,
    "Secretary of State Antony Blinken traveled to Beijing in June and met Chinese Foreign Minister Wang Yi in July.",
    "2024-08-24",
  ).find((e) => e.kind !== "visit");
  t.not(later?.place?.city, "Beijing", "not Beijing");
});

t.test("a dateline's city refines a place the text gives only as its country or region", async (t) => {
  const [met] = events(
    t,
    "ANCHORAGE, Alaska (Reuters) - U.S. President Donald Trump and Russian President Vladimir Putin met for nearly three hours at a military base in Alaska on Friday.",
    "2025-08-16",
  );
  t.match(met, { place: { city: "Anchorage", country: "US" } });
  // Another region, or the country alone, is not refined by the dateline's city.
  const [other] = events(
    t,
    "WASHINGTON (Reuters) - U.S. President Donald Trump and Russian President Vladimir Putin met for nearly three hours at a military base in Alaska on Friday.",
    "2025-08-16",
  );
  t.match(other, { place: { city: null, country: "US" } });
  const [country] = events(
    t,
    "MOSCOW (Reuters) - Russian President Vladimir Putin met North Korean leader Kim Jong Un at a remote cosmodrome in Russia on Wednesday.",
    "2023-09-14",
  );
  t.match(country, { place: { city: null, country: "RU" } });
});

t.test("a dateline that names a listed venue places the day's meeting there", async (t) => {
  const [summit] = events(
    t,
    "CAMP DAVID, Md. (AP) — President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held their first stand-alone summit on Friday.",
    "2023-08-19",
  );
  t.match(summit, { place: { venue: "Camp David", region: "Maryland", country: "US" } });
  // A town of the venue's name is the town: the palace is not where a meeting "at a research
  // centre" was.
  const [town] = events(
    t,
    "VERSAILLES, France (Reuters) - French President Emmanuel Macron met Chinese President Xi Jinping at a research centre on Monday.",
    "2023-08-19",
  );
  t.match(town, { place: { venue: null, city: "Versailles", country: "FR" } });
});

t.test("a place before 'and met' is the first verb's; the joined verb keeps its own", async (t) => {
  const found = events(
    t,
    "PARIS, Feb. 12 -- French President Emmanuel Macron held talks with Russian President Vladimir Putin at the Kremlin on Feb. 7 and met Ukrainian President Volodymyr Zelensky in Kyiv on Feb. 8.",
    "2022-02-12",
  );
  t.match(
    found.find((e) => who(e).includes("vladimir-putin")),
    { date: { start: "2022-02-07" }, place: { venue: "Kremlin", city: "Moscow" } },
  );
  t.match(
    found.find((e) => who(e).includes("volodymyr-zelensky")),
    { date: { start: "2022-02-08" }, place: { city: "Kyiv" } },
  );
});

t.test("talks 'during the visit' are where the visit is", async (t) => {
  // Monday 3 June 2024.
  const found = events(
    t,
    "Indian External Affairs Minister S. Jaishankar arrived in Astana overnight on a working visit. At the foreign ministry, he was met by Kazakh Foreign Minister Murat Nurtleu; the two ministers shook hands and posed for photographers. Jaishankar is also expected to hold talks with Kazakh President Kassym-Jomart Tokayev during the visit, officials said.",
    "2024-06-03",
  );
  const talks = found.find((e) => who(e).includes("kassym-jomart-tokayev"));
  t.match(talks, { status: "expected", place: { city: "Astana", country: "KZ" } });
  t.ok(talks?.evidence.some((e) => e.field === "place" && e.quote === "Astana"));
  // The visit of someone not at the talks lends nothing.
  const other = events(
    t,
    "Indian External Affairs Minister S. Jaishankar arrived in Astana overnight on a working visit. At the foreign ministry, he was met by Kazakh Foreign Minister Murat Nurtleu; the two ministers shook hands and posed for photographers. Chinese President Xi Jinping is expected to hold talks with Russian President Vladimir Putin during his visit, officials said.",
    "2024-06-03",
  );
  t.equal(other.find((e) => who(e).includes("xi-jinping"))?.place.city ?? null, null);
});

t.test("mends: 'during the visit' takes the trip's city only on the trip's days and country", async (t) => {
  // Tuesday 4 June 2024.
  const later = events(
    t,
    "Russian President Vladimir Putin arrived in Ashgabat on Tuesday on a working visit. He invited Turkmen President Serdar Berdimuhamedov to come to Russia later this year. The two leaders will hold talks again during his return visit in October.",
    "2024-06-04",
  );
  const october = later.find((e) => e.date.start?.startsWith("2024-10"));
  t.not(october?.place.city, "Ashgabat", "October's talks are not on June's trip");
  const elsewhere = events(
    t,
    "Indian External Affairs Minister S. Jaishankar arrived in Astana overnight on a working visit. During the trip he is also expected to hold talks in Kyrgyzstan with Kyrgyz President Sadyr Japarov.",
    "2024-06-04",
  );
  const talks = elsewhere.find((e) => who(e).includes("sadyr-japarov"));
  t.equal(talks?.place.country, "KG");
  t.not(talks?.place.city, "Astana");
});

t.test("a city farther on narrows the nearest country only when it lies in it", async (t) => {
  const [malta] = events(
    t,
    "US national security adviser Jake Sullivan and Chinese Foreign Minister Wang Yi held talks in Malta on Saturday, weeks before the summit in San Francisco.",
    "2023-09-18",
  );
  t.equal(malta?.place.country, "MT");
  t.equal(malta?.place.city, null, "not the summit's city in another country");
  const [tokyo] = events(
    t,
    "US President Joe Biden met Japanese Prime Minister Fumio Kishida in Japan on Friday, at the Akasaka Palace in Tokyo.",
    "2023-09-18",
  );
  t.equal(tokyo?.place.city, "Tokyo", "a city of the same country still narrows it");
});

t.test("a country in an aside does not hold back the venue city", async (t) => {
  const [met] = events(
    t,
    "Japanese Prime Minister Fumio Kishida met Polish Prime Minister Mateusz Morawiecki, just back from a trip to Ukraine, in Warsaw on Wednesday.",
    "2023-07-20",
  );
  t.equal(met?.place.city, "Warsaw");
  t.equal(met?.place.country, "PL");
});

t.test("'during a visit to Turkey' is the trigger's own place, as 'in Turkey' is", async (t) => {
  const [met] = events(
    t,
    "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan on Monday during a visit to Turkey, days before the summit in Astana.",
    "2023-09-17",
  );
  t.equal(met?.place.country, "TR");
  t.equal(met?.place.city, null);
});

t.test("a story its lead places abroad is not placed at its dateline", async (t) => {
  // Monday 18 September 2023: filed from Washington, the talks were in Malta.
  const found = events(
    t,
    "WASHINGTON -- US National Security Adviser Jake Sullivan and Chinese Foreign Minister Wang Yi held talks in Malta on Saturday.\n\nThe White House called the talks candid. On Sunday Sullivan called on Prime Minister Robert Abela, and the two men agreed that a stable Mediterranean was vital, his office said.",
    "2023-09-18",
  );
  const abela = found.find((e) => who(e).includes("robert-abela"));
  t.equal(abela?.place.country, "MT", "where the lead is, not at the dateline");
  // A story set where it was filed is placed there.
  const home = events(
    t,
    "WASHINGTON -- US President Joe Biden met Chinese President Xi Jinping at the White House on Monday. Biden also met Japanese Prime Minister Fumio Kishida on Monday.",
    "2023-09-18",
  );
  t.equal(home.find((e) => who(e).includes("fumio-kishida"))?.place.city, "Washington");
});
