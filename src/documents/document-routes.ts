import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { found, sendList } from "../http/list-route.ts";
import { AsOfQuerySchema, idParams, ok, okList, problemResponses } from "../schemas/common.ts";
import { DocumentDetailSchema, DocumentListSchema, DocumentQuerySchema } from "../schemas/document.ts";
import { DOCUMENT_COLUMNS } from "./document-csv.ts";

const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("/documents", {
    schema: {
      operationId: "listDocuments",
      summary: "List source documents (metadata only)",
      description: "The news articles the data is extracted from, most recently published first.",
      tags: ["documents"],
      querystring: DocumentQuerySchema,
      response: { 200: okList(DocumentListSchema, "A page of documents"), ...problemResponses(400) },
    },
    handler: async (req, reply) => {
      const { asOf } = req.query;
      return sendList(req, reply, {
        name: "documents",
        query: req.query,
        columns: DOCUMENT_COLUMNS,
        page: (n, at) => app.repos.documents.list(n, at, asOf),
        count: () => app.repos.documents.count(asOf),
      });
    },
  });

  app.get("/documents/:id", {
    schema: {
      operationId: "getDocument",
      summary: "Get a document's text and what was extracted from it",
      description:
        "The article's metadata and full text, and per event it reports the status it gave and the quotes (with character offsets into the text) that support each fact.",
      tags: ["documents"],
      params: idParams("wang-yi-washington-visit-2023"),
      querystring: AsOfQuerySchema,
      response: {
        200: ok(DocumentDetailSchema, "The document with its text and extracted events"),
        ...problemResponses(400, 404),
      },
    },
    handler: async (req) => {
      return found(await app.repos.documents.get(req.params.id, req.query.asOf), "document", req.params.id);
    },
  });
};

export default documentRoutes;
