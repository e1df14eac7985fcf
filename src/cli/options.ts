// Options every command shares: where the store is (an embedded file, or a Neo4j server).
import type { StoreOptions } from "../store/open.js";

export interface GlobalOptions {
  readonly store?: string;
  readonly neo4j?: string;
  readonly neo4jUser?: string;
  readonly neo4jDatabase?: string;
}

export function storeOptions(opts: GlobalOptions): StoreOptions {
  return { store: opts.store, neo4j: opts.neo4j, neo4jUser: opts.neo4jUser, neo4jDatabase: opts.neo4jDatabase };
}
