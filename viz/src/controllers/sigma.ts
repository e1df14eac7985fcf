// The only module that touches the Sigma instance: creates it with the reducers, forwards its events
// as callbacks, redraws when the render model changes, moves the camera and composites a PNG.
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import type { EdgeLabelDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";
import type { CameraState } from "sigma/types";
import { drawEdgeLabelWithHalo, drawLabelWithHalo } from "../appearance/labels";
import { reduceEdge, reduceNode, type RenderModel } from "../appearance/reducers";
import type { EdgeAttributes, NodeAttributes, ViewGraph } from "../data/load";
import type { ViewerSettings } from "../settings";

export interface GraphEvents {
  hoverNode(node: string | null): void;
  hoverEdge(edge: string | null): void;
  clickNode(node: string): void;
  clickStage(): void;
}

export interface GraphController {
  render(model: RenderModel): void;
  /** Centers the camera on one entity, zoomed so that `around` (its neighbors) stays in view. */
  focusNode(node: string, around: Iterable<string>): void;
  /** Fits the camera to a set of entities (the ego network), or to the whole graph when empty. */
  fitNodes(nodes: Iterable<string>): void;
  resetCamera(): void;
  /** Resolves once the first frame is on screen. */
  readonly firstFrame: Promise<void>;
  toPngBlob(): Promise<Blob>;
  kill(): void;
}

const CAMERA_ANIMATION = { duration: 400 };

export function createGraphController(container: HTMLElement, graph: ViewGraph, settings: ViewerSettings, initial: RenderModel, events: GraphEvents): GraphController {
  let model = initial;
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    nodeReducer: (node, data) => reduceNode(model, node, data),
    edgeReducer: (edge, data) => reduceEdge(model, edge, data),
    defaultEdgeType: "arrow",
    // "thin": 1-pixel lines, one non-instanced draw, for large graphs (see baseEdgeType).
    edgeProgramClasses: { thin: EdgeLineProgram },
    renderEdgeLabels: true,
    enableEdgeEvents: graph.size <= settings.maxEdgesForEdgeEvents,
    defaultDrawNodeLabel: drawLabelWithHalo as NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes>,
    defaultDrawEdgeLabel: drawEdgeLabelWithHalo as EdgeLabelDrawingFunction<NodeAttributes, EdgeAttributes>,
    labelSize: settings.labelSize,
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelWeight: "500",
    edgeLabelSize: settings.labelSize - 2,
    edgeLabelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelDensity: graph.order <= settings.labelAllBelow ? 1.5 * settings.labelDensity : settings.labelDensity,
    labelGridCellSize: settings.labelGridCellSize,
    // Small graphs label every entity; larger ones label big nodes first, and more as the camera zooms in.
    labelRenderedSizeThreshold: graph.order <= settings.labelAllBelow ? 0 : settings.minNodeSize + 2,
    zIndex: true,
    stagePadding: 50,
    hideEdgesOnMove: graph.size > settings.maxEdgesForEdgeEvents,
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
  });

  sigma.on("enterNode", ({ node }) => events.hoverNode(node));
  sigma.on("leaveNode", () => events.hoverNode(null));
  sigma.on("enterEdge", ({ edge }) => events.hoverEdge(edge));
  sigma.on("leaveEdge", () => events.hoverEdge(null));
  sigma.on("clickNode", ({ node }) => events.clickNode(node));
  sigma.on("clickStage", () => events.clickStage());

  // Sigma follows window resizes only; the stage also changes size when the entity panel opens or closes.
  const resizeObserver = new ResizeObserver(() => sigma.scheduleRender());
  resizeObserver.observe(container);

  const camera = sigma.getCamera();
  const animate = (state: Partial<CameraState>) => void camera.animate(state, CAMERA_ANIMATION);

  return {
    render(next) {
      model = next;
      sigma.scheduleRefresh();
    },
    focusNode(node, around) {
      if (!graph.hasNode(node)) return;
      sigma.refresh();
      const center = sigma.getNodeDisplayData(node);
      if (!center) return;
      let reach = 0;
      for (const other of around) {
        const d = sigma.getNodeDisplayData(other);
        if (d) reach = Math.max(reach, Math.abs(d.x - center.x), Math.abs(d.y - center.y));
      }
      const ratio = reach > 0 ? Math.min(1, Math.max(0.05, reach * 2.6)) : Math.min(camera.getState().ratio, settings.focusZoomRatio);
      animate({ x: center.x, y: center.y, ratio });
    },
    fitNodes(nodes) {
      sigma.refresh();
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const node of nodes) {
        const d = sigma.getNodeDisplayData(node);
        if (!d) continue;
        [minX, minY, maxX, maxY] = [Math.min(minX, d.x), Math.min(minY, d.y), Math.max(maxX, d.x), Math.max(maxY, d.y)];
      }
      if (!Number.isFinite(minX)) return animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      const extent = Math.max(maxX - minX, maxY - minY);
      animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: Math.min(1.2, Math.max(0.08, extent * 1.3)), angle: 0 });
    },
    resetCamera: () => animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }),
    // Sigma's constructor renders synchronously; the frame reaches the screen in the next rendering
    // step, and a task queued from requestAnimationFrame runs once that step is done.
    firstFrame: new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
    toPngBlob() {
      // Render synchronously, then copy every layer in the same task, while the WebGL buffers still hold the frame.
      sigma.refresh();
      const { width, height } = sigma.getDimensions();
      const ratio = window.devicePixelRatio || 1;
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      const context = canvas.getContext("2d");
      if (!context) return Promise.reject(new Error("no 2D canvas context"));
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      for (const [id, layer] of Object.entries(sigma.getCanvases())) {
        if (id === "mouse") continue;
        context.drawImage(layer, 0, 0, canvas.width, canvas.height);
      }
      return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"));
    },
    kill: () => {
      resizeObserver.disconnect();
      sigma.kill();
    },
  };
}
