import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sendList } from "../http/list-route.ts";
import { okList, problemResponses } from "../schemas/common.ts";
import { CorrectionListSchema, CurationQuerySchema } from "../schemas/correction-output.ts";
import { CURATION_COLUMNS } from "./curation-csv.ts";

const curationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("/curations", {
    schema: {
      operationId: "listCurations",
      summary: "List the reviewed corrections",
      description:
        "Every correction applied to the dataset, in the order applied: those of seeds/curation.json and those sent to POST /events/{id}/corrections, each with who decided, why, when and what it did. Filter by reviewer (`by`), event and day; CSV and NDJSON export every match. The NDJSON lines' `key`, `event`, `by`, `reason` and `operations` are the entries of a curation file.",
      tags: ["events"],
      querystring: CurationQuerySchema,
      response: { 200: okList(CorrectionListSchema, "A page of corrections"), ...problemResponses(400) },
    },
    handler: async (req, reply) => {
      const { by, event, since, until } = req.query;
      const filter = { by, event, since, until };
      return sendList(req, reply, {
        name: "curations",
        query: req.query,
        columns: CURATION_COLUMNS,
        page: (n, at) => app.repos.corrections.list(filter, n, at),
        count: () => app.repos.corrections.count(filter),
      });
    },
  });
};

export default curationRoutes;
