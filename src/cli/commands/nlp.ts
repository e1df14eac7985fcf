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
    .option("--fast", "the fast pipeline's models: the first tagger and the greedy parser alone")
    .action(async (opts: { conllu: string; fast?: boolean }) => {
      if (!opts.conllu) throw new UsageError("--conllu FILE is required");
      let text: string;
      try {
        text = await readFile(opts.conllu, "utf8");
      } catch {
        throw new InputError("INPUT_NOT_FOUND", opts.conllu, "cannot read the file", "check the path");
      }
      const { annotateConllu } = await import("../../nlp/annotate-conllu.js");
      if (!opts.fast) {
        out(annotateConllu(text));
        return;
      }
      const [{ fastTagger }, { fastParser }] = await Promise.all([import("../../nlp/tagger.js"), import("../../nlp/parser.js")]);
      out(annotateConllu(text, { tagger: fastTagger(), parser: fastParser() }));
    });
}
