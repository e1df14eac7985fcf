// Chooses and opens the store: Neo4j when a URI is configured, the embedded file otherwise.
import { DEFAULT_STORE_PATH, EmbeddedStore } from "./embedded.js";
import type { GraphStore } from "./types.js";

export interface StoreOptions {
  /** Path of the embedded store file (--store, KG_STORE). */
  readonly store?: string;
  readonly write?: boolean;
}

export function storePath(options: StoreOptions): string {
  return options.store || process.env.KG_STORE || DEFAULT_STORE_PATH;
}

export async function openStore(options: StoreOptions): Promise<GraphStore> {
  return EmbeddedStore.open(storePath(options), { write: options.write });
}
