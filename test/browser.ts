import fs from "node:fs";

/**
 * Debian's Chromium, which playwright-core drives (it cannot download a browser of its
 * own here). .ci/run installs the package; without it the browser tests say why they
 * did not run.
 */
export const chromiumPath =
  process.env.CHROMIUM_PATH ??
  ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));

export const NO_CHROMIUM = "no Chromium (apt-get install chromium, or set CHROMIUM_PATH)";
