import t, { type Test } from "tap";
import { findDates, inferPublicationDate, parsePublishedAt } from "../../src/extract/dates.ts";
import { loadReference } from "../../src/extract/reference.ts";
import { splitSentences } from "../../src/extract/sentences.ts";
import type { PublicationDate, Sentence } from "../../src/extract/types.ts";
import { precisionOf } from "../../src/lib/partial-date.ts";

// Sentences sit deep in a padded article, so offsets only line up if they are absolute.
const LEAD = "Earlier paragraphs of the article. ".repeat(3);

const pub = (value: string): PublicationDate => ({
  value,
  precision: precisionOf(value),
  source: "printed",
  note: null,
});

/** Mentions as [text, date, endDate, precision], after checking each one's span against the article. */
function dates(t: Test, text: string, published: string | null) {
  const article = `${LEAD}${text} Later paragraphs.`;
  const sentence: Sentence = { index: 3, start: LEAD.length, end: LEAD.length + text.length, text };
  const mentions = findDates(sentence, published === null ? null : pub(published));
  for (const m of mentions) t.equal(article.slice(m.start, m.end), m.text, `span of "${m.text}"`);
  return mentions.map((m) => [m.text, m.date, m.endDate, m.precision]);
}

t.test("a weekday resolves in the direction the clause points", async (t) => {
  // Wednesday 15 November 2023.
  t.same(dates(t, "Biden and Xi met on Monday in Woodside.", "2023-11-15"), [
    ["Monday", "2023-11-13", null, "day"],
  ]);
  t.same(dates(t, "Biden and Xi will meet on Monday.", "2023-11-15"), [
    ["Monday", "2023-11-20", null, "day"],
  ]);
  t.same(dates(t, "Xi said on Wednesday that talks went well.", "2023-11-15"), [
    ["Wednesday", "2023-11-15", null, "day"],
  ]);
  t.same(dates(t, "They spoke last Friday and meet again next Monday.", "2023-11-15"), [
    ["last Friday", "2023-11-10", null, "day"],
    ["next Monday", "2023-11-20", null, "day"],
  ]);
});

t.test("any verb in -ed right after its subject is a past tense", async (t) => {
  // Saturday 24 August 2019: Tuesday is four days back and three ahead.
  t.same(dates(t, "Trump scrapped his state visit to Denmark on Tuesday.", "2019-08-24"), [
    ["Tuesday", "2019-08-20", null, "day"],
  ]);
  t.same(dates(t, "He shelved the trip on Tuesday.", "2019-08-24"), [["Tuesday", "2019-08-20", null, "day"]]);
  // An adjective in -ed after an article is no verb: the nearest Tuesday, ahead.
  t.same(dates(t, "The planned talks on Tuesday are in doubt.", "2019-08-24"), [
    ["Tuesday", "2019-08-27", null, "day"],
  ]);
});

t.test("a plan told from the past points a weekday neither way", async (t) => {
  // Thursday 16 November 2023: the Wednesday just gone is nearer than the next one.
  t.same(dates(t, "Xi was to attend a dinner with business leaders later Wednesday.", "2023-11-16"), [
    ["Wednesday", "2023-11-15", null, "day"],
  ]);
  // Friday 13 December 2019: the Sunday to come is nearer than the one gone.
  t.same(dates(t, "Abe was due to land in Guwahati on Sunday.", "2019-12-13"), [
    ["Sunday", "2019-12-15", null, "day"],
  ]);
  // A reporting verb before the plan does not make it past: Friday 17 May 2024, Monday
  // is three days ahead and four back.
  t.same(dates(t, "The Kremlin said Xi was expected to hold talks with Putin on Monday.", "2024-05-17"), [
    ["Monday", "2024-05-20", null, "day"],
  ]);
  // A plan told now still points forward.
  t.same(dates(t, "Xi is to attend a dinner on Wednesday.", "2023-11-16"), [
    ["Wednesday", "2023-11-22", null, "day"],
  ]);
});

t.test("past verbs beyond the common reporting ones point a weekday back", async (t) => {
  // Friday 16 June 2023: a Monday is three days ahead and four back; each verb says back.
  for (const verb of [
    "flew to Ankara",
    "went to Ankara",
    "came to Ankara",
    "sat down with Erdogan",
    "dined with Erdogan",
    "landed in Ankara",
    "telephoned Erdogan",
    "called Erdogan",
  ])
    t.same(
      dates(t, `Putin ${verb} on Monday for talks.`, "2023-06-16"),
      [["Monday", "2023-06-12", null, "day"]],
      verb,
    );
});

t.test("a meeting verb in the present after its subject is a schedule, whatever came before", async (t) => {
  // Friday 16 June 2023.
  t.same(
    dates(
      t,
      "Putin flew to Ankara on Friday, a day before the two leaders sit down at the palace on Monday.",
      "2023-06-16",
    ),
    [
      ["Friday", "2023-06-16", null, "day"],
      ["Monday", "2023-06-19", null, "day"],
    ],
  );
  t.same(dates(t, "Erdogan landed in Sochi on Friday and they meet on Monday.", "2023-06-16").at(-1), [
    "Monday",
    "2023-06-19",
    null,
    "day",
  ]);
});

t.test("the marker nearest the mention sets its tense", async (t) => {
  t.same(dates(t, "Biden, who met Xi in March, will visit Beijing in June.", "2023-11"), [
    ["March", "2023-03", null, "month"],
    ["June", "2024-06", null, "month"],
  ]);
});

