// Appearance is derived, not stored: sigma's nodeReducer/edgeReducer turn domain attributes plus the
// render model (visibility, emphasis, sizes, colors) into display data per frame. The graph is never
// written to for hover or selection.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, NodeAttributes, ViewGraph } from "../data/load";
import type { ViewerSettings } from "../settings";
import type { Visibility } from "../state/visibility";
import { colorOf, type Palette } from "./palette";

/** An entity, its visible neighbors and the relations between them: the hovered one fades everything else; the selected one is only drawn stronger. */
export interface Emphasis {
  readonly center: string;
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export interface RenderModel {
  readonly visibility: Visibility;
  /** Hover: the entity and its neighbors stand out, the rest fades. */
  readonly hover: Emphasis | null;
  /** Selection: the entity is highlighted, its relations show their predicates, nothing fades. */
  readonly selection: Emphasis | null;
  readonly hoveredEdge: string | null;
  readonly sizes: ReadonlyMap<string, number>;
  readonly palette: Palette;
  readonly settings: ViewerSettings;
  /** Program for edges that are not emphasized: "arrow", or "thin" lines on graphs too large to draw every arrowhead. */
  readonly edgeType: EdgeType;
}

/** Edge programs the controller registers: sigma's arrow, and its 1-pixel line program. */
export type EdgeType = "arrow" | "thin";

/** Arrowheads on every relation up to `maxEdgesForArrows`; above, only on the emphasized ones (hover, selection). */
export function baseEdgeType(edges: number, settings: Pick<ViewerSettings, "maxEdgesForArrows">): EdgeType {
  return edges <= settings.maxEdgesForArrows ? "arrow" : "thin";
}

export function computeEmphasis(graph: ViewGraph, center: string | null, visibility: Visibility): Emphasis | null {
  if (center === null || !visibility.nodes.has(center)) return null;
  const nodes = new Set([center]);
  const edges = new Set<string>();
  graph.forEachEdge(center, (edge, _a, source, target) => {
    if (!visibility.edges.has(edge)) return;
    edges.add(edge);
    nodes.add(source === center ? target : source);
  });
  return { center, nodes, edges };
}

export function reduceNode(model: RenderModel, node: string, data: NodeAttributes): Partial<NodeDisplayData> {
  const base = { x: data.x, y: data.y, type: "circle", size: model.sizes.get(node) ?? model.settings.minNodeSize };
  if (!model.visibility.nodes.has(node)) return { ...base, hidden: true, label: null };
  const display: Partial<NodeDisplayData> = { ...base, label: data.label, color: colorOf(model.palette, data.type) };
  const { hover, selection } = model;
  if (hover) {
    if (hover.nodes.has(node)) {
      display.forceLabel = true;
      display.zIndex = 1;
    } else {
      display.color = model.settings.fadedColor;
      display.label = null;
      display.zIndex = 0;
    }
  } else if (selection?.nodes.has(node)) {
    display.forceLabel = true;
    display.zIndex = 1;
  }
  if (node === selection?.center) {
    display.highlighted = true;
    display.forceLabel = true;
    display.zIndex = 2;
  }
  return display;
}

export function reduceEdge(model: RenderModel, edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
  if (!model.visibility.edges.has(edge)) return { hidden: true, label: null };
  const display: Partial<EdgeDisplayData> = { type: model.edgeType, size: 1, color: model.settings.edgeColor, label: null };
  const emphasized = model.hover ? model.hover.edges.has(edge) : (model.selection?.edges.has(edge) ?? false);
  if (emphasized || edge === model.hoveredEdge) {
    display.type = "arrow";
    display.color = "#4a5262";
    display.size = 2;
    display.label = data.negated ? `not ${data.predicate}` : data.predicate;
    display.forceLabel = true;
    display.zIndex = 1;
  } else if (model.hover) {
    display.color = model.settings.fadedColor;
    display.zIndex = 0;
  }
  return display;
}
