// Static files of the built viewer (viz/dist). Only regular files inside the assets directory are
// served: `..` segments, encoded or not, dotfiles and symlinks that lead outside are refused.
import { realpath, readFile, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";

export interface StaticResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer | string;
  readonly cacheControl: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

const text = (status: number, body: string): StaticResponse => ({ status, contentType: "text/plain; charset=utf-8", body, cacheControl: "no-store" });

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/** Resolves a URL path to a file under `root`, or explains why not (403 outside, 404 missing). */
export async function serveStatic(root: string, urlPath: string): Promise<StaticResponse> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return text(400, "bad path encoding\n");
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return text(400, "bad path\n");
  const segments = decoded.split("/").filter(Boolean);
  if (segments.some((s) => s === "..")) return text(403, "forbidden\n");
  if (segments.some((s) => s.startsWith("."))) return text(404, "not found\n");
  const relative = segments.length === 0 ? "index.html" : segments.join("/");
  const base = resolve(root);
  const full = resolve(base, relative);
  if (!full.startsWith(base + sep)) return text(403, "forbidden\n");
  try {
    const real = await realpath(full);
    const realBase = await realpath(base);
    if (!real.startsWith(realBase + sep)) return text(403, "forbidden\n");
    if (!(await stat(real)).isFile()) return text(404, "not found\n");
    const body = await readFile(real);
    // Vite names built assets by content hash: cache them; everything else is revalidated.
    const cacheControl = segments[0] === "assets" ? "public, max-age=31536000, immutable" : "no-cache";
    return { status: 200, contentType: contentTypeOf(real), body, cacheControl };
  } catch {
    return text(404, "not found\n");
  }
}
