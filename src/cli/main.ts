#!/usr/bin/env node
// kg's entry point: registers the commands, runs one, and is the only place that sets the exit code.
import { Command, CommanderError } from "commander";
import { isKgError, KgError } from "../errors.js";
import { registerBrowse } from "./commands/browse.js";
import { registerDemo } from "./commands/demo.js";
import { registerExport } from "./commands/export.js";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerNlp } from "./commands/nlp.js";
import { registerView } from "./commands/view.js";
import { registerQuery } from "./commands/query.js";
import { formatError, log, PartialFailure } from "./io.js";

export function createProgram(): Command {
  const program = new Command();
  program
    .name("kg")
    .description("Turn news articles into a knowledge graph you can query, explore and export.")
    .version("0.1.0")
    .option("--store <path>", "embedded store file (default .kg/graph.json, or $KG_STORE)")
    .option("--neo4j <uri>", "use the Neo4j server at this bolt:// or neo4j:// URI (or $NEO4J_URI); password from $NEO4J_PASSWORD")
    .option("--neo4j-user <name>", "Neo4j user (default $NEO4J_USERNAME, else neo4j)")
    .option("--neo4j-database <name>", "Neo4j database (default $NEO4J_DATABASE, else the server's default)")
    .showHelpAfterError()
    .exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  registerExtract(program);
  registerIngest(program);
  registerBrowse(program);
  registerExport(program);
  registerQuery(program);
  registerDemo(program);
  registerNlp(program);
  registerView(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv as string[]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof PartialFailure) return 1;
    if (isKgError(error)) {
      log(formatError(error));
      return error.code === "USAGE" ? 2 : 1;
    }
    const e = error as Error;
    log(formatError(new KgError("INTERNAL", e?.message ?? String(error), { suggestion: "this is a bug in kg; please report it with the command you ran" })));
    if (process.env.KG_DEBUG) log(e?.stack ?? "");
    return 1;
  }
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
