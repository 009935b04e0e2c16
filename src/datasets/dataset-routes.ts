import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { HttpProblem } from "../lib/errors.ts";
import { mediaOf, RELEASE_MEDIA_TYPES } from "../release/metadata.ts";
import { listReleases, readRelease } from "../release/releases.ts";
import { ok, problemResponses } from "../schemas/common.ts";
import { DatasetFileParams, DatasetFileSchemaBinary, DatasetListSchema } from "../schemas/dataset.ts";

const bytes = (description: string) => ({
  description,
  content: Object.fromEntries(RELEASE_MEDIA_TYPES.map((type) => [type, { schema: DatasetFileSchemaBinary }])),
});

/**
 * The dataset releases in `dir` (npm run release) and their files. Releases appear and
 * are added on disk, not through the database, so neither answer is in the response
 * cache keyed by the dataset version; the files carry their own validators.
 */
const datasetRoutes: FastifyPluginAsyncZod<{ dir?: string }> = async (app, opts) => {
  const dir = opts.dir;
  // sendFile only (serve: false): the route below decides which names are files.
  // Ranges and Last-Modified from send; the ETag and Cache-Control are set below.
  if (dir) await app.register(fastifyStatic, { root: dir, serve: false, etag: false, cacheControl: false });
  // The media type comes from the release's own table (mediaOf): send's guess knows no
  // Parquet, NDJSON or SQLite, and it overrides a type set before sendFile.
  app.addHook("onSend", (req, reply, payload, done) => {
    const file = (req.params as { file?: string }).file;
    if (file && (reply.statusCode === 200 || reply.statusCode === 206))
      reply.header("content-type", mediaOf(file).mediatype);
    done(null, payload);
  });

  app.get("/datasets", {
    config: { cache: false },
    schema: {
      operationId: "listDatasets",
      summary: "List dataset releases",
      description:
        "Fixed, citable copies of the whole dataset written by `npm run release`, newest first: each table as CSV, NDJSON and Parquet, the SQLite file, the SDK, a Frictionless datapackage.json, CITATION.cff, a changelog and SHA-256 checksums.",
      tags: ["datasets"],
      querystring: z.strictObject({}),
      response: { 200: ok(DatasetListSchema, "Every release of this server"), ...problemResponses(400) },
    },
    handler: async () => {
      const releases = dir ? await listReleases(dir) : [];
      return {
        data: releases.map((r) => ({
          ...r,
          files: r.files.map((f) => ({
            ...f,
            mediatype: mediaOf(f.name).mediatype,
            url: `/datasets/${encodeURIComponent(r.version)}/${encodeURIComponent(f.name)}`,
          })),
        })),
      };
    },
  });

  app.get("/datasets/:version/:file", {
    config: { cache: false, conditional: true },
    compress: false,
    schema: {
      operationId: "getDatasetFile",
      summary: "Download a file of a release",
      description:
        "One file of a release, with Range requests (206) for resuming or reading part of a Parquet file. Its ETag is the file's SHA-256 (as the release's SHA256SUMS lists it), for conditional requests (304) and If-Range; a release never changes, so the file may be cached for good.",
      tags: ["datasets"],
      params: DatasetFileParams,
      response: {
        200: bytes("The whole file"),
        206: bytes("The requested range"),
        ...problemResponses(400, 404),
      },
    },
    handler: async (req, reply) => {
      const { version, file } = req.params;
      // This release only: a download reads one folder, not every release's.
      const release = dir ? await readRelease(dir, version) : null;
      if (!release) throw new HttpProblem(404, `No dataset release ${version}`);
      // Only the files SHA256SUMS lists are the release's: nothing else in its folder.
      const listed = release.files.find((f) => f.name === file);
      if (!listed) throw new HttpProblem(404, `Release ${version} has no file ${file}`);
      // A release never changes, so its files are cached for good, and the file's own
      // SHA-256 is a strong validator (it also works for If-Range).
      const etag = `"${listed.sha256}"`;
      reply.header("etag", etag).header("cache-control", "public, max-age=31536000, immutable");
      const match = req.headers["if-none-match"];
      if (
        match &&
        (match.trim() === "*" || match.split(",").some((m) => m.trim().replace(/^W\//, "") === etag))
      )
        // 304 is declared by the shared responses (conditional routes), not this schema.
        return reply.code(304 as 200).send();
      // send compares If-Range only with its own ETag, which is off: decide here. The
      // range is served only if the client's copy is this file; otherwise all of it.
      const ifRange = String(req.headers["if-range"] ?? "");
      if (ifRange.includes('"')) {
        if (ifRange.trim() !== etag) delete req.raw.headers.range;
        delete req.raw.headers["if-range"];
      }
      return reply.sendFile(file, path.join(dir as string, version));
    },
  });
};

export default datasetRoutes;
