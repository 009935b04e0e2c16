import type { IncomingMessage, ServerResponse } from "node:http";
import helmet from "helmet";

/**
 * The security headers helmet sets, computed once. None depends on the request, and
 * running helmet's middleware on every response cost a quarter of the throughput of
 * a cached read; so helmet decides the values and a hook copies them.
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | string[]) => {
      headers[name] = [value].flat().join(", ");
    },
    removeHeader: (name: string) => {
      delete headers[name];
    },
  } as unknown as ServerResponse;
  // JSON needs no scripts, styles or frames; /docs sets its own policy (staticCSP).
  const middleware = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
  });
  middleware({} as IncomingMessage, res, (err?: unknown) => {
    if (err) throw err;
  });
  return headers;
}
