// Chooses and opens the store: Neo4j when a URI is configured, the embedded file otherwise.
// Precedence: --neo4j URI, then --store PATH, then $NEO4J_URI, then $KG_STORE / .kg/graph.json.
import { UsageError } from "../errors.js";
import { DEFAULT_STORE_PATH, EmbeddedStore } from "./embedded.js";
import type { GraphStore } from "./types.js";

export interface StoreOptions {
  /** Path of the embedded store file (--store, KG_STORE). */
  readonly store?: string;
  readonly write?: boolean;
  /** Neo4j URI (--neo4j); NEO4J_URI when unset. */
  readonly neo4j?: string;
  /** Neo4j user (--neo4j-user); NEO4J_USERNAME when unset. The password comes from NEO4J_PASSWORD only. */
  readonly neo4jUser?: string;
  /** Neo4j database (--neo4j-database); NEO4J_DATABASE when unset. */
  readonly neo4jDatabase?: string;
}

export function storePath(options: StoreOptions): string {
  return options.store || process.env.KG_STORE || DEFAULT_STORE_PATH;
}

/** Whether these options select the Neo4j store. An explicit --store beats $NEO4J_URI. */
export function usesNeo4j(options: StoreOptions, env: NodeJS.ProcessEnv = process.env): boolean {
  if (options.neo4j && options.store) throw new UsageError("both --neo4j and --store were given", "choose one store: --neo4j URI for Neo4j, --store PATH for the embedded file");
  if (options.neo4j) return true;
  if (options.store) return false;
  return Boolean(env.NEO4J_URI?.trim());
}

export async function openStore(options: StoreOptions): Promise<GraphStore> {
  if (usesNeo4j(options)) {
    // Loaded on demand: the embedded default does not pay for the driver.
    const [{ Neo4jStore }, { resolveNeo4jSettings }] = await Promise.all([import("./neo4j.js"), import("./neo4j-connection.js")]);
    const settings = resolveNeo4jSettings({ uri: options.neo4j, user: options.neo4jUser, database: options.neo4jDatabase });
    return Neo4jStore.open(settings, { write: options.write });
  }
  return EmbeddedStore.open(storePath(options), { write: options.write });
}
