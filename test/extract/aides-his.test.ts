// "Moon sat with his chief of staff, Im Jong-seok": an aide named by a pronoun's owner.
import t from "tap";
import { findOfficials } from "../../src/extract/officials/find.ts";
import { loadReference } from "../../src/extract/reference.ts";
import { splitSentences } from "../../src/extract/sentences.ts";

const ref = loadReference();
const officials = (text: string) =>
  [...findOfficials(text, splitSentences(text), ref, "2018-04-27").officials.values()].map((o) => [
    o.name,
    o.country,
    o.role,
  ]);

t.test("his or her aide is of the country of the official named before", async (t) => {
  t.same(
    officials(
      "South Korean President Moon Jae-in sat with his chief of staff, Im Jong-seok, on Friday.",
    ).find(([name]) => name === "Im Jong-seok"),
    ["Im Jong-seok", "KR", "Chief of Staff"],
  );
  t.same(
    officials(
      "Indian Prime Minister Narendra Modi arrived with her national security adviser Rita Varma.",
    ).find(([name]) => name === "Rita Varma"),
    ["Rita Varma", "IN", "National Security Adviser"],
  );
});

t.test("with no official before it in the sentence, the pronoun names nobody", async (t) => {
  t.notOk(
    officials("He came with his chief of staff, Im Jong-seok, on Friday.").some(
      ([name]) => name === "Im Jong-seok",
    ),
  );
});
