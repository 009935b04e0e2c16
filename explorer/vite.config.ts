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
    chunkSizeWarningLimit: 200,
  },
});
