// Locates the package's committed `models/` directory, whether this file runs from `src/nlp/`
// (vitest, tsx) or from the compiled `dist/src/nlp/`: walk up from this module to the nearest
// directory holding package.json.

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cachedRoot: string | undefined;

/** The package root (the nearest ancestor directory of this module containing package.json). */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(new URL(import.meta.url)));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return (cachedRoot = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(new URL(import.meta.url))}`);
    dir = parent;
  }
}

/** Absolute path of a file in the package's `models/` directory. */
export function modelPath(file: string): string {
  return join(packageRoot(), "models", file);
}
