import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { nestedMeetings } from "../events/nested-meetings.ts";
import { found, sendList } from "../http/list-route.ts";
import { NotFoundError } from "../lib/errors.ts";
import { AsOfQuerySchema, idParams, ok, okList, problemResponses } from "../schemas/common.ts";
import { EventListSchema } from "../schemas/event.ts";
import { MeetingQuerySchema } from "../schemas/event-query.ts";
import { TopicListSchema, TopicQuerySchema, TopicSchema } from "../schemas/topic.ts";
import { TOPIC_COLUMNS } from "./topic-csv.ts";

const topicRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("/topics", {
    schema: {
      operationId: "listTopics",
      summary: "List topics with event counts",
      description:
        "The topic taxonomy (kept as data in seeds/reference), with the keywords that tag an event and how many events and meetings each topic came up in.",
      tags: ["topics"],
      querystring: TopicQuerySchema,
      response: { 200: okList(TopicListSchema, "A page of topics"), ...problemResponses(400) },
    },
    handler: async (req, reply) => {
      const { asOf } = req.query;
      return sendList(req, reply, {
        name: "topics",
        query: req.query,
        columns: TOPIC_COLUMNS,
        page: (n, at) => app.repos.topics.list(n, at, asOf),
        count: () => app.repos.topics.count(),
      });
    },
  });

  app.get("/topics/:id", {
    schema: {
      operationId: "getTopic",
      summary: "Get a topic",
      description: "One topic of the taxonomy, with its keywords and event and meeting counts.",
      tags: ["topics"],
      params: idParams("taiwan"),
      querystring: AsOfQuerySchema,
      response: { 200: ok(TopicSchema, "The topic"), ...problemResponses(400, 404) },
    },
    handler: async (req) => {
      return found(await app.repos.topics.get(req.params.id, req.query.asOf), "topic", req.params.id);
    },
  });

  app.get("/topics/:id/meetings", {
    schema: {
      operationId: "listTopicMeetings",
      summary: "List meetings where a topic came up",
      description: "The meetings list restricted to this topic; every /meetings filter applies too.",
      tags: ["topics", "meetings"],
      params: idParams("taiwan"),
      querystring: MeetingQuerySchema,
      response: {
        200: okList(EventListSchema, "A page of meetings where the topic came up"),
        ...problemResponses(400, 404),
      },
    },
    handler: async (req, reply) => {
      if ((await app.repos.topics.missing([req.params.id])).length)
        throw new NotFoundError("topic", req.params.id);
      return nestedMeetings(req, reply, "topic", req.params.id, req.query);
    },
  });
};

export default topicRoutes;
