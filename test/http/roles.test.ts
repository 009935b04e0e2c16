import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { build } from "../helper.ts";

// The role matrix of every write the spec declares: nobody and readers are refused before
// the body is read; editors and admins get past authorisation (to whatever the body earns).
const KEYS = {
  reader: "rita-reader-key-0123456789",
  editor: "alice-editor-key-0123456789",
  admin: "ada-admin-key-0123456789ab",
};
const app = await build(t, {
  apiKeys: [`rita:reader:${KEYS.reader}`, `alice:editor:${KEYS.editor}`, `ada:admin:${KEYS.admin}`],
});
const spec = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../openapi/openapi.json"), "utf8"),
) as { paths: Record<string, Record<string, { security?: unknown[] }>> };

const writes = Object.entries(spec.paths).flatMap(([route, item]) =>
  Object.entries(item)
    .filter(([method]) => ["post", "put", "patch", "delete"].includes(method))
    .map(([method, op]) => ({
      method: method.toUpperCase(),
      url: route.replace("{id}", "2023-11-15-biden-xi-woodside"),
      op,
    })),
);

t.test("the spec's writes are all checked", async (t) => {
  t.ok(writes.length >= 2, writes.map((w) => `${w.method} ${w.url}`).join(", "));
  for (const w of writes) t.ok(w.op.security?.length, `${w.method} ${w.url} declares its security`);
});

for (const w of writes) {
  t.test(`${w.method} ${w.url}`, async (t) => {
    const send = (key?: string) =>
      app.inject({
        method: w.method as "POST",
        url: w.url,
        headers: key ? { authorization: `Bearer ${key}` } : {},
        payload: {},
      });
    t.equal((await send()).statusCode, 401, "nobody");
    t.equal((await send("not-a-key-of-this-server")).statusCode, 401, "an unknown key");
    const reader = await send(KEYS.reader);
    t.equal(reader.statusCode, 403, "a reader");
    t.match(reader.json().detail, /reader/);
    // Admin routes declare the adminAuth scheme; the others take editors too.
    const adminOnly = JSON.stringify(w.op.security).includes("adminAuth");
    const editor = await send(KEYS.editor);
    if (adminOnly) t.equal(editor.statusCode, 403, "an editor, on an admin route");
    else
      t.notOk(
        [401, 403].includes(editor.statusCode),
        `an editor gets past authorisation (${editor.statusCode})`,
      );
    const admin = await send(KEYS.admin);
    t.notOk([401, 403].includes(admin.statusCode), `an admin gets past authorisation (${admin.statusCode})`);
    await app.repos.jobs.idle();
  });
}
