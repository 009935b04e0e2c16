import fp from "fastify-plugin";
import FindMyWay from "find-my-way";

declare module "fastify" {
  interface FastifyInstance {
    /** Methods some route answers at this path: a 405 lists them in Allow. */
    allowedMethods: (path: string) => string[];
  }
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

// Fastify answers an undeclared method with 404; a mirror of the routing table tells
// a wrong method (405 + Allow) from a wrong path (404).
export default fp(
  async (app) => {
    const router = FindMyWay({ ignoreTrailingSlash: true });
    const noop = () => {};
    app.addHook("onRoute", (route) => {
      // Catch-alls (CORS preflight on "*") say nothing about what a path serves.
      if (route.url.includes("*")) return;
      for (const m of [route.method].flat()) {
        if (!router.find(m as never, route.url)) router.on(m as never, route.url, noop);
      }
    });
    app.decorate("allowedMethods", (path: string) =>
      METHODS.filter((m) => router.find(m, path.split("?")[0] ?? "/") !== null),
    );
  },
  { name: "allowed-methods" },
);
