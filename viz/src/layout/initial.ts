// The deterministic initial layout: circle packing grouped by entity type with a seeded random source,
// then, for graphs small enough, a fixed number of synchronous ForceAtlas2 iterations. The same graph
// (the API sorts nodes by id) therefore opens the same way every time.
import circlepack from "graphology-layout/circlepack";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { ViewGraph } from "../data/load";
import type { ViewerSettings } from "../settings";
import { forceAtlas2Settings } from "./fa2";

/** mulberry32: a small seeded PRNG, so the layout never depends on Math.random. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Synchronous ForceAtlas2 iterations the graph can afford; below `minInitialIterations` it is not worth starting. */
export function initialIterations(graph: ViewGraph, settings: Pick<ViewerSettings, "initialLayoutBudget" | "maxInitialIterations" | "minInitialIterations">): number {
  const elements = graph.order + graph.size;
  if (elements === 0 || graph.size === 0) return 0;
  const iterations = Math.min(settings.maxInitialIterations, Math.floor(settings.initialLayoutBudget / elements));
  return iterations < settings.minInitialIterations ? 0 : iterations;
}

export interface Positions {
  [node: string]: { x: number; y: number };
}

/** Computes the initial positions. Circle packing reads only the graph; ForceAtlas2 starts from those positions, so they are assigned first. */
export function computeInitialLayout(graph: ViewGraph, settings: ViewerSettings): Positions {
  let positions: Positions = circlepack(graph, { hierarchyAttributes: ["type"], rng: seededRandom(settings.seed), scale: 100 });
  const iterations = initialIterations(graph, settings);
  if (iterations > 0) {
    assignLayout(graph, positions);
    positions = forceAtlas2(graph, { iterations, settings: forceAtlas2Settings(graph) });
  }
  return positions;
}

/** Writing form: assigns the positions to the graph. */
export function assignLayout(graph: ViewGraph, positions: Positions): void {
  graph.updateEachNodeAttributes((node, a) => ({ ...a, ...(positions[node] ?? { x: 0, y: 0 }) }), { attributes: ["x", "y"] });
}
