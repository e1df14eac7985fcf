// Entry point: load the graph, lay it out, start the viewer. Marks each step with the Performance API
// (kg:fetched, kg:built, kg:layout, kg:interactive) for the benchmark, and sets
// <html data-ready="true"> once the first frame is drawn and search answers.
import "./styles.css";
import { startViewer } from "./app";
import { ApiError, buildGraph, fetchGraph, indexGraph } from "./data/load";
import { assignLayout, computeInitialLayout } from "./layout/initial";
import { resolveSettings } from "./settings";
import { byId } from "./ui/dom";

function showMessage(text: string): void {
  const box = byId("stage-message");
  box.textContent = text;
  box.hidden = false;
}

async function main(): Promise<void> {
  const settings = resolveSettings();
  const payload = await fetchGraph();
  performance.mark("kg:fetched");
  const graph = buildGraph(payload);
  const index = indexGraph(graph, payload.documents);
  performance.mark("kg:built");
  const positions = computeInitialLayout(graph, settings);
  assignLayout(graph, positions);
  performance.mark("kg:layout");
  if (graph.order === 0) {
    showMessage("The store is empty: ingest articles with `kg ingest FILES`, then reload.");
    byId("status").textContent = "0 entities";
    document.documentElement.dataset.ready = "true";
    return;
  }
  const viewer = startViewer(graph, index, positions, settings);
  await viewer.ready;
  performance.mark("kg:interactive");
  document.documentElement.dataset.ready = "true";
}

main().catch((error: unknown) => {
  const message = error instanceof ApiError ? `${error.message}${error.suggestion ? ` (${error.suggestion})` : ""}` : String(error);
  showMessage(`The viewer could not start: ${message}`);
  document.documentElement.dataset.ready = "error";
  throw error;
});
