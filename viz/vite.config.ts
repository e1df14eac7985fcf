// Vite build of the viewer: viz/ -> viz/dist, relative asset paths, no inline scripts (the server's CSP
// allows 'self' scripts only), nothing fetched from the network at run time.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npx vite viz` during development talks to a running `kg view --port 7700`.
    proxy: { "/api": "http://127.0.0.1:7700" },
  },
});
