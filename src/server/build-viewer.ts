// Locates the viewer (viz/) and builds it with Vite when viz/dist is missing or older than its sources.
// Runs offline: Vite bundles what node_modules already holds. Used by `kg view`, the tests and the benchmark.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { KgError } from "../errors.js";

export interface ViewerPaths {
  /** viz/: index.html, src/, vite.config.ts. */
  readonly vizDir: string;
  /** viz/dist: what the server serves. */
  readonly distDir: string;
}

/** Walks up from this module (src/server or dist/src/server) to the directory that holds viz/. */
export function viewerPaths(from: string = dirname(fileURLToPath(import.meta.url))): ViewerPaths {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, "viz", "index.html")) || existsSync(join(dir, "viz", "dist", "index.html"))) {
      return { vizDir: join(dir, "viz"), distDir: join(dir, "viz", "dist") };
    }
    const parent = dirname(dir);
    if (parent === dir) throw new KgError("INTERNAL", "cannot find the viewer (viz/) next to kg", { suggestion: "reinstall kg; the package must contain viz/" });
    dir = parent;
  }
}

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when viz/dist/index.html is missing or a viewer source changed after it was built. */
export function viewerNeedsBuild(paths: ViewerPaths = viewerPaths()): boolean {
  const built = join(paths.distDir, "index.html");
  if (!existsSync(built)) return true;
  const sources = ["index.html", "src", "vite.config.ts"].map((p) => join(paths.vizDir, p)).filter(existsSync);
  if (sources.length === 0) return false; // an installed package ships viz/dist only
  const builtAt = statSync(built).mtimeMs;
  return sources.some((s) => newestMtime(s) > builtAt);
}

export interface EnsureViewerOptions {
  readonly force?: boolean;
  /** Progress messages (stderr in the CLI). */
  readonly log?: (message: string) => void;
}

/** Builds the viewer if needed and returns the directory to serve. */
export async function ensureViewerBuilt(options: EnsureViewerOptions = {}): Promise<string> {
  const paths = viewerPaths();
  if (!options.force && !viewerNeedsBuild(paths)) return paths.distDir;
  if (!existsSync(join(paths.vizDir, "index.html"))) {
    throw new KgError("INTERNAL", `the viewer is not built and its sources are missing (${paths.vizDir})`, { suggestion: "reinstall kg" });
  }
  options.log?.("building the viewer (viz/) with Vite…");
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch (error) {
    throw new KgError("INTERNAL", "the viewer is not built and Vite is not installed", { suggestion: "run `npm install` then `npm run build:viz` in the kg directory", cause: error });
  }
  await vite.build({ root: paths.vizDir, configFile: join(paths.vizDir, "vite.config.ts"), logLevel: "warn" });
  return paths.distDir;
}
