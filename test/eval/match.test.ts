import t from "tap";
import type { ArticleCase } from "../../src/eval/fixtures.ts";
import {
  dateExact,
  dateMatches,
  type ExpectedMeeting,
  matchMeetings,
  meetingMatches,
  type PredictedMeeting,
  placeCorrect,
  predictedMeetings,
} from "../../src/eval/match.ts";
import { ratio, scoreMatches, sumFigures } from "../../src/eval/metrics.ts";
import { familyNames, principalMatches } from "../../src/eval/names.ts";
import { parseNotEvent, violates } from "../../src/eval/not-events.ts";
import { scoreArticle } from "../../src/eval/score-article.ts";
import type { Extraction } from "../../src/schemas/extraction.ts";

const COUNTRY: Record<string, string> = {
  "Joe Biden": "US",
  "Antony Blinken": "US",
  "Xi Jinping": "CN",
  "Li Qiang": "CN",
  "Wang Yi": "CN",
  "Yoon Suk Yeol": "KR",
  "Kishida Fumio": "JP",
  "Fumio Kishida": "JP",
  "Olaf Scholz": "DE",
  "Emmanuel Macron": "FR",
  "Narendra Modi": "IN",
  "Penny Wong": "AU",
  "Donald Trump": "US",
  "Kim Jong Un": "KP",
};

let seq = 0;
function pred(names: string[], start: string | null, more: Partial<PredictedMeeting> = {}): PredictedMeeting {
  seq += 1;
  return {
    id: `p${seq}`,
    kind: "in_person",
    status: "held",
    date: {
      start,
      precision: start === null ? null : start.length === 4 ? "year" : start.length === 7 ? "month" : "day",
    },
    place: { city: null, country: null },
    topics: [],
    participants: names.map((name) => ({
      id: name.toLowerCase().replace(/ /g, "-"),
      name,
      country: COUNTRY[name] ?? null,
    })),
    ...more,
  };
}

function exp(
  principals: string[],
  date: string | null,
  more: Partial<ExpectedMeeting> = {},
): ExpectedMeeting {
  return {
    key: `${principals.join("-").toLowerCase()}-${date}`,
    principals,
    also: [],
    countries: [],
    kind: "in_person",
    status: null,
    date,
    dateAlternatives: [],
    city: null,
    cityAlternatives: [],
    topics: null,
    country: null,
    optional: false,
    ...more,
  };
}

t.test("dates agree at the expected precision", async (t) => {
  const at = (date: string | null, alts: string[] = []) => ({ date, dateAlternatives: alts });
  t.ok(dateMatches("2024-07-09", at("2024-07")), "a day inside an expected month matches");
  t.ok(dateMatches("2024-07-09", at("2024")), "a day inside an expected year matches");
  t.ok(dateMatches("2024-07-09", at("2024-07-09")), "the same day matches");
  t.notOk(dateMatches("2024", at("2024-07")), "a year does not match an expected month");
  t.notOk(dateMatches("2024-07", at("2024-07-09")), "a month does not match an expected day");
  t.notOk(dateMatches("2024-08-01", at("2024-07")), "a day in another month does not match");
  t.notOk(dateMatches("2024-07-10", at("2024-07-09")), "the next day does not match");
  t.notOk(dateMatches(null, at("2024")), "no predicted date does not match a dated meeting");
  t.ok(dateMatches("2021-11-16", at("2021-11-15", ["2021-11-16"])), "a date alternative is accepted");
  t.ok(dateMatches(null, at(null)), "an undated expected meeting matches any date, even none");
  t.ok(dateMatches("1999", at(null)));

  t.ok(dateExact({ start: "2024-07", precision: "month" }, at("2024-07")));
  t.notOk(dateExact({ start: "2024-07-09", precision: "day" }, at("2024-07")), "more precise is not exact");
  t.notOk(dateExact({ start: "2024-07", precision: "day" }, at("2024-07")), "the precision must agree too");
  t.ok(dateExact({ start: "2021-11-16", precision: "day" }, at("2021-11-15", ["2021-11-16"])));
});

