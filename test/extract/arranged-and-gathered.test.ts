import t from "tap";
import { events, who } from "./events-helper.ts";

// How a visit was arranged (discussed on a call, accepted, confirmed) is not the visit;
// whom a visitor met as a group at a legislature is one meeting.

t.test("a visit discussed during a call is the call's subject, not an occasion beside it", async (t) => {
  const found = events(
    t,
    "Kenyan President William Ruto held talks with Chinese President Xi Jinping in Beijing on Thursday. Officials said Ruto and Xi first discussed a state visit during a phone call on Sept. 2.",
    "2023-10-20",
  );
  const call = found.find((e) => e.kind === "call");
  t.match(call, { status: "held", date: { start: "2023-09-02" } }, "the call keeps its day");
  const talks = found.find((e) => e.kind === "talks");
  t.match(talks, { date: { start: "2023-10-19" } }, "the talks keep theirs");
});

t.test("an occasion confirmed or announced on a day was not held that day", async (t) => {
  const [talks] = events(
    t,
    "Brazilian President Luiz Inacio Lula da Silva held talks with Argentine President Javier Milei at the Planalto Palace. The two leaders discussed trade and the Mercosur bloc. Milei thanked his host.\n\nBuenos Aires sent the invitation last week, Brasilia accepted on Friday, and the trip was confirmed on Sunday.",
    "2024-07-10",
  );
  t.not(talks?.date?.start, "2024-07-07", "not the Sunday of its confirming");
  t.not(talks?.date?.start, "2024-07-05", "nor the Friday of its accepting");
});

t.test("'him' in a live blog's entry is not whoever the entry above named", async (t) => {
  const found = events(
    t,
    "Live updates: Albanese in Washington\n\n1:30 p.m. - In Beijing, Chinese President Xi Jinping is meeting his military chiefs today.\n\n12:50 p.m. - Australian Prime Minister Anthony Albanese has landed at Joint Base Andrews. Australia's ambassador, Kevin Rudd, met him.",
    "2023-10-24",
  );
  t.notOk(
    found.some((e) => e.participants.some((p) => p.official === "xi-jinping") && e.participants.length > 1),
    found.map((e) => who(e).join("+")).join("; "),
  );
});

t.test("'sat down behind closed doors at the Capitol with' is a meeting", async (t) => {
  const [meeting] = events(
    t,
    "Kenyan President William Ruto sat down behind closed doors at the Capitol with House Speaker Mike Johnson on Wednesday.",
    "2024-05-23",
  );
  t.match(meeting, { kind: "in_person", date: { start: "2024-05-22" } });
  t.same(meeting && who(meeting).sort(), ["mike-johnson", "william-ruto"]);
});

t.test("congressional leaders listed after a colon meet the visitor together", async (t) => {
  const found = events(
    t,
    "Kenyan President William Ruto met on Wednesday with the top congressional leaders: Senate Majority Leader Chuck Schumer, Senate Republican leader Mitch McConnell and House Speaker Mike Johnson.",
    "2024-05-23",
  );
  const meetings = found.filter((e) => e.participants.length > 1);
  t.equal(meetings.length, 1, meetings.map((e) => who(e).join("+")).join("; "));
  t.same(meetings[0] && who(meetings[0]).sort(), [
    "chuck-schumer",
    "mike-johnson",
    "mitch-mcconnell",
    "william-ruto",
  ]);
  const schumer = meetings[0]?.participants.find((p) => p.official === "chuck-schumer");
  t.match(schumer, { side: "US" }, "a title of the US Congress is of the US");
});
