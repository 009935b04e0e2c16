// A header-less article dates its own story without years and its background with them.
import t from "tap";
import { inferPublicationDate } from "../../src/extract/dates.ts";

const NOW = new Date("2026-12-01T12:00:00Z");

t.test("a past month written without a year, after the dated background, is the later floor", async (t) => {
  const text =
    "The two ministers met in Geneva on Thursday. Relations soured after a naval clash on June 15, and the ministers spoke by phone in early July. Their leaders had last met in Osaka in October 2019.";
  // June and July come before October: in the story, they are of the year after.
  t.match(inferPublicationDate(text, null, NOW), {
    value: "2020-07",
    precision: "month",
    source: "inferred",
  });
  // April comes after January: the same year.
  const same =
    "Officials met again on Wednesday. The strike was a reply to the April 4 attack, the worst crisis since the inauguration in January 2017.";
  t.match(inferPublicationDate(same, null, NOW), { value: "2017-04", precision: "month" });
});

t.test("a yearless month told as ahead, or with a weekday, moves nothing", async (t) => {
  const ahead =
    "The ministers will meet again in June, their aides said on Thursday. Their leaders had last met in Osaka in October 2019.";
  t.match(inferPublicationDate(ahead, null, NOW), { value: "2019-10", precision: "month" });
});
