// kg export: a subgraph (focus + depth, types, predicates, documents), or what a Cypher query returns
// (--cypher, Neo4j store), as json, graphml, gexf, csv or cypher.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from "../../export/index.js";
import { paramCollector, type QueryParams } from "../../store/neo4j-params.js";
import type { Neo4jStore } from "../../store/neo4j.js";
import { openStore } from "../../store/open.js";
import { collect, log, out, parseIntOption } from "../io.js";
import { storeOptions, type GlobalOptions } from "../options.js";

interface ExportOptions {
  format: string;
  out?: string;
  focus?: string;
  depth?: number;
  type?: string[];
  predicate?: string[];
  doc?: string[];
  cypher?: string;
  param: QueryParams;
}

const collectParam = paramCollector((message) => new UsageError(`invalid --param: ${message}`, "write --param name=value, e.g. --param name=Hamas"));

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write a subgraph; no selector means the whole graph")
    .option("-f, --format <format>", EXPORT_FORMATS.join(" | "), "json")
    .option("-o, --out <path>", "output file (a directory for csv); stdout when omitted")
    .option("--focus <entity>", "center on this entity (name, alias or id)")
    .option("--depth <n>", "hops around --focus", parseIntOption("--depth"), 1)
    .option("--type <types>", "entity types to keep (repeatable or comma-separated)", collect)
    .option("--predicate <predicates>", "relation predicates to keep (repeatable or comma-separated)", collect)
    .option("--doc <docs>", "documents (id or source path) to keep", collect)
    .option("--cypher <query>", "export the nodes and relationships this read-only Cypher query returns (Neo4j store)")
    .option("-p, --param <key=value>", "a parameter of the --cypher query, repeatable", collectParam, {})
    .action(async (opts: ExportOptions, cmd: Command) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`unknown export format "${opts.format}"`, `use one of: ${EXPORT_FORMATS.join(", ")}`);
      const format = opts.format as ExportFormat;
      if (format === "csv" && !opts.out) throw new UsageError("csv export writes two files (nodes.csv, relationships.csv)", "give a directory with --out DIR");
      if (opts.cypher !== undefined && (opts.focus !== undefined || opts.type || opts.predicate || opts.doc)) {
        throw new UsageError("--cypher cannot be combined with --focus, --type, --predicate or --doc", "put the selection into the Cypher query");
      }
      const store = await openStore(storeOptions(cmd.optsWithGlobals<GlobalOptions>()));
      let graph;
      try {
        if (opts.cypher !== undefined) {
          if (store.kind !== "neo4j") throw new UsageError("--cypher needs the Neo4j store", "give --neo4j bolt://HOST:7687 or set NEO4J_URI");
          graph = await (store as Neo4jStore).queryGraph(opts.cypher, opts.param);
          if (!graph.entities.length) log("the query returned no nodes or relationships; return nodes, relationships or paths to export them");
        } else {
          graph = await store.subgraph({ focus: opts.focus, depth: opts.depth, types: opts.type, predicates: opts.predicate, docs: opts.doc });
        }
      } finally {
        await store.close();
      }
      const files = exportGraph(graph, format);
      if (!opts.out) {
        out(files[0]!.content);
      } else if (format === "csv") {
        await mkdir(opts.out, { recursive: true });
        for (const f of files) await writeFile(join(opts.out, f.name), f.content);
      } else {
        await writeFile(opts.out, files[0]!.content);
      }
      log(`exported ${graph.entities.length} entities and ${graph.relations.length} relations as ${format}${opts.out ? ` to ${opts.out}` : ""}`);
    });
}
