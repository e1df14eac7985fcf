// Scores the committed tagger and parser on UD English EWT dev with the shared scorer, and
// measures load times and inference speed (words/s, one core) of each.
//
//   npx tsc -p tsconfig.json && node dist/scripts/eval-ud.js \
//     [--gold ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu] [--out /tmp/kg-ud-dev.conllu]
//     [--tagger models/tagger.bin.gz] [--parser models/parser.bin.gz]
//     [--scorer ../shared/eval/ud.mjs] [--gold-tags] [--beam K] [--alone | --greedy] [--fast-tagger]
//
// --alone: with a model file that combines several parsers, only the first one parses; --greedy:
// only its greedy parser (the fast pipeline's); --fast-tagger: the tagger ensemble's first member alone.
// --gold-tags also scores the parser on the gold UPOS/XPOS (written to OUT with ".goldtags").

import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { annotateConllu } from "../src/nlp/annotate-conllu.js";
import { parseConllu, toTreebank } from "../src/nlp/conllu.js";
import { PARSER_MODEL_FILE, Parser } from "../src/nlp/parser.js";
import { TAGGER_MODEL_FILE, Tagger } from "../src/nlp/tagger.js";
import { modelPath, packageRoot } from "../src/nlp/model-path.js";

/** The shared data and scorers live beside the repository (../shared). */
const SHARED = join(packageRoot(), "..", "shared");

const { values } = parseArgs({
  options: {
    gold: { type: "string", default: join(SHARED, "data/ud-english-ewt/en_ewt-ud-dev.conllu") },
    out: { type: "string", default: "/tmp/kg-ud-dev.conllu" },
    tagger: { type: "string", default: modelPath(TAGGER_MODEL_FILE) },
    parser: { type: "string", default: modelPath(PARSER_MODEL_FILE) },
    scorer: { type: "string", default: join(SHARED, "eval/ud.mjs") },
    "gold-tags": { type: "boolean", default: false },
    beam: { type: "string" },
    alone: { type: "boolean", default: false },
    greedy: { type: "boolean", default: false },
    "fast-tagger": { type: "boolean", default: false },
  },
});

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

const [tagger, taggerLoad] = timed(() => Tagger.load(values.tagger!, { ensemble: !values["fast-tagger"] }));
const [parser, parserLoad] = timed(() => Parser.load(values.parser!, { ...(values.beam ? { beam: Number(values.beam) } : {}), combine: !values.alone, greedyOnly: values.greedy }));
console.log(`load: tagger ${taggerLoad.toFixed(0)} ms, parser ${parserLoad.toFixed(0)} ms`);

const goldText = readFileSync(values.gold!, "utf8");
const sentences = toTreebank(parseConllu(goldText));
const nWords = sentences.reduce((n, s) => n + s.forms.length, 0);

// Speed: best of several passes over the whole file, each component alone.
function speed(fn: () => void, reps = 4): number {
  let best = Infinity;
  for (let r = 0; r < reps; r++) best = Math.min(best, timed(fn)[1]);
  return nWords / (best / 1000);
}
const tags = sentences.map((s) => tagger.tag(s.forms));
const taggerSpeed = speed(() => {
  for (const s of sentences) tagger.tagIds(s.forms);
});
const parserSpeed = speed(() => {
  sentences.forEach((s, i) => parser.parse(s.forms, tags[i].upos, tags[i].xpos));
});
console.log(`speed: tagger ${Math.round(taggerSpeed)} words/s, parser ${Math.round(parserSpeed)} words/s, ` +
  `tagger+parser ${Math.round(1 / (1 / taggerSpeed + 1 / parserSpeed))} words/s (${nWords} words)`);

function score(system: string, label: string): void {
  writeFileSync(label, system);
  const out = execFileSync(process.execPath, [values.scorer!, "--gold", values.gold!, "--system", label], { encoding: "utf8" });
  process.stdout.write(out);
}

console.log(`\n== predicted tags (${values.out})`);
score(annotateConllu(goldText, { tagger, parser }), values.out!);
if (values["gold-tags"]) {
  console.log(`\n== parser on gold tags (${values.out}.goldtags)`);
  score(annotateConllu(goldText, { parser, keepTags: true }), `${values.out}.goldtags`);
}
