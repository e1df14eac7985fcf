// Helpers for the Neo4j suites: the test server's settings, a clean database, raw counts.
// Community edition has one database (`neo4j`): suites that need a known state clear it first
// (vitest runs test files one at a time, see vitest.config.ts).
import type { Neo4jSettings } from "../../src/store/neo4j-connection.js";
import { createTestDriver, neo4jTestConfig } from "./server.js";

export function neo4jSettings(): Neo4jSettings {
  const neo = neo4jTestConfig();
  if (neo.skip) throw new Error(neo.reason);
  return { uri: neo.uri, user: neo.user, password: neo.password };
}

/** Runs one Cypher statement on the test server with a short-lived driver. */
export async function cypherOnTestServer<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const neo = neo4jTestConfig();
  if (neo.skip) throw new Error(neo.reason);
  const driver = createTestDriver(neo);
  try {
    const { records } = await driver.executeQuery(query, params);
    return records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

/** Deletes every node and relationship (schema stays), in batches (an implicit transaction). */
export async function clearDatabase(): Promise<void> {
  const neo = neo4jTestConfig();
  if (neo.skip) throw new Error(neo.reason);
  const driver = createTestDriver(neo);
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Node and relationship counts by label set and type: what "no duplicates, nothing missing" compares. */
export async function graphCounts(): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const nodes = await cypherOnTestServer<{ labels: string[]; n: number }>("MATCH (n) RETURN labels(n) AS labels, count(*) AS n");
  const rels = await cypherOnTestServer<{ type: string; n: number }>("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n");
  return {
    nodes: Object.fromEntries(nodes.map((r) => [[...r.labels].sort().join(":"), r.n]).sort()),
    relationships: Object.fromEntries(rels.map((r) => [r.type, r.n]).sort()),
  };
}
