import t, { type Test } from "tap";
import { findPlaces } from "../../src/extract/places/find.ts";
import { loadReference } from "../../src/extract/reference.ts";
import { splitSentences } from "../../src/extract/sentences.ts";

const ref = loadReference();

/** Places as [text, city, region, country, approximate], after checking each span against the text. */
function places(t: Test, text: string) {
  const found = findPlaces(text, splitSentences(text), ref);
  for (const p of found) t.equal(text.slice(p.start, p.end), p.text, `span of "${p.text}"`);
  return found.map((p) => [p.text, p.city, p.region, p.country, p.approximate]);
}

t.test("a city followed by its country", async (t) => {
  t.same(places(t, "The leaders met in Lima, Peru on Saturday."), [["Lima", "Lima", "Lima", "PE", false]]);
  t.same(places(t, "Lula flew to Lisbon, Portugal, on Monday."), [
    ["Lisbon, Portugal", "Lisbon", "Lisbon", "PT", false],
  ]);
});

t.test("a capital or gazetteer city after a locative word", async (t) => {
  t.same(places(t, "Ministers held talks in Vilnius on Tuesday."), [
    ["Vilnius", "Vilnius", "Vilnius", "LT", false],
  ]);
  t.same(places(t, "The talks in Canberra were long."), [
    ["Canberra", "Canberra", "Australian Capital Territory", "AU", false],
  ]);
  t.same(places(t, "Scholz arrived in Tokyo on Sunday."), [["Tokyo", "Tokyo", "Tokyo", "JP", false]]);
});

t.test("a name with a lowercase particle inside is one place", async (t) => {
  t.same(
    places(t, "Lula hosted Macron in Belém do Pará.").map(([, city, , country]) => [city, country]),
    [["Belém", "BR"]],
    "'do' is left out: Belém in Pará",
  );
  t.same(
    places(t, "Modi held talks in Dar es Salaam on Thursday.").map(([text, city, , country]) => [
      text,
      city,
      country,
    ]),
    [["Dar es Salaam", "Dar es Salaam", "TZ"]],
  );
  t.same(
    places(t, "The envoy flew on to São José dos Campos.").map(([text, , , country]) => [text, country]),
    [["São José dos Campos", "BR"]],
  );
});

t.test("summit venues and towns the gazetteer lacks or spells otherwise are listed", async (t) => {
  t.same(
    places(t, "The leaders met at Mahabalipuram in 2019.").map(([, city, , country]) => [city, country]),
    [["Mamallapuram", "IN"]],
  );
  t.same(
    places(t, "Widodo was welcomed at Admiralty House.").map(([, city, , country]) => [city, country]),
    [["Sydney", "AU"]],
  );
  t.same(
    places(t, "Ministers gathered in Uzhhorod on Friday.").map(([, city, , country]) => [city, country]),
    [["Uzhhorod", "UA"]],
  );
});

t.test("a town of some size with no namesake is that town, country named or not", async (t) => {
  t.same(
    places(t, "G7 leaders gathered in Biarritz on Saturday.").map(([, city, , country]) => [city, country]),
    [["Biarritz", "FR"]],
  );
  t.same(
    places(t, "The ministers met in Garmisch-Partenkirchen.").map(([, city, , country]) => [city, country]),
    [["Garmisch-Partenkirchen", "DE"]],
  );
  // Namesakes in two countries and none named: no place.
  t.same(places(t, "The envoys met in Shima on Monday."), []);
});

t.test("a city's region is its own, where the gazetteers' region codes disagree", async (t) => {
  t.same(places(t, "The ministers met in Hanoi on Tuesday."), [["Hanoi", "Hanoi", "Hanoi", "VN", false]]);
  t.same(places(t, "Talks were held in Bergen on Friday."), [["Bergen", "Bergen", "Vestland", "NO", false]]);
});

t.test("a region after the name picks the right town among namesakes", async (t) => {
  t.same(places(t, "Biden hosted Xi in Woodside, California, on Wednesday."), [
    ["Woodside", "Woodside", "California", "US", false],
  ]);
  t.same(places(t, "The envoys met in Springfield, Illinois, on Monday."), [
    ["Springfield, Illinois", "Springfield", "Illinois", "US", false],
  ]);
  // Without a qualifier a name shared by many towns is dropped, not guessed.
  t.same(places(t, "The envoys met in Springfield on Monday."), []);
});

