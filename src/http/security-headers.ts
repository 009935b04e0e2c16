import type { IncomingMessage, ServerResponse } from "node:http";
import helmet from "helmet";

/**
 * The security headers helmet sets, computed once. None depends on the request, and
 * running helmet's middleware on every response cost a quarter of the throughput of
 * a cached read; so helmet decides the values and a hook copies them.
 */
function helmetHeaders(): Record<string, string> {
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

// The set OWASP's REST Security Cheat Sheet asks of API responses (plus the referrer and
// resource policies). helmet's others govern how a browser treats an HTML page it
// renders (popups, DNS prefetch, IE downloads, Flash policies, the XSS auditor) and
// are sent with the HTML of /docs only: on each JSON answer they were a third of the
// header bytes and of the header-handling CPU.
const API = [
  "content-security-policy",
  "strict-transport-security",
  "x-content-type-options",
  "x-frame-options",
  "referrer-policy",
  "cross-origin-resource-policy",
];

export function securityHeaders(): { api: Record<string, string>; html: Record<string, string> } {
  const all = helmetHeaders();
  const lower = Object.entries(all).map(([k, v]) => [k.toLowerCase(), v] as const);
  return {
    api: Object.fromEntries(lower.filter(([k]) => API.includes(k))),
    html: Object.fromEntries(lower.filter(([k]) => !API.includes(k))),
  };
}
