import fp from "fastify-plugin";
import { sendProblem } from "../http/problem.ts";

// 404 for a path no route serves, 405 + Allow for a method the path does not take.
export default fp(
  async (app) => {
    app.setNotFoundHandler((req, reply) => {
      const path = req.url.split("?")[0] ?? "/";
      const allowed = app.allowedMethods ? app.allowedMethods(path) : [];
      if (allowed.length) {
        reply.header("Allow", allowed.join(", "));
        return sendProblem(reply, req, 405, `${req.method} is not allowed here; use ${allowed.join(", ")}`);
      }
      return sendProblem(reply, req, 404, `No route ${req.method} ${path}`);
    });
  },
  { name: "not-found", dependencies: ["error-handler", "allowed-methods"] },
);
