import { findDates, inferPublicationDate, parsePublishedAt } from "./src/extract/dates.ts";
const day = (v: string) => ({ value: v, precision: (v.length === 10 ? "day" : v.length === 7 ? "month" : "year") as any, source: "printed" as const, note: null });
const cases: [string, string | null][] = [
  ["They met on Monday.", "2023-11-15"],
  ["They will meet on Monday.", "2023-11-15"],
  ["Biden and Xi will meet next week.", "2023-11-15"],
  ["On November 15, President Joe Biden met Xi.", "2023-11"],
  ["The summit runs from November 11 to 17.", "2023-11-15"],
  ["Xi visited Moscow in March.", "2023-11"],
  ["He visited Kyiv in February.", "2023-11"],
  ["The leaders will meet on Nov. 16 in Lima.", "2024-11-14"],
  ["A letter dated November 8 was released.", "2023-11-15"],
  ["Tickets cost $2,000 per person and 10,000 troops, 50,000 soldiers, 2000 troops, 2000 people were there.", "2023-11-15"],
  ["Talks will resume in the coming weeks, soon, recently.", "2023-11-15"],
  ["They met about a year ago.", "2024-11"],
  ["Trump takes office on Jan. 20, 2025.", "2024-11-14"],
  ["They met on Monday.", "2023-11"],
  ["The 2018 summit in Singapore was followed by talks in 2019, and in 2023-24 nothing.", null],
  ["Updated 6:39 AM EST, Thu November 14, 2024 and Nov 14, 2024, 6:39 a.m. ET", null],
  ["Protesters march on Sunday in March organisers said; the sun sat.", "2023-11-15"],
  ["He met Xi on June 5 last year and in June last year, last March, Monday next week, last Friday.", "2023-11-15"],
  ["US officials stated Friday (Oct 27) that", "2023-11"],
  ["Yesterday, today, tomorrow, last week, this week, next month, last year, two weeks ago, 3 days ago, more than a year ago, over the last year", "2023-11-15"],
  ["The meeting at 1900 GMT, resolution 2022, 5% in 2021, since 2018, mid-2023, between 2019 and 2021, from 2020 to 2022, 2020–2022.", "2023-11-15"],
  ["USA Today reported; Nov. 30-Dec. 1; Dec. 28 to Jan. 3, 2025; from Monday to Wednesday", "2023-11-15"],
];
for (const [text, pub] of cases) {
  const s = { index: 0, start: 100, end: 100 + text.length, text };
  console.log(pub, "|", text);
  for (const m of findDates(s, pub ? day(pub) : null)) console.log("   ", JSON.stringify(m.text), m.date, m.endDate, m.precision, m.start - 100, m.end - 100);
}
const now = new Date("2026-11-24T00:00:00Z");
for (const t of [" date 2024-11-14 Three years after the summit", "Some text. US officials stated Friday (Oct 27) that they met.", "No date here at all.", "BEIJING, Oct 27 (Reuters) - China said on Friday the 2023 talks...", "WASHINGTON, Nov 14, 2024 (Reuters) - ...", "Nov 14, 2024 6:39 AM\nBiden...", "14 November 2024\nBiden...", "On November 15, 2023, Biden met Xi in Woodside.", "He said in 2019 and 2021 things happened.", "The talks in March 2022 and on 5 May 2021 were."]) console.log(JSON.stringify(t), inferPublicationDate(t, null, now));
for (const v of ["2024-11-14", "2024-11", "2024", "2024-11-14T06:39:00Z", "2024-11-14T23:30:00-05:00", "2024-02-30", "garbage", "", "Thu, 14 Nov 2024 06:39:00 GMT", "Nov 14, 2024", "2024-13"]) console.log(JSON.stringify(v), parsePublishedAt(v));
