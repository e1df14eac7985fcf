// Graph data: fetches the JSON API and turns /api/graph into a graphology graph plus an index of what
// filters can offer (types, predicates, documents, dates). Domain data only: no colors, no sizes.
import { MultiDirectedGraph } from "graphology";
import type { EntityDetails } from "../../../src/store/types.js";
import type { GraphPayload, ViewEdgeAttributes, ViewNodeAttributes } from "../../../src/server/payload.js";
import type { DocumentRecord } from "../../../src/model/types.js";
import { isRangeableDate } from "../../../src/server/date-range.js";

export type NodeAttributes = ViewNodeAttributes & { x: number; y: number };
export type EdgeAttributes = ViewEdgeAttributes;
export type ViewGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
export type { EntityDetails, DocumentRecord };

export interface GraphIndex {
  /** Entity types with their counts, most frequent first. */
  readonly types: readonly { readonly type: string; readonly count: number }[];
  readonly predicates: readonly { readonly predicate: string; readonly count: number }[];
  readonly documents: readonly DocumentRecord[];
  /** Distinct relation dates the time filter can place (they start with a year), sorted. */
  readonly dates: readonly string[];
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly suggestion?: string) {
    super(message);
    this.name = "ApiError";
  }
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = (await response.json()) as T | { error?: { message?: string; suggestion?: string } };
  if (!response.ok) {
    const error = (body as { error?: { message?: string; suggestion?: string } }).error;
    throw new ApiError(response.status, error?.message ?? `${path}: HTTP ${response.status}`, error?.suggestion);
  }
  return body as T;
}

export const fetchGraph = (): Promise<GraphPayload> => getJson<GraphPayload>("api/graph");

export const fetchEntity = (id: string): Promise<EntityDetails> => getJson<EntityDetails>(`api/entity/${encodeURIComponent(id)}`);

/** Imports the payload; positions are set to 0 until a layout assigns them. */
export function buildGraph(payload: GraphPayload): ViewGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const n of payload.graph.nodes) graph.addNode(n.key, { ...(n.attributes as ViewNodeAttributes), x: 0, y: 0 });
  for (const e of payload.graph.edges) {
    if (e.key === undefined) continue;
    graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes as ViewEdgeAttributes);
  }
  return graph;
}

const byCount = <T extends { count: number }>(key: (t: T) => string) => (a: T, b: T) => b.count - a.count || (key(a) < key(b) ? -1 : 1);

export function indexGraph(graph: ViewGraph, documents: readonly DocumentRecord[]): GraphIndex {
  const types = new Map<string, number>();
  const predicates = new Map<string, number>();
  const dates = new Set<string>();
  graph.forEachNode((_n, a) => types.set(a.type, (types.get(a.type) ?? 0) + 1));
  graph.forEachEdge((_e, a) => {
    predicates.set(a.predicate, (predicates.get(a.predicate) ?? 0) + 1);
    if (isRangeableDate(a.date)) dates.add(a.date);
  });
  return {
    types: [...types].map(([type, count]) => ({ type, count })).sort(byCount((t) => t.type)),
    predicates: [...predicates].map(([predicate, count]) => ({ predicate, count })).sort(byCount((p) => p.predicate)),
    documents: [...documents].sort((a, b) => (a.title ?? a.source).localeCompare(b.title ?? b.source)),
    dates: [...dates].sort(),
  };
}