t.test("relative weeks are Monday-to-Sunday ranges around the publication day", async (t) => {
  t.same(dates(t, "The two leaders will meet next week.", "2023-11-15"), [
    ["next week", "2023-11-20", "2023-11-26", "day"],
  ]);
  t.same(dates(t, "Talks this week follow a call last week.", "2023-11-15"), [
    ["this week", "2023-11-13", "2023-11-19", "day"],
    ["last week", "2023-11-06", "2023-11-12", "day"],
  ]);
  t.same(dates(t, "Officials said yesterday that a deal could be signed tomorrow.", "2023-11-15"), [
    ["yesterday", "2023-11-14", null, "day"],
    ["tomorrow", "2023-11-16", null, "day"],
  ]);
});

t.test("a month and day without a year take the year nearest the publication date", async (t) => {
  t.same(dates(t, "On November 15, President Joe Biden hosted Xi Jinping.", "2023-11"), [
    ["November 15", "2023-11-15", null, "day"],
  ]);
  t.same(dates(t, "The leaders will meet on Nov. 16 in Lima.", "2024-11-14"), [
    ["Nov. 16", "2024-11-16", null, "day"],
  ]);
  t.same(dates(t, "A letter dated November 8 was released.", "2023-11-15"), [
    ["November 8", "2023-11-08", null, "day"],
  ]);
  // A week after New Year, last December is nearer than next December.
  t.same(dates(t, "The December summit in Brussels remains a sore point.", "2024-01-10"), [
    ["December", "2023-12", null, "month"],
  ]);
  t.same(dates(t, "They will meet again in December.", "2024-01-10"), [
    ["December", "2024-12", null, "month"],
  ]);
});

t.test("a month alone in past tense is the latest such month up to publication", async (t) => {
  t.same(dates(t, "Xi visited Moscow in March.", "2023-11"), [["March", "2023-03", null, "month"]]);
  t.same(dates(t, "Wang was in Kyiv in February.", "2023-11"), [["February", "2023-02", null, "month"]]);
  t.same(dates(t, "They met in June last year.", "2023-11-15"), [
    ["June last year", "2022-06", null, "month"],
  ]);
});

t.test("the end or start of a month fixes the month, not a day", async (t) => {
  t.same(dates(t, "The envoys spoke at the end of June, officials said.", "2019-08-02"), [
    ["end of June", "2019-06", null, "month"],
  ]);
  t.same(dates(t, "A deal was struck at the beginning of October 2017.", null), [
    ["October 2017", "2017-10", null, "month"],
  ]);
});

t.test("ranges carry their last day", async (t) => {
  t.same(dates(t, "APEC leaders gathered from November 11 to 17.", "2023-11-15"), [
    ["November 11 to 17", "2023-11-11", "2023-11-17", "day"],
  ]);
  t.same(dates(t, "The summit ran November 11-17.", "2023-11-15"), [
    ["November 11-17", "2023-11-11", "2023-11-17", "day"],
  ]);
  t.same(dates(t, "It lasted from Nov 11 to Nov 17.", "2023-11-15"), [
    ["Nov 11 to Nov 17", "2023-11-11", "2023-11-17", "day"],
  ]);
  t.same(dates(t, "The truce held from Dec. 28 to Jan. 3, 2025.", null), [
    ["Dec. 28 to Jan. 3, 2025", "2024-12-28", "2025-01-03", "day"],
  ]);
});

t.test("explicit dates need no publication date and lose their clock time", async (t) => {
  t.same(dates(t, "Trump takes office on Jan. 20, 2025.", null), [
    ["Jan. 20, 2025", "2025-01-20", null, "day"],
  ]);
  t.same(dates(t, "The statement of 14 November 2024 was brief.", null), [
    ["14 November 2024", "2024-11-14", null, "day"],
  ]);
  t.same(dates(t, "Filed 2024-11-14 by our correspondent.", null), [
    ["2024-11-14", "2024-11-14", null, "day"],
  ]);
  t.same(dates(t, "Posted Nov 14, 2024 6:39 AM by staff.", null), [
    ["Nov 14, 2024", "2024-11-14", null, "day"],
  ]);
  t.same(dates(t, "It began in March 2023.", null), [["March 2023", "2023-03", null, "month"]]);
  // The year inside a full date is not a second mention.
  t.same(dates(t, "Biden met Xi on November 15, 2023.", null), [
    ["November 15, 2023", "2023-11-15", null, "day"],
  ]);
});

t.test("years are four-digit years, not counts or money", async (t) => {
  t.same(dates(t, "The 2018 summit in Singapore led to talks in 2019.", null), [
    ["2018", "2018", null, "year"],
    ["2019", "2019", null, "year"],
  ]);
  t.same(dates(t, "Seats cost $2,000 per person.", "2023-11-15"), []);
  t.same(dates(t, "Russia massed 10,000 troops and 50,000 soldiers.", "2023-11-15"), []);
  t.same(dates(t, "The army sent 2000 troops at 1900 GMT.", "2023-11-15"), []);
  t.same(dates(t, "The 2023-24 season.", null), [["2023-24", "2023", "2024", "year"]]);
});

