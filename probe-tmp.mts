import * as chrono from "chrono-node";
const ref = new Date(Date.UTC(2023,10,15,12));
const xs = process.argv.slice(2);
for (const x of xs) {
  const r = chrono.en.parse(x, { instant: ref, timezone: 0 }, { forwardDate: false });
  console.log(JSON.stringify(x), JSON.stringify(r.map(p => ({i:p.index, t:p.text, k: (p.start as any).knownValues, e: p.end ? (p.end as any).knownValues : null, tags: [...p.tags()]}))));
}
