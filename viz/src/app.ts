// Wires the viewer together. This is the one marked place for side effects: state changes flow from
// the store to the graph controller (redraw, camera), the entity panel (fetch, render) and the status line.
import { createModelDeriver } from "./appearance/model";
import { createPalette } from "./appearance/palette";
import { createGraphController } from "./controllers/sigma";
import { fetchEntity, type GraphIndex, type ViewGraph } from "./data/load";
import { downloadBlob, downloadExport } from "./export/export";
import { createForceAtlas2 } from "./layout/fa2";
import { assignLayout, type Positions } from "./layout/initial";
import { createSearchIndex } from "./search/index";
import type { ViewerSettings } from "./settings";
import { clearFilters, hasFilters, hoverEdge, hoverNode, INITIAL_STATE, resetView, select } from "./state/state";
import { createStateStore } from "./state/store";
import { byId } from "./ui/dom";
import { mountFilters } from "./ui/filters";
import { mountLegend } from "./ui/legend";
import { createPanel } from "./ui/panel";
import { mountSearchBox } from "./ui/search-box";
import { mountAppearance, mountExport, mountLayout, renderStatus } from "./ui/toolbar";

export interface Viewer {
  /** Resolves once the first frame is drawn and search answers. */
  readonly ready: Promise<void>;
}

export function startViewer(graph: ViewGraph, index: GraphIndex, initialPositions: Positions, settings: ViewerSettings): Viewer {
  const allTypes = index.types.map((t) => t.type);
  const palette = createPalette(allTypes);
  const store = createStateStore(INITIAL_STATE);
  const derive = createModelDeriver(graph, palette, settings);
  const totals = { nodes: graph.order, edges: graph.size };

  const controller = createGraphController(byId("sigma-container"), graph, settings, derive(store.get()), {
    hoverNode: (node) => store.dispatch(hoverNode(node)),
    hoverEdge: (edge) => store.dispatch(hoverEdge(edge)),
    clickNode: (node) => store.dispatch(select(node)),
    clickStage: () => store.dispatch(select(null)),
  });
  const ready = controller.firstFrame;

  /** Selects an entity and brings it into view, clearing filters that would hide it. */
  const choose = (id: string) => {
    if (!graph.hasNode(id)) return;
    if (!derive(store.get()).visibility.nodes.has(id) && hasFilters(store.get())) store.dispatch(clearFilters);
    store.dispatch(select(id));
    // With an ego network shown, the subscriber below fits the camera to it; otherwise center here.
    const state = store.get();
    if (state.egoDepth === 0) controller.focusNode(id, derive(state).selection?.nodes ?? []);
  };

  const panel = createPanel(byId("panel"), palette, { navigate: choose, close: () => store.dispatch(select(null)) });
  let panelRequest = 0;
  const showEntity = (id: string | null) => {
    const request = ++panelRequest;
    if (id === null) return panel.hide();
    panel.showLoading(graph.getNodeAttribute(id, "label"));
    fetchEntity(id).then(
      (details) => request === panelRequest && panel.show(details),
      (error: Error) => request === panelRequest && panel.showError(`Could not load this entity: ${error.message}`),
    );
  };

  const status = byId("status");
  store.subscribe((state, previous) => {
    const model = derive(state);
    controller.render(model);
    renderStatus(status, model.visibility, totals);
    if (state.selected !== previous.selected) showEntity(state.selected);
    const egoChanged = state.egoDepth !== previous.egoDepth || (state.egoDepth > 0 && state.selected !== previous.selected);
    if (egoChanged) {
      if (state.egoDepth > 0 && state.selected !== null) controller.fitNodes(model.visibility.nodes);
      else if (state.egoDepth !== previous.egoDepth) controller.resetCamera();
    }
  });
  renderStatus(status, derive(store.get()).visibility, totals);

  const searchIndex = createSearchIndex(graph);
  mountSearchBox(byId("search"), searchIndex, palette, settings.searchResults, choose);

  const sidebar = byId("sidebar");
  const section = () => sidebar.appendChild(document.createElement("section"));
  mountLegend(section(), index, palette, store);
  mountAppearance(section(), store);
  mountFilters(section(), index, store, {
    reset: () => {
      store.dispatch(resetView);
      controller.resetCamera();
    },
  });
  const layout = createForceAtlas2(graph);
  mountLayout(section(), layout, { resetLayout: () => assignLayout(graph, initialPositions) });
  mountExport(section(), {
    exportFile: (format) => downloadExport(format, store.get(), allTypes),
    exportPng: () => controller.toPngBlob().then((blob) => downloadBlob(blob, "kg-graph.png")),
  });

  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !(e.target instanceof HTMLInputElement)) store.dispatch(select(null));
  });
  window.addEventListener("pagehide", () => {
    layout.kill();
    controller.kill();
  });
  return { ready };
}