t.test("vague time words are not dates", async (t) => {
  t.same(dates(t, "Talks will resume in the coming weeks, officials said.", "2023-11-15"), []);
  t.same(dates(t, "A deal could come soon; relations recently thawed.", "2023-11-15"), []);
  t.same(dates(t, "In recent months and over the past six months, trade fell.", "2023-11-15"), []);
  t.same(dates(t, "They last met more than a year ago.", "2023-11-15"), []);
  t.same(dates(t, "Protesters march through the capital.", "2023-11-15"), []);
  t.same(dates(t, "A Sunday Times report cited USA Today.", "2023-11-15"), []);
});

t.test("'a year ago' is the year before publication", async (t) => {
  t.same(dates(t, "The two met about a year ago.", "2024-11"), [["about a year ago", "2023", null, "year"]]);
});

t.test("a weekday printed beside a date is one mention", async (t) => {
  t.same(dates(t, "US officials stated Friday (Oct 27) that talks would go ahead.", "2023-11"), [
    ["Friday (Oct 27)", "2023-10-27", null, "day"],
  ]);
});

t.test("a weekday in apposition after a date is that day, not another", async (t) => {
  // Thursday 15 September 2022: "a Friday" alone would be the 9th.
  t.same(dates(t, "On August 5, a Friday, the two presidents held talks in Sochi.", "2022-09-15"), [
    ["August 5, a Friday", "2022-08-05", null, "day"],
  ]);
  t.same(
    dates(t, "They met on March 2 and again on a Friday in April.", "2022-09-15").map(([text]) => text),
    ["March 2", "Friday", "April"],
    "only right after the date's comma",
  );
});

t.test("a month modifying a noun after a possessive is a date", async (t) => {
  // Friday 14 June 2019.
  t.same(dates(t, "Trump and Kim signed a pledge at their February summit in Hanoi.", "2019-06-14"), [
    ["February", "2019-02", null, "month"],
  ]);
  t.same(dates(t, "Abe recalled his March visit to Sochi.", "2019-06-14"), [
    ["March", "2019-03", null, "month"],
  ]);
});

t.test("resolution is never finer than the publication date", async (t) => {
  t.same(dates(t, "They met on Monday, a day after talks yesterday.", "2023-11"), []);
  t.same(dates(t, "They will meet next week.", "2023-11"), []);
  t.same(dates(t, "They will meet next month.", "2023-11"), [["next month", "2023-12", null, "month"]]);
  t.same(dates(t, "They met on Monday and again last year.", "2023"), [["last year", "2022", null, "year"]]);
  // With no publication date only what prints its own year is certain.
  t.same(dates(t, "On November 15, Biden met Xi, who first visited in 2013.", null), [
    ["2013", "2013", null, "year"],
  ]);
});

t.test("inferPublicationDate reads a printed date line", async (t) => {
  t.match(inferPublicationDate(" date 2024-11-14 Three years after the last summit, leaders met."), {
    value: "2024-11-14",
    precision: "day",
    source: "printed",
    note: /2024-11-14/,
  });
  t.match(inferPublicationDate("Nov 14, 2024 6:39 AM\nBiden arrived in Lima."), {
    value: "2024-11-14",
    precision: "day",
    source: "printed",
  });
  t.match(inferPublicationDate("14 November 2024\nBiden arrived in Lima."), { value: "2024-11-14" });
  const now = new Date("2026-11-24T12:00:00Z");
  t.match(
    inferPublicationDate("BEIJING, Oct 27 (Reuters) - China said on Friday the 2023 talks...", null, now),
    {
      value: "2023-10-27",
      precision: "day",
      source: "printed",
      note: /BEIJING, Oct 27 \(Reuters\)/,
    },
  );
});

t.test("inferPublicationDate dates an article from a weekday and a date", async (t) => {
  const text = "The visit was confirmed. US officials stated Friday (Oct 27) that talks would go ahead.";
  t.same(inferPublicationDate(text, null, new Date("2026-11-24T12:00:00Z")), {
    value: "2023-10",
    precision: "month",
    source: "inferred",
    note: "Inferred: 'Friday (Oct 27)' — 27 October fell on a Friday in 2023.",
  });
  // Never a year after today: the day before Friday 27 October 2023, the latest fit is 2017.
  t.match(inferPublicationDate(text, null, new Date("2023-10-26T12:00:00Z")), { value: "2017-10" });
});

t.test("inferPublicationDate falls back to the latest date, then year, mentioned", async (t) => {
  const now = new Date("2026-11-24T12:00:00Z");
  // A lede's "On November 15, 2023" is the event, not a date line.
  t.match(
    inferPublicationDate("On November 15, 2023, Biden met Xi. Talks in March 2022 failed.", null, now),
    {
      value: "2023-11",
      precision: "month",
      source: "inferred",
    },
  );
  t.match(inferPublicationDate("Ties soured after 2019 and worsened in 2021.", null, now), {
    value: "2021",
    precision: "year",
    source: "inferred",
  });
  t.equal(inferPublicationDate("Leaders met and talked about trade.", null, now), null);
});

