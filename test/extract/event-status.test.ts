import t from "tap";
import { events, who } from "./events-helper.ts";

t.test("'had a phone call' on a past day is a held call", async (t) => {
  const [call] = events(
    t,
    "Chinese President Xi Jinping had a phone call with Kenyan President William Ruto on Thursday at the latter's request.",
    "2024-05-17",
  );
  t.match(call, { kind: "call", status: "held", date: { start: "2024-05-16" } });
  const [later] = events(
    t,
    "Chinese President Xi Jinping will have a phone call with Kenyan President William Ruto on Thursday.",
    "2024-05-17",
  );
  t.match(later, { kind: "call", status: "scheduled" });
});

t.test("'was to be given later on Tuesday': planned, not held", async (t) => {
  const [dinner] = events(
    t,
    "A state dinner in honour of Chinese President Xi Jinping was to be given in the Kremlin later on Tuesday.",
    "2023-03-21",
  );
  t.match(dinner, { kind: "dinner", status: "scheduled", date: { start: "2023-03-21" } });
});

t.test(
  "'flew into Geneva on Tuesday for a meeting with Putin': the journey's day is not the meeting's",
  async (t) => {
    // Tuesday 15 June 2021.
    const [ahead] = events(
      t,
      "US President Joe Biden flew into Geneva on Tuesday for his first face-to-face meeting with Russian President Vladimir Putin. The meeting is set for Wednesday at a lakeside villa.",
      "2021-06-15",
    );
    t.match(ahead, { kind: "in_person", date: { start: "2021-06-16" } });
    t.not(ahead?.status, "held", "still ahead when published");
    const [done] = events(
      t,
      "US President Joe Biden flew into Geneva on Tuesday for talks with Russian President Vladimir Putin, which ended after three hours on Wednesday.",
      "2021-06-17",
    );
    t.match(done, { kind: "talks", status: "held", date: { start: "2021-06-16" } });
  },
);

t.test("'a planned working lunch was dropped': the story's lunch, cancelled", async (t) => {
  // Saturday 16 August 2025.
  const found = events(
    t,
    "US President Donald Trump and Russian President Vladimir Putin held three hours of talks in Anchorage on Friday. It was their first meeting since Trump and Putin met in Helsinki in 2018. A planned working lunch was dropped.",
    "2025-08-16",
  );
  const lunch = found.find((e) => e.kind === "dinner");
  t.match(lunch, { status: "cancelled", date: { start: "2025-08-15" } });
});

t.test("'went on to meet' is past, not planned", async (t) => {
  const found = events(
    t,
    "North Korean leader Kim Jong Un met Chinese President Xi Jinping on Thursday. Kim went on to meet Russian President Vladimir Putin in April.",
    "2019-06-21",
  );
  t.match(
    found.find((e) => e.participants.some((p) => p.official === "vladimir-putin")),
    { status: "held", date: { start: "2019-04" } },
  );
});

t.test("'the first (or last) leader to visit' states a past fact, not a plan", async (t) => {
  const found = events(
    t,
    "Chinese President Xi Jinping arrived in Pyongyang on Thursday. The last Chinese president to visit North Korea was Hu Jintao.",
    "2019-06-21",
  );
  const hu = found.find((e) => e.participants.some((p) => p.official === "hu-jintao"));
  t.equal(hu?.status, "held", "Hu's visit happened");
  // An infinitive of intention still points ahead.
  const [plan] = events(
    t,
    "Chinese President Xi Jinping is expected to visit North Korea in June.",
    "2019-05-02",
  );
  t.equal(plan?.status, "expected");
});

t.test("no tense, a date already over: held; a plan's wording keeps it a plan", async (t) => {
  // Published Monday 12 August 2024: July is over.
  const [visit] = events(
    t,
    "The summit follows a visit to Moscow by Indian Prime Minister Narendra Modi in July.",
    "2024-08-12",
  );
  t.match(visit, { kind: "visit", status: "held", date: { start: "2024-07" } });
  const [plan] = events(
    t,
    "Indian Prime Minister Narendra Modi was due to visit Moscow in July, officials said.",
    "2024-08-12",
  );
  t.not(plan?.status, "held", "'was due to' reports a plan, whatever its date");
  const [ahead] = events(
    t,
    "The summit follows a visit to Moscow by Indian Prime Minister Narendra Modi in September.",
    "2024-08-12",
  );
  t.not(ahead?.status, "held", "a date still ahead is not reported as done");
});