t.test("a country after a locative word is a place without a city", async (t) => {
  t.same(places(t, "A Chinese delegation flew to Lithuania on Monday."), [
    ["Lithuania", null, null, "LT", false],
  ]);
});

t.test("'near' makes a place approximate", async (t) => {
  t.same(places(t, "They met near San Francisco on Wednesday."), [
    ["San Francisco", "San Francisco", "California", "US", true],
  ]);
  t.same(places(t, "Talks near Canberra ended."), [
    ["Canberra", "Canberra", "Australian Capital Territory", "AU", true],
  ]);
});

t.test("a capital standing for its government is not a place", async (t) => {
  t.same(places(t, "Officials were wary. Washington regards the move as hostile."), []);
  t.same(places(t, "Trade fell. Beijing pushed back on the claim."), []);
  t.same(places(t, "Ministers put the blame on Washington for the delay."), []);
});

t.test("a capital standing for its government at the start of the article is not a place", async (t) => {
  t.same(places(t, "Washington regards the move as hostile."), []);
  t.same(places(t, "Talks stalled.\nBeijing pushed back on the claim."), []);
});

t.test("a demonym is not a place", async (t) => {
  t.same(places(t, "Officials spoke to Chinese counterparts on Monday."), []);
  t.same(places(t, "The minister returned from Australian talks."), []);
});

t.test("a region of the world is not a city", async (t) => {
  t.same(places(t, "Tensions in the Middle East dominated the talks."), []);
  t.same(places(t, "Leaders met in Europe on Monday."), []);
  t.same(places(t, "The leaders talked about Asia in Tokyo on Monday."), [
    ["Tokyo", "Tokyo", "Tokyo", "JP", false],
  ]);
});

t.test("a possessive after a locative word names no place", async (t) => {
  t.same(places(t, "Seoul objected to North Korea's deployment."), []);
});

t.test("places carry the index of their sentence", async (t) => {
  const text = "Talks stalled. The envoys met in Vilnius on Friday. Then they flew to Lithuania's coast.";
  const found = findPlaces(text, splitSentences(text), ref);
  t.same(
    found.map((p) => [p.text, p.sentence]),
    [
      ["Vilnius", 1],
      ["Lithuania's coast", 2],
    ],
  );
});

t.test("a city at the end of a sentence is found", async (t) => {
  t.same(places(t, "The ministers met in Vilnius."), [["Vilnius", "Vilnius", "Vilnius", "LT", false]]);
  t.same(places(t, "The minister arrived in Canberra."), [
    ["Canberra", "Canberra", "Australian Capital Territory", "AU", false],
  ]);
  t.same(places(t, "Kishida met Yoon in Tokyo. They dined."), [["Tokyo", "Tokyo", "Tokyo", "JP", false]]);
});

t.test("an unqualified namesake is resolved by the countries the article names", async (t) => {
  t.same(places(t, "Australian Foreign Minister Penny Wong arrived in Sydney on Friday."), [
    ["Sydney", "Sydney", "New South Wales", "AU", false],
  ]);
  // Neither named country settles it; the city that dwarfs its namesakes does.
  t.same(
    places(t, "The Emirati and Indian leaders met in Dubai on Friday.").map((p) => p[3]),
    ["AE"],
  );
});

t.test("a visitor's nationality does not move the city they visit", async (t) => {
  const [sydney] = places(t, "Canadian Prime Minister Justin Trudeau arrived in Sydney on Friday.");
  t.not(sydney?.[3], "CA", "not Sydney, Nova Scotia");
  const [dubai] = places(t, "Indian Prime Minister Narendra Modi arrived in Dubai on Friday.");
  t.not(dubai?.[3], "IN", "not Dubai, Uttar Pradesh");
});

t.test("a famous city is not moved to a small namesake in a country the article names", async (t) => {
  const text = "The United States and Russia agreed to hold the summit in Geneva on Wednesday.";
  t.same(
    places(t, text).map((p) => p[3]),
    ["CH"],
    "Geneva, Switzerland, not Geneva, Illinois",
  );
});