t.test("parsePublishedAt accepts metadata dates at their own precision", async (t) => {
  t.same(parsePublishedAt("2024-11-14"), {
    value: "2024-11-14",
    precision: "day",
    source: "printed",
    note: null,
  });
  t.match(parsePublishedAt("2024-11"), { value: "2024-11", precision: "month" });
  t.match(parsePublishedAt("2024"), { value: "2024", precision: "year" });
  t.match(parsePublishedAt("2024-11-14T06:39:00Z"), { value: "2024-11-14", precision: "day" });
  // The date where it was written, not the UTC day.
  t.match(parsePublishedAt("2024-11-14T23:30:00-05:00"), { value: "2024-11-14" });
  t.match(parsePublishedAt("Thu, 14 Nov 2024 06:39:00 GMT"), { value: "2024-11-14", precision: "day" });
  t.equal(parsePublishedAt("2024-02-30"), null);
  t.equal(parsePublishedAt("2024-13"), null);
  t.equal(parsePublishedAt("last Tuesday"), null);
  t.equal(parsePublishedAt(""), null);
});

t.test("inferPublicationDate: title-case datelines, the lead's weekday, written years only", async (t) => {
  const now = new Date("2026-11-24T12:00:00Z");
  // No year anywhere: 9 March was a Thursday in 2023 (and in no later year before now).
  t.match(
    inferPublicationDate(
      "Ministers meet\n\nNairobi, 9 March – Kenya's president on Thursday hosted talks.",
      null,
      now,
    ),
    { value: "2023-03-09", precision: "day", source: "printed", note: /weekday the lead names/ },
  );
  // A written year that fits the dateline is taken; "this month" read against today is not a date.
  t.match(
    inferPublicationDate("Lisbon, 2 June\nThe talks in Lisbon this month followed a 2021 accord.", null, now),
    { value: "2021-06-02", precision: "day" },
  );
  // A full date with its weekday in the lead dates the news to the day.
  t.match(
    inferPublicationDate(
      "The leaders spoke by phone on Wednesday (March 19, 2025), officials said.",
      null,
      now,
    ),
    { value: "2025-03-19", precision: "day", source: "inferred" },
  );
  t.equal(inferPublicationDate("They will meet later this month, officials said today.", null, now), null);
});

t.test("'to prepare the ground for talks … on Monday' points forward", async (t) => {
  const pub = { value: "2023-11-05", precision: "day" as const, source: "printed" as const, note: null };
  const text = "He used a speech to prepare the ground for talks with Xi Jinping in Beijing on Monday.";
  const [s] = splitSentences(text);
  if (!s) throw new Error("no sentence");
  t.match(findDates(s, pub), [{ text: "Monday", date: "2023-11-06", precision: "day" }]);
});

t.test("an undated article keeps only the dates that print their year", async (t) => {
  const [s] = splitSentences(
    "Trump accepted an invitation to visit China later this year, after talks on Friday in 2017.",
  );
  if (!s) throw new Error("no sentence");
  t.same(
    findDates(s, null).map((d) => d.date),
    ["2017"],
    "'later this year' and 'Friday' say nothing without the article's date",
  );
});

t.test("inferPublicationDate: a weekday and date in the lead, in the era the article writes", async (t) => {
  const now = new Date("2026-11-24T12:00:00Z");
  const lead = "Seoul rebuffed the offer. In a statement on Tuesday, March 26, the ministry said no.";
  // 26 March was a Tuesday in 2024 (and in 2019, 2013, 2002): the article's era picks 2024.
  t.match(inferPublicationDate(`${lead} Talks in 2002 failed; plans for 2024 stand.`, null, now), {
    value: "2024-03-26",
    precision: "day",
    source: "inferred",
  });
  t.match(inferPublicationDate(`${lead} Talks in 2002 failed; the 2023 plan stands.`, null, now), {
    value: "2024-03-26",
  });
  // No year within one of 2011 made 26 March a Tuesday: only the month can be claimed.
  t.match(inferPublicationDate(`${lead} Talks in 2011 failed.`, null, now), { precision: "month" });
});

t.test("inferPublicationDate: a later year written alone outranks an older month", async (t) => {
  const now = new Date("2026-11-24T12:00:00Z");
  t.match(inferPublicationDate("They met in December 2013. The 2015 talks went further.", null, now), {
    value: "2015",
    precision: "year",
  });
});

t.test("an undated report of a summit takes the day its weekday names among the summit's", async (t) => {
  const ref = loadReference();
  const now = new Date("2026-12-01T12:00:00Z");
  // The Summit of the Americas in Panama City ran 10-11 April 2015, a Friday and Saturday.
  const text =
    "PANAMA CITY — Two presidents met in a side room of the convention center hosting the Summit of the Americas on Saturday afternoon, the first such meeting since 1956.";
  t.match(inferPublicationDate(text, null, now, ref), {
    value: "2015-04-11",
    precision: "day",
    source: "inferred",
  });
  t.equal(
    inferPublicationDate(text.replace("PANAMA CITY", "QUITO"), null, now, ref)?.value,
    "1956",
    "the summit's city must be named too",
  );
  t.not(
    inferPublicationDate(`${text} A decade later, in 2025, the room was a museum.`, null, now, ref)?.value,
    "2015-04-11",
    "a later year written means a later article",
  );
  t.not(inferPublicationDate(text, null, now)?.value, "2015-04-11", "no reference, no summit");
});

