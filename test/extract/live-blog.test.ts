// A live blog: timestamped entries under day headings, newest first.
import t from "tap";
import { referenceDays } from "../../src/extract/dates/updates.ts";
import { splitSentences } from "../../src/extract/sentences.ts";
import { events, who } from "./events-helper.ts";

const BLOG = [
  "Scholz in Washington – live",
  "Wed 8 Mar",
  "09:15 Olaf Scholz has left for Berlin after a night at Blair House.",
  "Tue 7 Mar",
  "21:10 The chancellor has gone back to Blair House for the night.",
  "18:40 President Joe Biden has welcomed German Chancellor Olaf Scholz at the White House, praising the chancellor as a steadfast friend.",
  "11:00 The chancellor landed at Andrews this morning.",
].join("\n\n");

t.test("each sentence is told on the day of the heading above it", async (t) => {
  const sentences = splitSentences(BLOG);
  const pub = { value: "2023-03-08", precision: "day" as const, source: "printed" as const, note: null };
  const days = referenceDays(BLOG, sentences, pub).map((d) => d?.value);
  const dayOf = (words: string) => days[sentences.findIndex((s) => s.text.includes(words))];
  t.equal(dayOf("has left for Berlin"), "2023-03-08");
  t.equal(dayOf("has welcomed"), "2023-03-07");
  t.equal(dayOf("landed at Andrews"), "2023-03-07");
  // A date line far from the publication is no heading of the blog's days.
  const far = BLOG.replace("Tue 7 Mar", "Tue 7 Feb");
  const farDays = referenceDays(far, splitSentences(far), pub);
  t.ok(
    farDays.every((d) => d?.value === "2023-03-08"),
    "every sentence on the publication's day",
  );
});

t.test("phones as devices make no call", async (t) => {
  const evs = events(
    t,
    "Reporters travelling with President Joe Biden handed over their phones before he met Ukrainian President Volodymyr Zelensky in Kyiv on Monday.",
    "2023-02-21",
  );
  t.same(
    evs.filter((e) => e.kind === "call"),
    [],
  );
  const [call] = events(
    t,
    "President Joe Biden phones Chinese President Xi Jinping on Thursday.",
    "2023-02-21",
  );
  t.match(call, { kind: "call" });
});

t.test("under an entry's heading, 'is at … for lunch with her' is happening now", async (t) => {
  const found = events(
    t,
    "US President Joe Biden in France: live\n\n13:40: Parade on the Champs-Elysees\n\nBiden watched the Bastille Day parade with French President Emmanuel Macron.\n\n16:50: Lunch with the Assembly\n\nUS President Joe Biden is at the Hotel de Lassay, the official residence of National Assembly President Yael Braun-Pivet, for lunch with her.",
    "2023-07-14",
  );
  const lunch = found.find((e) => who(e).includes("yael-braun-pivet"));
  t.match(lunch, { kind: "dinner", status: "held", date: { start: "2023-07-14" } });
  // Outside a live blog the present is a plan.
  const plan = events(
    t,
    "US President Joe Biden is in Paris this week. He is at the Hotel de Lassay on Saturday for lunch with National Assembly President Yael Braun-Pivet.",
    "2023-07-14",
  );
  t.not(plan.find((e) => who(e).includes("yael-braun-pivet"))?.status, "held");
});