t.test("'earlier this month', 'last week': over, whatever the verb's tense", async (t) => {
  // Monday 22 July 2024: July's first weeks are over, and so is the week before.
  for (const when of ["earlier this month", "last week"]) {
    const [trip] = events(
      t,
      `The summit follows a trip to Moscow by Indian Prime Minister Narendra Modi ${when}.`,
      "2024-07-22",
    );
    t.equal(trip?.status, "held", when);
  }
  const [later] = events(
    t,
    "The summit comes before a trip to Moscow by Indian Prime Minister Narendra Modi later this month.",
    "2024-07-22",
  );
  t.not(later?.status, "held", "later this month is still ahead");
});

t.test("'arrived on Monday for talks' in a later piece: the talks were held", async (t) => {
  const text =
    "Turkish Foreign Minister Mevlut Cavusoglu arrived in Riyadh on Monday for talks with his Saudi counterpart, Prince Faisal bin Farhan.";
  const [later] = events(t, text, "2024-06-05");
  t.match(later, { kind: "talks", status: "held", date: { start: "2024-06-03" } });
  // On the day of the journey itself the talks may still be ahead.
  const [same] = events(t, text, "2024-06-03");
  t.not(same?.status, "held");
});

t.test("'He also saw the foreign minister' and 'dined with' report what was held", async (t) => {
  const found = events(
    t,
    "SEOUL, Oct. 8 — US Secretary of State Mike Pompeo briefed South Korean President Moon Jae-in in Seoul on Sunday. He also saw the foreign minister, Kang Kyung-wha.",
    "2018-10-08",
  );
  t.same(
    found.map((e) => e.status),
    ["held", "held"],
  );
  t.equal(found[1]?.place.city, "Seoul", "the same day's place, once it is known to be held");
});

t.test("'he expected other leaders' visits to follow' is a visit still ahead", async (t) => {
  const found = events(
    t,
    "SEOUL, Oct. 8 — US Secretary of State Mike Pompeo briefed South Korean President Moon Jae-in in Seoul on Sunday. Mr. Moon told his cabinet that he expected other leaders' visits to follow, including one by Chinese President Xi Jinping to Pyongyang.",
    "2018-10-08",
  );
  const visit = found.find((e) => e.kind === "visit");
  t.ok(visit && visit.status !== "held", `not held: ${visit?.status}`);
});

t.test("'could meet' is a possibility ahead, dated in the coming days", async (t) => {
  const found = events(
    t,
    "ANKARA — Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin could meet in Astana during a regional summit on July 3-4, officials said.",
    "2024-05-10",
  );
  const meeting = found.find((e) => e.participants.length === 2);
  t.match(meeting, { date: { start: "2024-07-03" } });
  t.not(meeting?.status, "held");
});

t.test("'had spoken with' reports a held call, though no verb ends in -ed", async (t) => {
  const found = events(
    t,
    "OTTAWA — Canadian Prime Minister Mark Carney told reporters on Friday that he had spoken with Mexican President Claudia Sheinbaum about the tariffs.",
    "2025-03-07",
  );
  t.match(found[0], { status: "held" });
});

t.test("'drove to … for the summit' in a past story is held", async (t) => {
  const found = events(
    t,
    "WASHINGTON — US President Joe Biden received Indian Prime Minister Narendra Modi at his home in Greenville on Saturday.\n\nFrom Greenville, Modi drove to Claymont for a summit with Japanese Prime Minister Fumio Kishida.",
    "2024-09-22",
  );
  t.match(
    found.find((e) => who(e).includes("fumio-kishida")),
    { status: "held" },
  );
});

t.test("a past tense without '-ed' ('shook hands before their talks') is held", async (t) => {
  const [met] = events(
    t,
    "Indian Prime Minister Narendra Modi shook hands with Japanese Prime Minister Fumio Kishida before their talks in Tokyo, the first formal bilateral between the two this year.",
    "2023-03-25",
  );
  t.match(met, { status: "held" });
});

t.test("a plan the sentence denies is no meeting", async (t) => {
  const denied = events(
    t,
    "The Kremlin on Friday denied reports that Russian President Vladimir Putin would meet U.S. President Donald Trump in Budapest next week.",
    "2025-10-24",
  );
  t.same(denied, []);
  const dismissed = events(
    t,
    "The White House dismissed claims that U.S. President Donald Trump was going to meet Russian President Vladimir Putin in Budapest.",
    "2025-10-24",
  );
  t.same(dismissed, []);
});

t.test("a denial that is itself denied, or of something else, leaves the meeting", async (t) => {
  const notDenied = events(
    t,
    "The Kremlin did not deny reports that Russian President Vladimir Putin would meet U.S. President Donald Trump in Budapest next week.",
    "2025-10-24",
  );
  t.equal(notDenied.length, 1);
  const other = events(
    t,
    "The Kremlin rejected claims that its offensive had stalled, and Russian President Vladimir Putin will meet U.S. President Donald Trump in Budapest next week.",
    "2025-10-24",
  );
  t.equal(other.length, 1);
});

