// A typed client of the Summitry API, generated from openapi/openapi.json:
// `npm run client` rewrites schema.d.ts (openapi-typescript); openapi-fetch does the
// requests, so every path, parameter and response body is checked by the compiler.
import createClient from "openapi-fetch";
import type { paths } from "./schema.d.ts";

export type { components, operations, paths } from "./schema.d.ts";

export interface ClientOptions {
  /** A write key (API_KEYS) for POST /documents; reads need none. */
  apiKey?: string;
  fetch?: typeof globalThis.fetch;
}

export function createSummitryClient(baseUrl: string, opts: ClientOptions = {}) {
  return createClient<paths>({
    baseUrl,
    headers: opts.apiKey ? { Authorization: `Bearer ${opts.apiKey}` } : {},
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
}
