// Where the twenty-second session's rules stop: sentences a reviewer wrote to break them,
// each read as a careful reader would.
import t from "tap";
import { inferPublicationDate } from "../../src/extract/dates.ts";
import { extract } from "../../src/extract/extract.ts";
import { loadReference } from "../../src/extract/reference.ts";

const full = loadReference();
const NOW = new Date("2026-12-01T12:00:00Z");
const read = (text: string, publishedAt: string) =>
  extract({ text, publishedAt }, full).events.map((e) => ({
    who: e.participants.map((p) => p.official).sort(),
    kind: e.kind,
    status: e.status,
    date: e.date?.start,
  }));

t.test("'their first … since a month' recalls a meeting only of theirs, by a meeting's noun", async (t) => {
  const call = read(
    "Japanese Prime Minister Fumio Kishida spoke by phone with Chinese Premier Li Qiang on Thursday. It was their first phone conversation since March 2023.",
    "2024-05-10",
  );
  t.notOk(
    call.some((e) => e.date === "2023-03"),
    "a call's count recalls no meeting",
  );
  const militaries = read(
    "U.S. Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday. The two militaries held their first high-level talks since November 2022.",
    "2024-06-01",
  );
  t.notOk(
    militaries.some((e) => e.date === "2022-11"),
    "the militaries' talks are not the ministers'",
  );
  const statement = read(
    "Australian Prime Minister Anthony Albanese met Chinese Premier Li Qiang in Canberra on Monday. The two countries issued their first joint statement since March 2017.",
    "2024-06-18",
  );
  t.notOk(
    statement.some((e) => e.date === "2017-03"),
    "a joint statement is no meeting",
  );
});

t.test("'the four leaders' are not an official named only as an owner", async (t) => {
  const found = read(
    "U.S. President Joe Biden hosted Japanese Prime Minister Fumio Kishida, Australian Prime Minister Anthony Albanese and Indian Prime Minister Narendra Modi in Wilmington on Saturday. Biden raised Chinese President Xi Jinping's pressure on Taiwan. The four leaders then held talks at Biden's home.",
    "2024-09-22",
  );
  t.notOk(
    found.some((e) => e.who.includes("xi-jinping")),
    found.map((e) => e.who.join("+")).join("; "),
  );
});

t.test("consultations agreed or kept up are not held", async (t) => {
  t.same(
    read(
      "German Chancellor Olaf Scholz and French President Emmanuel Macron agreed on Monday to keep up close political consultations on Ukraine.",
      "2024-05-14",
    ),
    [],
  );
  t.same(
    read(
      "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi agreed to hold regular strategic consultations between their foreign ministries.",
      "2024-10-24",
    ),
    [],
  );
});

t.test("'on the day of the visit' in a background passage is that visit's day", async (t) => {
  const found = read(
    "KYIV -- Japanese Prime Minister Fumio Kishida held talks with Ukrainian President Volodymyr Zelensky in Kyiv on Wednesday.\n\nKishida first travelled to Kyiv on March 21, 2023; Chinese President Xi Jinping was in Moscow on the day of the visit. That evening Xi dined with Russian President Vladimir Putin at the Kremlin.",
    "2024-06-20",
  );
  const dinner = found.find((e) => e.kind === "dinner");
  t.equal(dinner?.date, "2023-03-21");
});

t.test("a colon list the text tells apart is met one by one", async (t) => {
  const found = read(
    "U.S. Secretary of State Antony Blinken met two Chinese officials on Tuesday: Foreign Minister Wang Yi in the morning and President Xi Jinping in the afternoon.",
    "2023-06-20",
  );
  t.same(found.map((e) => e.who.join("+")).sort(), ["antony-blinken+wang-yi", "antony-blinken+xi-jinping"]);
});

t.test("'confirmed for Wednesday' keeps its day", async (t) => {
  const found = read(
    "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi will hold talks in Kazan. The meeting was confirmed for Wednesday, Indian Foreign Secretary Vikram Misri said on Monday.",
    "2024-10-21",
  );
  t.equal(found[0]?.date?.length, 10, `a day, not a month: ${found[0]?.date}`);
});

t.test("a gap ahead, or a retrospective opening, dates nothing", async (t) => {
  const ahead =
    "Gazprom said on Tuesday the Power of Siberia 2 pipeline's first deliveries would begin in five years. The last big gas contract was signed in 2014.";
  t.equal(inferPublicationDate(ahead, null, NOW)?.value, "2014");
  const then =
    "CHENGDU - Then-Vice President Joe Biden met Chinese Vice President Xi Jinping in Chengdu on Sunday. Trade reached a record in 2010.";
  t.equal(inferPublicationDate(then, null, NOW, full)?.value, "2010");
});

t.test("a headline's verb after a comma is no dateline's qualifier", async (t) => {
  const [talks] = extract(
    {
      text: "Beijing, Moscow Sign Deals – live updates\n\nChinese President Xi Jinping and Russian President Vladimir Putin held talks on Thursday.",
      publishedAt: "2024-05-17",
    },
    full,
  ).events;
  t.equal(talks?.place?.city ?? null, null);
});
