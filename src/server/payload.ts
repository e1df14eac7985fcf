// The viewer's wire format: what /api/graph returns and the viz/ bundle reads (type-only on that side).
// The graph is the exchange graph (src/export/exchange.ts) in graphology's serialized form, with the
// documents each entity and relation comes from added, so the viewer can filter by document.
// Relation dates travel as the exchange edges' `date` attribute.
import type { SerializedGraph } from "graphology-types";
import { exchangeEdge, exchangeNode, sentenceTexts, toExchangeGraph, type ExchangeEdge, type ExchangeNode } from "../export/exchange.js";
import type { DocumentRecord, GraphDocument } from "../model/types.js";

export interface ViewNodeAttributes extends ExchangeNode {
  /** Ids of the documents that mention the entity. */
  docs: string[];
}

export interface ViewEdgeAttributes extends ExchangeEdge {
  /** Ids of the documents whose sentences support the relation. */
  docs: string[];
}

export type ViewSerializedGraph = SerializedGraph<ViewNodeAttributes, ViewEdgeAttributes>;

export interface GraphPayload {
  readonly graph: ViewSerializedGraph;
  readonly documents: readonly DocumentRecord[];
}

export interface ApiErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly suggestion?: string };
}

/**
 * Builds the payload of /api/graph from a subgraph. The attributes are exactly those of
 * toExchangeGraph(doc).export() (a test holds the two equal), written directly in serialized form:
 * building a graphology graph first costs seconds on 40,000 relations.
 */
export function toGraphPayload(doc: GraphDocument): GraphPayload {
  const sentences = sentenceTexts(doc);
  const ids = new Set<string>();
  const nodes: ViewSerializedGraph["nodes"] = [];
  for (const e of doc.entities) {
    if (ids.has(e.id)) continue;
    ids.add(e.id);
    const docs = [...new Set(e.mentions.map((m) => m.doc))].sort();
    nodes.push({ key: e.id, attributes: { ...exchangeNode(e), docs } });
  }
  const edges: ViewSerializedGraph["edges"] = [];
  for (const r of doc.relations) {
    if (!ids.has(r.subject) || !ids.has(r.object)) continue;
    const docs = [...new Set(r.evidence.map((e) => e.doc))].sort();
    edges.push({ key: r.id, source: r.subject, target: r.object, attributes: { ...exchangeEdge(r, sentences), docs } });
  }
  return { graph: { attributes: { name: "kg" }, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes, edges }, documents: doc.documents };
}

/** The exchange graph's serialized form, for comparison with the payload (tests) and for callers that want the graph itself. */
export const exchangeExport = (doc: GraphDocument) => toExchangeGraph(doc).export();
