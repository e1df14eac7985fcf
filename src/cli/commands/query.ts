// kg query: Cypher against the Neo4j store, read-only unless --write; rows as a table, JSON or CSV.
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { paramCollector, type QueryParams } from "../../store/neo4j-params.js";
import type { QueryResult } from "../../store/neo4j-query.js";
import { usesNeo4j } from "../../store/open.js";
import { log, out } from "../io.js";
import { storeOptions, type GlobalOptions } from "../options.js";
import { table } from "../render.js";

const FORMATS = ["table", "json", "csv"] as const;
type Format = (typeof FORMATS)[number];

const collectParam = paramCollector(
  (message) => new UsageError(`invalid --param: ${message}`, 'write --param name=value, e.g. --param name=Hamas --param limit=5 --param \'ids=["a","b"]\''),
);

/** Rows as text; neo4j-values is loaded with the driver, only when a query runs. */
export async function renderRows(result: QueryResult, format: Format): Promise<string> {
  const { toCsv, toPlain, toText } = await import("../../store/neo4j-values.js");
  const { keys, records } = result;
  if (format === "json") return JSON.stringify(records.map((r) => Object.fromEntries(keys.map((k) => [k, toPlain(r.get(k))]))), null, 2) + "\n";
  if (!keys.length) return "";
  if (format === "csv") return toCsv(keys, records.map((r) => keys.map((k) => r.get(k))));
  return table(keys, records.map((r) => keys.map((k) => toText(r.get(k)))));
}

export function registerQuery(program: Command): void {
  program
    .command("query")
    .description("run a Cypher query against Neo4j and print the rows (read-only unless --write)")
    .argument("<cypher>", "the query; refer to parameters as $name")
    .option("-p, --param <key=value>", "a query parameter, repeatable; JSON values are parsed (n=3, 'names=[\"a\",\"b\"]'), anything else is text", collectParam, {})
    .option("-f, --format <format>", FORMATS.join(" | "), "table")
    .option("--write", "run in a write transaction; without it, a query that writes is refused")
    .action(async (text: string, opts: { param: QueryParams; format: string; write?: boolean }, cmd: Command) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`unknown format "${opts.format}"`, `use one of: ${FORMATS.join(", ")}`);
      const global = cmd.optsWithGlobals<GlobalOptions>();
      if (!usesNeo4j(storeOptions(global))) {
        throw new UsageError("kg query runs Cypher, which needs the Neo4j store", "give --neo4j bolt://HOST:7687 or set NEO4J_URI (start a local server with `npm run neo4j:start`)");
      }
      const { connectNeo4j, resolveNeo4jSettings } = await import("../../store/neo4j-connection.js");
      const { runQuery } = await import("../../store/neo4j-query.js");
      const settings = resolveNeo4jSettings({ uri: global.neo4j, user: global.neo4jUser, database: global.neo4jDatabase });
      const conn = await connectNeo4j(settings, { lossless: true });
      let result: QueryResult;
      try {
        result = await runQuery(conn, text, opts.param, { write: opts.write });
      } finally {
        await conn.close();
      }
      out(await renderRows(result, opts.format as Format));
      const changes = Object.entries(result.counters).map(([k, n]) => `${k} ${n}`);
      log(`${result.records.length} row(s)${changes.length ? `; ${changes.join(", ")}` : ""}`);
    });
}
