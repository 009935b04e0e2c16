import fs from "node:fs";
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// Every response the suite provokes is checked against the committed OpenAPI document:
// the operation must exist, declare the status and the content type, and (for JSON)
// the body must validate against the declared schema. Generated SDKs rely on exactly this.

type Spec = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
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

/** What is wrong with this response per the spec, or null when it conforms. */
export function violation(
  method: string,
  route: string,
  status: number,
  contentType: string | undefined,
  body: unknown,
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
  if (typeof body !== "string" || !type.endsWith("json")) return null;
  const v = validator(`${method} ${p} ${status} ${type}`, media.schema);
  if (v(JSON.parse(body))) return null;
  return `${method} ${p} ${status}: ${ajv.errorsText(v.errors)}`;
}
