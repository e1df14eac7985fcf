// Reads the Cypher statements kept in the package's cypher/ directory (one query per file, or several
// separated by `;` at a line end). Queries are parameterised; nothing is ever spliced into them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { KgError } from "../errors.js";
import { packageRoot } from "../nlp/model-path.js";

const cache = new Map<string, string[]>();

/** The statements of cypher/<name>.cypher, comments kept (Cypher understands them). */
export function cypherStatements(name: string): string[] {
  let statements = cache.get(name);
  if (statements) return statements;
  const file = join(packageRoot(), "cypher", `${name}.cypher`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new KgError("INTERNAL", `cannot read ${file}: ${(error as Error).message}`, { suggestion: "reinstall kg: cypher/ is part of the package", cause: error });
  }
  statements = text
    .split(/;[ \t]*(?:\r?\n|$)/)
    .filter((s) => s.split("\n").some((line) => line.trim() && !line.trim().startsWith("//")))
    .map((s) => s.trim());
  cache.set(name, statements);
  return statements;
}

/** The single statement of cypher/<name>.cypher. */
export function cypher(name: string): string {
  const statements = cypherStatements(name);
  if (statements.length !== 1) throw new KgError("INTERNAL", `cypher/${name}.cypher holds ${statements.length} statements, expected one`);
  return statements[0]!;
}
