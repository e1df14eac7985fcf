// kg nlp --conllu FILE: predicted UPOS, XPOS, HEAD and DEPREL for given tokens (CONTRACT §3).
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { InputError, UsageError } from "../../errors.js";
import { out } from "../io.js";

export function registerNlp(program: Command): void {
  program
    .command("nlp")
    .description("tag and parse a CoNLL-U file with the project's models; CoNLL-U on stdout")
    .requiredOption("--conllu <file>", "CoNLL-U input with the tokenization to keep")
    .action(async (opts: { conllu: string }) => {
      if (!opts.conllu) throw new UsageError("--conllu FILE is required");
      let text: string;
      try {
        text = await readFile(opts.conllu, "utf8");
      } catch {
        throw new InputError("INPUT_NOT_FOUND", opts.conllu, "cannot read the file", "check the path");
      }
      const { annotateConllu } = await import("../../nlp/annotate-conllu.js");
      out(annotateConllu(text));
    });
}