t.test("months and weekdays after a locative are times, not towns", async (t) => {
  t.same(places(t, "The tariff takes effect in August, officials in the United States said."), [
    ["United States", null, null, "US", false],
  ]);
  t.same(places(t, "He has been in talks since Monday."), []);
});

t.test("a dateline names where the report was filed", async (t) => {
  const { findDateline } = await import("../../src/extract/places/dateline.ts");
  const at = (text: string) => {
    const d = findDateline(text, splitSentences(text), ref);
    return d && [text.slice(d.start, d.end), d.city, d.country];
  };
  t.same(at("Leaders meet\n\nNAIROBI, March 9 (Wire) - Kenya's president hosted talks."), [
    "NAIROBI",
    "Nairobi",
    "KE",
  ]);
  t.same(at("Leaders meet\n\nGeneva, 16 June – The talks began."), ["Geneva", "Geneva", "CH"]);
  t.same(at("PANAMA CITY — The two presidents sat down."), ["PANAMA CITY", "Panama City", "PA"]);
  t.same(
    at("NEW YORK, Sept 23 (Wire) - The two leaders met."),
    ["NEW YORK", "New York", "US"],
    "an abbreviated month is no qualifier",
  );
  t.equal(at("Officials said on Tuesday - at length - that talks would resume."), null, "not a place");
  t.same(
    at("Rubio meets Jaishankar on his first day\n\nWASHINGTON\n\nRubio sat down with Jaishankar on Tuesday."),
    ["WASHINGTON", "Washington", "US"],
    "a place in capitals on a line of its own",
  );
  t.same(at("Talks in wartime\n\nLVIV, Ukraine\n\nThe leaders met on Thursday."), ["LVIV", "Lviv", "UA"]);
  t.equal(
    at("Leaders Meet\n\nThe two leaders met on Thursday."),
    null,
    "a headline in title case is no dateline",
  );
  t.equal(
    at("Reactions to the talks\n\nPutin held talks with Xi on Thursday.\n\nKYIV\n\nZelensky spoke by phone."),
    null,
    "a line of capitals below the lead is a section's, not the report's dateline",
  );
});

t.test("an origin and a topic are not where a meeting is", async (t) => {
  t.same(places(t, "Modi arrived from Moscow on Tuesday."), [], "an origin");
  t.same(places(t, "Modi was due on Monday, coming on from Moscow."), [], "an origin after 'coming on'");
  t.same(
    places(t, "Zelensky took the call from Helsinki, where he was meeting Stubb.").map((p) => p[1]),
    ["Helsinki"],
    "'from' without a motion verb still places",
  );
  t.same(places(t, "The two leaders discussed the war in Ukraine and the situation in Gaza."), []);
  t.same(
    places(t, "The two leaders met in Geneva.").map((p) => p[1]),
    ["Geneva"],
  );
});

t.test("an institution's building is a place only 'at', 'in' or visited", async (t) => {
  t.same(
    places(t, "The two leaders met at the Kremlin.").map((p) => p[1]),
    ["Moscow"],
  );
  t.same(places(t, "A letter to the Kremlin went unanswered."), []);
  // Where someone goes is a place too: a visit, a trip to it.
  t.same(
    places(t, "Modi will visit the White House on Thursday.").map((p) => p[1]),
    ["Washington"],
  );
  t.same(
    places(t, "Rutte made several trips to the White House in 2018.").map((p) => p[1]),
    ["Washington"],
  );
  t.same(places(t, "The Kremlin said the visit was off."), []);
});

t.test("retreats and residences leaders meet at are venues with their region", async (t) => {
  t.same(
    places(t, "Obama hosted Xi at Sunnylands on Friday.").map((p) => [p[1], p[2], p[3]]),
    [["Rancho Mirage", "California", "US"]],
  );
  t.same(
    places(t, "Macron received Putin at Fort de Brégançon.").map((p) => p[3]),
    ["FR"],
  );
});