t.test(
  "an undated report of a bilateral summit is named by its two leaders, the word and the city",
  async (t) => {
    const ref = loadReference();
    const now = new Date("2026-12-01T12:00:00Z");
    // Biden and Putin met at Villa La Grange in Geneva on Wednesday 16 June 2021.
    const text =
      "Biden and Putin agree to return ambassadors\n\nThe summit by the lake in Geneva lasted less than four hours on Wednesday, far shorter than expected, and both men called it constructive.";
    t.match(inferPublicationDate(text, null, now, ref), { value: "2021-06-16", precision: "day" });
    t.equal(
      inferPublicationDate(text.replace("Putin", "the Russian leader"), null, now, ref),
      null,
      "both leaders must be named",
    );
    t.equal(
      inferPublicationDate(text.replace("The summit", "The meeting"), null, now, ref),
      null,
      "and the word summit",
    );
    // Trump and Xi met at Mar-a-Lago on 6-7 April 2017 and in Beijing in November 2017.
    const named =
      "PALM BEACH, Fla. — Trump and Xi ended their Mar-a-Lago summit on Friday, after Trump again accused Beijing of unfair trade.";
    t.match(
      inferPublicationDate(named, null, now, ref),
      { value: "2017-04-07" },
      "a summit named by its name outranks a capital named as its government",
    );
  },
);

t.test("a summit recalled as 'last month' gives a yearless dateline its year", async (t) => {
  const ref = loadReference();
  const now = new Date("2026-12-01T12:00:00Z");
  // The G20 summit in Johannesburg was held on 22-23 November 2025.
  const text =
    "Pretoria, 9 December\n\nThe two foreign ministers met in Pretoria today. They last met on the sidelines of the G20 Summit in Johannesburg last month, and agreed to hold a joint commission in 2027.";
  t.match(inferPublicationDate(text, null, now, ref), {
    value: "2025-12-09",
    precision: "day",
    note: /summit the article recalls/,
  });
  t.equal(
    inferPublicationDate(text.replace("last month", "in 2025"), null, now, ref)?.value,
    "2025-12-09",
    "without the recollection, the written years decide as before",
  );
  t.notMatch(
    inferPublicationDate(text.replace(" in Johannesburg", ""), null, now, ref)?.note ?? "",
    /summit the article recalls/,
    "a series named without its city picks no summit",
  );
});

t.test("an alias cut short by another official's name does not hold the year back", async (t) => {
  const ref = loadReference();
  const now = new Date("2026-12-01T12:00:00Z");
  // 1 November was a Saturday in 2025 (and in 2014, when Lee Jae Myung was not president).
  // "President Lee" is an alias of Lee Myung-bak (2008-2013); here it begins Lee Jae Myung's name.
  const text =
    "SEOUL, Nov. 1 (Wire) -- President Lee Jae Myung held a summit with Chinese President Xi Jinping in Gyeongju on Saturday.";
  t.match(inferPublicationDate(text, null, now, ref), { value: "2025-11-01", precision: "day" });
});

t.test("a weekday beside a date told below the lead, of its story, places the lead's weekday", async (t) => {
  const ref = loadReference();
  const now = new Date("2026-12-01T12:00:00Z");
  const lead = "U.S. Trade Representative Jamieson Greer met Chinese Vice Premier He Lifeng on Monday.\n\n";
  const body = "Negotiators on both sides described the mood as tense but workable. ".repeat(8);
  // 1 February was a Saturday in 2025; the lead's Monday after it is 3 February.
  const past = `${lead}${body}\n\nGreer had announced the duties on Saturday, Feb. 1, after weeks of threats.`;
  t.match(inferPublicationDate(past, null, now, ref), { value: "2025-02-03", precision: "day" });
  // Told as ahead, the lead's Monday is the one before it: 27 January.
  const ahead = `${lead}${body}\n\nGreer will raise the duties on Saturday, Feb. 1, unless talks succeed.`;
  t.match(inferPublicationDate(ahead, null, now, ref), { value: "2025-01-27", precision: "day" });
  // A day of another story is background, any number of weeks before the news.
  const other = `${lead}${body}\n\nThe central bank had cut rates on Saturday, Feb. 1, after weeks of debate.`;
  t.match(inferPublicationDate(other, null, now, ref), { value: "2025-02", precision: "month" });
  // In the lead, the pair is the news day itself, and the lead's weekday may lie before it.
  const inLead = "Greer said on Saturday, Feb. 1, that the envoys had met on Monday.";
  t.match(inferPublicationDate(inLead, null, now, ref), { value: "2025-02", precision: "month" });
});

t.test("a yearless dateline takes a year the officials held office on that day", async (t) => {
  const ref = loadReference();
  const now = new Date("2026-12-01T12:00:00Z");
  // 30 June was a Sunday in 2024 and 2019. Trump was president-elect late in 2024, but on
  // 30 June 2024 he held no office.
  const dmz =
    "PANMUNJOM, June 30 (Wire) - U.S. President Donald Trump met North Korean leader Kim Jong Un at the border on Sunday.";
  t.match(inferPublicationDate(dmz, null, now, ref), { value: "2019-06-30", precision: "day" });
  // An opening that names a predecessor still dates the news by the year: Liu He left office
  // in March 2023, He Lifeng took it then.
  const predecessor =
    "BEIJING, July 8 (Wire) - U.S. Treasury Secretary Janet Yellen met Vice Premier He Lifeng, who succeeded Liu He, on Saturday. Trade fell in 2023.";
  t.match(inferPublicationDate(predecessor, null, now, ref), { value: "2023-07-08", precision: "day" });
});

