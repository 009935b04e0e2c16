import { spawn } from "node:child_process";
import path from "node:path";
import t from "tap";
import { build, TEST_KEY, tempDir } from "../../helper.ts";

const file = path.join(tempDir(t), "reliability.db");
const app = await build(t, { database: file });

const post = (text: string) =>
  app.inject({
    method: "POST",
    url: "/documents",
    headers: { authorization: `Bearer ${TEST_KEY}` },
    payload: { text, publishedAt: "2024-05-02" },
  });
const documents = async () => (await app.inject("/documents?count=true")).json().page.total as number;

t.test("the connection is set up for a durable, concurrent SQLite", async (t) => {
  const pragma = async (name: string) =>
    Object.values(
      ((await app.db.$queryRawUnsafe(`PRAGMA ${name}`)) as Record<string, unknown>[])[0] ?? {},
    )[0];
  t.equal(String(await pragma("journal_mode")), "wal");
  t.equal(Number(await pragma("synchronous")), 1, "NORMAL: durable in WAL mode, set explicitly");
  t.ok(Number(await pragma("busy_timeout")) >= 5000);
  t.equal(Number(await pragma("foreign_keys")), 1);
});

t.test("the same article posted five times at once is one document", async (t) => {
  const text = "President Joe Biden spoke with President Xi Jinping by phone on Tuesday about fentanyl.";
  const before = await documents();
  const answers = await Promise.all(Array.from({ length: 5 }, () => post(text)));
  t.same(answers.map((a) => a.statusCode).sort(), [200, 200, 200, 200, 201]);
  t.equal(new Set(answers.map((a) => a.json().document.id)).size, 1);
  t.equal(await documents(), before + 1);
});

// Another process holds the write lock until told to let go.
function lockHolder(): Promise<{ release: () => Promise<void> }> {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1]);
    db.exec("BEGIN IMMEDIATE");
    process.stdout.write("locked\\n");
    process.stdin.once("data", () => { db.exec("COMMIT"); db.close(); process.exit(0); });`;
  const child = spawn(process.execPath, ["-e", script, file], { stdio: ["pipe", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.stdout.once("data", () =>
      resolve({
        release: () =>
          new Promise((done) => {
            child.once("exit", () => done());
            child.stdin.write("go\n");
          }),
      }),
    );
  });
}

t.test("a database locked by another process: 503, and the next ingest lands", async (t) => {
  const text = "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on Friday.";
  const before = await documents();
  const lock = await lockHolder();
  const refused = await post(text);
  t.equal(refused.statusCode, 503);
  t.ok(Number(refused.headers["retry-after"]) > 0);
  t.match(refused.json(), { status: 503, detail: /busy/i });
  t.notMatch(refused.body, /SQLITE|prisma/i);
  await lock.release();
  t.equal(await documents(), before, "nothing half-written");
  const accepted = await post(text);
  t.equal(accepted.statusCode, 201);
  t.equal(await documents(), before + 1);
});
