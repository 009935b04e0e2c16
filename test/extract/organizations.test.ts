import t from "tap";
import { extract } from "../../src/extract/extract.ts";
import { loadReference } from "../../src/extract/reference.ts";
import { RoleInputSchema } from "../../src/schemas/reference.ts";

const ref = loadReference();
const TEXT =
  "WASHINGTON, March 13 (Wire) - U.S. President Donald Trump met Mark Rutte in the Oval Office on Thursday, and the two discussed Ukraine.";

t.test("an organisation's official takes part for the organisation, not for their passport", async (t) => {
  const out = extract({ text: TEXT, publishedAt: "2025-03-13" }, ref);
  const meeting = out.events.find((e) => e.participants.some((p) => p.official === "mark-rutte"));
  t.ok(meeting, "a meeting of two parties: the United States and NATO");
  t.same(meeting?.participants.map((p) => [p.official, p.side, p.organization]).sort(), [
    ["donald-trump", "US", null],
    ["mark-rutte", null, "NATO"],
  ]);
  t.match(
    out.officials.find((o) => o.id === "mark-rutte"),
    { country: "NL", organization: "NATO" },
  );
});

t.test("the same person before the organisational post represents a state", async (t) => {
  const out = extract(
    {
      text: TEXT.replace("U.S. President Donald Trump", "German Chancellor Olaf Scholz"),
      publishedAt: "2023-03-16",
    },
    ref,
  );
  const meeting = out.events.find((e) => e.participants.some((p) => p.official === "mark-rutte"));
  t.match(
    meeting?.participants.find((p) => p.official === "mark-rutte"),
    { side: "NL", organization: null },
    "Dutch prime minister in 2023",
  );
});

t.test("a reference role belongs to a state or to an organisation, not both", async (t) => {
  const role = { title: "X", organisation: null, startDate: "2020", endDate: null, source: "s" };
  t.ok(RoleInputSchema.safeParse({ ...role, country: "NL", organization: null }).success);
  t.ok(RoleInputSchema.safeParse({ ...role, country: null, organization: "NATO" }).success);
  t.notOk(RoleInputSchema.safeParse({ ...role, country: "NL", organization: "NATO" }).success);
  t.notOk(RoleInputSchema.safeParse({ ...role, country: null, organization: null }).success);
});
