import t from "tap";
import { sameParties } from "../../src/data/write/coreference.ts";

const p = (official: string, side: string) => ({ official, side });
const biden = p("joe-biden", "US");
const xi = p("xi-jinping", "CN");

t.test("one engagement: the same officials, or one list within the other on the same sides", async (t) => {
  t.ok(sameParties([biden, xi], [xi, biden]));
  t.ok(sameParties([biden, xi], [biden, xi, p("jake-sullivan", "US")]), "an aide of a party already there");
  t.ok(sameParties([biden, xi, p("wang-yi", "CN")], [biden, xi]), "either way round");
  t.ok(sameParties([p("wang-yi", "CN")], [p("wang-yi", "CN")]), "a one-person visit");
});

t.test(
  "not one engagement: a new party, too little in common, or two lists that differ both ways",
  async (t) => {
    t.notOk(sameParties([biden, xi], [biden, xi, p("fumio-kishida", "JP")]), "Japan is a new party");
    t.notOk(sameParties([biden, xi], [biden, p("li-qiang", "CN")]), "one shared official of two");
    t.notOk(sameParties([biden, xi, p("jake-sullivan", "US")], [biden, xi, p("antony-blinken", "US")]));
    t.notOk(sameParties([p("wang-yi", "CN")], [p("wang-yi", "CN"), biden]), "a visit is not a meeting");
  },
);
