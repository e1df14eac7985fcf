// UI state: what the user selected, hovered and filtered. Plain immutable values; every change is a
// pure producer (state in, state out). Nothing here touches sigma or the DOM.
import type { SizeMetric } from "../appearance/sizes";

export const EGO_DEPTHS = [0, 1, 2, 3] as const;
export type EgoDepth = (typeof EGO_DEPTHS)[number];

export interface ViewState {
  readonly selected: string | null;
  readonly hoveredNode: string | null;
  readonly hoveredEdge: string | null;
  /** Ego network around the selected entity; 0 shows the whole graph. */
  readonly egoDepth: EgoDepth;
  readonly hiddenTypes: ReadonlySet<string>;
  /** Predicates to keep; null keeps all. */
  readonly predicates: ReadonlySet<string> | null;
  /** Document id to keep; null keeps all. */
  readonly doc: string | null;
  /** Relation dates to keep (inclusive); null keeps all. */
  readonly dateRange: { readonly from: string; readonly to: string } | null;
  readonly sizeBy: SizeMetric;
}

export const INITIAL_STATE: ViewState = {
  selected: null,
  hoveredNode: null,
  hoveredEdge: null,
  egoDepth: 0,
  hiddenTypes: new Set(),
  predicates: null,
  doc: null,
  dateRange: null,
  sizeBy: "degree",
};

export type Producer = (state: ViewState) => ViewState;

export const select = (id: string | null): Producer => (s) => ({ ...s, selected: id });
export const hoverNode = (id: string | null): Producer => (s) => (s.hoveredNode === id ? s : { ...s, hoveredNode: id });
export const hoverEdge = (id: string | null): Producer => (s) => (s.hoveredEdge === id ? s : { ...s, hoveredEdge: id });
export const setEgoDepth = (depth: EgoDepth): Producer => (s) => ({ ...s, egoDepth: depth });
export const setSizeBy = (metric: SizeMetric): Producer => (s) => ({ ...s, sizeBy: metric });
export const setDoc = (doc: string | null): Producer => (s) => ({ ...s, doc });
export const setDateRange = (range: ViewState["dateRange"]): Producer => (s) => ({ ...s, dateRange: range });

export const toggleType = (type: string): Producer => (s) => {
  const hidden = new Set(s.hiddenTypes);
  if (hidden.has(type)) hidden.delete(type);
  else hidden.add(type);
  return { ...s, hiddenTypes: hidden };
};

/** Keeps or drops one predicate; `all` lists every predicate, so the first click narrows from "all". */
export const togglePredicate = (predicate: string, all: readonly string[]): Producer => (s) => {
  const keep = new Set(s.predicates ?? all);
  if (keep.has(predicate)) keep.delete(predicate);
  else keep.add(predicate);
  return { ...s, predicates: keep.size === all.length ? null : keep };
};

export const setAllPredicates = (on: boolean): Producer => (s) => ({ ...s, predicates: on ? null : new Set() });

/** Back to the whole graph: no ego network, no filters, nothing selected. Appearance choices stay. */
export const resetView: Producer = (s) => ({ ...INITIAL_STATE, sizeBy: s.sizeBy });

/** Drops the filters (type, predicate, document, time) but keeps the selection and ego depth. */
export const clearFilters: Producer = (s) => ({ ...s, hiddenTypes: new Set(), predicates: null, doc: null, dateRange: null });

export const hasFilters = (s: ViewState): boolean => s.hiddenTypes.size > 0 || s.predicates !== null || s.doc !== null || s.dateRange !== null;