t.test("a venue naming an occasion places it; 'up to' a capital is its government", async (t) => {
  t.same(places(t, "The Elysee Palace talks ran past midnight."), [
    ["Elysee Palace", "Paris", "Île-de-France", "FR", false],
  ]);
  t.same(places(t, "Aides said it was up to Kyiv to ask for another meeting."), []);
  t.same(places(t, "The decision is up to Canberra, officials said."), []);
  // A venue merely named, with no locative and no occasion after it, places nothing.
  t.same(places(t, "The Elysee Palace said the call was useful."), []);
});

t.test("a first-level region is a region, not a town that shares its name", async (t) => {
  t.same(places(t, "The United States president hosted him in Florida."), [
    ["Florida", null, "Florida", "US", false],
  ]);
  // The state's great city is the one news means by the bare name.
  t.same(places(t, "The United States envoy met her in New York."), [
    ["New York", "New York", "New York", "US", false],
  ]);
});

t.test("a possessive before a kind of place names where it is", async (t) => {
  t.same(places(t, "The two leaders met on Malta's Gozo island on Friday."), [
    ["Malta's Gozo island", null, null, "MT", false],
  ]);
  t.same(places(t, "The envoys met in Vietnam's central city of Da Nang."), [
    ["Vietnam's central city of Da Nang", "Da Nang", "Da Nang City", "VN", false],
  ]);
  t.same(places(t, "The summit was held in Kenya's capital on Monday."), [
    ["Kenya's capital", "Nairobi", null, "KE", false],
  ]);
  // A city-state is its own capital.
  t.match(places(t, "They dined at Monaco's harbour-side resort."), [[String, "Monaco", null, "MC", false]]);
  // A place that is what was discussed is not where they met.
  t.same(places(t, "They discussed the fighting in Russia's Kursk region."), []);
  // Without a place noun a possessive names no place.
  t.same(places(t, "They discussed Iran's enrichment programme."), []);
});

t.test("a name that goes on past 'of' is not the town its first word names", async (t) => {
  t.same(places(t, "Albanese walked to the Temple of Heaven on Monday."), []);
  t.same(places(t, "Guests gathered at the Hall of Mirrors."), []);
});

t.test("a sentence may open with its locative: 'In Phnom Penh on Sunday, …'", async (t) => {
  t.same(
    places(t, "In Phnom Penh on Sunday, the two prime ministers met.").map((p) => [p[1], p[3]]),
    [["Phnom Penh", "KH"]],
  );
  t.same(
    places(t, "At Versailles in 2017 and later in Palm Beach, they talked.").map((p) => [p[1], p[3]]),
    [
      ["Versailles", "FR"],
      ["Palm Beach", "US"],
    ],
  );
});

t.test("an embassy's or a project's city is no venue", async (t) => {
  t.same(places(t, "Obama said the aim was to reopen embassies in Havana and Washington."), []);
  t.same(places(t, "They discussed Chinese investments in Brazil."), []);
  t.same(
    places(t, "The two leaders met at a military base in Alaska.").map((p) => p[3]),
    ["US"],
  );
});

t.test("'Finland's capital', 'the capital of France' and 'in the city' name cities", async (t) => {
  t.same(
    places(
      t,
      "Finland's capital has history here: Bush met Gorbachev in the city in 1990. The capital of France hosted them later.",
    ).map((p) => [p[0], p[1], p[3]]),
    [
      ["Finland's capital", "Helsinki", "FI"],
      ["in the city", "Helsinki", "FI"],
      ["The capital of France", "Paris", "FR"],
    ],
  );
  t.same(places(t, "They met in the city centre."), [], "no city named before: nothing");
});

t.test("a building no list knows, then its city, is in that city", async (t) => {
  t.same(places(t, "On his visit to Uganda the two presidents talked at State House, Entebbe, on Tuesday."), [
    ["Uganda", null, null, "UG", false],
    ["State House, Entebbe", "Entebbe", "Central Region", "UG", false],
  ]);
  // Not a building: "in Springfield, Illinois" still reads the region after the town.
  t.same(places(t, "They met at the Foreign Ministry, Tuesday."), []);
});

