import fastJson from "fast-json-stringify";
import { z } from "zod";

/**
 * zod marks its output objects closed (additionalProperties: false). Serialising writes
 * only the declared fields either way, but fast-json-stringify picks an anyOf branch by
 * validating the value, and the values handed to it carry more fields than the schema
 * shows (zod's union strips them and takes the first branch that fits): open them.
 */
function open(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(open);
  if (!schema || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema))
    if (!(k === "additionalProperties" && v === false)) out[k] = open(v);
  return out;
}

/**
 * A JSON writer compiled by fast-json-stringify from the JSON Schema of a zod schema's
 * output: what every response body is written with (src/http/serializer.ts), and the
 * stored list items (src/data/event-items.ts), so both give the same bytes.
 */
export const compileWriter = (schema: z.ZodType): ((data: unknown) => string) =>
  fastJson(
    open(z.toJSONSchema(schema, { io: "output", target: "draft-7", unrepresentable: "any" })) as object,
  );
