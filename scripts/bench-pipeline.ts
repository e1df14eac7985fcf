// Speed of the full extraction pipeline (tokenize -> tag -> parse -> NER -> mentions -> triples -> resolution)
// on the CoNLL-2003 training text, one core, in words per second, with the default (most accurate)
// models and with the fast pipeline's (`--fast`); with the tokenizer alone as the baseline measured
// in the same run, and peak memory.
//
//   npm run bench:pipeline [-- --docs N] [--fast | --default]
//
// Both profiles by default, the full one first (models loaded per profile; the peak memory of the
// fast one includes the full one's models when both run: measure it alone with --fast).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { buildGraph } from "../src/graph/resolve.js";
import { documentId } from "../src/model/ids.js";
import type { AnalyzedDocument, Document } from "../src/model/types.js";
import { packageRoot } from "../src/nlp/model-path.js";
import { analyzeDocument } from "../src/pipeline/analyze.js";
import { loadAnnotators } from "../src/pipeline/annotators.js";
import { splitSentences } from "../src/pipeline/tokenize.js";

const { values } = parseArgs({ options: { docs: { type: "string", default: "0" }, fast: { type: "boolean", default: false }, default: { type: "boolean", default: false } } });
const file = join(packageRoot(), "..", "shared", "data", "conll2003", "train.txt");

/** CoNLL-2003 documents as plain text: one sentence per line, tokens joined by spaces. */
function documents(): Document[] {
  const docs: Document[] = [];
  let lines: string[] = [];
  let sentence: string[] = [];
  const flush = () => {
    if (sentence.length) lines.push(sentence.join(" "));
    sentence = [];
  };
  const close = () => {
    flush();
    if (lines.length) {
      const text = lines.join("\n") + "\n";
      docs.push({ id: documentId(text), source: `conll-train-${docs.length}`, text });
    }
    lines = [];
  };
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("-DOCSTART-")) close();
    else if (!line.trim()) flush();
    else sentence.push(line.split(" ")[0]!);
  }
  close();
  return docs;
}

const all = documents();
const docs = Number(values.docs) > 0 ? all.slice(0, Number(values.docs)) : all;
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);

let t0 = performance.now();
let tokens = 0;
for (const d of docs) for (const s of splitSentences(d.text)) tokens += s.tokens.length;
const tokenizeMs = performance.now() - t0;

/** The pipeline over all the documents with one profile's models: words/s, load time, peak memory, graph size. */
async function measure(fast: boolean): Promise<{ ms: number; loadMs: number; peak: number; entities: number; relations: number }> {
  const loadStart = performance.now();
  const annotators = await loadAnnotators({ fast });
  const loadMs = performance.now() - loadStart;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `pipeline${fast ? " --fast" : ""} [{bar}] {value}/{total} docs`, noTTYOutput: true, notTTYSchedule: 2000 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(docs.length, 0);
  const t0 = performance.now();
  const analyzed: AnalyzedDocument[] = [];
  let peak = 0;
  for (const [i, d] of docs.entries()) {
    analyzed.push(analyzeDocument(d, annotators));
    if (i % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    bar.increment();
  }
  const graph = buildGraph(analyzed);
  const ms = performance.now() - t0;
  bar.stop();
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, loadMs, peak, entities: graph.entities.length, relations: graph.relations.length };
}

const profiles = values.fast ? [true] : values.default ? [false] : [false, true];
const wps = (ms: number) => Math.round(words / (ms / 1000));
console.log(`documents ${docs.length}, words ${words}, tokens ${tokens}`);
console.log(`tokenizer alone (baseline): ${wps(tokenizeMs).toLocaleString("en")} words/s`);
const results: number[] = [];
for (const fast of profiles) {
  const r = await measure(fast);
  results.push(r.ms);
  const name = fast ? "fast pipeline (--fast):" : "full pipeline:";
  console.log(`${name.padEnd(27)} ${wps(r.ms).toLocaleString("en")} words/s  (${(r.ms / 1000).toFixed(1)} s; graph: ${r.entities} entities, ${r.relations} relations)`);
  console.log(`  ratio to the tokenizer:   ${(tokenizeMs / r.ms).toFixed(3)}`);
  console.log(`  models loaded in:         ${r.loadMs.toFixed(0)} ms (tagger, parser and NER, their modules included)`);
  console.log(`  peak memory (process):    ${(r.peak / 1024 / 1024).toFixed(0)} MB`);
}
if (results.length === 2) console.log(`ratio fast/full:            ${(results[0]! / results[1]!).toFixed(2)}`);
