// Node sizes from a metric of the whole graph (degree or PageRank, graphology-metrics), scaled to
// [minNodeSize, maxNodeSize] on a square-root scale. Pure: returns a map, never writes the graph.
import pagerank from "graphology-metrics/centrality/pagerank";
import type { ViewGraph } from "../data/load";
import type { ViewerSettings } from "../settings";

export const SIZE_METRICS = [
  { id: "degree", label: "Degree" },
  { id: "pagerank", label: "PageRank" },
] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number]["id"];

export function metricValues(graph: ViewGraph, metric: SizeMetric): Map<string, number> {
  if (metric === "pagerank") {
    const ranks = graph.size > 0 ? pagerank(graph, { getEdgeWeight: null }) : {};
    return new Map(graph.mapNodes((n) => [n, ranks[n] ?? 0] as const));
  }
  return new Map(graph.mapNodes((n) => [n, graph.degree(n)] as const));
}

export function computeSizes(graph: ViewGraph, metric: SizeMetric, settings: Pick<ViewerSettings, "minNodeSize" | "maxNodeSize">): Map<string, number> {
  const values = metricValues(graph, metric);
  let min = Infinity;
  let max = -Infinity;
  for (const v of values.values()) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const span = max - min;
  const sizes = new Map<string, number>();
  for (const [node, v] of values) {
    const t = span > 0 ? Math.sqrt((v - min) / span) : 0.3;
    sizes.set(node, settings.minNodeSize + t * (settings.maxNodeSize - settings.minNodeSize));
  }
  return sizes;
}
