// Shared connection/skip logic for tests that need a real Neo4j server.
//
// Locally, Neo4j tests are skipped unless NEO4J_URI is set (start a server with
// `npm run neo4j:start`, or `docker compose up -d --wait`). In CI they must never be
// skipped silently: with CI set and NEO4J_URI unset, neo4jTestConfig() throws, which fails
// the test file at collection time.
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

export type Neo4jTestConfig = (Neo4jConnection & { skip: false }) | { skip: true; reason: string };

export const NEO4J_SKIP_REASON = 'Neo4j tests skipped: set NEO4J_URI or run npm run neo4j:start';

export const DEFAULT_NEO4J_USER = 'neo4j';
export const DEFAULT_NEO4J_PASSWORD = 'kg-password';

/** True when running under CI (CI=true, CI=1, ...; CI=false / CI=0 / empty do not count). */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = (env.CI ?? '').trim().toLowerCase();
  return v !== '' && v !== 'false' && v !== '0';
}

/**
 * Where the test Neo4j server is, from NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD
 * (user defaults to neo4j, password to kg-password, like scripts/neo4j.mjs).
 *
 * Returns `{ skip: true, reason }` when NEO4J_URI is unset outside CI, and throws when it is
 * unset in CI. Typical use:
 *
 *   const neo = neo4jTestConfig();
 *   describe.skipIf(neo.skip)('…', () => { … });
 */
export function neo4jTestConfig(env: NodeJS.ProcessEnv = process.env): Neo4jTestConfig {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) {
    if (isCi(env)) {
      throw new Error(
        'NEO4J_URI is not set but CI is: Neo4j tests must not be skipped in CI. Start the server before ' +
          'the tests (npm run neo4j:start) and export NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USERNAME=neo4j ' +
          'NEO4J_PASSWORD=kg-password',
      );
    }
    return { skip: true, reason: NEO4J_SKIP_REASON };
  }
  return {
    skip: false,
    uri,
    user: env.NEO4J_USERNAME?.trim() || DEFAULT_NEO4J_USER,
    password: env.NEO4J_PASSWORD || DEFAULT_NEO4J_PASSWORD,
  };
}

/** Prints the skip reason once per file (vitest shows skipped suites without saying why). */
export function reportSkip(config: Neo4jTestConfig): void {
  if (config.skip) console.warn(config.reason);
}

/** A driver for the test server; close it in afterAll. */
export function createTestDriver(conn: Neo4jConnection, password: string = conn.password): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, password), {
    connectionTimeout: 10_000,
    connectionAcquisitionTimeout: 20_000,
    disableLosslessIntegers: true,
  });
}

/** A name unlikely to collide with other test files sharing the same database. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
