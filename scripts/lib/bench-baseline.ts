// The bench's yardstick, run as a child like the real server: bare Fastify serving,
// from memory, the exact bytes and content type the real server sent for a list page.
// What the real server achieves as a fraction of this is what its own work costs.
import fs from "node:fs";
import Fastify from "fastify";

const body = fs.readFileSync(process.env.BASELINE_BODY_FILE ?? "");
const type = process.env.BASELINE_CONTENT_TYPE ?? "application/json; charset=utf-8";

const app = Fastify({ logger: false });
app.get("/health", async () => ({ status: "ok" }));
app.get("/meetings", (_req, reply) => {
  reply.header("content-type", type).send(body);
});
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? "127.0.0.1" });
process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
