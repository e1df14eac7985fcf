// Scores the NER on CoNLL-2003 dev through shared/eval/conll.mjs: builds its plain-text documents,
// recognizes entities on their tokens (offsets.json gives each token's character offsets), writes a
// graph document with one entity per mention, and prints the scorer's report (last line: summary).
//
//   node dist/scripts/eval-ner.js [--in FILE] [--out-dir DIR] [--model FILE] [--verbose]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { modelPath, packageRoot } from "../src/nlp/model-path.js";
import { labelsToSpans, loadNer, NER_MODEL_FILE } from "../src/nlp/ner.js";

const shared = join(packageRoot(), "..", "shared");
const { values: opts } = parseArgs({
  options: {
    in: { type: "string", default: join(shared, "data", "conll2003", "dev.txt") },
    "out-dir": { type: "string", default: "/tmp/conll-dev" },
    model: { type: "string", default: modelPath(NER_MODEL_FILE) },
    verbose: { type: "boolean", default: false },
  },
});
const scorer = join(shared, "eval", "conll.mjs");
const outDir = opts["out-dir"]!;

execFileSync(process.execPath, [scorer, "text", "--in", opts.in!, "--out-dir", outDir], { stdio: ["ignore", "ignore", "inherit"] });
type Token = [start: number, end: number, word: string, tag: string];
const offsets = JSON.parse(readFileSync(join(outDir, "offsets.json"), "utf8")) as {
  documents: { file: string; sentences: Token[][] }[];
};

let t0 = performance.now();
const ner = loadNer(opts.model);
const loadMs = performance.now() - t0;

const TYPE_NAMES = { PER: "Person", ORG: "Organization", LOC: "Location", MISC: "Misc" } as const;
const documents: { id: string; source: string }[] = [];
const entities: { id: string; name: string; type: string; mentions: { doc: string; start: number; end: number; text: string }[] }[] = [];
let words = 0;
let recognizeMs = 0;
for (const doc of offsets.documents) {
  const id = `doc:${doc.file}`;
  documents.push({ id, source: join(outDir, doc.file) });
  const sentences = doc.sentences.map((s) => s.map((t) => t[2]));
  t0 = performance.now();
  const labels = ner.recognize(sentences);
  recognizeMs += performance.now() - t0;
  words += sentences.reduce((n, s) => n + s.length, 0);
  labels.forEach((sentenceLabels, s) => {
    for (const span of labelsToSpans(sentenceLabels)) {
      const first = doc.sentences[s]![span.start]!;
      const last = doc.sentences[s]![span.end - 1]!;
      const text = doc.sentences[s]!.slice(span.start, span.end).map((t) => t[2]).join(" ");
      entities.push({
        id: `e${entities.length}`, name: text, type: TYPE_NAMES[span.type],
        mentions: [{ doc: id, start: first[0], end: last[1], text }],
      });
    }
  });
}
const systemPath = join(outDir, "ner-system.json");
writeFileSync(systemPath, JSON.stringify({ documents, entities, relations: [] }));
console.error(`ner: model loaded in ${loadMs.toFixed(0)} ms; ${words} words in ${recognizeMs.toFixed(0)} ms ` +
  `(${Math.round(words / (recognizeMs / 1000))} words/s, first call included)`);
const args = [scorer, "score", "--offsets", join(outDir, "offsets.json"), "--system", systemPath];
if (opts.verbose) args.push("--verbose");
process.stdout.write(execFileSync(process.execPath, args, { encoding: "utf8" }));
