// kg view: serves the Sigma.js viewer for the current store on 127.0.0.1 and prints its URL on stdout.
// Runs until SIGINT or SIGTERM, then closes the server and the store.
import { spawn } from "node:child_process";
import type { Command } from "commander";
import { ensureViewerBuilt } from "../../server/build-viewer.js";
import { DEFAULT_HOST, startServer } from "../../server/index.js";
import { openStore } from "../../store/open.js";
import { log, out, parseIntOption } from "../io.js";
import { storeOptions, type GlobalOptions } from "../options.js";

export const DEFAULT_VIEW_PORT = 7700;

interface ViewOptions {
  port: number;
  host: string;
  open?: boolean;
}

/** Opens the URL in the desktop's browser; failing to do so is only worth a message. */
function openBrowser(url: string): void {
  const [command, args] =
    process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: "ignore" });
    child.on("error", () => log(`could not open a browser; visit ${url}`));
    child.unref();
  } catch {
    log(`could not open a browser; visit ${url}`);
  }
}

function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((done) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      done(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export function registerView(program: Command): void {
  program
    .command("view")
    .description("explore the graph in the browser (Sigma.js viewer on 127.0.0.1)")
    .option("-p, --port <n>", "port to listen on (0 picks a free one)", parseIntOption("--port"), DEFAULT_VIEW_PORT)
    .option("--host <host>", "interface to bind; other than 127.0.0.1 exposes the graph to your network", DEFAULT_HOST)
    .option("--open", "open the viewer in the default browser")
    .action(async (opts: ViewOptions, cmd: Command) => {
      const assetsDir = await ensureViewerBuilt({ log });
      const store = await openStore(storeOptions(cmd.optsWithGlobals<GlobalOptions>()));
      let server;
      try {
        server = await startServer({ store, host: opts.host, port: opts.port, assetsDir });
      } catch (error) {
        await store.close();
        throw error;
      }
      out(`${server.url}\n`);
      if (!["127.0.0.1", "localhost", "::1"].includes(opts.host)) log(`warning: listening on ${opts.host}: anyone who can reach this address can read the graph`);
      log(`serving ${store.location} at ${server.url} (Ctrl-C to stop)`);
      if (opts.open) openBrowser(server.url);
      await waitForSignal();
      try {
        await server.close();
      } finally {
        await store.close();
      }
      log("viewer stopped");
    });
}
