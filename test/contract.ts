import fs from "node:fs";
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// Every response the suite provokes is checked against the committed OpenAPI document:
// the operation must exist, declare the status and the content type, and (for JSON)
// the body must validate against the declared schema. Generated SDKs rely on exactly this.

type Declared = {
  content?: Record<string, { schema: unknown }>;
  headers?: Record<string, { required?: boolean; schema: { type?: string } }>;
};
type Spec = {
  paths: Record<string, Record<string, { responses: Record<string, Declared> }>>;
  components: { schemas: Record<string, unknown> };
};
const spec = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../openapi/openapi.json"), "utf8"),
) as Spec;

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
ajv.addSchema({ $id: "spec.json", components: spec.components });
const compiled = new Map<string, ValidateFunction>();

function validator(key: string, schema: unknown): ValidateFunction {
  let v = compiled.get(key);
  if (!v) {
    const local = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec.json#/components/'));
    v = ajv.compile(local);
    compiled.set(key, v);
  }
  return v;
}

/**
 * Declared headers: a required one must be present, and any that is present must match
 * its schema (a cached answer has to carry the same Link as the first one did).
 */
function headerViolation(
  at: string,
  declared: Declared["headers"],
  headers: Record<string, unknown>,
): string | null {
  for (const [name, { required, schema }] of Object.entries(declared ?? {})) {
    const raw = headers[name.toLowerCase()];
    if (raw === undefined) {
      if (required) return `${at}: header ${name} is missing`;
      continue;
    }
    const value = schema.type === "integer" ? Number(raw) : String(raw);
    const v = validator(`${at} header ${name}`, schema);
    if (!v(value)) return `${at}: header ${name}: ${JSON.stringify(raw)} ${ajv.errorsText(v.errors)}`;
  }
  return null;
}

/** What is wrong with this response per the spec, or null when it conforms. */
export function violation(
  method: string,
  route: string,
  status: number,
  contentType: string | undefined,
  body: unknown,
  headers: Record<string, unknown> = {},
): string | null {
  const p = route.replace(/:(\w+)/g, "{$1}");
  const op = spec.paths[p]?.[method.toLowerCase()];
  if (!op) return `${method} ${p} is not in the spec`;
  const declared = op.responses[String(status)];
  if (!declared) return `${method} ${p}: status ${status} is not declared`;
  if (!declared.content)
    return body === "" || body === undefined ? null : `${method} ${p} ${status}: unexpected body`;
  const type = (contentType ?? "").split(";")[0]?.trim() ?? "";
  const media = declared.content[type];
  if (!media) return `${method} ${p} ${status}: content type ${type} is not declared`;
  const wrongHeader = headerViolation(`${method} ${p} ${status}`, declared.headers, headers);
  if (wrongHeader) return wrongHeader;
  // Lists spliced from stored items are sent as bytes (src/http/stored-list.ts).
  if (Buffer.isBuffer(body) && !headers["content-encoding"])
    return violation(method, route, status, contentType, body.toString("utf8"), headers);
  if (typeof body !== "string") return null;
  // NDJSON is declared as a string body: each of its lines must be JSON of its own.
  if (type === "application/x-ndjson") {
    const bad = body.split("\n").findIndex((line) => line.trim() !== "" && !parses(line));
    return bad < 0 ? null : `${method} ${p} ${status}: NDJSON line ${bad + 1} is not JSON`;
  }
  // application/json and the +json types; not application/x-ndjson, whose body is many.
  if (!/[/+]json$/.test(type)) return null;
  const v = validator(`${method} ${p} ${status} ${type}`, media.schema);
  if (v(JSON.parse(body))) return null;
  return `${method} ${p} ${status}: ${ajv.errorsText(v.errors)}`;
}

function parses(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
