import t from "tap";
import { events, who } from "./events-helper.ts";

// A day is the engagement's only when the text ties it to the engagement: a report's
// closing day is the report's; a present-tense schedule points forward; a tour's places
// go with the days they are written beside.

t.test("'…, the agency reported on Saturday.': the report's day, not the meeting's", async (t) => {
  // Saturday 30 November 2024; the next sentence gives the meeting's own day.
  const found = events(
    t,
    "Cuban President Miguel Díaz-Canel received Venezuelan Foreign Minister Yván Gil in Havana, the state news agency reported on Saturday. The meeting took place on Friday, the agency said.",
    "2024-11-30",
  );
  t.equal(found.length, 1);
  t.match(found[0], { date: { start: "2024-11-29", precision: "day" }, place: { city: "Havana" } });
});

t.test("a day before a report's verb, or after it with 'that', is read as before", async (t) => {
  const before = events(
    t,
    "Cuban President Miguel Díaz-Canel received Venezuelan Foreign Minister Yván Gil in Havana on Friday, the agency said.",
    "2024-11-30",
  );
  t.match(before[0], { date: { start: "2024-11-29" } });
});

t.test("'holds talks with A in X on Tuesday, B in Y on Wednesday': a scheduled tour", async (t) => {
  // Monday 10 March 2025: the days are ahead, told in the present as schedules are.
  const found = events(
    t,
    "Finnish President Alexander Stubb holds talks with Norwegian Prime Minister Jonas Gahr Støre in Oslo on Tuesday, Swedish Prime Minister Ulf Kristersson in Stockholm on Wednesday and Danish Prime Minister Mette Frederiksen in Copenhagen on Thursday, his office said.",
    "2025-03-10",
  );
  const of = (id: string) => found.find((e) => who(e).includes(id));
  t.match(of("jonas-gahr-store"), {
    status: "scheduled",
    date: { start: "2025-03-11" },
    place: { city: "Oslo" },
  });
  t.match(of("ulf-kristersson"), {
    status: "scheduled",
    date: { start: "2025-03-12" },
    place: { city: "Stockholm" },
  });
  t.match(of("mette-frederiksen"), {
    status: "scheduled",
    date: { start: "2025-03-13" },
    place: { city: "Copenhagen" },
  });
});

t.test("a headline in the present still tells what happened", async (t) => {
  // Thursday 4 July 2024: the headline's "Wednesday" is the day before.
  const found = events(
    t,
    "Erdogan meets Xi after Wednesday talks with Putin\n\nTurkish President Recep Tayyip Erdogan held talks with Russian President Vladimir Putin in Astana on Wednesday.",
    "2024-07-04",
  );
  const putin = found.find((e) => who(e).includes("vladimir-putin"));
  t.match(putin, { status: "held", date: { start: "2024-07-03" } });
});

t.test("'his first summit with U.S. President X, slated for Monday': the plan's day", async (t) => {
  // Sunday 24 August 2025: Monday is the 25th.
  const [summit] = events(
    t,
    "South Korean President Lee Jae-myung will hold his first summit with U.S. President Donald Trump, slated for Monday.",
    "2025-08-24",
  );
  t.match(summit, { status: "scheduled", date: { start: "2025-08-25" } });
});
