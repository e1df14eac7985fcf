// Where the Neo4j server is and how to talk to it: settings from options and NEO4J_* variables,
// one driver per connection, and a first round trip that turns "cannot connect" into a clear error.
import neo4j, { type Driver, type Session } from "neo4j-driver";
import { UsageError } from "../errors.js";
import { cypher } from "./cypher-files.js";
import { toKgError, type ErrorContext } from "./neo4j-errors.js";

export interface Neo4jSettings {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Database name; undefined means the server's default (`neo4j`). */
  readonly database?: string;
}

export interface Neo4jSettingsInput {
  readonly uri?: string;
  readonly user?: string;
  readonly database?: string;
}

/** The launcher's (`npm run neo4j:start`) and docker-compose's credentials. */
export const DEFAULT_NEO4J_USER = "neo4j";
export const DEFAULT_NEO4J_PASSWORD = "kg-password";

const URI_RE = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/;

/** Options win over NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE. The password comes only from the environment. */
export function resolveNeo4jSettings(input: Neo4jSettingsInput, env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  const uri = (input.uri || env.NEO4J_URI || "").trim();
  if (!URI_RE.test(uri)) {
    throw new UsageError(`invalid Neo4j URI "${uri}"`, "give bolt://HOST:PORT or neo4j://HOST:PORT, e.g. --neo4j bolt://127.0.0.1:7687");
  }
  const database = (input.database || env.NEO4J_DATABASE || "").trim();
  return {
    uri,
    user: (input.user || env.NEO4J_USERNAME || "").trim() || DEFAULT_NEO4J_USER,
    password: env.NEO4J_PASSWORD || DEFAULT_NEO4J_PASSWORD,
    ...(database ? { database } : {}),
  };
}

export interface Neo4jConnection {
  readonly settings: Neo4jSettings;
  readonly driver: Driver;
  session(mode: "READ" | "WRITE"): Session;
  /** A KgError for a driver error, naming what kg was doing. */
  fail(error: unknown, doing?: string): Error;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Keep integers as neo4j Integer values (for rendering query results); numbers otherwise. */
  readonly lossless?: boolean;
}

/** Opens a driver and makes one round trip (cypher/ping.cypher) so that a bad URI, password or database fails here. */
export async function connectNeo4j(settings: Neo4jSettings, options: ConnectOptions = {}): Promise<Neo4jConnection> {
  const ctx: ErrorContext = { uri: settings.uri, user: settings.user, database: settings.database };
  let driver: Driver;
  try {
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      connectionTimeout: 10_000,
      connectionAcquisitionTimeout: 20_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: !options.lossless,
      userAgent: "kg/0.1",
    });
  } catch (error) {
    throw toKgError(error, ctx);
  }
  const connection: Neo4jConnection = {
    settings,
    driver,
    session: (mode) => driver.session({ database: settings.database, defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE }),
    fail: (error, doing) => toKgError(error, { ...ctx, doing }),
    close: () => driver.close().catch(() => undefined),
  };
  const session = connection.session("READ");
  try {
    await session.run(cypher("ping"));
  } catch (error) {
    await session.close().catch(() => undefined);
    await connection.close();
    throw connection.fail(error);
  }
  await session.close().catch(() => undefined);
  return connection;
}
