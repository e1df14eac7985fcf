// Colors by entity type: a fixed color for each known type (so a Person is the same color in every
// graph), then a qualitative palette for types the model does not know yet.
const KNOWN: Readonly<Record<string, string>> = {
  Person: "#4e79a7",
  Organization: "#f28e2b",
  Location: "#59a14f",
  Facility: "#76b7b2",
  Date: "#b07aa1",
  Event: "#e15759",
  Group: "#edc948",
  Quantity: "#9c755f",
  Concept: "#ff9da7",
  Misc: "#8c8c8c",
};

const EXTRA = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#17becf", "#bcbd22", "#7f7f7f", "#e377c2"];

export type Palette = ReadonlyMap<string, string>;

export function createPalette(types: readonly string[]): Palette {
  const palette = new Map<string, string>();
  let extra = 0;
  for (const type of [...types].sort()) palette.set(type, KNOWN[type] ?? EXTRA[extra++ % EXTRA.length]!);
  return palette;
}

export const colorOf = (palette: Palette, type: string): string => palette.get(type) ?? "#8c8c8c";