t.test("a capital's name that is a region of the story's country is the region", async (t) => {
  t.same(places(t, "On his visit to Australia the leaders met, and later flew to Victoria."), [
    ["Australia", null, null, "AU", false],
    ["Victoria", null, "Victoria", "AU", false],
  ]);
  // The Seychelles named: its capital.
  t.same(places(t, "The minister flew to the Seychelles and held talks in Victoria on Monday."), [
    ["Seychelles", null, null, "SC", false],
    ["Victoria", "Victoria", "La Rivière Anglaise", "SC", false],
  ]);
});

t.test("where aid or arms go is not a place anyone met", async (t) => {
  t.same(
    places(t, "They discussed a sea corridor to carry aid from the island to Gaza.").map((p) => p[0]),
    [],
  );
  t.same(
    places(
      t,
      "The president met him at Larnaca airport in Cyprus to discuss deliveries of weapons to Ukraine.",
    ).map((p) => p[0]),
    ["Larnaca", "Cyprus"],
  );
});

t.test("Saint written St or St. finds the city, the largest of that name first", async (t) => {
  const [[, city, , country]] = places(t, "The envoy met the president in St Petersburg on Friday.") as [
    [string, string, string, string],
  ];
  t.same([city, country], ["St Petersburg", "RU"]);
  t.same(places(t, "They met in St. Petersburg.")[0]?.slice(1, 4), [
    "St. Petersburg",
    "St.-Petersburg",
    "RU",
  ]);
  t.same(places(t, "He flew on to St. Louis, Missouri.")[0]?.slice(1, 4), ["St. Louis", "Missouri", "US"]);
});

t.test("a city-state is a city as well as a country", async (t) => {
  t.same(places(t, "The two defence chiefs sat down in Singapore on Friday."), [
    ["Singapore", "Singapore", null, "SG", false],
  ]);
  t.same(places(t, "The prime minister was received in Vatican City on Monday."), [
    ["Vatican City", "Vatican City", null, "VA", false],
  ]);
  // A country whose capital has another name stays a country.
  t.same(places(t, "The envoys met in Kuwait on Monday."), [["Kuwait", null, null, "KW", false]]);
  // Its name as the government is no place at all.
  t.same(places(t, "Singapore pressed both sides to keep talking."), []);
});

t.test("an owner before a venue does not hide it: 'at his Mar-a-Lago estate'", async (t) => {
  t.match(places(t, "The secretary-general dined with the president-elect at his Mar-a-Lago estate."), [
    ["Mar-a-Lago estate", "Palm Beach", "Florida", "US", false],
  ]);
  t.match(places(t, "The talks took place at Trump's Mar-a-Lago resort."), [
    ["Mar-a-Lago resort", "Palm Beach", "Florida", "US", false],
  ]);
  // Not a city after a possessive: "at his Paris flat" says whose flat, not a locative.
  t.same(places(t, "He called from his Paris flat."), []);
});

t.test("places coordinated with a trip's destination are destinations too", async (t) => {
  t.same(
    places(t, "Blinken will travel to Saudi Arabia, Qatar and Israel next week.").map((p) => p[3]),
    ["SA", "QA", "IL"],
  );
  t.same(
    places(t, "The talks in Geneva and the dinner went well.").map((p) => p[1]),
    ["Geneva"],
    "'and' before a word that is no place ends the list",
  );
});

t.test("an official's family name is no sole town", async (t) => {
  // Rubio (Venezuela) and Carney (Maryland) are each the gazetteer's only town of the name.
  t.same(places(t, "The Saudi minister handed a letter to Rubio on Tuesday."), []);
});

t.test("'the grounds of', 'the steps of' a venue: the venue is where it happened", async (t) => {
  t.same(
    places(t, "The two presidents strolled through the grounds of Bogor Palace after their talks.").map(
      (p) => [p[0], p[1], p[3]],
    ),
    [["Bogor Palace", "Bogor", "ID"]],
  );
  t.same(
    places(t, "They posed on the steps of the Élysée Palace.").map((p) => [p[0], p[1]]),
    [["Élysée Palace", "Paris"]],
  );
  // Only a venue's part: "the next steps of the Minsk process" is no place.
  t.same(places(t, "They discussed the next steps of the Minsk process."), []);
  t.same(places(t, "Dinner featured dishes from the kitchen gardens of Yunnan."), []);
});
