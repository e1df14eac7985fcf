// Faults, through the real CLI: Neo4j unreachable (bolt:// and neo4j://), a wrong password, a missing
// database, and the server stopped for real in the middle of ingesting many files — each a clear error
// with the fix and a non-zero exit; re-running afterwards completes with no duplicates and nothing missing.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kg, ROOT, tempDir } from "../helpers/cli.js";
import { freePort, launchServer, type LaunchedServer } from "./launch.js";
import { neo4jTestConfig, reportSkip } from "./server.js";

const neo = neo4jTestConfig();
reportSkip(neo);

describe.skipIf(neo.skip)("Neo4j faults", () => {
  const uri = neo.skip ? "" : neo.uri;

  it.each(["bolt", "neo4j"])("an unreachable server (%s://) names the address and how to start one", async (scheme) => {
    const port = await freePort();
    const r = await kg(["stats", "--neo4j", `${scheme}://127.0.0.1:${port}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `kg: error: cannot reach Neo4j at ${scheme}://127.0.0.1:${port} (ECONNREFUSED 127.0.0.1:${port})\n` +
        "  hint: start it with `npm run neo4j:start` (or `docker compose up -d --wait`), or check NEO4J_URI / --neo4j\n",
    );
  });

  it("an unreachable server stops an ingest before any work", async () => {
    const port = await freePort();
    const r = await kg(["ingest", join(ROOT, "tests/fixtures/acme-hires.txt")], { env: { NEO4J_URI: `bolt://127.0.0.1:${port}` } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);
  });

  it("a wrong password says so and how to set the right one", async () => {
    // One failed login only: Neo4j locks a user for a few seconds after several.
    const r = await kg(["stats", "--neo4j", uri], { env: { NEO4J_PASSWORD: "not-the-password" } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kg: error: Neo4j at \S+ rejected user "neo4j": wrong user name or password\n\s+hint: set NEO4J_USERNAME and NEO4J_PASSWORD/);
    expect((await kg(["stats", "--neo4j", uri])).code).toBe(0);
  });

  it("a missing database says which and what to use instead", async () => {
    const r = await kg(["entities", "--neo4j", uri, "--neo4j-database", "newsroom"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kg: error: Neo4j at \S+ has no database "newsroom"\n\s+hint: unset NEO4J_DATABASE/);
    const env = await kg(["stats", "--neo4j", uri], { env: { NEO4J_DATABASE: "newsroom" } });
    expect(env.stderr).toMatch(/has no database "newsroom"/);
  });

  it("an invalid URI is a usage error", async () => {
    const r = await kg(["stats", "--neo4j", "http://127.0.0.1:7474"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid Neo4j URI "http:\/\/127\.0\.0\.1:7474"\n\s+hint: give bolt:\/\/HOST:PORT/);
  });
});

describe.skipIf(neo.skip)("Neo4j stopped in the middle of an ingest", () => {
  const FILES = 40;
  let server: LaunchedServer | undefined;
  let dataDir: string;
  let inputs: string;
  let port: number;

  beforeAll(async () => {
    dataDir = tempDir("kg-neo4j-fault-");
    inputs = join(tempDir(), "articles");
    mkdirSync(inputs);
    const hires = readFileSync(join(ROOT, "tests/fixtures/acme-hires.txt"), "utf8");
    const expands = readFileSync(join(ROOT, "tests/fixtures/acme-expands.txt"), "utf8");
    for (let i = 0; i < FILES; i++) {
      writeFileSync(join(inputs, `a${String(i).padStart(2, "0")}.txt`), `${i % 2 ? hires : expands}Update ${i}: the board of Acme Corporation met again on Friday.\n`);
    }
    port = await freePort();
    server = await launchServer(port, dataDir);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  async function documents(): Promise<number> {
    const driver = neo4j.driver(server!.uri, neo4j.auth.basic("neo4j", "kg-password"), { disableLosslessIntegers: true, connectionTimeout: 2000 });
    try {
      const { records } = await driver.executeQuery("MATCH (d:Document) RETURN count(d) AS n");
      return records[0]!.get("n") as number;
    } catch {
      return 0;
    } finally {
      await driver.close();
    }
  }

  /** `kg export` of a store as JSON: what "nothing missing, no duplicates" compares. */
  const exported = async (...where: string[]) => {
    const r = await kg(["export", "--format", "json", ...where]);
    expect(r.code, r.stderr).toBe(0);
    return r.stdout;
  };

  it("fails with a clear error, keeps only whole documents, and completes when run again", async () => {
    // Five documents per transaction: a stop loses the batch being written, never part of one.
    const BATCH = 5;
    const args = ["ingest", inputs, "--neo4j", server!.uri, "--batch", String(BATCH)];
    const running = kg(args);
    // Stop the server once a few documents are in, while the ingest is still writing.
    let stored = 0;
    for (let i = 0; i < 1200 && stored < 3; i++) {
      await new Promise((r) => setTimeout(r, 50));
      stored = await documents();
    }
    expect(stored, "documents stored before the stop").toBeGreaterThanOrEqual(3);
    await server!.stop();
    const failed = await running;
    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stderr).toMatch(new RegExp(`kg: error: (lost the connection to|cannot reach) Neo4j at bolt://127\\.0\\.0\\.1:${port}`));
    expect(failed.stderr).toMatch(/hint: nothing of the documents being written was stored; .*run the same command again/);

    // Back up: exactly the first k articles are stored, in whole batches, each whole (as an embedded store with the same history).
    server = await launchServer(port, dataDir);
    const k = await documents();
    expect(k).toBeGreaterThanOrEqual(3);
    expect(k).toBeLessThan(FILES);
    expect(k % BATCH, "whole batches only").toBe(0);
    const reference = join(tempDir(), "graph.json");
    const firstK = Array.from({ length: k }, (_, i) => join(inputs, `a${String(i).padStart(2, "0")}.txt`));
    expect((await kg(["ingest", ...firstK, "--store", reference])).code).toBe(0);
    expect(await exported("--neo4j", server.uri)).toBe(await exported("--store", reference));

    // The same command again completes: every article once, nothing missing, nothing twice.
    const again = await kg(args);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`now holds ${FILES} documents`));
    expect((await kg(["ingest", inputs, "--store", reference])).code).toBe(0);
    expect(await exported("--neo4j", server.uri)).toBe(await exported("--store", reference));
    const stats = JSON.parse((await kg(["stats", "--json", "--neo4j", server.uri])).stdout);
    expect(stats.documents).toBe(FILES);
  }, 300_000);
});
