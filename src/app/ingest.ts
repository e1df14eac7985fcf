// Ingest: articles into a store, one document at a time, each resolved against what the store holds.
// Per-file failures are collected (skip and count); a store failure stops the run. Re-ingest replaces.
import { buildGraph } from "../graph/resolve.js";
import { asKgError, expandInputs, toDocuments, type LoadFailure, type LoadOptions } from "../input/sources.js";
import { analysisError } from "./extract.js";
import type { GraphStore } from "../store/types.js";
import { analyzeDocument } from "../pipeline/analyze.js";
import { loadAnnotators } from "../pipeline/annotators.js";
import { createProgress } from "./progress.js";

export interface IngestResult {
  readonly documents: number;
  readonly entities: number;
  readonly relations: number;
  readonly failures: readonly LoadFailure[];
}

export async function ingestFiles(store: GraphStore, paths: readonly string[], options: LoadOptions & { progress?: boolean } = {}): Promise<IngestResult> {
  const { items, failures } = await expandInputs(paths, options);
  const failed: LoadFailure[] = [...failures];
  const progress = createProgress(items.length, "ingest", { enabled: options.progress });
  let documents = 0;
  let entities = 0;
  let relations = 0;
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
      const annotators = await loadAnnotators();
      for (const doc of docs) {
        // Policy: a document the pipeline cannot analyse is reported and skipped; a store failure stops the run.
        let delta;
        try {
          delta = buildGraph([analyzeDocument(doc, annotators)], await store.entityIndex());
        } catch (error) {
          failed.push({ source: doc.source, error: analysisError(error, doc.source) });
          continue;
        }
        const written = await store.write(delta);
        documents += written.documents;
        entities += written.entities;
        relations += written.relations;
      }
      progress.tick(item.source);
    }
  } finally {
    progress.stop();
  }
  return { documents, entities, relations, failures: failed };
}
