import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { NotFoundError } from "../lib/errors.ts";
import { AsOfQuerySchema, idParams, ok, problemResponses } from "../schemas/common.ts";
import { TimelineSchema } from "../schemas/event.ts";
import { TimelineQuerySchema } from "../schemas/event-query.ts";
import { OfficialNetworkSchema } from "../schemas/official.ts";
import { toEventFilter } from "./event-query.ts";

const timelineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("/timeline", {
    schema: {
      operationId: "getTimeline",
      summary: "Events per month, quarter or year",
      description:
        "Counts and event ids per period for the events matching every filter (the filters of /events).",
      tags: ["events"],
      querystring: TimelineQuerySchema,
      response: { 200: ok(TimelineSchema, "Buckets in time order"), ...problemResponses(400) },
    },
    handler: async (req) => {
      const { interval, eventsPerBucket, ...rest } = req.query;
      const filter = await toEventFilter(app, { ...rest, sort: "-date" }, false);
      return app.repos.events.timeline(interval, filter, eventsPerBucket);
    },
  });

  app.get("/topics/:id/trend", {
    schema: {
      operationId: "getTopicTrend",
      summary: "How often a topic came up, per period",
      description: "The timeline of events about this topic; every /timeline filter applies too.",
      tags: ["topics"],
      params: idParams("taiwan"),
      querystring: TimelineQuerySchema,
      response: { 200: ok(TimelineSchema, "Buckets in time order"), ...problemResponses(400, 404) },
    },
    handler: async (req) => {
      if ((await app.repos.topics.missing([req.params.id])).length)
        throw new NotFoundError("topic", req.params.id);
      const { interval, eventsPerBucket, ...rest } = req.query;
      const topic = [req.params.id, ...(rest.topic ?? [])];
      const filter = await toEventFilter(app, { ...rest, topic, sort: "-date" }, false);
      return app.repos.events.timeline(interval, filter, eventsPerBucket);
    },
  });

  app.get("/officials/:id/network", {
    schema: {
      operationId: "getOfficialNetwork",
      summary: "Who an official met, how often, when last, about what",
      description:
        "Per counterpart: the number of meetings together, the date of the latest one reported held, and the topics of those meetings.",
      tags: ["officials"],
      params: idParams("wang-yi"),
      querystring: AsOfQuerySchema,
      response: {
        200: ok(OfficialNetworkSchema, "Counterparts, most met first"),
        ...problemResponses(400, 404),
      },
    },
    handler: async (req) => {
      if ((await app.repos.officials.missing([req.params.id])).length)
        throw new NotFoundError("official", req.params.id);
      const counterparts = await app.repos.events.network(req.params.id, req.query.asOf);
      return { official: req.params.id, counterparts };
    },
  });
};

export default timelineRoutes;
