// Prints the SQL that creates prisma/schema.prisma from an empty database, the way
// `prisma migrate diff --from-empty --to-schema` would: `npm run db:sql > …/migration.sql`.
import { sqlFromEmpty } from "./lib/schema-engine.ts";

process.stdout.write(await sqlFromEmpty());