t.test("a yearless dateline takes a year the officials held office in, or the summit's", async (t) => {
  const ref = loadReference();
  const now = new Date("2026-12-01T12:00:00Z");
  // 14 April fell on a Friday in 2017 and 2023; Lula was not in office in 2017.
  const lula =
    "Beijing, Apr 14 (Newswire) - Brazilian President Luiz Inacio Lula da Silva held talks with Xi Jinping on Friday. He first visited China as president between 2003 and 2010.";
  t.match(inferPublicationDate(lula, null, now, ref), { value: "2023-04-14", precision: "day" });
  t.match(
    inferPublicationDate(lula, null, now, null),
    { value: "2023-04-14" },
    "'(Newswire) -' is an agency's dateline; no written year fits, so the latest year that does",
  );
  // 20 June was a Thursday in 2019 and 2024; Xi visited Pyongyang on 20-21 June 2019.
  const pyongyang =
    "PYONGYANG, June 20 (Agency) -- Chinese President Xi Jinping held talks on Thursday with Kim Jong Un, who has visited China four times since 2018.";
  t.match(inferPublicationDate(pyongyang, null, now, ref), {
    value: "2019-06-20",
    note: /summit the opening names/,
  });
  t.equal(
    inferPublicationDate(`${pyongyang} The two last met in 2021.`, null, now, ref)?.value.slice(0, 4),
    "2024",
    "a later written year makes that summit background",
  );
});

t.test("tense: 'adopted' is past; 'is set for' and 'should' point forward", async (t) => {
  // Tuesday 15 June 2021.
  t.same(
    dates(t, "The two leaders on Wednesday adopted a declaration, which will guide planning.", "2021-06-17")
      .filter((d) => d[0] === "Wednesday")
      .map((d) => d[1]),
    ["2021-06-16"],
  );
  t.same(
    dates(t, "The summit, announced last week, is set for Wednesday.", "2021-06-15")
      .filter((d) => d[0] === "Wednesday")
      .map((d) => d[1]),
    ["2021-06-16"],
  );
  t.same(
    dates(t, "An aide said talks should begin on Wednesday.", "2021-06-15")
      .filter((d) => d[0] === "Wednesday")
      .map((d) => d[1]),
    ["2021-06-16"],
  );
});

t.test("tense: 'lasted' and 'ran' are past", async (t) => {
  t.same(
    dates(t, "The first call, on Feb. 10, lasted about two hours.", "2021-11-16").map((d) => d[1]),
    ["2021-02-10"],
  );
});

t.test("'an informal evening on Monday' is Monday", async (t) => {
  t.same(
    dates(t, "It followed an informal evening on Monday at the residence.", "2024-07-09").map((d) => d[1]),
    ["2024-07-08"],
  );
});

t.test("inferPublicationDate reads the year from 'in 1944, 75 years ago'", async (t) => {
  const now = new Date("2026-12-05T12:00:00Z");
  t.match(
    inferPublicationDate(
      "The leaders were to lay wreaths for those who fell at Kohima in 1944, 75 years ago. They last met in 2017.",
      null,
      now,
    ),
    { value: "2019", precision: "year", source: "inferred" },
  );
  t.match(inferPublicationDate("Fifty years ago, in 1973, Whitlam went to Beijing.", null, now), {
    value: "2023",
  });
  t.match(inferPublicationDate("They marked the 75th anniversary of the 1949 revolution.", null, now), {
    value: "2024",
  });
  // A later year written in the text is later evidence; two elapsed years that disagree say nothing.
  t.match(inferPublicationDate("In 1944, 75 years ago, they fought. In 2021 they met.", null, now), {
    value: "2021",
  });
  t.match(inferPublicationDate("In 1944, 75 years ago. In 1950, 10 years ago.", null, now), {
    value: "1950",
  });
});

t.test("a host's present progressive points a bare date forward", async (t) => {
  const text =
    "Pezeshkian is expected in Kazan for the summit, which Russia is hosting on October 22-24, Putin said.";
  const [d] = findDates({ start: 0, end: text.length, text, index: 0 }, pub("2024-10-11"));
  t.match(d, { date: "2024-10-22", precision: "day" });
});

t.test("'last May', 'since May' and 'in early May' are the month; 'may meet' is not", async (t) => {
  const dates = (text: string) =>
    findDates({ start: 0, end: text.length, text, index: 0 }, pub("2023-04-27")).map((d) => [d.text, d.date]);
  t.same(dates("They first met in Seoul last May."), [["last May", "2022-05"]]);
  t.same(dates("It was their third meeting since May."), [["May", "2022-05"]]);
  t.same(dates("Talks are due in early May."), [["May", "2023-05"]]);
  t.same(dates("Leaders may decide to meet."), []);
  t.same(dates("Xi may meet Biden."), []);
});

t.test("'left for Riyadh on Sunday' is past, whatever the plan after it", async (t) => {
  const text =
    "Prime Minister Shehbaz Sharif left for Riyadh on Sunday on a two-day visit, during which he will call on the crown prince.";
  const [d] = findDates({ start: 0, end: text.length, text, index: 0 }, pub("2024-07-29"));
  t.match(d, { text: "Sunday", date: "2024-07-28" });
});

t.test("'the morning of May 30' and 'the evening of 30 May' are that day", async (t) => {
  t.same(
    dates(t, "On the morning of May 30 he called on the defence minister.", "2024-05-31").map((d) => d[1]),
    ["2024-05-30"],
  );
  t.same(
    dates(t, "They met again on the evening of 30 May at the hotel.", "2024-05-31").map((d) => d[1]),
    ["2024-05-30"],
  );
});

