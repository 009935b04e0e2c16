import net from "node:net";
import t from "tap";
import { build, TEST_KEY } from "../helper.ts";

// These need the real HTTP server: app.inject bypasses the socket layer.
const app = await build(t, { seed: false, requestTimeout: 1000 });
await app.listen({ port: 0, host: "127.0.0.1" });
const port = (app.server.address() as net.AddressInfo).port;

/** Sends `head`, then `trickle` one byte at a time every `everyMs`; resolves with what the server said. */
function exchange(head: string, trickle = "", everyMs = 250): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let got = "";
    let timer: NodeJS.Timeout | undefined;
    socket.on("data", (d) => {
      got += d;
      // An answer ends the exchange; nothing more needs trickling.
      clearInterval(timer);
      socket.end();
    });
    socket.on("error", reject);
    socket.on("close", () => {
      clearInterval(timer);
      resolve(got);
    });
    socket.write(head);
    let i = 0;
    timer = setInterval(() => {
      if (i < trickle.length) socket.write(trickle[i++] ?? "");
      else {
        clearInterval(timer);
        socket.end();
      }
    }, everyMs);
  });
}

t.test("a body trickled in too slowly gets 408", async (t) => {
  const body = JSON.stringify({ text: "x".repeat(200) });
  const head = `POST /documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TEST_KEY}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
  const answer = await exchange(head, body);
  t.match(answer, /^HTTP\/1\.1 408/, "the server gave up before the body was complete");
});

t.test("oversized headers get 431", async (t) => {
  const answer = await exchange(`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
  t.match(answer, /^HTTP\/1\.1 431/);
});