t.test("family names: first token where printed first, either for JP, last otherwise", async (t) => {
  t.ok(principalMatches("Xi", "Xi Jinping", "CN"));
  t.notOk(principalMatches("Jinping", "Xi Jinping", "CN"), "a Chinese given name is not the family name");
  // A monarch written by the regnal name: the name opens the official's, numeral and all.
  t.ok(principalMatches("Albert II", "Albert II, Prince of Monaco", "MC"));
  t.ok(principalMatches("Charles III", "King Charles III", "GB"));
  t.notOk(
    principalMatches("Albert II", "Albert I, Prince of Monaco", "MC"),
    "another numeral is another monarch",
  );
  t.ok(principalMatches("Yoon", "Yoon Suk Yeol", "KR"));
  t.notOk(principalMatches("Yeol", "Yoon Suk Yeol", "KR"));
  t.ok(principalMatches("Kishida", "Kishida Fumio", "JP"), "Japanese name printed family name first");
  t.ok(principalMatches("Kishida", "Fumio Kishida", "JP"), "Japanese name printed given name first");
  t.ok(principalMatches("Biden", "Joe Biden", "US"));
  t.notOk(principalMatches("Joe", "Joe Biden", "US"));
  t.ok(
    principalMatches("Trong", "Nguyen Phu Trong", "VN"),
    "news calls a Vietnamese official by the given name",
  );
  t.ok(
    principalMatches("Khurelsukh", "Ukhnaagiin Khurelsukh", "MN"),
    "news calls a Mongolian official by the name after the patronymic",
  );
  t.ok(principalMatches("Thongloun", "Thongloun Sisoulith", "LA"), "and a Lao one by the first name");
  t.ok(
    principalMatches("al-Sudani", "Mohammed Shia' Al Sudani", "IQ"),
    "a particle joined by a hyphen or a space",
  );
  t.ok(principalMatches("Li", "Li Qiang", "CN"));
  t.notOk(principalMatches("Li", "Li Qiang", "US"), "the order rule follows the official's country");
  t.notOk(principalMatches("Wang", "Penny Wong", "AU"));
  t.ok(principalMatches("erdogan", "Recep Tayyip Erdoğan", "TR"), "case and diacritics are ignored");
  t.ok(principalMatches("Niinistö", "Sauli Niinisto", "FI"));
  t.ok(principalMatches("Zelensky", "Volodymyr Zelenskiy", "UA"), "Zelenskiy/Zelensky spelling variant");
  t.ok(principalMatches("Zelenskyy", "Volodymyr Zelensky", "UA"), "Zelenskyy/Zelensky spelling variant");
  t.ok(principalMatches("Van der Bellen", "Alexander Van der Bellen", "AT"), "a compound family name");
  t.ok(principalMatches("Lula", "Luiz Inacio Lula da Silva", "BR"));
  t.ok(principalMatches("Marcos", "Ferdinand Marcos Jr.", "PH"), "a generational suffix is not the name");
  t.ok(principalMatches("Anwar", "Anwar Ibrahim", "MY"), "Malay leaders go by the given name");
  t.ok(principalMatches("Lee", "Lee Hsien Loong", "SG"));
  t.ok(principalMatches("Tamim", "Tamim bin Hamad Al Thani", "QA"), "an Arab name by its given name");
  t.ok(principalMatches("Al Thani", "Tamim bin Hamad Al Thani", "QA"));
  t.notOk(
    principalMatches("Salman", "Mohammed bin Salman Al Saud", "SA"),
    "the father's name in a patronymic is not the son's",
  );
  t.notOk(principalMatches("Ahmed", "Ahmed Aboul Gheit", "EG"), "no patronymic, no given name");
  // Ethiopian and Eritrean names are a given name and the father's: news uses the first.
  t.ok(principalMatches("Abiy", "Abiy Ahmed", "ET"), "an Ethiopian leader by his own name");
  t.ok(principalMatches("Isaias", "Isaias Afwerki", "ER"), "an Eritrean leader by his own name");
  t.notOk(principalMatches("Abiy", "Abiy Ahmed", "EG"), "only where the custom is");
  // Spellings of Mohammed are not folded: "Amina Mohamed" (Kenya) and "Amina Mohammed"
  // (the UN) are two people.
  t.notOk(principalMatches("Amina Mohammed", "Amina Mohamed", "KE"));
  t.notOk(principalMatches("Inacio", "Luiz Inacio Lula da Silva", "BR"));
  t.ok(principalMatches("Rodríguez", "Bruno Rodríguez Parrilla", "CU"), "the first of two Spanish surnames");
  t.ok(principalMatches("Parrilla", "Bruno Rodríguez Parrilla", "CU"));
  t.notOk(principalMatches("Bruno", "Bruno Rodríguez Parrilla", "CU"));
  t.notOk(
    principalMatches("Rodríguez", "Bruno Rodríguez Parrilla", "US"),
    "only where two surnames are the custom",
  );
  t.same(familyNames("Xi Jinping", "CN"), ["xi"]);
  t.same(familyNames("Kishida Fumio", "JP"), ["kishida", "fumio"]);
  t.same(familyNames("Joe Biden", "US"), ["biden"]);
});

