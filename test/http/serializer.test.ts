import t from "tap";
import { z } from "zod";
import { jsonSerializerCompiler } from "../../src/http/serializer.ts";

// Response bodies from the compiled writer (serializer.ts): the same bytes zod's encoding
// gives, and in check mode a failure where the two would part.

const Person = z.object({ id: z.string(), name: z.string(), born: z.string().nullable() });
const Place = z.object({ id: z.string(), country: z.string() });
const Page = z.object({
  data: z.array(z.object({ kind: z.string(), item: z.union([Person, Place]).nullable() })),
  next: z.string().nullable(),
});
const compile = (check: boolean) =>
  jsonSerializerCompiler(check)({ schema: Page, method: "GET", url: "/things", httpStatus: "200" });

// Values as repositories hand them over: with fields the schema does not declare.
const value = {
  data: [
    { kind: "person", item: { id: "a", name: "Ann", born: null, internal: 1 }, extra: true },
    { kind: "place", item: { id: "b", country: "FR", rowid: 9 } },
    { kind: "none", item: null },
  ],
  next: null,
  debug: "x",
};

t.test("writes the bytes zod's encoding gives, undeclared fields left out", async (t) => {
  const expected = JSON.stringify(z.encode(Page, value));
  t.equal(compile(false)(value), expected);
  t.equal(compile(true)(value), expected);
  t.notMatch(expected, /internal|extra|rowid|debug/);
});

t.test("picks a union's branch on the declared fields, though values carry more", async (t) => {
  const out = JSON.parse(compile(false)(value) as string);
  t.same(out.data[1].item, { id: "b", country: "FR" }, "a place, not a person missing its name");
});

t.test("check mode fails where the writer would coerce a wrong value", async (t) => {
  const wrong = { data: [{ kind: 5, item: null }], next: null };
  t.throws(() => compile(true)(wrong), { code: "FST_ERR_RESPONSE_SERIALIZATION" });
  t.equal(
    compile(false)(wrong),
    '{"data":[{"kind":"5","item":null}],"next":null}',
    "what production would send",
  );
});
