// A second, disposable Neo4j server for tests that stop it on purpose: the same launcher jar as
// `npm run neo4j:start` (tools/neo4j), on its own port and data directory, so the shared test server
// is never disturbed. scripts/neo4j.mjs keeps one pid file per checkout, so the jar is run directly.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { ROOT } from "../helpers/cli.js";

export const LAUNCHER_JAR = join(ROOT, "tools/neo4j/target/kg-neo4j.jar");

export interface LaunchedServer {
  readonly uri: string;
  readonly port: number;
  readonly dataDir: string;
  /** SIGTERM (the launcher shuts the DBMS down cleanly), SIGKILL after a timeout. */
  stop(): Promise<void>;
  readonly running: boolean;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export async function launchServer(port: number, dataDir: string, password = "kg-password"): Promise<LaunchedServer> {
  if (!existsSync(LAUNCHER_JAR)) throw new Error(`${LAUNCHER_JAR} is missing: run npm run neo4j:build`);
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java";
  const child: ChildProcess = spawn(java, ["-Xms64m", "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-jar", LAUNCHER_JAR], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_HOST: "127.0.0.1", NEO4J_BOLT_PORT: String(port), NEO4J_PASSWORD: password, NEO4J_PAGECACHE: "64m" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let exited = false;
  const exit = new Promise<void>((done) => child.once("exit", () => ((exited = true), done())));
  let output = "";
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`Neo4j on port ${port} did not start within 120 s:\n${output.slice(-2000)}`)), 120_000);
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (/^kg-neo4j: ready /m.test(output)) {
        clearTimeout(timer);
        ready();
      } else if (/^kg-neo4j: FAILED /m.test(output)) {
        clearTimeout(timer);
        fail(new Error(`Neo4j on port ${port} failed to start:\n${output.slice(-2000)}`));
      }
    };
    child.stdout!.on("data", watch);
    child.stderr!.on("data", watch);
    void exit.then(() => {
      clearTimeout(timer);
      fail(new Error(`Neo4j on port ${port} exited during start:\n${output.slice(-2000)}`));
    });
  });
  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    dataDir,
    get running() {
      return !exited;
    },
    async stop() {
      if (exited) return;
      child.kill("SIGTERM");
      const killed = setTimeout(() => child.kill("SIGKILL"), 60_000);
      await exit;
      clearTimeout(killed);
    },
  };
}
