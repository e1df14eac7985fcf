// The viewer's API answers the same for both stores: the fixture written to the embedded file and to
// a real Neo4j, each served by startServer, and every viewer request compared (order-insensitive).
// Needs NEO4J_URI (npm run neo4j:start); in CI a missing server fails, like the other Neo4j suites.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type ViewerServer } from "../../src/server/index.js";
import type { GraphPayload } from "../../src/server/payload.js";
import { EmbeddedStore } from "../../src/store/embedded.js";
import { Neo4jStore } from "../../src/store/neo4j.js";
import type { GraphStore } from "../../src/store/types.js";
import { tempDir } from "../helpers/cli.js";
import { clearDatabase, neo4jSettings } from "../neo4j/helpers.js";
import { neo4jTestConfig, reportSkip } from "../neo4j/server.js";
import { fixtureGraph, writeStore } from "./fixtures.js";

const neo = neo4jTestConfig();
reportSkip(neo);

/** Sorts every array of objects or strings, recursively, so answers compare regardless of order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
  return value;
}

describe.skipIf(neo.skip)("the viewer API on the embedded store and on Neo4j", () => {
  const stores: GraphStore[] = [];
  const servers: ViewerServer[] = [];

  beforeAll(async () => {
    const embedded = await EmbeddedStore.open(await writeStore(join(tempDir("kg-viz-stores-"), "graph.json")));
    await clearDatabase();
    const writer = await Neo4jStore.open(neo4jSettings(), { write: true });
    await writer.write(fixtureGraph());
    await writer.close();
    const neo4jStore = await Neo4jStore.open(neo4jSettings());
    stores.push(embedded, neo4jStore);
    for (const store of stores) servers.push(await startServer({ store, port: 0 }));
  }, 120_000);

  afterAll(async () => {
    for (const s of servers) await s.close();
    for (const s of stores) await s.close();
  });

  const both = async (path: string) =>
    Promise.all(
      servers.map(async (s) => {
        const r = await fetch(new URL(path, s.url));
        return { status: r.status, type: r.headers.get("content-type"), body: r.headers.get("content-type")?.startsWith("application/json") ? canonical(await r.json()) : await r.text() };
      }),
    );

  it.each([
    "/api/graph",
    "/api/graph?focus=person:herzi-halevi&depth=2",
    "/api/graph?type=Person&type=Organization",
    "/api/graph?predicate=attacked&predicate=released",
    "/api/graph?doc=doc:prisoner-swap",
    "/api/graph?from=2025-01-01",
    "/api/neighborhood/person%3Aherzi-halevi?depth=1",
    "/api/search?q=halevi",
    "/api/entity/person%3Aherzi-halevi",
    "/api/entity/nobody",
  ])("GET %s", async (path) => {
    const [embedded, neo4j] = await both(path);
    expect(neo4j).toEqual(embedded);
  });

  it("exports the same subgraph", async () => {
    const [embedded, neo4j] = await both("/api/export?format=json&focus=person:herzi-halevi&depth=3");
    expect(neo4j!.status).toBe(200);
    expect(neo4j).toEqual(embedded);
    const payload = (await both("/api/graph"))[1]!.body as GraphPayload;
    expect(payload.graph.nodes).toHaveLength(fixtureGraph().entities.length);
  });
});