t.test("'the following day' after a day the sentence names is the day after it", async (t) => {
  t.same(dates(t, "Macron met Lula in Belém on March 26 and Haddad the following day.", "2024-04-02"), [
    ["March 26", "2024-03-26", null, "day"],
    ["the following day", "2024-03-27", null, "day"],
  ]);
  t.same(dates(t, "He saw Ruto on Monday and, two days later, Kagame.", "2024-04-12"), [
    ["Monday", "2024-04-08", null, "day"],
    ["two days later", "2024-04-10", null, "day"],
  ]);
  // With no day before it in the sentence, the story's day decides (events/story-date.ts).
  t.same(dates(t, "The following day, he met Kagame.", "2024-04-12"), []);
});

t.test("'that July' is July of the year the sentence has named", async (t) => {
  t.same(
    dates(
      t,
      "Lavrov went to Islamabad in April 2019 and met Qureshi again in Bishkek that June.",
      "2022-02-25",
    ),
    [
      ["April 2019", "2019-04", null, "month"],
      ["June", "2019-06", null, "month"],
    ],
  );
  // With no year before it, the tense reads it as a bare month.
  t.same(dates(t, "They met in Bishkek that June.", "2022-02-25"), [["June", "2021-06", null, "month"]]);
});

t.test("'that Thursday' is the first Thursday from the day the sentence has named", async (t) => {
  // Friday 14 June 2019; 3 June was a Monday.
  t.same(dates(t, "Abe landed in Tehran on June 3 and saw Rouhani that Thursday afternoon.", "2019-06-14"), [
    ["June 3", "2019-06-03", null, "day"],
    ["Thursday afternoon", "2019-06-06", null, "day"],
  ]);
  // On the named day itself, the same day.
  t.same(dates(t, "She arrived on June 6 and met him that Thursday.", "2019-06-14"), [
    ["June 6", "2019-06-06", null, "day"],
    ["Thursday", "2019-06-06", null, "day"],
  ]);
  // Without "that", the weekday is read against the article's date as before.
  t.same(dates(t, "Abe landed in Tehran on June 3 and saw Rouhani on Thursday.", "2019-06-14"), [
    ["June 3", "2019-06-03", null, "day"],
    ["Thursday", "2019-06-13", null, "day"],
  ]);
  // A day after the article's own cannot be meant: the usual reading stands.
  t.same(dates(t, "He left on June 12 and met her that Monday.", "2019-06-14"), [
    ["June 12", "2019-06-12", null, "day"],
    ["Monday", "2019-06-10", null, "day"],
  ]);
  // "that" opening what was said, a possessive weekday, a day inside an aside: not counted from it.
  t.same(dates(t, "The palace said on June 4 that Thursday's call had gone well.", "2019-06-14"), [
    ["June 4", "2019-06-04", null, "day"],
    ["Thursday", "2019-06-13", null, "day"],
  ]);
  t.same(dates(t, "Abe, who landed on June 3, saw Rouhani that Thursday.", "2019-06-14"), [
    ["June 3", "2019-06-03", null, "day"],
    ["Thursday", "2019-06-13", null, "day"],
  ]);
  // An undated article keeps it when the day before it prints its year.
  t.same(dates(t, "He left on June 3, 2019, and met her that Thursday.", null), [
    ["June 3, 2019", "2019-06-03", null, "day"],
    ["Thursday", "2019-06-06", null, "day"],
  ]);
});

t.test("'was due in Denmark on 2 and 3 September' is a plan ahead, from its first day", async (t) => {
  t.same(dates(t, "Trump was due in Denmark on 2 and 3 September, coming on from Warsaw.", "2019-08-24"), [
    ["2 and 3 September", "2019-09-02", "2019-09-03", "day"],
  ]);
});

t.test("'two weeks ago, on Dec. 2' in a report of Friday dates it the 16th", async (t) => {
  const ref = loadReference();
  const now = new Date("2026-12-01T12:00:00Z");
  // Merkel was chancellor until December 2021: of the years in which 16 December fell on
  // a Friday (2016, 2022), only 2016 has her in office.
  const text =
    "BERLIN -- German Chancellor Angela Merkel and French President Francois Hollande agreed Friday to extend sanctions on Russia. Their foreign ministers had prepared the ground in Paris two weeks ago, on Dec. 2. Sanctions were first imposed in 2014.";
  t.match(inferPublicationDate(text, null, now, ref), {
    value: "2016-12-16",
    precision: "day",
    source: "inferred",
  });
  t.not(
    inferPublicationDate(text.replace("agreed Friday", "agreed"), null, now, ref)?.value,
    "2016-12-16",
    "without the lead's weekday the year is not fixed",
  );
});

t.test("of a series' summits in cities the opening names, the dateline's is the news", async (t) => {
  const ref = loadReference();
  const now = new Date("2026-12-01T12:00:00Z");
  // The G20 met in Osaka on 28-29 June 2019 (a Friday and Saturday), in Buenos Aires in 2018.
  const text =
    "OSAKA, Japan — Leaders at the G20 summit wrapped up their talks on Saturday, seven months after the last gathering of the group in Buenos Aires.";
  t.match(inferPublicationDate(text, null, now, ref), { value: "2019-06-29", precision: "day" });
  t.not(
    inferPublicationDate(text.replace("OSAKA, Japan —", "At the summit,"), null, now, ref)?.value,
    "2019-06-29",
    "with no dateline, two cities are two candidates",
  );
});

