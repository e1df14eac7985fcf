// kg demo: the main job on the embedded default — ingest seeds/, print a summary, say how to look at it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { ingestFiles } from "../../app/ingest.js";
import { packageRoot } from "../../nlp/model-path.js";
import { openStore } from "../../store/open.js";
import { out, PartialFailure, reportFailures } from "../io.js";
import { renderStats } from "../render.js";
import { storeOptions, type GlobalOptions } from "../options.js";

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("ingest the seed articles (seeds/) into the store (embedded by default) and summarize the graph")
    .argument("[inputs...]", "articles to ingest instead of seeds/")
    .action(async (inputs: string[], _opts: unknown, cmd: Command) => {
      const global = storeOptions(cmd.optsWithGlobals<GlobalOptions>());
      const seeds = inputs.length ? inputs : [existsSync("seeds") ? "seeds" : join(packageRoot(), "seeds")];
      const store = await openStore({ ...global, write: true });
      let result;
      try {
        result = await ingestFiles(store, seeds);
        reportFailures(result.failures);
        out(renderStats(await store.stats(), store.location));
      } finally {
        await store.close();
      }
      const storeArg = global.store ? ` --store ${global.store}` : "";
      out(`\nNext:\n  npx kg view${storeArg}          # explore the graph in your browser\n  npx kg show "<name>"${storeArg}  # one entity with its evidence\n  npx kg export --format graphml --out graph.graphml${storeArg}\n`);
      if (result.failures.length) throw new PartialFailure(result.failures.length);
    });
}
