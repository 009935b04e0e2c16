import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sendList } from "../http/list-route.ts";
import { okList, problemResponses } from "../schemas/common.ts";
import { ReviewListSchema, ReviewQuerySchema } from "../schemas/review.ts";
import { REVIEW_COLUMNS } from "./review-csv.ts";

const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("/review", {
    schema: {
      operationId: "listReviewItems",
      summary: "What a reviewer should look at first",
      description:
        "A worklist, most urgent first: corrections the last re-extraction could not re-apply, facts the sources disagree on, meetings of the same officials at overlapping dates that did not merge, and unreviewed events or facts the pipeline gave a confidence below 0.5. Each item links to its event and carries the correction that would resolve it (POST it, with a reason, to `action.href`). Items disappear once resolved.",
      tags: ["events"],
      querystring: ReviewQuerySchema,
      response: { 200: okList(ReviewListSchema, "A page of review items"), ...problemResponses(400) },
    },
    handler: async (req, reply) => {
      const { kind } = req.query;
      return sendList(req, reply, {
        name: "review",
        query: req.query,
        columns: REVIEW_COLUMNS,
        page: (n, at) => app.repos.review.page(kind, n, at),
        count: () => app.repos.review.count(kind),
      });
    },
  });
};

export default reviewRoutes;
