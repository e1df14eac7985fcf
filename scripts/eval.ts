// Development-set scores of every component, with the shared scorers in ../shared/eval:
// tagger and parser (UD EWT dev), NER through the whole pipeline (CoNLL-2003 dev), OpenIE (CaRB dev),
// and the seed article against its gold graph. Prints each scorer's summary line and a table.
//
//   npm run eval [-- --fast]   (after npm run build; --fast: the fast pipeline's models, `kg … --fast`)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { packageRoot } from "../src/nlp/model-path.js";

const root = packageRoot();
const shared = join(root, "..", "shared");
const cli = join(root, "dist", "src", "cli", "main.js");
const tmp = mkdtempSync(join(tmpdir(), "kg-eval-"));
const { values } = parseArgs({ options: { fast: { type: "boolean", default: false } } });
const fast = values.fast ? ["--fast"] : [];

function run(args: string[], stdoutFile?: string): string {
  const out = execFileSync(process.execPath, args, { cwd: root, maxBuffer: 1 << 30, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (stdoutFile) writeFileSync(stdoutFile, out);
  return out;
}
const last = (s: string) => s.trim().split("\n").pop() ?? "";

const steps: { name: string; run: () => string }[] = [
  {
    name: "UD EWT dev (tagger, parser)",
    run: () => {
      const gold = join(shared, "data/ud-english-ewt/en_ewt-ud-dev.conllu");
      run([cli, "nlp", "--conllu", gold, ...fast], join(tmp, "ud.conllu"));
      return last(run([join(shared, "eval/ud.mjs"), "--gold", gold, "--system", join(tmp, "ud.conllu")]));
    },
  },
  {
    name: "CoNLL-2003 dev (NER through the pipeline)",
    run: () => {
      run([join(shared, "eval/conll.mjs"), "text", "--in", join(shared, "data/conll2003/dev.txt"), "--out-dir", join(tmp, "conll")]);
      const docs = readdirSync(join(tmp, "conll")).filter((f) => f.endsWith(".txt")).sort().map((f) => join(tmp, "conll", f));
      run([cli, "extract", ...docs, "--format", "json", ...fast], join(tmp, "conll.json"));
      return last(run([join(shared, "eval/conll.mjs"), "score", "--offsets", join(tmp, "conll/offsets.json"), "--system", join(tmp, "conll.json")]));
    },
  },
  {
    name: "CaRB dev (OpenIE)",
    run: () => {
      run([cli, "extract", join(shared, "data/carb-dev/sentences.txt"), "--lines", "--format", "carb", ...fast], join(tmp, "carb.tsv"));
      return last(run([join(shared, "eval/carb.mjs"), "--gold", join(shared, "data/carb-dev/gold.tsv"), "--system", join(tmp, "carb.tsv")]));
    },
  },
  {
    name: "seed article (gold graph)",
    run: () => {
      run([cli, "extract", join(root, "seeds/ceasefire-talks-cairo.txt"), "--format", "json", ...fast], join(tmp, "seed.json"));
      return last(run([join(shared, "eval/score.mjs"), join(tmp, "seed.json"), join(shared, "eval/seed-gold.json")]));
    },
  },
];

const bar = new cliProgress.SingleBar({ stream: process.stderr, format: "eval [{bar}] {value}/{total} {step}", noTTYOutput: true }, cliProgress.Presets.shades_classic);
bar.start(steps.length, 0, { step: "" });
const rows: [string, string][] = [];
for (const step of steps) {
  bar.update({ step: step.name });
  rows.push([step.name, step.run()]);
  bar.increment();
}
bar.stop();
for (const [name, line] of rows) console.log(`${name.padEnd(44)} ${line}`);
