// ingestFiles' failure policy: a document the pipeline cannot handle is reported and skipped;
// a store that fails stops the run (it is no document's fault).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/app/ingest.js";
import { StoreError } from "../../src/errors.js";
import { openStore } from "../../src/store/open.js";
import type { GraphStore } from "../../src/store/types.js";
import { ROOT, tempDir } from "../helpers/cli.js";

describe("ingestFiles", () => {
  it("stops with the store's error when the store cannot give its entity index", async () => {
    const store = await openStore({ store: join(tempDir(), "graph.json"), write: true, neo4j: "" });
    try {
      const broken: GraphStore = Object.assign(Object.create(store) as GraphStore, {
        entityIndex: async () => {
          throw new StoreError("STORE_IO", "the store went away");
        },
      });
      await expect(ingestFiles(broken, [join(ROOT, "tests/fixtures/acme-hires.txt")], { progress: false })).rejects.toThrow("the store went away");
      expect((await store.stats()).documents).toBe(0);
    } finally {
      await store.close();
    }
  });
});
