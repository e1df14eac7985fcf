// Options every command shares: where the store is.
import type { StoreOptions } from "../store/open.js";

export interface GlobalOptions {
  readonly store?: string;
}

export function storeOptions(opts: GlobalOptions): StoreOptions {
  return { store: opts.store };
}
