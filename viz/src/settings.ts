// Viewer settings, grouped by concern: one interface, one DEFAULT_SETTINGS, validateSettings() with
// readable messages and resolveSettings(partial), after sigma's own settings module.

export interface ViewerSettings {
  // Appearance
  minNodeSize: number;
  maxNodeSize: number;
  fadedColor: string;
  edgeColor: string;
  labelSize: number;
  /** Sigma's label grid: at most this many labels per cell, at every zoom level. */
  labelDensity: number;
  labelGridCellSize: number;
  /** Graphs with at most this many entities show every label the grid has room for, whatever the node size. */
  labelAllBelow: number;
  /**
   * Relations drawn with arrowheads. Above this, plain 1-pixel lines (arrowheads stay on hovered and
   * selected relations): instanced arrow programs cost seconds in software WebGL at 40,000 relations.
   */
  maxEdgesForArrows: number;
  // Interaction
  /** Edge hover needs a picking pass over every edge: off above this many relations. */
  maxEdgesForEdgeEvents: number;
  searchResults: number;
  focusZoomRatio: number;
  // Layout
  /** Initial layout: synchronous ForceAtlas2 iterations are given this budget of (nodes + edges) × iterations. */
  initialLayoutBudget: number;
  maxInitialIterations: number;
  /** Fewer iterations than this change little: large graphs open with circle packing only, and ForceAtlas2 runs on demand. */
  minInitialIterations: number;
  seed: number;
}

export const DEFAULT_SETTINGS: Readonly<ViewerSettings> = {
  minNodeSize: 3,
  maxNodeSize: 18,
  fadedColor: "#e4e6eb",
  edgeColor: "#aab0bb",
  labelSize: 13,
  labelDensity: 0.8,
  labelGridCellSize: 120,
  labelAllBelow: 300,
  maxEdgesForArrows: 5_000,
  maxEdgesForEdgeEvents: 20_000,
  searchResults: 10,
  focusZoomRatio: 0.35,
  initialLayoutBudget: 400_000,
  maxInitialIterations: 300,
  minInitialIterations: 30,
  seed: 42,
};

const positive = ["minNodeSize", "maxNodeSize", "labelSize", "labelDensity", "labelGridCellSize", "searchResults", "focusZoomRatio"] as const;
const nonNegativeIntegers = ["labelAllBelow", "maxEdgesForArrows", "maxEdgesForEdgeEvents", "initialLayoutBudget", "maxInitialIterations", "minInitialIterations", "seed"] as const;

export function validateSettings(settings: ViewerSettings): void {
  for (const key of positive) {
    const v = settings[key];
    if (typeof v !== "number" || !(v > 0)) throw new Error(`Viewer: invalid \`${key}\`. Expecting a positive number.`);
  }
  for (const key of nonNegativeIntegers) {
    const v = settings[key];
    if (!Number.isInteger(v) || v < 0) throw new Error(`Viewer: invalid \`${key}\`. Expecting a non-negative integer.`);
  }
  if (settings.maxNodeSize < settings.minNodeSize) throw new Error("Viewer: invalid `maxNodeSize`. Expecting a number at least `minNodeSize`.");
  for (const key of ["fadedColor", "edgeColor"] as const) {
    if (!/^#[0-9a-f]{6}$/i.test(settings[key])) throw new Error(`Viewer: invalid \`${key}\`. Expecting a #rrggbb color.`);
  }
}

export function resolveSettings(partial: Partial<ViewerSettings> = {}): ViewerSettings {
  const settings = { ...DEFAULT_SETTINGS, ...partial };
  validateSettings(settings);
  return settings;
}
