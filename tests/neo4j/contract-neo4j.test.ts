// The shared GraphStore contract on a real Neo4j server: same answers as the embedded store.
import { describe } from "vitest";
import { Neo4jStore } from "../../src/store/neo4j.js";
import type { GraphStore } from "../../src/store/types.js";
import { storeContract, type StoreFactory } from "../store/contract.js";
import { clearDatabase, neo4jSettings } from "./helpers.js";
import { neo4jTestConfig, reportSkip } from "./server.js";

const neo = neo4jTestConfig();
reportSkip(neo);

function neo4jFactory(): StoreFactory {
  return {
    async create(): Promise<GraphStore> {
      await clearDatabase();
      return Neo4jStore.open(neo4jSettings(), { write: true });
    },
    async reopen(store) {
      await store.close();
      return Neo4jStore.open(neo4jSettings());
    },
  };
}

describe.skipIf(neo.skip)("Neo4j store", () => {
  storeContract("neo4j", neo4jFactory);
});
