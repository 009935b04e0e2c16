import type { z } from "zod";

/** Renders zod issues as `field: message` lines, the field path dotted (events.3.date.start). */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`).join("; ");
}
