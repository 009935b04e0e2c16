// What changed since the previous release, read from the two releases' NDJSON files
// (one JSON item per line, as the API's export writes them): items added, removed, and
// changed, with the fields that changed.

export interface TableChanges {
  added: string[];
  removed: string[];
  changed: { id: string; fields: string[] }[];
}

const byId = (ndjson: string) =>
  new Map(
    ndjson
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => {
        const item = JSON.parse(line) as Record<string, unknown> & { id: string | number };
        return [String(item.id), item] as const;
      }),
  );

export function compareTable(before: string, after: string): TableChanges {
  const old = byId(before);
  const now = byId(after);
  const changes: TableChanges = { added: [], removed: [], changed: [] };
  for (const [id, item] of now) {
    const was = old.get(id);
    if (!was) {
      changes.added.push(id);
      continue;
    }
    const fields = [...new Set([...Object.keys(was), ...Object.keys(item)])]
      .filter((k) => JSON.stringify(was[k]) !== JSON.stringify(item[k]))
      .sort();
    if (fields.length) changes.changed.push({ id, fields });
  }
  for (const id of old.keys()) if (!now.has(id)) changes.removed.push(id);
  return changes;
}

/** The changelog as Markdown: counts per table, then the ids (at most `list` each). */
export function changelogMarkdown(
  version: string,
  previous: string | null,
  tables: Record<string, TableChanges | null>,
  list = 50,
): string {
  const out = [`# Summitry dataset ${version}`, ""];
  if (!previous)
    return [...out, "The first release: there is no earlier one to compare with.", ""].join("\n");
  out.push(`Changes since ${previous}.`, "");
  out.push("| table | added | removed | changed |", "|---|---|---|---|");
  for (const [name, c] of Object.entries(tables))
    out.push(
      c
        ? `| ${name} | ${c.added.length} | ${c.removed.length} | ${c.changed.length} |`
        : `| ${name} | new table | | |`,
    );
  const ids = (xs: string[]) =>
    xs.slice(0, list).join(", ") + (xs.length > list ? `, and ${xs.length - list} more` : "");
  for (const [name, c] of Object.entries(tables)) {
    if (!c || !(c.added.length || c.removed.length || c.changed.length)) continue;
    out.push("", `## ${name}`, "");
    if (c.added.length) out.push(`- Added: ${ids(c.added)}`);
    if (c.removed.length) out.push(`- Removed: ${ids(c.removed)}`);
    for (const ch of c.changed.slice(0, list)) out.push(`- Changed ${ch.id}: ${ch.fields.join(", ")}`);
    if (c.changed.length > list) out.push(`- and ${c.changed.length - list} more changed`);
  }
  out.push("");
  return out.join("\n");
}
