// Where this session's rules stop: sentences a reviewer wrote to break them, each read as
// a careful reader would.
import t from "tap";
import { referenceDays } from "../../src/extract/dates/updates.ts";
import { inferPublicationDate } from "../../src/extract/dates.ts";
import { findOfficials } from "../../src/extract/officials/find.ts";
import { findPlaces } from "../../src/extract/places/find.ts";
import { loadReference } from "../../src/extract/reference.ts";
import { splitSentences } from "../../src/extract/sentences.ts";
import { events } from "./events-helper.ts";

const full = loadReference();
const who = (e: { participants: { official: string }[] } | undefined) =>
  e?.participants.map((p) => p.official).sort();

t.test("confirmed reports of a meeting report it; disputed ones do not", async (t) => {
  const [confirmed] = events(
    t,
    "The White House on Tuesday confirmed reports of a second meeting between U.S. President Donald Trump and Russian President Vladimir Putin in Hamburg on July 7.",
    "2017-07-19",
  );
  t.match(confirmed, { kind: "in_person", status: "held" });
  t.same(who(confirmed), ["donald-trump", "vladimir-putin"]);
  const dismissed = events(
    t,
    "French President Emmanuel Macron on Monday dismissed reports of a long-planned secret Paris dinner with Russian President Vladimir Putin.",
    "2019-08-12",
  );
  t.notOk(dismissed.some((e) => e.kind === "dinner"));
});

t.test("phones are a call only as the verb; a refused engagement is none", async (t) => {
  const kyiv = events(
    t,
    "Aides travelling with U.S. President Joe Biden surrendered their personal phones before he met Ukrainian President Volodymyr Zelensky in Kyiv on Monday.",
    "2023-02-21",
  );
  t.same(
    kyiv.map((e) => e.kind),
    ["in_person"],
  );
  const declined = events(
    t,
    "U.S. President Donald Trump declined to play golf with Japanese Prime Minister Shinzo Abe on Sunday, aides said.",
    "2019-05-27",
  );
  t.notOk(declined.some((e) => e.kind === "in_person"));
});

t.test("a day spent with a group of people, or works opened apart or by video, is no meeting", async (t) => {
  const sochi = events(
    t,
    "Turkish President Recep Tayyip Erdogan spent the day in Sochi with Russian officials while Russian President Vladimir Putin stayed in Moscow.",
    "2019-03-26",
  );
  t.notOk(sochi.some((e) => e.participants.length === 2));
  const virtual = events(
    t,
    "Indian Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina jointly inaugurated the Akhaura-Agartala rail link in a virtual ceremony on Wednesday.",
    "2023-11-02",
  );
  t.notOk(virtual.some((e) => e.kind === "in_person"));
  const apart = events(
    t,
    "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan separately opened their sections of the pipeline from Moscow and Ankara on Wednesday.",
    "2020-01-09",
  );
  t.notOk(apart.some((e) => e.kind === "in_person"));
  const signed = events(
    t,
    "Chinese President Xi Jinping and Argentine President Alberto Fernandez held a video call on Sunday. The two leaders signed a memorandum on the Belt and Road during the virtual meeting.",
    "2022-02-08",
  );
  t.notOk(signed.some((e) => e.kind === "in_person"));
});

t.test("dates: background in the pluperfect, durations told as past, schedules ahead", async (t) => {
  const now = new Date("2026-12-01T12:00:00Z");
  t.match(
    inferPublicationDate(
      "Modi and Xi held informal talks in Mamallapuram on Oct. 12, 2019. The two leaders had met in Osaka in June, on the sidelines of the G20 summit.",
      null,
      now,
    ),
    { value: "2019-10" },
  );
  const [moscow] = events(
    t,
    "Chinese President Xi Jinping arrived in Moscow on Monday and, in two days, held three rounds of talks with Russian President Vladimir Putin.",
    "2023-03-24",
  );
  t.match(moscow, { status: "held", date: { start: "2023-03-20" } });
  // A date line after the publication is a schedule's, not a day the blog has told.
  const blog = "Biden's schedule\n\nWed 22 Feb\n\n09:00 Biden flies to Warsaw.";
  const sentences = splitSentences(blog);
  const pub = { value: "2023-02-20", precision: "day" as const, source: "printed" as const, note: null };
  t.ok(referenceDays(blog, sentences, pub).every((d) => d?.value === "2023-02-20"));
});

t.test("a count of days from one of two days told just before is not known", async (t) => {
  const evs = events(
    t,
    "Twenty soldiers were killed in the Galwan Valley on June 15. Indian Prime Minister Narendra Modi addressed an all-party meeting on June 19. Indian Foreign Minister Subrahmanyam Jaishankar and Chinese Foreign Minister Wang Yi spoke by telephone two days after the clash.",
    "2020-07-20",
  );
  t.notMatch(
    evs.find((e) => e.kind === "call"),
    { date: { start: "2020-06-21" } },
  );
});

t.test("a deadline of what is over bounds it", async (t) => {
  const evs = events(
    t,
    "Ahead of the Seoul visit, South Korean President Moon Jae-in had met North Korean leader Kim Jong Un three times by September.",
    "2018-10-10",
  );
  t.notOk(evs.some((e) => e.date?.start === "2018-09"));
});

t.test("a counterpart is of the subject's rank; his aide is the subject's", async (t) => {
  const evs = events(
    t,
    "Australian Prime Minister Malcolm Turnbull welcomed Chinese Premier Li Keqiang to Canberra on Thursday. Chinese President Xi Jinping addressed parliament in 2014. Australian Prime Minister Malcolm Turnbull hosted his Chinese counterpart at Parliament House on Friday.",
    "2017-03-25",
  );
  t.notOk(
    evs.some((e) => who(e)?.includes("xi-jinping")),
    "the premier, not the president",
  );
  const text =
    "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in the Kremlin, accompanied by his chief of staff, Metin Kiratli.";
  const aide = [...findOfficials(text, splitSentences(text), full, "2020-03-05").officials.values()].find(
    (o) => o.name === "Metin Kiratli",
  );
  t.equal(aide?.country, "TR");
});

t.test("an official's round of golf is an occasion of the official's", async (t) => {
  const [golf] = events(
    t,
    "Japanese Prime Minister Shinzo Abe's round of golf with U.S. President Donald Trump on Sunday lasted three hours.",
    "2019-05-27",
  );
  t.same(who(golf), ["donald-trump", "shinzo-abe"]);
});

t.test("a summit's days do not replace the eve, nor come from a summit elsewhere", async (t) => {
  const evs = events(
    t,
    "U.S. President Barack Obama arrived in Hangzhou on Saturday, Sept. 3, 2016, a day before the G20 summit opened. That evening he held talks with Chinese President Xi Jinping on the sidelines of the Hangzhou summit.",
    "2022-07-29",
  );
  t.match(
    evs.find((e) => who(e)?.length === 2),
    { date: { start: "2016-09-03" } },
  );
});

t.test("accents fold letter by letter, whatever else the text holds", async (t) => {
  const text =
    "Macron received Xi at the Elysée Palace on Monday, after Premier Kim Boo-kyum (김부겸) left Paris.";
  const venue = findPlaces(text, splitSentences(text), full).find((p) => p.venue);
  t.equal(venue?.venue, "Élysée Palace");
});
