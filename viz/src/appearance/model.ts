// Derives the render model from the UI state, recomputing each part only when what it depends on
// changed: visibility on filter or ego changes, sizes on the size metric, emphasis on hover/selection.
import type { ViewGraph } from "../data/load";
import type { ViewerSettings } from "../settings";
import type { ViewState } from "../state/state";
import { computeVisibility, egoFocus, type Visibility } from "../state/visibility";
import type { Palette } from "./palette";
import { baseEdgeType, computeEmphasis, type RenderModel } from "./reducers";
import { computeSizes, type SizeMetric } from "./sizes";

export type ModelDeriver = (state: ViewState) => RenderModel;

function visibilityKey(s: ViewState): readonly unknown[] {
  return [s.hiddenTypes, s.predicates, s.doc, s.dateRange, s.egoDepth, egoFocus(s)];
}

const sameKey = (a: readonly unknown[] | null, b: readonly unknown[]) => a !== null && a.length === b.length && a.every((v, i) => v === b[i]);

export function createModelDeriver(graph: ViewGraph, palette: Palette, settings: ViewerSettings): ModelDeriver {
  let lastVisibilityKey: readonly unknown[] | null = null;
  let visibility: Visibility | null = null;
  const sizes = new Map<SizeMetric, Map<string, number>>();
  const edgeType = baseEdgeType(graph.size, settings);
  return (state) => {
    const key = visibilityKey(state);
    if (!visibility || !sameKey(lastVisibilityKey, key)) {
      visibility = computeVisibility(graph, state);
      lastVisibilityKey = key;
    }
    let sizeMap = sizes.get(state.sizeBy);
    if (!sizeMap) {
      sizeMap = computeSizes(graph, state.sizeBy, settings);
      sizes.set(state.sizeBy, sizeMap);
    }
    return {
      visibility,
      hover: computeEmphasis(graph, state.hoveredNode, visibility),
      selection: computeEmphasis(graph, state.selected, visibility),
      hoveredEdge: state.hoveredEdge,
      sizes: sizeMap,
      palette,
      settings,
      edgeType,
    };
  };
}
