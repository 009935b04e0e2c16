import t from "tap";
import { events, who } from "./events-helper.ts";

// A second verb coordinated with the first ("…, and later met X") shares its subject;
// a place in the first clause stays with the first verb.

t.test("', and later met X': the sentence's subject meets X too", async (t) => {
  // Wednesday 22 March 2023: "Tuesday" is the 21st.
  const found = events(
    t,
    "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in the Kremlin on Tuesday, and then met Prime Minister Mikhail Mishustin.",
    "2023-03-22",
  );
  const talks = found.find((e) => who(e).includes("vladimir-putin"));
  t.same(talks && who(talks), ["vladimir-putin", "xi-jinping"]);
  t.match(talks, { date: { start: "2023-03-21" }, place: { venue: "Kremlin" } });
  const second = found.find((e) => who(e).includes("mikhail-mishustin"));
  t.same(second && who(second), ["mikhail-mishustin", "xi-jinping"], "Xi is the subject of 'met'");
  t.not(second?.place?.venue, "Kremlin", "the first clause's venue stays with the first verb");
});

t.test("a coordinated clause with its own subject does not take the first one's", async (t) => {
  const found = events(
    t,
    "Chinese President Xi Jinping held talks with Russian President Vladimir Putin on Tuesday, and Prime Minister Mikhail Mishustin met Chinese Premier Li Qiang.",
    "2023-03-22",
  );
  for (const e of found.filter((e) => who(e).includes("mikhail-mishustin")))
    t.notOk(who(e).includes("xi-jinping"), "Xi is not at Mishustin's meeting");
});
