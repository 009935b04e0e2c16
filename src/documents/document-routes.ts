import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { NotFoundError } from "../lib/errors.ts";
import { after, paged, wanted } from "../lib/paging.ts";
import { AsOfQuerySchema, idParams, ok, problemResponses } from "../schemas/common.ts";
import { DocumentDetailSchema, DocumentListSchema, DocumentQuerySchema } from "../schemas/document.ts";

const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("/documents", {
    schema: {
      operationId: "listDocuments",
      summary: "List source documents (metadata only)",
      description: "The news articles the data is extracted from, most recently published first.",
      tags: ["documents"],
      querystring: DocumentQuerySchema,
      response: { 200: ok(DocumentListSchema, "A page of documents"), ...problemResponses(400) },
    },
    handler: async (req, reply) => {
      const { limit, cursor, count, asOf } = req.query;
      const page = await app.repos.documents.list(limit, after(app, "documents", cursor), asOf);
      return paged(
        req,
        reply,
        "documents",
        limit,
        page,
        await wanted(count, () => app.repos.documents.count(asOf)),
      );
    },
  });

  app.get("/documents/:id", {
    schema: {
      operationId: "getDocument",
      summary: "Get a document's text and what was extracted from it",
      tags: ["documents"],
      params: idParams("wang-yi-washington-visit-2023"),
      querystring: AsOfQuerySchema,
      response: {
        200: ok(DocumentDetailSchema, "The document with its text and extracted events"),
        ...problemResponses(400, 404),
      },
    },
    handler: async (req) => {
      const doc = await app.repos.documents.get(req.params.id, req.query.asOf);
      if (!doc) throw new NotFoundError("document", req.params.id);
      return doc;
    },
  });
};

export default documentRoutes;