t.test("a meeting matches when every principal takes part and the date agrees", async (t) => {
  const biden_xi = exp(["Biden", "Xi"], "2023-11");
  t.ok(meetingMatches(pred(["Joe Biden", "Xi Jinping", "Antony Blinken"], "2023-11-15"), biden_xi));
  t.notOk(meetingMatches(pred(["Joe Biden", "Antony Blinken"], "2023-11-15"), biden_xi), "Xi missing");
  t.notOk(meetingMatches(pred(["Joe Biden", "Xi Jinping"], "2023"), biden_xi), "year vs expected month");
  const trilateral = exp(["Yoon", "Kishida", "Li"], "2024-05-27");
  t.ok(meetingMatches(pred(["Yoon Suk Yeol", "Kishida Fumio", "Li Qiang"], "2024-05-27"), trilateral));
  t.notOk(meetingMatches(pred(["Yoon Suk Yeol", "Kishida Fumio"], "2024-05-27"), trilateral));
  const unnamed = exp([], "2019-12", { countries: ["CN", "JP", "KR"] });
  t.ok(meetingMatches(pred(["Li Qiang", "Kishida Fumio", "Yoon Suk Yeol"], "2019-12-24"), unnamed));
  t.notOk(meetingMatches(pred(["Li Qiang", "Kishida Fumio"], "2019-12-24"), unnamed), "a party missing");
});

t.test("each expected meeting is matched at most once, best pair first", async (t) => {
  const e = exp(["Biden", "Xi"], "2023-11-15");
  const vague = pred(["Joe Biden", "Xi Jinping"], "2023-11-15", { kind: "talks" });
  const exact = pred(["Joe Biden", "Xi Jinping"], "2023-11-15");
  const r = matchMeetings([vague, exact], [e]);
  t.equal(r.pairs.length, 1);
  t.equal(r.pairs[0]?.predicted, exact, "the prediction with the right kind wins");
  t.same(r.unmatchedPredicted, [vague], "the duplicate is left over (and counts against precision)");
  t.same(r.unmatchedExpected, []);

  // Same principals and date, told apart by kind: each prediction goes to its own.
  const lunch = exp(["Scholz", "Macron"], "2022-10-26", { kind: "dinner", key: "lunch" });
  const cabinet = exp(["Scholz", "Macron"], "2022-10-26", { kind: "talks", key: "cabinet" });
  const pTalks = pred(["Olaf Scholz", "Emmanuel Macron"], "2022-10-26", { kind: "talks" });
  const pLunch = pred(["Olaf Scholz", "Emmanuel Macron"], "2022-10-26", { kind: "dinner" });
  const both = matchMeetings([pTalks, pLunch], [lunch, cabinet]);
  t.same(both.pairs.map((p) => [p.expected.key, p.predicted.kind]).sort(), [
    ["cabinet", "talks"],
    ["lunch", "dinner"],
  ]);
  // One prediction for two expected meetings: only one is found.
  const one = matchMeetings([pLunch], [lunch, cabinet]);
  t.equal(one.pairs.length, 1);
  t.equal(one.pairs[0]?.expected.key, "lunch");
  t.same(
    one.unmatchedExpected.map((x) => x.key),
    ["cabinet"],
  );

  // "the one-on-one may be folded into the talks": one prediction finds the required talks,
  // even with the optional entry's kind.
  const talks = exp(["Trump", "Kim"], "2018-06-12", {
    kind: "talks",
    key: "talks",
    also: ["Pompeo", "Kelly"],
  });
  const oneOnOne = exp(["Trump", "Kim"], "2018-06-12", {
    kind: "in_person",
    key: "one-on-one",
    optional: true,
  });
  const folded = matchMeetings([pred(["Donald Trump", "Kim Jong Un"], "2018-06-12")], [oneOnOne, talks]);
  t.same(
    folded.pairs.map((p) => p.expected.key),
    ["talks"],
  );
});

