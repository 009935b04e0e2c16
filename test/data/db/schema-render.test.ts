import fs from "node:fs";
import t from "tap";
import { POSTGRES_SCHEMA, renderPostgresSchema, SQLITE_SCHEMA } from "../../../scripts/lib/render-schema.mjs";

const sqlite = fs.readFileSync(SQLITE_SCHEMA, "utf8");
const postgres = fs.readFileSync(POSTGRES_SCHEMA, "utf8");

t.test("the PostgreSQL schema is the render of schema.prisma (run npm run db:render)", async (t) => {
  t.equal(postgres, renderPostgresSchema(sqlite));
});

t.test("the two schemas share every model, field and index", async (t) => {
  // Blocks other than generator and datasource, compared as text.
  const models = (s: string) => s.split(/\n(?=model |enum )/).slice(1);
  t.ok(models(sqlite).length > 10);
  t.same(models(postgres), models(sqlite));
  t.match(postgres, /provider = "postgresql"/);
  t.match(postgres, /output\s+= "..\/..\/src\/generated\/prisma-pg"/);
});

t.test("a schema without the expected datasource is refused, not rendered wrongly", async (t) => {
  t.throws(
    () => renderPostgresSchema(sqlite.replace('provider = "sqlite"', 'provider = "mysql"')),
    /exactly one/,
  );
});
