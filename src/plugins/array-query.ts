import fp from "fastify-plugin";
import { z } from "zod";

// A repeatable query parameter arrives as a string when given once and as an array
// when repeated; the schemas declare arrays, so single values are wrapped first.
function arrayKeys(schema: unknown): string[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>)
    .filter(([, s]) => unwrap(s) instanceof z.ZodArray)
    .map(([k]) => k);
}

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault || cur instanceof z.ZodNullable) {
    cur = cur.unwrap() as z.ZodType;
  }
  return cur;
}

export default fp(
  async (app) => {
    app.addHook("onRoute", (route) => {
      const keys = arrayKeys(route.schema?.querystring);
      if (!keys.length) return;
      const wrap = async (req: { query: unknown }) => {
        const q = req.query as Record<string, unknown>;
        for (const k of keys) if (typeof q[k] === "string") q[k] = [q[k]];
      };
      route.preValidation = [...(route.preValidation ? [route.preValidation].flat() : []), wrap];
    });
  },
  { name: "array-query" },
);
