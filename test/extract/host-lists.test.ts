import t from "tap";
import { events, who } from "./events-helper.ts";

// A visitor who meets several hosts in one sentence meets each: a legislature's head
// beside the leaders, and an apposition that counts one of the meetings is no other.

t.test("'met the prime minister, the PM-designate and the parliament speaker': three", async (t) => {
  const found = events(
    t,
    "U.N. Secretary-General Antonio Guterres also met caretaker Prime Minister Najib Mikati, Prime Minister-designate Nawaf Salam and parliament speaker Nabih Berri in Beirut on Friday.",
    "2025-01-17",
  );
  t.same(found.map(who).sort(), [
    ["antonio-guterres", "nabih-berri"],
    ["antonio-guterres", "najib-mikati"],
    ["antonio-guterres", "nawaf-salam"],
  ]);
});

t.test("a speaker received 'together with' a visitor's leader stays in one meeting", async (t) => {
  const found = events(
    t,
    "Lula was received at the Great Hall by Zhao Leji, chairman of the Standing Committee of the National People's Congress, together with Senate President Rodrigo Pacheco.",
    "2023-04-14",
  );
  t.equal(found.filter((e) => who(e).includes("zhao-leji")).length, 1);
});
t.test("'… and Modi — his first face-to-face encounter with Modi since …': one meeting", async (t) => {
  const found = events(
    t,
    "Ukrainian President Volodymyr Zelensky held separate meetings with British Prime Minister Rishi Sunak and Indian Prime Minister Narendra Modi — his first face-to-face encounter with Modi since the war began — in Hiroshima on Saturday.",
    "2023-05-20",
  );
  t.same(found.map(who).sort(), [
    ["narendra-modi", "volodymyr-zelensky"],
    ["rishi-sunak", "volodymyr-zelensky"],
  ]);
});
t.test("'Within hours of landing' is the day of the arrival, not of the sentence before", async (t) => {
  // Saturday 20 May 2023.
  const found = events(
    t,
    "Ukrainian President Volodymyr Zelenskyy arrived in Hiroshima on Saturday. He came from Jeddah, where he addressed an Arab League summit on Friday. Within hours of landing, Zelenskyy met British Prime Minister Rishi Sunak.",
    "2023-05-20",
  );
  t.match(
    found.find((e) => who(e).includes("rishi-sunak")),
    { date: { start: "2023-05-20", precision: "day" } },
  );
});

t.test("'X also met Y' after a recalled meeting is not dated by the recalled one", async (t) => {
  const found = events(
    t,
    "Ukrainian President Volodymyr Zelensky held a bilateral meeting with U.S. Vice President Kamala Harris in Lucerne on Saturday. Harris and Zelensky last met in Munich in February. Zelensky also met Canadian Prime Minister Justin Trudeau.",
    "2024-06-15",
  );
  const trudeau = found.find((e) => who(e).includes("justin-trudeau"));
  t.not(trudeau?.date?.start, "2024-02");
  t.not(trudeau?.place?.city, "Munich");
});

t.test("'talks with A and B on Tuesday': both hosts' day, not an earlier day of the journey", async (t) => {
  // Sunday 13 July 2025: Monday is the 14th, Tuesday the 15th.
  const found = events(
    t,
    "Australian Prime Minister Anthony Albanese will travel to Beijing on Monday ahead of talks with Chinese President Xi Jinping and Premier Li Qiang on Tuesday.",
    "2025-07-13",
  );
  t.same(
    found.map((e) => e.date.start),
    ["2025-07-15", "2025-07-15"],
  );
});
