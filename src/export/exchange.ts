// The exchange graph: a graph document as a graphology graph with plain, format-friendly attributes
// (label, type, predicate, confidence, date). Exporters and the viewer read this; domain data only, no appearance.
import { MultiDirectedGraph } from "graphology";
import type { EntityRecord, GraphDocument, RelationRecord } from "../model/types.js";

export interface ExchangeNode {
  label: string;
  type: string;
  aliases: string[];
  mentions: number;
  value?: string;
  [key: string]: unknown;
}

export interface ExchangeEdge {
  label: string;
  predicate: string;
  confidence: number;
  evidence: number;
  sentence?: string;
  date?: string;
  negated?: boolean;
  [key: string]: unknown;
}

export type ExchangeGraph = MultiDirectedGraph<ExchangeNode, ExchangeEdge>;

/** A sentence index for evidence lookups: "doc#index" -> text. */
export function sentenceTexts(doc: GraphDocument): Map<string, string> {
  return new Map((doc.sentences ?? []).map((s) => [`${s.doc}#${s.index}`, s.text]));
}

export function exchangeNode(e: EntityRecord): ExchangeNode {
  return { label: e.name, type: e.type, aliases: [...e.aliases], mentions: e.mentions.length, ...(e.value ? { value: e.value } : {}) };
}

export function exchangeEdge(r: RelationRecord, sentences: ReadonlyMap<string, string>): ExchangeEdge {
  const first = r.evidence[0];
  const sentence = first ? sentences.get(`${first.doc}#${first.sentence}`) : undefined;
  return {
    label: r.predicate,
    predicate: r.predicate,
    confidence: r.confidence,
    evidence: r.evidence.length,
    ...(sentence ? { sentence } : {}),
    ...(r.date ? { date: r.date } : {}),
    ...(r.negated ? { negated: true } : {}),
  };
}

export function toExchangeGraph(doc: GraphDocument): ExchangeGraph {
  const graph = new MultiDirectedGraph<ExchangeNode, ExchangeEdge>();
  graph.setAttribute("name", "kg");
  const sentences = sentenceTexts(doc);
  for (const e of doc.entities) graph.addNode(e.id, exchangeNode(e));
  for (const r of doc.relations) {
    if (graph.hasNode(r.subject) && graph.hasNode(r.object)) graph.addEdgeWithKey(r.id, r.subject, r.object, exchangeEdge(r, sentences));
  }
  return graph;
}
