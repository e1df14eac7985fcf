// Resolving several documents for one store write exactly as if each had been written on its own:
// each document is resolved against the store's entities and the documents before it, and the
// per-document deltas are concatenated (a store applies them in order, merging repeated entities).
import type { AnalyzedDocument, GraphDocument } from "../model/types.js";
import { applyDelta, createCorpusGraph, entityIndex } from "./corpus.js";
import { buildGraph, type IndexedEntity } from "./resolve.js";

export function buildGraphInOrder(docs: readonly AnalyzedDocument[], index: readonly IndexedEntity[]): GraphDocument {
  if (docs.length === 1) return buildGraph(docs, index);
  const graph = createCorpusGraph();
  for (const e of index) {
    graph.addNode(e.id, { kind: "entity", name: e.name, type: e.type, aliases: [...e.aliases], mentions: [], ...(e.value ? { value: e.value } : {}) });
  }
  const parts: GraphDocument[] = [];
  for (const doc of docs) {
    const delta = buildGraph([doc], parts.length ? entityIndex(graph) : index);
    applyDelta(graph, delta);
    parts.push(delta);
  }
  return {
    documents: parts.flatMap((p) => p.documents),
    entities: parts.flatMap((p) => p.entities),
    relations: parts.flatMap((p) => p.relations),
    sentences: parts.flatMap((p) => p.sentences ?? []),
  };
}
