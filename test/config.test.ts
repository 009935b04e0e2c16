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
    API_KEY_HASHES: [],
    CORS_ORIGINS: [],
    RATE_LIMIT_MAX: 600,
    RATE_LIMIT_WRITE_MAX: 30,
    TRUST_PROXY: false,
    REQUEST_TIMEOUT_MS: 30_000,
    MAX_EVENT_LOOP_DELAY_MS: 1000,
    DOCS_ENABLED: true,
    EXPLORER_ENABLED: true,
    READ_DATABASE_URLS: [],
  });
});

t.test("values from the environment", async (t) => {
  t.equal(
    loadConfig({ DATABASE_URL: "postgres://app@db:5432/summitry" }).DATABASE_URL,
    "postgres://app@db:5432/summitry",
  );
  t.match(loadConfig({ PORT: "8080", HOST: "0.0.0.0", DATABASE_URL: "file:/tmp/x.db", LOG_LEVEL: "debug" }), {
    PORT: 8080,
    HOST: "0.0.0.0",
    LOG_LEVEL: "debug",
  });
});

t.test("a bad value stops start-up with a message naming the variable", async (t) => {
  t.throws(() => loadConfig({ PORT: "eighty" }), { name: "ConfigError", message: /PORT/ });
  t.throws(() => loadConfig({ PORT: "70000" }), ConfigError);
  t.throws(() => loadConfig({ DATABASE_URL: "mysql://x" }), {
    message: /DATABASE_URL: must be a SQLite URL .* or a PostgreSQL URL/,
  });
  t.throws(() => loadConfig({ DATABASE_URL: "postgres://[bad" }), {
    message: /DATABASE_URL: is not a valid PostgreSQL URL/,
  });
  t.throws(() => loadConfig({ READ_DATABASE_URLS: "postgres://replica/summitry" }), {
    message: /READ_DATABASE_URLS: read replicas need DATABASE_URL to be a PostgreSQL URL/,
  });
  t.throws(() => loadConfig({ DATABASE_URL: "postgres://db/s", READ_DATABASE_URLS: "file:x.db" }), {
    message: /READ_DATABASE_URLS: every entry must be a PostgreSQL URL/,
  });
  t.throws(() => loadConfig({ LOG_LEVEL: "loud" }), { message: /LOG_LEVEL/ });
  t.throws(() => loadConfig({ CURSOR_SECRET: "short" }), { message: /CURSOR_SECRET/ });
  t.throws(() => loadConfig({ API_KEYS: "tooshort" }), { message: /API_KEYS/ });
  t.throws(() => loadConfig({ RESPONSE_CACHE_SIZE: "-1" }), { message: /RESPONSE_CACHE_SIZE/ });
  t.throws(() => loadConfig({ READ_THREADS: "0" }), { message: /READ_THREADS/ });
  t.throws(() => loadConfig({ READ_QUEUE: "many" }), { message: /READ_QUEUE/ });
  t.throws(() => loadConfig({ API_KEY_HASHES: "abc" }), { message: /API_KEY_HASHES: every hash/ });
  t.throws(() => loadConfig({ CORS_ORIGINS: "example.org" }), { message: /CORS_ORIGINS/ });
  t.throws(() => loadConfig({ DOCS_ENABLED: "maybe" }), { message: /DOCS_ENABLED/ });
  t.throws(() => loadConfig({ EXPLORER_ENABLED: "no" }), { message: /EXPLORER_ENABLED/ });
  t.equal(loadConfig({ EXPLORER_ENABLED: "false" }).EXPLORER_ENABLED, false);
});

t.test("security settings from the environment", async (t) => {
  const c = loadConfig({
    API_KEY_HASHES: "A".repeat(64),
    CORS_ORIGINS: "https://a.example, http://localhost:5173",
    TRUST_PROXY: "2",
    DOCS_ENABLED: "false",
    RATE_LIMIT_MAX: "0",
  });
  t.same(c.API_KEY_HASHES, ["a".repeat(64)]);
  t.same(c.CORS_ORIGINS, ["https://a.example", "http://localhost:5173"]);
  t.equal(c.TRUST_PROXY, 2);
  t.equal(c.DOCS_ENABLED, false);
  t.equal(c.RATE_LIMIT_MAX, 0);
  t.same(loadConfig({ TRUST_PROXY: "10.0.0.0/8,127.0.0.1" }).TRUST_PROXY, ["10.0.0.0/8", "127.0.0.1"]);
  t.equal(loadConfig({ TRUST_PROXY: "true" }).TRUST_PROXY, true);
});

t.test("keys may be named and given a role: name:role:key", async (t) => {
  const c = loadConfig({
    API_KEYS: "alice:editor:alice-key-0123456789, plain-key-0123456789ab",
    API_KEY_HASHES: `bob:admin:${"B".repeat(64)}`,
  });
  t.same(c.API_KEYS, ["alice:editor:alice-key-0123456789", "plain-key-0123456789ab"]);
  t.same(c.API_KEY_HASHES, [`bob:admin:${"b".repeat(64)}`]);
  t.throws(() => loadConfig({ API_KEYS: "alice:editor:short" }), {
    message: /API_KEYS: every key must be at least 16/,
  });
  t.throws(() => loadConfig({ API_KEYS: "alice:owner:alice-key-0123456789" }), {
    message: /API_KEYS: unknown role 'owner' for key 'alice'/,
  });
  t.throws(() => loadConfig({ API_KEY_HASHES: "bob:admin:abc" }), { message: /API_KEY_HASHES: every hash/ });
  // The message names what is wrong, never the key.
  try {
    loadConfig({ API_KEYS: "alice:editor:secret-x" });
    t.fail("a short key is refused");
  } catch (err) {
    t.notMatch((err as Error).message, "secret-x");
  }
});
