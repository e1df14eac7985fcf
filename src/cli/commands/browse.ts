// kg stats, kg entities, kg show: look around the store from the terminal (--json for machine output).
import type { Command } from "commander";
import { openStore } from "../../store/open.js";
import { entityTable, renderEntity, renderStats } from "../render.js";
import { out, parseIntOption } from "../io.js";
import { storeOptions, type GlobalOptions } from "../options.js";

export function registerBrowse(program: Command): void {
  program
    .command("stats")
    .description("counts of documents, entities by type and relations; the most connected entities")
    .option("--json", "machine-readable output")
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const store = await openStore(storeOptions(cmd.optsWithGlobals<GlobalOptions>()));
      try {
        const s = await store.stats();
        out(opts.json ? JSON.stringify(s, null, 2) + "\n" : renderStats(s, store.location));
      } finally {
        await store.close();
      }
    });

  program
    .command("entities")
    .description("list entities, most connected first")
    .option("-t, --type <type>", "only this type (Person, Organization, Location, …)")
    .option("-s, --search <text>", "names or aliases containing this text")
    .option("-n, --limit <n>", "at most n entities", parseIntOption("--limit"))
    .option("--json", "machine-readable output")
    .action(async (opts: { type?: string; search?: string; limit?: number; json?: boolean }, cmd: Command) => {
      const store = await openStore(storeOptions(cmd.optsWithGlobals<GlobalOptions>()));
      try {
        const list = await store.listEntities({ type: opts.type, search: opts.search, limit: opts.limit });
        out(opts.json ? JSON.stringify(list, null, 2) + "\n" : entityTable(list));
      } finally {
        await store.close();
      }
    });

  program
    .command("show")
    .description("one entity: type, aliases, every mention with its sentence, every relation with its evidence")
    .argument("<entity>", "a name, alias or id")
    .option("--json", "machine-readable output")
    .action(async (entity: string, opts: { json?: boolean }, cmd: Command) => {
      const store = await openStore(storeOptions(cmd.optsWithGlobals<GlobalOptions>()));
      try {
        const d = await store.getEntity(entity);
        out(opts.json ? JSON.stringify(d, null, 2) + "\n" : renderEntity(d));
      } finally {
        await store.close();
      }
    });
}
