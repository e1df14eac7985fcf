// kg ingest: articles into the store (embedded by default). Idempotent; bad files are reported and skipped.
import type { Command } from "commander";
import { DEFAULT_BATCH, ingestFiles } from "../../app/ingest.js";
import { openStore } from "../../store/open.js";
import { log, parseDateOption, parseIntOption, parseSize, PartialFailure, reportFailures } from "../io.js";
import { storeOptions, type GlobalOptions } from "../options.js";

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("add articles to the store; re-ingesting a file replaces it, so running twice changes nothing")
    .argument("<inputs...>", "files, directories, or - for stdin")
    .option("--max-size <size>", "largest accepted article, e.g. 5m", parseSize)
    .option("--any-language", "do not reject texts that do not look like English")
    .option("--batch <n>", `documents resolved and written together, in one transaction (default ${DEFAULT_BATCH})`, parseIntOption("--batch"))
    .option("--no-progress", "no progress bar")
    .option("--fast", "the fast pipeline: about 3x faster, parsing a little less accurately (README, \"The fast pipeline\")")
    .option("--date <yyyy-mm-dd>", "publication date of the inputs, the anchor for relative dates (\"on Monday\", \"last month\"); HTML pages give their own", parseDateOption)
    .action(async (inputs: string[], opts: { maxSize?: number; anyLanguage?: boolean; batch?: number; progress: boolean; date?: string; fast?: boolean }, cmd: Command) => {
      const store = await openStore({ ...storeOptions(cmd.optsWithGlobals<GlobalOptions>()), write: true });
      let result;
      let totals;
      try {
        result = await ingestFiles(store, inputs, { maxBytes: opts.maxSize, anyLanguage: opts.anyLanguage, batch: opts.batch, progress: opts.progress ? undefined : false, date: opts.date, fast: opts.fast });
        totals = await store.stats();
      } finally {
        await store.close();
      }
      reportFailures(result.failures);
      log(
        `ingested ${result.documents} document(s)${result.failures.length ? `, ${result.failures.length} failed` : ""}; ` +
          `${store.location} now holds ${totals.documents} documents, ${totals.entities} entities, ${totals.relations} relations`,
      );
      if (result.failures.length) throw new PartialFailure(result.failures.length);
    });
}
