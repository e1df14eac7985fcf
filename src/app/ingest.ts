// Ingest: articles into a store in batches of documents, each resolved against what the store holds and the documents before it.
// Per-file failures are collected (skip and count); a store failure stops the run. Re-ingest replaces.
import { buildGraphInOrder } from "../graph/batch.js";
import { buildGraph } from "../graph/resolve.js";
import type { AnalyzedDocument, GraphDocument } from "../model/types.js";
import { asKgError, expandInputs, toDocuments, type LoadFailure, type LoadOptions } from "../input/sources.js";
import { analysisError } from "./extract.js";
import type { GraphStore } from "../store/types.js";
import { analyzeDocument } from "../pipeline/analyze.js";
import { type AnnotatorOptions, loadAnnotators } from "../pipeline/annotators.js";
import { createProgress } from "./progress.js";

export interface IngestResult {
  readonly documents: number;
  readonly entities: number;
  readonly relations: number;
  readonly failures: readonly LoadFailure[];
}

/** Documents per store write when not told otherwise: one transaction (Neo4j) or file write (embedded) each. */
export const DEFAULT_BATCH = 100;

export interface IngestOptions extends LoadOptions, AnnotatorOptions {
  readonly progress?: boolean;
  /**
   * Documents analysed before they are resolved together and written in one store write (default 100).
   * A batch is stored whole or not at all, so a failure never leaves part of a document; re-running redoes it.
   */
  readonly batch?: number;
}

export async function ingestFiles(store: GraphStore, paths: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const { items, failures } = await expandInputs(paths, options);
  const failed: LoadFailure[] = [...failures];
  const progress = createProgress(items.length, "ingest", { enabled: options.progress });
  const batch = Math.max(1, Math.floor(options.batch ?? DEFAULT_BATCH));
  let documents = 0;
  let entities = 0;
  let relations = 0;
  const pending: AnalyzedDocument[] = [];
  const write = async (delta: GraphDocument) => {
    const written = await store.write(delta);
    documents += written.documents;
    entities += written.entities;
    relations += written.relations;
  };
  // Resolves the pending documents in order (as if each were written alone) and writes them in one write.
  // Reading the store's index is outside the try blocks: a store failure stops the run, it is no document's fault.
  const flush = async () => {
    if (!pending.length) return;
    const docs = pending.splice(0);
    const index = await store.entityIndex();
    let delta: GraphDocument;
    try {
      delta = buildGraphInOrder(docs, index);
    } catch {
      // Find the document resolution fails on: resolve and write them one at a time.
      for (const doc of docs) {
        const current = await store.entityIndex();
        let one: GraphDocument;
        try {
          one = buildGraph([doc], current);
        } catch (error) {
          failed.push({ source: doc.document.source, error: analysisError(error, doc.document.source) });
          continue;
        }
        await write(one);
      }
      return;
    }
    await write(delta);
  };
  try {
    for (const item of items) {
      let docs;
      try {
        docs = toDocuments(await item.read(), item.source, options);
      } catch (error) {
        failed.push({ source: item.source, error: asKgError(error, item.source) });
        progress.tick(item.source);
        continue;
      }
      const annotators = await loadAnnotators({ fast: options.fast });
      for (const doc of docs) {
        // Policy: a document the pipeline cannot analyse is reported and skipped; a store failure stops the run.
        let analyzed;
        try {
          analyzed = analyzeDocument(doc, annotators);
        } catch (error) {
          failed.push({ source: doc.source, error: analysisError(error, doc.source) });
          continue;
        }
        // The same document twice in one write would be merged with itself: write the first one first.
        if (pending.some((p) => p.document.id === analyzed.document.id)) await flush();
        pending.push(analyzed);
        if (pending.length >= batch) await flush();
      }
      progress.tick(item.source);
    }
    await flush();
  } finally {
    progress.stop();
  }
  return { documents, entities, relations, failures: failed };
}
