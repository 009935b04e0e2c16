import { API_INFO } from "../plugins/openapi.ts";
import { typeOf } from "./parquet.ts";
import type { Table } from "./tables.ts";

// A release's descriptions: datapackage.json (Frictionless Data Package, v1 with the
// Table Schema of each table) and CITATION.cff (Citation File Format 1.2.0).

export interface FileInfo {
  name: string;
  bytes: number;
  sha256: string;
}

const MEDIA: Record<string, { format: string; mediatype: string }> = {
  csv: { format: "csv", mediatype: "text/csv" },
  ndjson: { format: "ndjson", mediatype: "application/x-ndjson" },
  parquet: { format: "parquet", mediatype: "application/vnd.apache.parquet" },
  db: { format: "sqlite", mediatype: "application/vnd.sqlite3" },
  tgz: { format: "tgz", mediatype: "application/gzip" },
  md: { format: "md", mediatype: "text/markdown" },
  cff: { format: "cff", mediatype: "application/x-yaml" },
  json: { format: "json", mediatype: "application/json" },
};
const CHECKSUMS = { format: "txt", mediatype: "text/plain" };

/** Every media type a release's files are served with. */
export const RELEASE_MEDIA_TYPES = [
  ...new Set([...Object.values(MEDIA).map((m) => m.mediatype), "application/octet-stream"]),
];

export function mediaOf(name: string): { format: string; mediatype: string } {
  if (name === "SHA256SUMS") return CHECKSUMS;
  return (
    MEDIA[name.slice(name.lastIndexOf(".") + 1)] ?? { format: "bin", mediatype: "application/octet-stream" }
  );
}

const LICENSE = {
  name: API_INFO.license.identifier,
  title: `${API_INFO.license.name} (the licence of the API and its data)`,
};

export function dataPackage(
  release: { version: string; created: string },
  tables: { table: Table; columns: string[] }[],
  files: FileInfo[],
): object {
  const info = (name: string) => files.find((f) => f.name === name);
  const resource = (name: string, extra: object) => {
    const f = info(name);
    return f
      ? { path: f.name, ...mediaOf(f.name), bytes: f.bytes, hash: `sha256:${f.sha256}`, ...extra }
      : null;
  };
  const tabular = tables.flatMap(({ table, columns }) => {
    const schema = {
      fields: columns.map((name) => ({ name, type: typeOf(table, name) })),
      primaryKey: [table.primaryKey],
      missingValues: [""],
    };
    const meta = {
      title: table.title,
      description: table.description,
      profile: "tabular-data-resource",
      schema,
    };
    return [
      resource(`${table.name}.csv`, { name: table.name, encoding: "utf-8", ...meta }),
      resource(`${table.name}.ndjson`, {
        name: `${table.name}-ndjson`,
        title: table.title,
        description: table.description,
      }),
      resource(`${table.name}.parquet`, { name: `${table.name}-parquet`, ...meta, profile: "data-resource" }),
    ];
  });
  const other = files
    .filter((f) => !tables.some(({ table }) => f.name.startsWith(`${table.name}.`)))
    .map((f) => resource(f.name, { name: f.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase() }));
  return {
    profile: "data-package",
    name: "summitry",
    title: "Summitry: summit diplomacy with the quotes that support each fact",
    description: API_INFO.description,
    version: release.version,
    created: release.created,
    homepage: API_INFO.contact.url.replace(/\/issues$/, ""),
    licenses: [LICENSE],
    contributors: [{ title: API_INFO.contact.name, role: "author" }],
    resources: [...tabular, ...other].filter(Boolean),
  };
}

/** YAML by hand: CITATION.cff is a few flat keys, and every value is quoted. */
export function citationCff(release: { version: string; created: string }): string {
  const q = (s: string) => JSON.stringify(s);
  return [
    "cff-version: 1.2.0",
    `message: ${q("If you use this dataset, please cite it as below.")}`,
    "type: dataset",
    `title: ${q("Summitry: summit diplomacy dataset")}`,
    `version: ${q(release.version)}`,
    `date-released: ${q(release.created.slice(0, 10))}`,
    `abstract: ${q(API_INFO.description)}`,
    "authors:",
    `  - name: ${q(API_INFO.contact.name)}`,
    `license: ${q(API_INFO.license.identifier)}`,
    `repository-code: ${q(API_INFO.contact.url.replace(/\/issues$/, ""))}`,
    "keywords:",
    `  - ${q("diplomacy")}`,
    `  - ${q("summits")}`,
    `  - ${q("international relations")}`,
    `  - ${q("event data")}`,
    "",
  ].join("\n");
}
