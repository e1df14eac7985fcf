// The embedded default store: the corpus graph in one JSON file (graphology's serialized form).
// Writes are atomic (temporary file, then rename); a writer holds an inter-process lock, so a
// second writer gets a clear error instead of losing an update. Needs no server.
import { mkdir, readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import lockfile from "proper-lockfile";
import writeFileAtomic from "write-file-atomic";
import { StoreError } from "../errors.js";
import { applyDelta, computeStats, createCorpusGraph, entityDetails, entityIndex, listEntities, selectSubgraph, type CorpusGraph } from "../graph/corpus.js";
import type { GraphDocument } from "../model/types.js";
import type { EntityQuery, GraphStore, SubgraphSelector, WriteResult } from "./types.js";

export const STORE_FORMAT = "kg-store";
export const STORE_VERSION = 1;
export const DEFAULT_STORE_PATH = ".kg/graph.json";

export interface EmbeddedStoreOptions {
  /** Open for writing: takes the lock until close(). */
  readonly write?: boolean;
}

export class EmbeddedStore implements GraphStore {
  readonly kind = "embedded" as const;
  readonly location: string;
  private graph: CorpusGraph;
  private release?: () => Promise<void>;
  private dirty = false;
  private lastFlush = Date.now();
  /** Bound on how much work a crash can lose: the file is rewritten at least this often during long ingests. */
  static flushIntervalMs = 2000;

  private constructor(path: string, graph: CorpusGraph) {
    this.location = path;
    this.graph = graph;
  }

  static async open(path: string = DEFAULT_STORE_PATH, options: EmbeddedStoreOptions = {}): Promise<EmbeddedStore> {
    const full = resolve(path);
    let release: (() => Promise<void>) | undefined;
    if (options.write) {
      await mkdir(dirname(full), { recursive: true });
      try {
        release = await lockfile.lock(full, { realpath: false, stale: 30_000, update: 5_000, retries: 0 });
      } catch (error) {
        throw new StoreError("STORE_LOCKED", `the store ${path} is being written by another kg process`, {
          subject: path,
          suggestion: "wait for the other `kg ingest` to finish, or use another --store",
          cause: error,
        });
      }
    }
    try {
      const store = new EmbeddedStore(path, await readGraph(full, path));
      store.release = release;
      return store;
    } catch (error) {
      await release?.();
      throw error;
    }
  }

  /** The live graph, for read-only use by the viewer server and exporters. */
  get corpus(): CorpusGraph {
    return this.graph;
  }

  async entityIndex() {
    return entityIndex(this.graph);
  }

  async write(delta: GraphDocument): Promise<WriteResult> {
    if (!this.release) throw new StoreError("STORE_IO", "the store was opened read-only", { suggestion: "open it with { write: true }" });
    // Apply to a copy so a failure leaves the in-memory graph as it was.
    const next = this.graph.copy() as CorpusGraph;
    applyDelta(next, delta);
    this.graph = next;
    this.dirty = true;
    if (Date.now() - this.lastFlush > EmbeddedStore.flushIntervalMs) await this.flush();
    return { documents: delta.documents.length, entities: delta.entities.length, relations: delta.relations.length };
  }

  /** Writes the graph to disk atomically. Called by close(); callers may flush earlier to bound loss on a crash. */
  async flush(): Promise<void> {
    if (!this.dirty) return;
    const file = { format: STORE_FORMAT, version: STORE_VERSION, graph: this.graph.export() };
    try {
      await writeFileAtomic(resolve(this.location), JSON.stringify(file));
    } catch (error) {
      throw new StoreError("STORE_IO", `could not write the store ${this.location}: ${(error as Error).message}`, { subject: this.location, cause: error, suggestion: "check free disk space and permissions" });
    }
    this.dirty = false;
    this.lastFlush = Date.now();
  }

  async stats() {
    return computeStats(this.graph);
  }

  async listEntities(query?: EntityQuery) {
    return listEntities(this.graph, query);
  }

  async getEntity(nameOrId: string) {
    return entityDetails(this.graph, nameOrId);
  }

  async subgraph(selector?: SubgraphSelector) {
    return selectSubgraph(this.graph, selector);
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      const release = this.release;
      this.release = undefined;
      await release?.().catch(() => undefined);
    }
  }
}

async function readGraph(full: string, shown: string): Promise<CorpusGraph> {
  let raw: string;
  try {
    raw = await readFile(full, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return createCorpusGraph();
    throw new StoreError("STORE_IO", `cannot read the store ${shown}: ${(error as Error).message}`, { subject: shown, cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new StoreError("STORE_CORRUPT", `the store ${shown} is damaged (not valid JSON: ${(error as Error).message})`, {
      subject: shown,
      suggestion: "restore it from a backup, or delete it and ingest again",
    });
  }
  const file = parsed as { format?: unknown; version?: unknown; graph?: { nodes?: unknown; edges?: unknown } };
  if (!file || typeof file !== "object" || file.format !== STORE_FORMAT) {
    throw new StoreError("STORE_CORRUPT", `${shown} is not a kg store (no "format": "${STORE_FORMAT}")`, { subject: shown, suggestion: "point --store at a kg graph file, or at a new path" });
  }
  if (file.version !== STORE_VERSION) {
    throw new StoreError("STORE_CORRUPT", `${shown} is a kg store of version ${String(file.version)}; this kg reads version ${STORE_VERSION}`, { subject: shown, suggestion: "re-ingest the articles into a new store" });
  }
  if (!file.graph || !Array.isArray(file.graph.nodes) || !Array.isArray(file.graph.edges)) {
    throw new StoreError("STORE_CORRUPT", `the store ${shown} is damaged (no graph nodes and edges)`, { subject: shown, suggestion: "restore it from a backup, or delete it and ingest again" });
  }
  const graph = createCorpusGraph();
  try {
    graph.import(file.graph as Parameters<CorpusGraph["import"]>[0]);
  } catch (error) {
    throw new StoreError("STORE_CORRUPT", `the store ${shown} is damaged (${(error as Error).message})`, { subject: shown, suggestion: "restore it from a backup, or delete it and ingest again" });
  }
  return graph;
}
