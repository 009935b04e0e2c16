import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { Feed } from "feed";
import { z } from "zod";
import type { Change } from "../schemas/change.ts";
import { problemResponses } from "../schemas/common.ts";

const AtomFeedSchema = z.string().describe("An Atom 1.0 document (XML)").meta({ id: "AtomFeed" });

// Entries in the feed: enough for a reader polling daily; the changes feed has everything.
const ENTRIES = 50;

/** Absolute URLs for the feed, from the address the client used (behind a proxy: TRUST_PROXY). */
const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

function entry(base: string, c: Change) {
  // latestMeetings reads events only.
  const e = c.data && "kind" in c.data ? c.data : null;
  const when = e?.date.start ? ` (${e.date.start})` : "";
  const why =
    c.cause === "correction"
      ? `Corrected by ${c.by ?? "a reviewer"}: ${c.reason ?? ""}`
      : c.cause === "reextraction"
        ? `Re-read by pipeline ${c.pipelineVersion ?? "?"}`
        : `Reported by document ${c.document ?? "?"}`;
  const who = e?.participants.map((p: { name: string }) => p.name).join(", ") ?? "";
  return {
    title: `${c.op === "created" ? "New" : "Updated"}: ${e?.title ?? c.id}${when}`,
    id: `${base}/events/${c.id}/history#v${c.version}`,
    link: `${base}/events/${c.id}`,
    date: new Date(c.at),
    description: [who, why, c.op === "updated" ? `Changed: ${c.fields.join(", ")}` : ""]
      .filter(Boolean)
      .map((part) => part.replace(/\.$/, ""))
      .join(". "),
  };
}

const feedRoute: FastifyPluginAsyncZod = async (app) => {
  app.get("/feed.atom", {
    schema: {
      operationId: "getMeetingsFeed",
      summary: "An Atom feed of new and updated meetings",
      description: `The ${ENTRIES} latest versions of meetings (created or changed by a document, a correction or a re-extraction), newest first, for feed readers. Clients that keep a copy in sync use GET /changes.`,
      tags: ["changes"],
      querystring: z.strictObject({}),
      response: {
        200: {
          description: "An Atom 1.0 feed",
          content: { "application/atom+xml": { schema: AtomFeedSchema } },
        },
        ...problemResponses(400),
      },
    },
    handler: async (req, reply) => {
      const base = origin(req);
      const changes = await app.repos.changes.latestMeetings(ENTRIES);
      const feed = new Feed({
        id: `${base}/feed.atom`,
        title: "Summitry: new and updated meetings",
        description:
          "Meetings, calls and visits of leaders and senior officials, each fact with its source quote",
        link: `${base}/meetings`,
        updated: changes[0] ? new Date(changes[0].at) : new Date(0),
        feedLinks: { atom: `${base}/feed.atom` },
        copyright: "Summitry open data",
        generator: false,
      });
      for (const c of changes) feed.addItem(entry(base, c));
      return reply.type("application/atom+xml; charset=utf-8").send(feed.atom1());
    },
  });
};

export default feedRoute;
