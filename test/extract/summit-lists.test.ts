import t from "tap";
import { events, who } from "./events-helper.ts";

// Summits told as background: "the last summit was held in X …, between A and B", and a
// count of summits followed by a dashed list of their places and months.

t.test(
  "'The last Japan-China summit was held in San Francisco in November last year, between A and B'",
  async (t) => {
    const [summit] = events(
      t,
      "The last Japan-China summit was held in San Francisco in November last year, between Chinese President Xi Jinping and Japanese Prime Minister Fumio Kishida.",
      "2024-10-20",
    );
    t.match(summit, {
      kind: "talks",
      status: "held",
      date: { start: "2023-11" },
      place: { city: "San Francisco" },
    });
    t.same(summit && who(summit), ["fumio-kishida", "xi-jinping"]);
  },
);

t.test("'held three summits — in A in June 2018, in B in February 2019 and at C in June 2019'", async (t) => {
  const found = events(
    t,
    "North Korean leader Kim Jong Un and U.S. President Donald Trump held three summits during Trump's first term — in Singapore in June 2018, in Hanoi in February 2019 and at Panmunjom in June 2019.",
    "2025-07-29",
  );
  t.same(
    found.map((e) => [e.date.start, e.place.city]),
    [
      ["2018-06", "Singapore"],
      ["2019-02", "Hanoi"],
      ["2019-06", "Panmunjom"],
    ],
  );
});

t.test("a list the trigger stands inside is not the trigger's occasions", async (t) => {
  const found = events(
    t,
    "All four earlier meetings between Xi Jinping and Kim Jong Un took place in China: in Beijing in March 2018, in Dalian in May, in Beijing again in June, days after Kim's summit with Donald Trump in Singapore, and in Beijing in January.",
    "2019-06-21",
  );
  const trump = found.filter((e) => who(e).includes("donald-trump"));
  t.ok(trump.length <= 1, `${trump.length} Kim–Trump summits`);
});
