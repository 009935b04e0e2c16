// An article without a header date is written while the officials its opening names hold
// office, and after the last time a gap of years is counted from.
import t from "tap";
import { inferPublicationDate } from "../../src/extract/dates.ts";
import { loadReference } from "../../src/extract/reference.ts";

const NOW = new Date("2026-12-01T12:00:00Z");
const ref = loadReference();

t.test(
  "a written year the dateline's weekday fits is passed over when the officials held no office then",
  async (t) => {
    // 27 May was a Monday in 2019 and in 2024; Li Qiang became premier in March 2023.
    const text =
      "SEOUL, May 27 (Agency) -- Chinese Premier Li Qiang and South Korean President Yoon Suk Yeol held talks on Monday, the first visit by a Chinese premier since a summit in Chengdu in December 2019.";
    t.match(inferPublicationDate(text, null, NOW, ref), { value: "2024-05-27", precision: "day" });
    t.match(
      inferPublicationDate(text, null, NOW, null),
      { value: "2019-05-27" },
      "without the reference's tenures, the written year that fits",
    );
  },
);

t.test("background written before an official took office does not date the article", async (t) => {
  // Rubio became secretary of state on 21 January 2025; the sanctions of 2020 are background.
  const text =
    "KUALA LUMPUR - U.S. Secretary of State Marco Rubio held talks with Chinese Foreign Minister Wang Yi on Friday. Rubio has been under Chinese sanctions since 2020. The two governments reached a trade truce in May, and Rubio visited Tokyo earlier in July.";
  t.match(inferPublicationDate(text, null, NOW, ref), { value: "2025-07", precision: "month" });
  t.match(inferPublicationDate(text, null, NOW, null), { value: "2020", precision: "year" });
});

t.test("a month that bounds something, or a past one 'earlier in' it, reads as it should", async (t) => {
  // "until August" ends a truce; "had been expected … earlier in July" is this month's plan.
  const text =
    "KUALA LUMPUR - U.S. Secretary of State Marco Rubio held talks with Chinese Foreign Minister Wang Yi on Friday. Rubio has been under Chinese sanctions since 2020. The truce reached in May suspended the duties until August. He had been expected in Tokyo earlier in July.";
  t.match(inferPublicationDate(text, null, NOW, ref), { value: "2025-07", precision: "month" });
  const pluperfect = text.replace("earlier in July", "in July");
  t.match(
    inferPublicationDate(pluperfect, null, NOW, ref),
    { value: "2025-05" },
    "a pluperfect month without 'earlier in' is background",
  );
});

t.test("'their first in six years', after a last time dated, is written six years on", async (t) => {
  const text =
    "BEIJING - Chinese President Xi Jinping held talks with North Korean leader Kim Jong Un on Thursday, their first in six years. Xi last visited Pyongyang in June 2019.";
  t.match(inferPublicationDate(text, null, NOW), { value: "2025", precision: "year" });
  const other =
    "The first trilateral summit in three years opened on Tuesday. The previous one was held in Samarkand in 2022.";
  t.match(inferPublicationDate(other, null, NOW), { value: "2025", precision: "year" });
  const noLastTime =
    "The first trilateral summit in three years opened on Tuesday in Samarkand, as agreed in 2022.";
  t.not(
    inferPublicationDate(noLastTime, null, NOW)?.value,
    "2025",
    "a year that is no last time counts nothing",
  );
});

t.test("the year a gap gives dates the story's day told below the lead", async (t) => {
  // 31 August 2025 was a Sunday; the lead's Thursday after it is 4 September.
  const text =
    "BEIJING - Chinese President Xi Jinping held talks with North Korean leader Kim Jong Un on Thursday, their first in six years. Xi last visited Pyongyang in June 2019.\n\nXi called the two countries good neighbours and said ties would grow whatever the international situation. Kim thanked his hosts and praised the celebrations, which he said had shown the resolve of the Chinese people. The talks were followed by tea and a banquet in honour of the visitor, who left the same evening by train.\n\nThe parade drew many guests. Russian President Vladimir Putin, who met Kim on Wednesday, arrived in China on August 31 for a regional summit.";
  t.match(inferPublicationDate(text, null, NOW, ref), { value: "2025-09-04", precision: "day" });
});

t.test("an official the opening names as background does not void the others' tenures", async (t) => {
  // Petro took office in August 2022; Santos left in 2018, so the three never served
  // together: the two the lead names first are the news, the one after them background.
  const text =
    "Colombian President Gustavo Petro and Venezuelan President Nicolás Maduro met on Tuesday in Caracas. It was the first such meeting since 2016, when Maduro hosted Juan Manuel Santos. The border had been closed since February 2019 and reopened on Sept. 26.";
  t.match(inferPublicationDate(text, null, NOW, ref), { value: "2022", precision: "year" });
  // A month told without a year just before the two took office together is of that
  // year, not the next: the later months of the same year date the piece.
  const months =
    "Colombian President Gustavo Petro and Venezuelan President Nicolás Maduro met on Tuesday in Caracas. It was the first such meeting since 2016, when Maduro hosted Juan Manuel Santos. Ties broke down in February 2019. Their foreign ministers met on July 28, before the inauguration, and the border reopened on Sept. 26.";
  t.match(inferPublicationDate(months, null, NOW, ref), { value: "2022-09", precision: "month" });
  // Named first, the background official would still be kept, and with him nobody's
  // tenure dates the piece.
  const first =
    "Former Colombian President Juan Manuel Santos recalled his 2016 meeting with Nicolás Maduro, as Gustavo Petro visited Caracas on Tuesday. The border had been closed since February 2019 and reopened on Sept. 26.";
  t.match(inferPublicationDate(first, null, NOW, ref), { value: "2019-02", precision: "month" });
});

t.test("a story's own months past New Year still date it a year on, without a tenure floor", async (t) => {
  // The latest dated month is May 2022; "in June" and "in January" follow it in order.
  const text =
    "Turkish President Recep Tayyip Erdogan hosted Swedish Prime Minister Ulf Kristersson in Ankara. Sweden applied to join NATO in May 2022. The two countries signed a memorandum in Madrid in June, and Stockholm changed its terrorism law in January.";
  t.match(inferPublicationDate(text, null, NOW, ref), { value: "2023-01", precision: "month" });
});
