import t from "tap";
import { events, who } from "./events-helper.ts";

// A meal told after the talks ("After the talks, … hosted a banquet") is an occasion of
// its own (the guidelines), on the talks' day, with the talks' pair.

t.test("'After the talks, … X hosted a banquet in honor of Y in the evening': a dinner", async (t) => {
  // Friday 14 April 2023.
  const found = events(
    t,
    "Chinese President Xi Jinping held talks with Spanish Prime Minister Pedro Sánchez at the Great Hall of the People in Beijing on Friday. After the talks, the two leaders witnessed the signing of cooperation documents, and Xi hosted a banquet in honor of Sánchez in the evening.",
    "2023-04-14",
  );
  t.same(
    found.map((e) => e.kind),
    ["talks", "dinner"],
  );
  const dinner = found.find((e) => e.kind === "dinner");
  t.same(dinner && who(dinner), ["pedro-sanchez", "xi-jinping"]);
  t.match(dinner, { date: { start: "2023-04-14" } });
});

t.test("'The talks … were followed by dinner, where the two leaders …': the pair's dinner", async (t) => {
  const found = events(
    t,
    "Japanese Prime Minister Shigeru Ishiba held talks with South Korean President Lee Jae-myung in Tokyo on Saturday. The talks at the prime minister's office were followed by dinner at a restaurant in Ginza, where the two leaders were joined by their wives.",
    "2025-08-23",
  );
  const dinner = found.find((e) => e.kind === "dinner");
  t.same(dinner && who(dinner), ["lee-jae-myung", "shigeru-ishiba"]);
  t.match(dinner, { date: { start: "2025-08-23" } });
});

t.test("'X hosted a state banquet for his guest': the guest of X's talks", async (t) => {
  const found = events(
    t,
    "Chinese President Xi Jinping held talks with Spanish Prime Minister Pedro Sánchez in Beijing on Friday. After the talks, Xi hosted a state banquet for his guest.",
    "2023-04-14",
  );
  const dinner = found.find((e) => e.kind === "dinner");
  t.same(dinner && who(dinner), ["pedro-sanchez", "xi-jinping"]);
});

t.test("a meal the anaphor names is the same meal", async (t) => {
  const found = events(
    t,
    "Xi Jinping hosted a banquet for Pedro Sánchez in Beijing on Friday. After the banquet, Xi and Sánchez took a walk.",
    "2023-04-14",
  );
  t.equal(found.filter((e) => e.kind === "dinner").length, 1);
});