t.test("'due to fly to X on Thursday for talks with Y': the talks take the journey's day", async (t) => {
  // Tuesday 13 May 2025: "Thursday" is the 15th.
  const found = events(
    t,
    "Trump spent Tuesday in Riyadh. US President Donald Trump is due to fly to Abu Dhabi on Thursday for talks with UAE President Mohamed bin Zayed Al Nahyan.",
    "2025-05-13",
  );
  const talks = found.find((e) => who(e).includes("mohamed-bin-zayed"));
  t.match(talks, { kind: "talks", date: { start: "2025-05-15", precision: "day" } });
  t.not(talks?.status, "held");
});

t.test("the journey's date is its own clause's: not a relative clause's day before it", async (t) => {
  // Friday 10 May 2024: "Tuesday" is the 7th and the return's, not the trip's.
  const found = events(
    t,
    "Indian Prime Minister Narendra Modi, who returned to Delhi on Tuesday, will fly to Abu Dhabi later this month for talks with UAE President Mohamed bin Zayed Al Nahyan.",
    "2024-05-10",
  );
  const talks = found.find((e) => who(e).includes("mohamed-bin-zayed"));
  t.match(talks, { date: { start: "2024-05", precision: "month" } });
});

t.test("a plan told from the past, right after its cancellation, is cancelled", async (t) => {
  const found = events(
    t,
    "COPENHAGEN - U.S. President Donald Trump cancelled his visit to Denmark on Tuesday. He had been due to hold talks with Danish Prime Minister Mette Frederiksen in Copenhagen on September 2.",
    "2019-08-24",
  );
  const talks = found.find((e) => who(e).includes("mette-frederiksen"));
  t.match(talks, { status: "cancelled", date: { start: "2019-09-02" } });
  // Without a cancellation before it, the plan is still ahead.
  const [ahead] = events(
    t,
    "COPENHAGEN - U.S. President Donald Trump spoke to reporters on Tuesday. He was due to hold talks with Danish Prime Minister Mette Frederiksen in Copenhagen on September 2.",
    "2019-08-24",
  ).filter((e) => who(e).includes("mette-frederiksen"));
  t.equal(ahead?.status, "scheduled");
});

t.test(
  "a meeting ', set for Monday' after the day's other talks is scheduled on the next Monday",
  async (t) => {
    const found = events(
      t,
      "TOKYO, March 9 -- Japanese Prime Minister Shigeru Ishiba held talks with Australian Prime Minister Anthony Albanese on Sunday. Sunday's talks came on the eve of Ishiba's first meeting with Chinese President Xi Jinping, set for Monday in Lima, ahead of the APEC summit there.",
      "2025-03-09",
    );
    const xi = found.find((e) => who(e).includes("xi-jinping"));
    t.match(xi, {
      status: "scheduled",
      date: { start: "2025-03-10", precision: "day" },
      place: { city: "Lima" },
    });
    const talks = found.find((e) => who(e).includes("anthony-albanese"));
    t.match(talks, { status: "held", date: { start: "2025-03-09" } });
    t.not(talks?.place.city, "Lima", "the next day's city is not Sunday's");
    // A plan told from a day already past points to the nearest Monday, not a week on.
    const [gone] = events(
      t,
      "BUENOS AIRES, March 10 -- A meeting between Brazilian President Luiz Inacio Lula da Silva and Argentine President Javier Milei, set for 4 p.m. on Monday, appeared on the agenda in the morning and was gone by noon.",
      "2025-03-10",
    );
    t.equal(gone?.date.start, "2025-03-10");
  },
);

t.test("a live blog's entry heading in the present reports what happened at that time", async (t) => {
  const found = events(
    t,
    "Live updates: a day of calls on the crisis\n\n9:40 a.m. — Rubio speaks with Lavrov\n\nThe State Department said Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov discussed the ceasefire proposal.\n\n8:15 a.m. — Macron and Putin end their call\n\nThe Elysee said French President Emmanuel Macron told Russian President Vladimir Putin that talks must go on.\n\n7:30 a.m. — Trump to speak with Zelensky later today\n\nThe White House said President Donald Trump would call Ukrainian President Volodymyr Zelensky in the afternoon.",
    "2025-03-14",
  );
  const rubio = found.find((e) => who(e).includes("sergei-lavrov"));
  t.match(rubio, { kind: "call", status: "held", date: { start: "2025-03-14", precision: "day" } });
  const macron = found.find((e) => who(e).includes("emmanuel-macron"));
  t.match(macron, { status: "held", date: { start: "2025-03-14" } });
  const trump = found.find((e) => who(e).includes("volodymyr-zelensky"));
  t.not(trump?.status, "held", "a heading that says what is still to come is no report of it");
});

