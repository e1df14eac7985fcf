// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), started and stopped from the UI.
// The worker writes positions into the graph; sigma redraws on those updates. Declared as data, like
// Gephi Lite's layouts: an id, a label and how to run it.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { ViewGraph } from "../data/load";

export interface LayoutController {
  readonly id: string;
  readonly label: string;
  isRunning(): boolean;
  start(): void;
  stop(): void;
  kill(): void;
}

/** The parameters both the initial layout and the worker use: graphology's inferred settings, a firmer gravity so separate components stay in view. */
export function forceAtlas2Settings(graph: ViewGraph) {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, gravity: 0.5 };
}

export function createForceAtlas2(graph: ViewGraph): LayoutController {
  let supervisor: FA2LayoutSupervisor | null = null;
  const ensure = () => {
    if (!supervisor) {
      supervisor = new FA2LayoutSupervisor(graph, { settings: forceAtlas2Settings(graph) });
    }
    return supervisor;
  };
  return {
    id: "forceatlas2",
    label: "ForceAtlas2",
    isRunning: () => supervisor?.isRunning() ?? false,
    start: () => ensure().start(),
    stop: () => supervisor?.stop(),
    kill: () => {
      supervisor?.kill();
      supervisor = null;
    },
  };
}
