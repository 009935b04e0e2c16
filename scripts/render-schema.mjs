// `npm run db:render`: rewrites prisma/postgres/schema.prisma from prisma/schema.prisma.
import { writePostgresSchema } from "./lib/render-schema.mjs";

console.log(
  writePostgresSchema()
    ? "prisma/postgres/schema.prisma rewritten"
    : "prisma/postgres/schema.prisma is current",
);