t.test("'flew to Kyiv on Feb. 8 to meet X', told four days on, is a meeting held that day", async (t) => {
  const [met] = events(
    t,
    "PARIS, Feb. 12 -- French President Emmanuel Macron flew to Kyiv on Feb. 8 to meet Ukrainian President Volodymyr Zelensky.",
    "2022-02-12",
  );
  t.match(met, { status: "held", date: { start: "2022-02-08" }, place: { city: "Kyiv" } });
  // A journey still to come keeps its purpose ahead.
  const [plan] = events(
    t,
    "PARIS, Feb. 12 -- French President Emmanuel Macron will fly to Kyiv on Feb. 15 to meet Ukrainian President Volodymyr Zelensky.",
    "2022-02-12",
  );
  t.match(plan, { status: "scheduled", date: { start: "2022-02-15" } });
});

t.test("mends: ', set for' is the noun's own day only; travel and headings read with care", async (t) => {
  const pub = "2025-03-06";
  // Friday is the summit's, not the meeting's that stands before it.
  const [met] = events(
    t,
    "WASHINGTON, March 6 -- Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Tuesday to prepare a summit, set for Friday.",
    pub,
  );
  t.match(met, { status: "held", date: { start: "2025-03-04" } });
  // A meeting set for a weekday is still ahead.
  const [hopes] = events(
    t,
    "WASHINGTON, March 6 -- President Donald Trump said he had high hopes for his meeting with Chinese President Xi Jinping, set for Monday.",
    pub,
  );
  t.equal(hopes?.date.start, "2025-03-10");
  t.not(hopes?.status, "held");
  // "headed to Geneva to meet … on Saturday": the journey's purpose is still ahead.
  const [headed] = events(
    t,
    "WASHINGTON, March 6 -- Secretary of State Marco Rubio headed to Geneva to meet Russian Foreign Minister Sergei Lavrov on Saturday.",
    pub,
  );
  t.match(headed, { status: "scheduled", date: { start: "2025-03-08" } });
  // A past verb dated a day after the report is a zone's lag, not a plan.
  const [lag] = events(
    t,
    "TOKYO, March 7 -- Japanese Prime Minister Shigeru Ishiba met Chinese Premier Li Qiang in Tokyo on March 7.",
    pub,
  );
  t.equal(lag?.status, "held");
  // A heading that tells what someone wants is no report of a meeting.
  const live = events(
    t,
    "Live: the crisis day by day\n\n9:40 a.m. — Zelensky seeks meeting with Putin\n\nUkrainian President Volodymyr Zelensky said he was ready to meet Russian President Vladimir Putin.\n\n8:10 a.m. — Rubio speaks with Lavrov\n\nSecretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov discussed the ceasefire.",
    "2025-03-14",
  );
  t.not(live.find((e) => who(e).includes("vladimir-putin"))?.status, "held");
});

t.test(
  "'where his office hopes to arrange a summit' is a wish, whatever the sentence told as past",
  async (t) => {
    const [e] = events(
      t,
      "Malaysian Prime Minister Anwar Ibrahim, who attended a forum on Friday and a business conference on Saturday, leaves for Tokyo later Sunday, where his office hopes to arrange a summit with Japanese Prime Minister Shigeru Ishiba.",
      "2025-03-02",
    );
    t.same(e && who(e), ["anwar-ibrahim", "shigeru-ishiba"]);
    t.equal(e?.status, "expected");
  },
);

t.test("mends: a wish about something else does not make a held meeting ahead", async (t) => {
  for (const text of [
    "As New Delhi seeks to secure cheap oil, Indian Prime Minister Narendra Modi's talks with Russian President Vladimir Putin on Tuesday produced a deal.",
    "India hopes to secure discounted oil, and the summit between Indian Prime Minister Narendra Modi and Russian President Vladimir Putin on Tuesday produced a deal.",
  ]) {
    const [e] = events(t, text, "2024-07-10");
    t.equal(e?.status, "held", text);
  }
});

t.test("the occasion something was agreed in is held, whatever the agreement looks ahead to", async (t) => {
  const [call] = events(
    t,
    "Indian Foreign Secretary S. Jaishankar and Pakistani Foreign Secretary Aizaz Ahmad Chaudhry agreed in a telephone conversation on Thursday to hold talks soon.",
    "2016-01-15",
  );
  t.equal(call?.kind, "call");
  t.equal(call?.status, "held");
  t.equal(call?.date.start, "2016-01-14");
});