t.test("recall, precision and field accuracies", async (t) => {
  const e1 = exp(["Biden", "Xi"], "2023-11-15", {
    city: "Woodside",
    cityAlternatives: ["San Francisco"],
    country: "US",
    status: "held",
  });
  const e2 = exp(["Blinken", "Wang"], "2023-10", { kind: "talks", city: "Washington", country: "US" });
  const e3 = exp(["Biden", "Wang"], "2023-10"); // not found
  const o1 = exp(["Xi"], "2023-11-15", { kind: "dinner", optional: true });
  const p1 = pred(["Joe Biden", "Xi Jinping"], "2023-11-15", {
    place: { city: "San Francisco", country: "US" },
  });
  const p2 = pred(["Antony Blinken", "Wang Yi"], "2023-10-26", {
    kind: "in_person",
    place: { city: "Washington", country: "US" },
  });
  const p3 = pred(["Xi Jinping"], "2023-11-15", { kind: "dinner" });
  const p4 = pred(["Joe Biden", "Li Qiang"], "2023-06");
  const p5 = pred([], "2023-06");
  const expected = [e1, e2, e3, o1];
  const predicted = [p1, p2, p3, p4, p5];
  const result = matchMeetings(predicted, expected);
  t.equal(result.pairs.length, 3);

  const all = scoreMatches(result, expected, predicted, (m) => m.participants.length > 0);
  t.same(all.recall, ratio(2, 3), "optional meetings are not in the recall denominator");
  t.same(all.precision, ratio(3, 4), "p1, p2, p3 match; p4 does not; p5 (no participant) is out of scope");
  t.equal(all.f1?.toFixed(4), ((2 * (2 / 3) * (3 / 4)) / (2 / 3 + 3 / 4)).toFixed(4));
  t.same(all.date, ratio(2, 3), "p2 is a day where a month was expected");
  t.same(all.place, ratio(2, 2), "San Francisco is an accepted alternative of Woodside; o1 has no place");
  t.same(all.kind, ratio(2, 3), "p2 is in_person where talks were expected");
  t.same(all.status, ratio(1, 1), "status only where the oracle gives one");
  t.same(all.optionalFound, ratio(1, 1));
  t.equal(all.predicted, 5);

  const usCn = (m: PredictedMeeting) =>
    m.participants.some((p) => p.country === "US") && m.participants.some((p) => p.country === "CN");
  const scoped = scoreMatches(result, expected, predicted, usCn);
  t.same(scoped.precision, ratio(2, 3), "US-China scope: p1, p2 match, p4 does not, p3 (Xi alone) is out");

  const summed = sumFigures([all, scoped]);
  t.same(summed.recall, ratio(4, 6), "sets sum counts, then divide");
  t.same(summed.precision, ratio(5, 7));
  t.equal(summed.f1?.toFixed(4), ((2 * (4 / 6) * (5 / 7)) / (4 / 6 + 5 / 7)).toFixed(4));
});

t.test("place: the country must agree, the city only where the oracle names one", async (t) => {
  const lima = exp(["Biden"], null, { city: "Lima", country: "PE" });
  t.ok(placeCorrect(pred(["Joe Biden"], null, { place: { city: "Lima", country: "PE" } }), lima));
  t.notOk(placeCorrect(pred(["Joe Biden"], null, { place: { city: "Cusco", country: "PE" } }), lima));
  t.notOk(placeCorrect(pred(["Joe Biden"], null, { place: { city: null, country: "PE" } }), lima));
  const japan = exp(["Biden"], null, { country: "JP" });
  t.ok(placeCorrect(pred(["Joe Biden"], null, { place: { city: "Tokyo", country: "JP" } }), japan));
  t.notOk(placeCorrect(pred(["Joe Biden"], null, { place: { city: null, country: "KR" } }), japan));
});

const extraction = (): Extraction => ({
  formatVersion: 1,
  document: {
    id: "doc",
    sha256: "0".repeat(64),
    title: null,
    publishedAt: { value: "2023-03", precision: "month", source: "inferred", note: null },
  },
  officials: [
    { id: "joe-biden", name: "Joe Biden", country: "US", role: null, organization: null, aliases: [] },
    { id: "xi-jinping", name: "Xi Jinping", country: "CN", role: null, organization: null, aliases: [] },
    {
      id: "antony-blinken",
      name: "Antony Blinken",
      country: "US",
      role: null,
      organization: null,
      aliases: [],
    },
  ],
  events: [
    event("e1", "in_person", "2023-11-15", ["joe-biden", "xi-jinping"]),
    event("e2", "statement", "2023-11-15", ["joe-biden", "xi-jinping"]),
    event("e3", "visit", "2023-02", ["antony-blinken"]),
    event("e4", "call", "2023-06", ["antony-blinken", "xi-jinping"]),
  ],
});

function event(id: string, kind: Extraction["events"][number]["kind"], start: string, who: string[]) {
  return {
    id,
    kind,
    status: "held" as const,
    title: id,
    summary: null,
    date: { start, end: null, precision: start.length === 7 ? ("month" as const) : ("day" as const) },
    place: { venue: null, city: null, region: null, country: null },
    summit: null,
    participants: who.map((official) => ({ official, role: null, side: null, organization: null })),
    topics: [],
    confidence: { event: 0.5, participants: 0.5, date: null, place: null, topics: null },
    evidence: [{ field: "event" as const, value: null, quote: id, start: 0, end: 1 }],
  };
}

