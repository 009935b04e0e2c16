import { memo } from "../reference.ts";
import { type Match, matchAll, slugify, wordRegex } from "../text.ts";
import { useKnown } from "./known.ts";
import { cleanName, NAME, shortForms } from "./names.ts";
import { canonicalRole, type TitleEntry } from "./roles.ts";
import { addMention, qualPattern, type Scan, titlePattern } from "./scan.ts";

/**
 * Titled names: "Chinese Foreign Minister Wang Yi", "U.S. President Joe Biden". A name
 * the reference lacks is a new official of the country the title names.
 */
export function findTitledNames(scan: Scan) {
  const { ref, text, titles, knownByName } = scan;
  const qual = qualPattern(scan);
  const title = titlePattern(scan);
  const titled = memo(ref, "titled", () =>
    // "China's Foreign Ministry spokeswoman, Hua Chunying": the name may follow a comma.
    wordRegex(String.raw`(?:(${qual})(?:[’']s)?\s+)?(?:(?:the|then)\s+)?(${title}),?\s+(${NAME})`),
  );
  for (const m of matchAll(titled, text)) {
    const [q, t, rawName] = m.groups;
    const name = rawName ? cleanName(rawName) : null;
    if (!name || !t) continue;
    const nameStart = m.start + m.text.lastIndexOf(rawName as string);
    const end = nameStart + name.length;
    const entry = titles.find((e) => e.pattern === t) as TitleEntry;
    const known = knownByName.get(name) ?? ref.officials.find((o) => o.name === name);
    if (known) {
      addTitled(scan, m, end, useKnown(scan, known, name).id);
      continue;
    }
    if (!name.includes(" ")) continue; // a lone surname after a title is resolved in step 3
    // A title one state alone uses says the country when the text writes none.
    const country = q ? scan.lex.byName.get(q) : entry.country;
    if (!country) continue; // without a country the official cannot be placed; skip rather than guess
    addTitled(scan, m, end, useUnknown(scan, name, country, entry));
  }
}

/** An official the reference does not list, known by name, country and the title before the name. */
function useUnknown(scan: Scan, name: string, country: string, entry: TitleEntry): string {
  const { officials, lex } = scan;
  const id = slugify(name);
  let f = officials.get(id);
  if (!f) {
    const role = canonicalRole(entry, lex.names.get(country));
    f = {
      id,
      name,
      country,
      organization: null,
      role,
      leader: entry.leader,
      former: false,
      known: false,
      aliases: new Set(),
      shortForms: shortForms(name, country, lex),
    };
    officials.set(id, f);
  }
  f.aliases.add(name);
  return id;
}

/** The mention runs from the title (or its country) to the end of the name. */
const addTitled = (scan: Scan, m: Match, end: number, id: string) =>
  addMention(scan, {
    start: m.start,
    end,
    text: scan.text.slice(m.start, end),
    officialIds: [id],
    kind: "full",
  });
