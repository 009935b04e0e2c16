// A light probe in a process of its own (see worstCase in bench-steps.ts): sharing an
// event loop with the client of the heavy load, its latencies measured that client's
// delays as much as the server's.
import { measure } from "./bench-load.ts";

const [url = "", rate = "100", duration = "10"] = process.argv.slice(2);
const m = await measure({ url, connections: 2, duration: Number(duration), rate: Number(rate) });
process.stdout.write(JSON.stringify({ ...m, failures: [...m.failures] }));
