// The viewer's HTTP server: the built viewer's static files plus the read-only JSON API, on 127.0.0.1
// by default. GET and HEAD only; every answer carries a strict Content-Security-Policy.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { KgError } from "../errors.js";
import type { GraphStore } from "../store/types.js";
import { handleApi } from "./api.js";
import { viewerPaths } from "./build-viewer.js";
import { serveStatic } from "./static.js";

export interface ServerOptions {
  readonly store: GraphStore;
  /** Interface to bind; 127.0.0.1 unless told otherwise. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Directory of the built viewer; viz/dist by default. */
  readonly assetsDir?: string;
}

export interface ViewerServer {
  readonly url: string;
  close(): Promise<void>;
}

export const DEFAULT_HOST = "127.0.0.1";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

/** On a loopback address, only Host headers naming it are answered: a web page cannot reach the API through DNS rebinding. */
function hostAllowed(header: string | undefined, boundHost: string, port: number): boolean {
  if (!LOOPBACK.has(boundHost)) return true;
  if (!header) return false;
  return ["127.0.0.1", "localhost", "[::1]"].some((h) => header === `${h}:${port}` || (port === 80 && header === h));
}

function send(req: IncomingMessage, res: ServerResponse, status: number, contentType: string, body: Buffer | string, headers: Record<string, string> = {}): void {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  res.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": contentType, "Content-Length": String(bytes.length), ...headers });
  res.end(req.method === "HEAD" ? undefined : bytes);
}

export async function startServer(options: ServerOptions): Promise<ViewerServer> {
  const host = options.host ?? DEFAULT_HOST;
  const assetsDir = options.assetsDir ?? viewerPaths().distDir;
  let port = options.port ?? 0;

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(req, res, 500, "text/plain; charset=utf-8", "internal error\n");
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(req, res, 405, "text/plain; charset=utf-8", "method not allowed: the viewer's server is read-only\n", { Allow: "GET, HEAD" });
      return;
    }
    if (!hostAllowed(req.headers.host, host, port)) {
      send(req, res, 403, "text/plain; charset=utf-8", "forbidden host\n");
      return;
    }
    const raw = req.url ?? "/";
    if (!raw.startsWith("/")) {
      send(req, res, 400, "text/plain; charset=utf-8", "bad request\n");
      return;
    }
    const query = raw.indexOf("?");
    const path = query < 0 ? raw : raw.slice(0, query);
    const params = new URLSearchParams(query < 0 ? "" : raw.slice(query + 1));
    if (path === "/api" || path.startsWith("/api/")) {
      const r = await handleApi(options.store, path, params);
      send(req, res, r.status, r.contentType, r.body, { "Cache-Control": "no-store", ...r.headers });
      return;
    }
    const r = await serveStatic(assetsDir, path);
    send(req, res, r.status, r.contentType, r.body, { "Cache-Control": r.cacheControl });
  }

  await new Promise<void>((resolveListen, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const suggestion = error.code === "EADDRINUSE" ? "choose another --port (or --port 0 for a free one)" : "check --host and --port";
      reject(new KgError("USAGE", `cannot listen on ${host}:${port}: ${error.message}`, { suggestion, cause: error }));
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
