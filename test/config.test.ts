import { availableParallelism } from "node:os";
import t from "tap";
import { ConfigError, loadConfig } from "../src/config.ts";

t.test("defaults", async (t) => {
  t.same(loadConfig({}), {
    PORT: 3000,
    HOST: "127.0.0.1",
    DATABASE_URL: "file:./data/summitry.db",
    LOG_LEVEL: "info",
    API_KEYS: [],
    RESPONSE_CACHE_SIZE: 2000,
    READ_THREADS: Math.max(1, availableParallelism() - 1),
    READ_QUEUE: 64,
  });
});

t.test("values from the environment", async (t) => {
  t.match(loadConfig({ PORT: "8080", HOST: "0.0.0.0", DATABASE_URL: "file:/tmp/x.db", LOG_LEVEL: "debug" }), {
    PORT: 8080,
    HOST: "0.0.0.0",
    LOG_LEVEL: "debug",
  });
});

t.test("a bad value stops start-up with a message naming the variable", async (t) => {
  t.throws(() => loadConfig({ PORT: "eighty" }), { name: "ConfigError", message: /PORT/ });
  t.throws(() => loadConfig({ PORT: "70000" }), ConfigError);
  t.throws(() => loadConfig({ DATABASE_URL: "postgres://x" }), {
    message: /DATABASE_URL: must be a SQLite URL/,
  });
  t.throws(() => loadConfig({ LOG_LEVEL: "loud" }), { message: /LOG_LEVEL/ });
  t.throws(() => loadConfig({ CURSOR_SECRET: "short" }), { message: /CURSOR_SECRET/ });
  t.throws(() => loadConfig({ API_KEYS: "tooshort" }), { message: /API_KEYS/ });
  t.throws(() => loadConfig({ RESPONSE_CACHE_SIZE: "-1" }), { message: /RESPONSE_CACHE_SIZE/ });
  t.throws(() => loadConfig({ READ_THREADS: "0" }), { message: /READ_THREADS/ });
  t.throws(() => loadConfig({ READ_QUEUE: "many" }), { message: /READ_QUEUE/ });
});