t.test("a yearless wire dateline the day after the lead's weekday takes a written year", async (t) => {
  const now = new Date("2026-12-01T12:00:00Z");
  // 12 March 2023 was a Sunday: the Saturday talks were the day before the wire.
  const text =
    "SEOUL, March 12 (Agency) -- South Korea's foreign minister met his Japanese counterpart in Tokyo on Saturday, their first talks since the accord of 2023.";
  t.match(inferPublicationDate(text, null, now), {
    value: "2023-03-12",
    precision: "day",
    source: "printed",
  });
  // Two days after the weekday is no longer yesterday's news.
  t.not(inferPublicationDate(text.replace("on Saturday", "on Friday"), null, now)?.precision, "day");
});

t.test("an undated article that names a summit by its city and days is of the summit's year", async (t) => {
  const ref = loadReference();
  const now = new Date("2026-12-01T12:00:00Z");
  // The G20 met in Osaka on 28-29 June 2019.
  const text =
    "Leaders compare notes before Osaka\n\nThe two ministers spoke by phone on 12 May, weeks before Japan hosts the G20 summit in Osaka from 28 to 29 June. Talks in March 2018 had gone nowhere.";
  t.match(inferPublicationDate(text, null, now, ref), { value: "2019", precision: "year" });
  t.not(
    inferPublicationDate(text.replace("from 28 to 29 June", "from 3 to 4 July"), null, now, ref)?.value,
    "2019",
    "days that are not the summit's say nothing",
  );
  t.equal(
    inferPublicationDate(`${text} A review in 2021 found the same.`, null, now, ref)?.value,
    "2021",
    "a later year written means a later article",
  );
  // A summit told as of another year dates nothing: "last year's", "a year ago".
  for (const other of [
    "They last met at last year's G20 summit in Osaka on 28 June.",
    "They last met at the G20 summit in Osaka on 28 June, a year ago.",
  ])
    t.not(
      inferPublicationDate(
        `Ministers meet again\n\nThe two spoke by phone on 12 May. ${other}`,
        null,
        now,
        ref,
      )?.value,
      "2019",
      other,
    );
});

t.test("a weekend is Saturday to Sunday, in the week its tense or modifier points to", async (t) => {
  // Monday 18 September 2023: the weekend just past is the 16th–17th, the next the 23rd–24th.
  t.same(dates(t, "The two men met in Malta over the weekend.", "2023-09-18"), [
    ["over the weekend", "2023-09-16", "2023-09-17", "day"],
  ]);
  t.same(dates(t, "The envoys will meet at the weekend.", "2023-09-18"), [
    ["at the weekend", "2023-09-23", "2023-09-24", "day"],
  ]);
  t.same(dates(t, "They spoke last weekend.", "2023-09-18"), [
    ["last weekend", "2023-09-16", "2023-09-17", "day"],
  ]);
  t.same(dates(t, "The ministers gather this weekend.", "2023-09-18"), [
    ["this weekend", "2023-09-23", "2023-09-24", "day"],
  ]);
  // Told as past on a Monday, "this weekend" is the one just gone; on a Sunday, today's.
  t.same(dates(t, "Her aides said this weekend that no deal was near.", "2023-09-18"), [
    ["this weekend", "2023-09-16", "2023-09-17", "day"],
  ]);
  t.same(dates(t, "The ministers gather this weekend.", "2023-09-17"), [
    ["this weekend", "2023-09-16", "2023-09-17", "day"],
  ]);
  // A weekend as a noun names no time: "the weekend was framed as a truce".
  t.same(dates(t, "The weekend was framed as a truce.", "2023-09-18"), []);
  // Without a day to count from there is no weekend.
  t.same(dates(t, "The two men met in Malta over the weekend.", "2023-09"), []);
});

t.test("a day between a past verb of deciding and its infinitive is the deciding's", async (t) => {
  // Friday 15 January 2016: the Thursday of the call is the 14th, not the 21st.
  t.same(
    dates(
      t,
      "The two secretaries agreed in a telephone conversation on Thursday to hold talks soon.",
      "2016-01-15",
    ),
    [["Thursday", "2016-01-14", null, "day"]],
  );
  // A verb of deciding in another clause does not govern it: the infinitive points ahead.
  t.same(
    dates(
      t,
      "The secretaries, who agreed to it, plan a telephone conversation on Thursday to hold talks.",
      "2016-01-15",
    ),
    [["Thursday", "2016-01-21", null, "day"]],
  );
});

t.test("a weekend's limits: its own dates, the one before on a weekend, a noun", async (t) => {
  t.same(dates(t, "Meloni met Modi over the weekend of March 4-5.", "2023-04-03"), [
    ["March 4-5", "2023-03-04", "2023-03-05", "day"],
  ]);
  // Sunday 20 August 2023: "last weekend" is the 12th–13th, not the one under way.
  t.same(dates(t, "Kishida held talks with Yoon last weekend.", "2023-08-20"), [
    ["last weekend", "2023-08-12", "2023-08-13", "day"],
  ]);
  t.same(dates(t, "Biden hosted the two leaders at the weekend retreat of Camp David.", "2023-08-20"), []);
});

t.test("'the weekend of the summit' is still a weekend", async (t) => {
  t.same(dates(t, "Lula met Biden over the weekend of the G20 summit.", "2023-09-17"), [
    ["over the weekend", "2023-09-16", "2023-09-17", "day"],
  ]);
});
