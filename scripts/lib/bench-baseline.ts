// The bench's yardstick, run as a child like the real server: bare Fastify serving,
// from memory, the exact bytes and content type the real server sent for each
// scenario's URL (BASELINE_MANIFEST: [{ url, type, encoding?, file }]). What the real server
// achieves as a fraction of this, for the same bytes, is what its own work costs.
import fs from "node:fs";
import Fastify from "fastify";

interface Entry {
  url: string;
  type: string;
  encoding?: string;
  file: string;
}
const manifest = JSON.parse(fs.readFileSync(process.env.BASELINE_MANIFEST ?? "", "utf8")) as Entry[];
const bodies = new Map(manifest.map((e) => [e.url, { ...e, body: fs.readFileSync(e.file) }]));

const app = Fastify({ logger: false });
app.get("/health", async () => ({ status: "ok" }));
app.get("/*", (req, reply) => {
  const hit = bodies.get(req.url);
  if (!hit) return reply.code(404).send();
  if (hit.encoding) reply.header("content-encoding", hit.encoding);
  reply.header("content-type", hit.type).send(hit.body);
});
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? "127.0.0.1" });
process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
