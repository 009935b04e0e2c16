import t, { type Test } from "tap";
import { loadReference } from "../../src/extract/reference.ts";
import { splitSentences } from "../../src/extract/sentences.ts";
import { findTopics } from "../../src/extract/topics.ts";

const ref = loadReference();

/** Topic mentions as [text, topicId, sentence], after checking each span against the text. */
function topics(t: Test, text: string) {
  const found = findTopics(text, splitSentences(text), ref);
  for (const m of found) t.equal(text.slice(m.start, m.end), m.text, `span of "${m.text}"`);
  return found.map((m) => [m.text, m.topicId, m.sentence]);
}

const ids = (t: Test, text: string) => [...new Set(topics(t, text).map(([, id]) => id))].sort();

t.test("keywords from the taxonomy name their topics", async (t) => {
  t.same(ids(t, "The ministers discussed fentanyl and tensions in the Taiwan Strait."), [
    "fentanyl",
    "taiwan",
  ]);
  t.same(ids(t, "They agreed to curb the opioid crisis and resume military-to-military talks."), [
    "fentanyl",
    "military-communications",
  ]);
  t.same(ids(t, "Sanctions and export controls were raised, as was the South China Sea."), [
    "export-controls",
    "sanctions",
    "south-china-sea",
  ]);
});

t.test("the Taiwan Strait is about Taiwan, quoted where it is written", async (t) => {
  const text = "Warships crossed the Taiwan Strait on Monday.";
  const found = findTopics(text, splitSentences(text), ref);
  t.equal(found.length, 1);
  t.equal(found[0]?.topicId, "taiwan");
  t.equal(found[0]?.start, text.indexOf("Taiwan"));
  t.equal(text.slice(found[0]?.start, found[0]?.end), found[0]?.text);
});

t.test("AI is matched as written: an AI dialogue, never the letters in 'said'", async (t) => {
  t.same(topics(t, "Both sides agreed to launch an AI dialogue."), [
    ["AI dialogue", "artificial-intelligence", 0],
  ]);
  t.same(topics(t, "They discussed AI in health care."), [["AI", "artificial-intelligence", 0]]);
  t.same(topics(t, "Blinken said the aid was vital, and Kishida said so again."), []);
  t.same(topics(t, "The plan was to maintain ties with Haiti."), []);
});

t.test("lowercase keywords match at a sentence start too", async (t) => {
  t.same(topics(t, "Trade dominated the talks. They also discussed tariffs."), [
    ["Trade", "trade", 0],
    ["tariffs", "tariffs", 1],
  ]);
  t.same(topics(t, "Climate change was on the agenda."), [["Climate change", "climate", 0]]);
});

t.test("keywords are whole words", async (t) => {
  t.same(topics(t, "The traders met in Jakarta."), []);
  t.same(topics(t, "Ukrainians protested."), []);
});

t.test("one stretch of text counts once per topic", async (t) => {
  const found = topics(t, "They discussed trade relations and economic cooperation.");
  t.same(
    found.map(([, id]) => id),
    ["trade", "trade"],
    "'trade relations' is one trade mention, 'economic cooperation' another",
  );
});

t.test("mentions come back in text order with their sentences", async (t) => {
  const found = topics(
    t,
    "North Korea fired a missile. Later, climate finance came up.\nSanctions followed.",
  );
  t.same(found, [
    ["North Korea", "north-korea", 0],
    ["climate finance", "climate", 1],
    ["Sanctions", "sanctions", 2],
  ]);
});

t.test("'the war' is the one war an article's keywords name", async (t) => {
  t.same(
    topics(t, "The war in Ukraine is in its third year. Both leaders discussed the war on Monday.").map(
      ([text, id]) => [text, id],
    ),
    [
      ["war in Ukraine", "russia-ukraine-war"],
      ["the war", "russia-ukraine-war"],
    ],
  );
  t.same(ids(t, "Both leaders discussed the war on Monday."), [], "no war named, no topic");
  t.same(
    ids(
      t,
      "They discussed the war in Ukraine and the war in Gaza. Both leaders discussed the war on Monday.",
    ),
    ["middle-east", "russia-ukraine-war"],
    "two wars named: 'the war' is neither",
  );
});

t.test("a keyword may stand for every nationality the demonyms list", async (t) => {
  t.same(ids(t, "He raised the cases of jailed Australians and two Japanese detainees."), ["consular-cases"]);
  t.same(
    topics(t, "Officials discussed detained Pakistanis.").map(([text]) => text),
    ["detained Pakistanis"],
  );
  // Names are not nationalities, and "Chinese" has no plural noun to expand to.
  t.same(ids(t, "The talks covered detained Myanmars and detained Chineses."), []);
});

t.test("the verb 'invest' and 'do business' name investment", async (t) => {
  t.same(ids(t, "He asked Canberra to let Chinese companies invest and do business fairly."), ["investment"]);
});

t.test("aid, war legacies and clean energy are named in their common phrases", async (t) => {
  t.same(ids(t, "India extended two lines of credit for irrigation projects."), ["development-aid"]);
  t.same(ids(t, "They discussed clearing unexploded ordnance and helping Agent Orange victims."), [
    "historical-issues",
  ]);
  t.same(ids(t, "The leaders agreed to work on clean energy and renewables."), ["climate", "energy"]);
  t.same(ids(t, "He urged safe passage for aid convoys and humanitarian pauses."), ["humanitarian-aid"]);
  t.same(ids(t, "Both sides pledged to restore ties frozen since 2016."), ["diplomatic-ties"]);
});

t.test("getting aid in and selling goods are aid and trade", async (t) => {
  t.same(ids(t, "They discussed getting more aid into the besieged city."), ["humanitarian-aid"]);
  t.same(ids(t, "The premier called for greater exports of machinery and more commerce."), ["trade"]);
});

t.test("peace accords, restored missions, education and green growth are named", async (t) => {
  t.same(ids(t, "They discussed the peace formula and a treaty of peace."), ["peace-talks"]);
  t.same(ids(t, "The ministers agreed to restore embassy staffing."), ["diplomatic-ties"]);
  t.same(ids(t, "Agreements covered education, sport and culture."), ["people-to-people"]);
  t.same(ids(t, "Both backed green development and environmental standards."), ["environment"]);
});

t.test("a portfolio in a title, a named treaty and other senses name no topic", async (t) => {
  t.same(ids(t, "The talks were attended by France's culture minister and India's education ministry."), []);
  t.same(ids(t, "They discussed the central bank's policy normalization."), []);
  t.same(ids(t, "Putin arrived in a convoy of sport utility vehicles."), []);
  t.notOk(
    ids(t, "Li raised the anniversary of the Treaty of Peace and Friendship.").includes("peace-talks"),
    "a treaty of friendship is no peace talks",
  );
});

t.test("a portfolio of several words is a title too; a phrase before a title is not", async (t) => {
  t.same(ids(t, "He was joined by Britain's energy security secretary."), []);
  t.same(ids(t, "He was accompanied by Japan's economy, trade and industry minister."), []);
  t.same(ids(t, "They discussed trade with the foreign minister present."), ["trade"]);
  t.same(ids(t, "They discussed a Saudi normalization with Israel."), ["diplomatic-ties"]);
  t.same(ids(t, "They agreed to boost cooperation in sport."), ["people-to-people"]);
});
