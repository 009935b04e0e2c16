import t from "tap";
import { splitSentences } from "../../src/extract/sentences.ts";

t.test("abbreviations do not end sentences and offsets index the text", async (t) => {
  const text =
    "U.S. President Joe Biden met Xi on Nov. 15 in Woodside, Calif. They talked for four hours.\nHeadline Without A Stop\nMr. Blinken said so.";
  const s = splitSentences(text);
  t.same(
    s.map((x) => x.text),
    [
      "U.S. President Joe Biden met Xi on Nov. 15 in Woodside, Calif.",
      "They talked for four hours.",
      "Headline Without A Stop",
      "Mr. Blinken said so.",
    ],
  );
  for (const x of s) t.equal(text.slice(x.start, x.end), x.text);
  t.same(
    s.map((x) => x.index),
    [0, 1, 2, 3],
  );
});