t.test("an article: meetings only, names from extraction.officials, scope by set", async (t) => {
  const x = extraction();
  const meetings = predictedMeetings(x);
  t.same(
    meetings.map((m) => m.id),
    ["e1", "e3", "e4"],
    "statements are not meetings",
  );
  t.same(
    meetings[0]?.participants.map((p) => [p.name, p.country]),
    [
      ["Joe Biden", "US"],
      ["Xi Jinping", "CN"],
    ],
  );
  const base: ArticleCase = {
    set: "seeds",
    file: "a.txt",
    path: "/dev/null",
    expected: [
      exp(["Biden", "Xi"], "2023-11"),
      exp(["Blinken"], "2023-02", { kind: "visit", optional: true }),
    ],
    notEvents: [],
    officials: [],
    publishedAt: null,
  };
  const seeds = scoreArticle(base, x);
  t.same(seeds.figures.recall, ratio(1, 1));
  t.same(seeds.figures.precision, ratio(1, 2), "US-CN scope: e1 matches, e4 does not, e3 is out of scope");
  t.same(seeds.extras, ["Blinken+Xi 2023-06 call"]);
  t.same(seeds.figures.optionalFound, ratio(1, 1));

  const corpus = scoreArticle(
    { ...base, set: "corpus", publishedAt: { value: "2023-03", precision: "month" } },
    x,
  );
  t.same(corpus.figures.precision, ratio(2, 3), "corpus scope: every meeting with a participant");
  t.equal(corpus.publishedAt?.correct, true);
  const wrongPub = scoreArticle(
    { ...base, set: "corpus", publishedAt: { value: "2023-03-03", precision: "day" } },
    x,
  );
  t.equal(wrongPub.publishedAt?.correct, false);

  const failed = scoreArticle(base, null, "boom");
  t.same(failed.figures.recall, ratio(0, 1), "an extractor failure scores as nothing found");
  t.same(failed.misses, ["Biden+Xi 2023-11 in_person"]);
});

t.test("notEvents: principals and places read from the text", async (t) => {
  const officials = [
    { name: "Vladimir Putin", country: "RU" },
    { name: "Volodymyr Zelensky", country: "UA" },
    { name: "Narendra Modi", country: "IN" },
  ];
  const pz = parseNotEvent("Putin-Zelensky meeting ('no plans')", officials);
  t.same(pz.principals, ["Putin", "Zelensky"]);
  const p = (
    names: [string, string][],
    place: { city: string | null; country: string | null },
    kind = "talks",
  ) => ({
    ...pred([], "2024-03", { kind, place }),
    participants: names.map(([name, country]) => ({ id: name, name, country })),
  });
  t.ok(
    violates(
      p(
        [
          ["Vladimir Putin", "RU"],
          ["Volodymyr Zelenskiy", "UA"],
        ],
        { city: null, country: null },
      ),
      pz,
    ),
  );
  t.notOk(violates(p([["Vladimir Putin", "RU"]], { city: null, country: null }), pz), "Zelensky missing");

  const ukraine = parseNotEvent("Modi visit to Ukraine ('no plans')", officials);
  t.same(ukraine.principals, ["Modi"]);
  t.same(ukraine.countries, ["UA"]);
  t.ok(violates(p([["Narendra Modi", "IN"]], { city: "Kyiv", country: "UA" }, "visit"), ukraine));
  t.notOk(
    violates(p([["Narendra Modi", "IN"]], { city: "Moscow", country: "RU" }, "visit"), ukraine),
    "elsewhere",
  );
  t.notOk(
    violates(p([["Narendra Modi", "IN"]], { city: null, country: "UA" }, "call"), ukraine),
    "a call is no trip",
  );

  const skipped = parseNotEvent("Raj Ghat wreath-laying on Sunday (ceremony, not a meeting)", officials);
  t.same(skipped.principals, [], "no official named: skipped");
  t.notOk(violates(p([["Narendra Modi", "IN"]], { city: null, country: null }), skipped));
});

t.test("family names fold Turkish dotless i and a joined Arabic particle", async (t) => {
  t.same(familyNames("İbrahim Kalın", "TR"), familyNames("Ibrahim Kalin", "TR"));
  t.ok(
    familyNames("Mohammed Shia' Al Sudani", "IQ").some((n) =>
      familyNames("Mohammed Shia al-Sudani", "IQ").includes(n),
    ),
  );
  t.ok(principalMatches("Kalin", "İbrahim Kalın", "TR"));
});
