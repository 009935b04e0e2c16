import t from "tap";
import { events, who } from "./events-helper.ts";

t.test("'called on' an official and a courtesy call are meetings; a demand is not", async (t) => {
  const [talks, call] = events(
    t,
    "Indian External Affairs Minister S. Jaishankar held talks with Sri Lankan Foreign Minister Ali Sabry in Colombo on Friday. He later called on President Ranil Wickremesinghe.",
    "2023-09-09",
  );
  t.match(talks, { kind: "talks", date: { start: "2023-09-08" } });
  t.match(call, { kind: "in_person", status: "held", place: { city: "Colombo" } });
  t.same(call && who(call).sort(), ["ranil-wickremesinghe", "s-jaishankar"]);
  const [courtesy] = events(
    t,
    "Australian Foreign Minister Penny Wong paid a courtesy call on Vietnamese Party General Secretary Nguyen Phu Trong in Hanoi on Thursday.",
    "2023-09-09",
  );
  t.match(courtesy, { kind: "in_person", date: { start: "2023-09-07" }, place: { city: "Hanoi" } });
  t.same(
    events(t, "US President Joe Biden called on President Xi Jinping to rein in North Korea.", "2023-09-09"),
    [],
  );
  t.same(events(t, "The minister called on China to release the detained journalists.", "2023-09-09"), []);
});
