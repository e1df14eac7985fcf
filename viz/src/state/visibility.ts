// What the current view shows, derived from the graph and the UI state. The rules are those of the
// store's subgraph selector (src/graph/corpus.ts selectSubgraph): filters first, then the ego network
// walks allowed relations in both directions; the time filter then drops relations outside the range.
// selectorParams() writes the same view as /api/export parameters, so an export equals what is shown.
import { dateInRange } from "../../../src/server/date-range.js";
import type { ViewGraph } from "../data/load";
import type { ViewState } from "./state";

export interface Visibility {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /** The entity the ego network is centered on, when one is shown. */
  readonly focus: string | null;
}

export function egoFocus(state: ViewState): string | null {
  return state.egoDepth > 0 ? state.selected : null;
}

export function visibleTypes(state: ViewState, allTypes: readonly string[]): string[] | null {
  return state.hiddenTypes.size === 0 ? null : allTypes.filter((t) => !state.hiddenTypes.has(t));
}

export function computeVisibility(graph: ViewGraph, state: ViewState): Visibility {
  const hiddenTypes = new Set([...state.hiddenTypes].map((t) => t.toLowerCase()));
  const predicates = state.predicates ? new Set([...state.predicates].map((p) => p.toLowerCase())) : null;
  const doc = state.doc;
  const nodeOk = (node: string) => {
    const a = graph.getNodeAttributes(node);
    return !hiddenTypes.has(a.type.toLowerCase()) && (!doc || a.docs.includes(doc));
  };
  const edgeOk = (edge: string) => {
    const a = graph.getEdgeAttributes(edge);
    return (!predicates || predicates.has(a.predicate.toLowerCase())) && (!doc || a.docs.includes(doc));
  };

  const focus = egoFocus(state);
  let nodes: Set<string>;
  if (focus !== null && graph.hasNode(focus)) {
    nodes = new Set([focus]);
    let frontier = [focus];
    for (let d = 0; d < state.egoDepth && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        graph.forEachEdge(n, (edge, _a, source, target) => {
          if (!edgeOk(edge)) return;
          const other = source === n ? target : source;
          if (nodes.has(other) || !nodeOk(other)) return;
          nodes.add(other);
          next.push(other);
        });
      }
      frontier = next;
    }
  } else {
    nodes = new Set(graph.filterNodes((n) => nodeOk(n)));
  }

  const range = state.dateRange ?? {};
  const edges = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (nodes.has(source) && nodes.has(target) && edgeOk(edge) && dateInRange(a.date, range)) edges.add(edge);
  });
  return { nodes, edges, focus: focus !== null && graph.hasNode(focus) ? focus : null };
}

/** The current view as /api/graph and /api/export query parameters (same rules as computeVisibility). */
export function selectorParams(state: ViewState, allTypes: readonly string[]): URLSearchParams {
  const params = new URLSearchParams();
  const focus = egoFocus(state);
  if (focus !== null) {
    params.set("focus", focus);
    params.set("depth", String(state.egoDepth));
  }
  const types = visibleTypes(state, allTypes);
  if (types) (types.length ? types : [""]).forEach((t) => params.append("type", t));
  if (state.predicates) (state.predicates.size ? [...state.predicates].sort() : [""]).forEach((p) => params.append("predicate", p));
  if (state.doc) params.set("doc", state.doc);
  if (state.dateRange) {
    params.set("from", state.dateRange.from);
    params.set("to", state.dateRange.to);
  }
  return params;
}
