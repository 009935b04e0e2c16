import { z } from "zod";

// Dataset releases (npm run release): fixed, citable copies of the whole dataset.

export const ReleaseVersionParam = z
  .string()
  .max(64)
  .regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, "is not a release version such as 2026.12.05");

export const DatasetFileSchema = z
  .object({
    name: z.string().meta({ example: "events.parquet" }),
    bytes: z.number().int(),
    sha256: z.string().describe("SHA-256 of the file, as SHA256SUMS lists it"),
    mediatype: z.string().meta({ example: "application/vnd.apache.parquet" }),
    url: z.string().describe("Where to download it (supports Range and conditional requests)"),
  })
  .meta({ id: "DatasetFile" });

export const DatasetSchema = z
  .object({
    version: z.string().meta({ example: "2026.12.05" }),
    created: z.string().describe("When the release was written (ISO 8601)"),
    title: z.string(),
    files: z
      .array(DatasetFileSchema)
      .describe(
        "Per table CSV, NDJSON and Parquet; the SQLite file; the SDK's npm tarball; datapackage.json (Frictionless Data Package), CITATION.cff, CHANGELOG.md and SHA256SUMS",
      ),
  })
  .meta({ id: "Dataset" });

export const DatasetListSchema = z
  .object({ data: z.array(DatasetSchema).describe("Every release, newest first") })
  .meta({ id: "DatasetList" });

export const DatasetFileParams = z.strictObject({
  version: ReleaseVersionParam.describe("The release's version, as GET /datasets lists it").meta({
    example: "2026.12.05",
  }),
  file: z
    .string()
    .max(128)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "is not a file name of a release")
    .describe("A file the release's SHA256SUMS lists")
    .meta({ example: "events.parquet" }),
});

export const DatasetFileSchemaBinary = z
  .string()
  .describe("The file's bytes (a range of them for a 206)")
  .meta({ id: "DatasetFileBytes", format: "binary" });
