import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// The explorer is static files built here and served by the API server itself
// (src/explorer/), so it needs no CDN and no network beyond the API at run time.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [preact()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Views load on demand (the map's country shapes are the largest part); the
    // initial load is the shell and the meetings list.
    // The 1:50m country shapes (740 KB raw, 230 KB compressed) load only when a place
    // is missing from the 1:110m set: a large chunk, but never an initial one.
    chunkSizeWarningLimit: 800,
  },
});
