import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import t from "tap";
import { tempDir } from "./helper.ts";

// The real entry point in a child process: what `npm start` runs.
function start(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

t.test("start-up migrates, seeds an empty database and serves; SIGTERM exits cleanly", async (t) => {
  const db = path.join(tempDir(t), "server.db");
  const child = start({ PORT: "0", DATABASE_URL: `file:${db}` });
  t.teardown(() => child.kill("SIGKILL"));
  const base = await listening(child);
  const meetings = (await (await fetch(`${base}/meetings?limit=100`)).json()) as { data: unknown[] };
  t.ok(meetings.data.length >= 8, "the seed data is served");
  t.equal((await fetch(`${base}/ready`)).status, 200);
  const exit = exited(child);
  const t0 = Date.now();
  child.kill("SIGTERM");
  t.equal(await exit, 0, "exit code 0");
  t.ok(Date.now() - t0 < 10_000, "within 10 s");
});

t.test("a bad configuration value stops start-up naming the variable", async (t) => {
  const child = start({ PORT: "not-a-port" });
  let err = "";
  child.stderr?.on("data", (c) => {
    err += c;
  });
  t.equal(await exited(child), 1);
  t.match(err, /PORT/);
});

t.test("SIGTERM: a request in flight on a keep-alive socket still gets its answer", async (t) => {
  const db = path.join(tempDir(t), "inflight.db");
  const key = "shutdown-key-0123456789";
  // Load shedding off: on a busy machine the child's start-up can delay its event loop
  // past the limit, and a 503 would say nothing about draining, which is what this tests.
  const child = start({ PORT: "0", DATABASE_URL: `file:${db}`, API_KEYS: key, MAX_EVENT_LOOP_DELAY_MS: "0" });
  t.teardown(() => child.kill("SIGKILL"));
  const base = new URL(await listening(child));
  const body = JSON.stringify({
    text: "Secretary of State Antony Blinken met Wang Yi in Beijing on Monday.",
  });
  const socket = net.connect(Number(base.port), base.hostname);
  let answer = "";
  socket.on("data", (d) => {
    answer += d;
  });
  const closed = new Promise((resolve) => socket.on("close", resolve));
  // Half the body, then the signal, then the rest: the request is in flight throughout.
  socket.write(
    `POST /documents?dryRun=true HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 20)}`,
  );
  await new Promise((r) => setTimeout(r, 200));
  const exit = exited(child);
  const t0 = Date.now();
  child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 300));
  socket.write(body.slice(20));
  await closed;
  t.match(answer, /^HTTP\/1\.1 200/, "answered");
  t.match(answer, /\r\nconnection: close\r\n/i, "and told to close");
  t.equal(await exit, 0);
  t.ok(Date.now() - t0 < 10_000, "exit within 10 s");
});
