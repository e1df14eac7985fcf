// Sidebar sections for appearance (size metric), layout (ForceAtlas2 start/stop, back to the initial
// layout) and export (JSON, GraphML, GEXF, PNG), plus the status line with the visible counts.
import { SIZE_METRICS, type SizeMetric } from "../appearance/sizes";
import { EXPORT_FORMATS, type FileExportFormat } from "../export/export";
import type { LayoutController } from "../layout/fa2";
import { setSizeBy } from "../state/state";
import type { StateStore } from "../state/store";
import type { Visibility } from "../state/visibility";
import { h } from "./dom";

export function mountAppearance(container: HTMLElement, store: StateStore): void {
  const select = h(
    "select",
    { attrs: { id: "size-by", "aria-label": "Size entities by" }, on: { change: () => store.dispatch(setSizeBy(select.value as SizeMetric)) } },
    SIZE_METRICS.map((m) => h("option", { text: m.label, attrs: { value: m.id } })),
  );
  select.value = store.get().sizeBy;
  container.append(h("h3", { text: "Appearance" }), h("label", { class: "field" }, ["Size by", select]));
}

export interface LayoutCallbacks {
  /** Puts every entity back where the deterministic initial layout placed it. */
  resetLayout(): void;
}

export function mountLayout(container: HTMLElement, layout: LayoutController, callbacks: LayoutCallbacks): void {
  const toggle = h("button", { text: `Start ${layout.label}`, attrs: { type: "button", id: "layout-toggle", "aria-pressed": "false" } });
  const sync = () => {
    const running = layout.isRunning();
    toggle.textContent = `${running ? "Stop" : "Start"} ${layout.label}`;
    toggle.setAttribute("aria-pressed", String(running));
  };
  toggle.addEventListener("click", () => {
    if (layout.isRunning()) layout.stop();
    else layout.start();
    sync();
  });
  const reset = h("button", {
    text: "Initial layout",
    attrs: { type: "button", id: "layout-reset" },
    on: {
      click: () => {
        layout.stop();
        sync();
        callbacks.resetLayout();
      },
    },
  });
  container.append(h("h3", { text: "Layout" }), h("div", { class: "buttons" }, [toggle, reset]));
}

export interface ExportCallbacks {
  exportFile(format: FileExportFormat): void;
  exportPng(): void;
}

export function mountExport(container: HTMLElement, callbacks: ExportCallbacks): void {
  const buttons = EXPORT_FORMATS.map((f) => h("button", { text: f.label, attrs: { type: "button", "data-export": f.id }, on: { click: () => callbacks.exportFile(f.id) } }));
  const png = h("button", { text: "PNG", attrs: { type: "button", "data-export": "png" }, on: { click: () => callbacks.exportPng() } });
  container.append(h("h3", { text: "Export the current view" }), h("div", { class: "buttons" }, [...buttons, png]));
}

export function renderStatus(element: HTMLElement, visibility: Visibility, totals: { nodes: number; edges: number }): void {
  element.dataset.nodes = String(visibility.nodes.size);
  element.dataset.edges = String(visibility.edges.size);
  const n = visibility.nodes.size === totals.nodes ? `${totals.nodes}` : `${visibility.nodes.size} of ${totals.nodes}`;
  const e = visibility.edges.size === totals.edges ? `${totals.edges}` : `${visibility.edges.size} of ${totals.edges}`;
  element.textContent = `${n} entities · ${e} relations`;
}
