// Trains the dependency parser on UD English EWT and writes models/parser.bin.gz.
//
//   npx tsc -p tsconfig.json && node dist/scripts/train-parser.js \
//     [--train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu] [--dev DEV.conllu]
//     [--out models/parser.bin.gz] [--epochs 12] [--folds 5] [--tagger-epochs 10] [--seed 1]
//     [--beam 4] [--update max-violation|early] [--explore 0.75] [--prune 1] [--main-tag upos]
//     [--variant 14] [--clusters models/clusters.txt.gz] [--tags-cache FILE] [--dev-every K]
//     [--models l2r,r2l/8,l2r/1] [--weights W,...]
//
// The parser is trained on predicted tags, as it will see at run time: the training set is split
// into --folds parts and each part is tagged by a tagger trained on the others (jackknifing).
// --tags-cache FILE keeps those predicted tags between runs (computed when FILE is missing; a
// cache made with another tagger or --folds is used as it is: delete it after changing either).
// --beam K > 1 trains the move model globally on a beam of K items (see src/nlp/parser.ts) and
// stores K as the model's default width; --beam 1 trains the greedy parser (dynamic oracle,
// --explore). --variant picks the feature set (bits: 2 lookahead, 4 word clusters, 8 more label
// features, 16 cluster conjunctions); with bit 4 or 16 the clusters of --clusters are stored in
// the model. With --dev, prints UAS/LAS on that file with tags from the committed tagger
// (development only), also every K epochs with --dev-every K (with gold tags too).
//
// --models l2r,r2l,... trains several parsers (l2r: left to right; r2l: right to left, on the
// reversed sentences; @SEED after one gives it another shuffling seed, /BEAM another width than
// --beam) and writes one model file that combines them by reparsing (src/nlp/parser.ts,
// combineParses; --weights their votes, the first parser wins ties). --models l2r gives a single
// parser.
//
// Defaults (--models l2r,r2l/8,l2r/1: a left-to-right parser with a beam of 4, a right-to-left one
// with a beam of 8 and a greedy left-to-right one; variant 14, 12 epochs) give the committed model; with --tags-cache the
// jackknifing (about 80 s) is done once.

import { join } from "node:path";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { type TreebankSentence, parseConllu, toTreebank } from "../src/nlp/conllu.js";
import { modelPath, packageRoot } from "../src/nlp/model-path.js";
import { PARSER_MODEL_FILE, Parser, trainParser } from "../src/nlp/parser.js";
import { Tagger, trainTagger } from "../src/nlp/tagger.js";
import { loadClusters } from "../src/nlp/clusters.js";

/** The shared data and scorers live beside the repository (../shared). */
const SHARED = join(packageRoot(), "..", "shared");

const DEFAULT_TRAIN = join(SHARED, "data/ud-english-ewt/en_ewt-ud-train.conllu");

const { values } = parseArgs({
  options: {
    train: { type: "string", default: DEFAULT_TRAIN },
    dev: { type: "string" },
    out: { type: "string", default: modelPath(PARSER_MODEL_FILE) },
    epochs: { type: "string", default: "12" },
    folds: { type: "string", default: "5" },
    "tagger-epochs": { type: "string", default: "10" },
    seed: { type: "string", default: "1" },
    explore: { type: "string", default: "0.75" },
    prune: { type: "string", default: "1" },
    "tags-cache": { type: "string" },
    "main-tag": { type: "string", default: "upos" },
    variant: { type: "string", default: "14" },
    "dev-every": { type: "string", default: "0" },
    beam: { type: "string", default: "4" },
    update: { type: "string", default: "max-violation" },
    clusters: { type: "string", default: modelPath("clusters.txt.gz") },
    models: { type: "string", default: "l2r,r2l/8,l2r/1" },
    weights: { type: "string" },
  },
});

const train = toTreebank(parseConllu(readFileSync(values.train!, "utf8")));
const nWords = train.reduce((n, s) => n + s.forms.length, 0);
console.error(`training on ${train.length} sentences, ${nWords} words from ${values.train}`);

/** Predicted (upos, xpos) for every training sentence, by jackknifing. */
function jackknife(sentences: TreebankSentence[], folds: number): { upos: string[]; xpos: string[] }[] {
  const out: { upos: string[]; xpos: string[] }[] = new Array(sentences.length);
  let correct = 0;
  for (let f = 0; f < folds; f++) {
    const rest = sentences.filter((_, i) => i % folds !== f);
    const model = trainTagger(rest, { epochs: Number(values["tagger-epochs"]), seed: Number(values.seed) + f, label: `tagger fold ${f + 1}/${folds}` });
    const tagger = Tagger.fromBuffer(model);
    tagger.prepositionCheck = false; // the tags the committed parser was trained on (see Tagger.prepositionCheck)
    sentences.forEach((s, i) => {
      if (i % folds !== f) return;
      out[i] = tagger.tag(s.forms);
      out[i].upos.forEach((u, k) => (correct += u === s.upos[k] ? 1 : 0));
    });
  }
  console.error(`jackknifed UPOS accuracy on train: ${((100 * correct) / nWords).toFixed(2)}`);
  return out;
}

const t0 = performance.now();
let tags: { upos: string[]; xpos: string[] }[];
const cache = values["tags-cache"];
if (cache && existsSync(cache)) tags = JSON.parse(readFileSync(cache, "utf8"));
else {
  tags = jackknife(train, Number(values.folds));
  if (cache) writeFileSync(cache, JSON.stringify(tags));
}
/** UAS/LAS (LAS on the universal part of the label) of a parser on sentences with given tags. */
function score(parser: Parser, gold: TreebankSentence[], tagged: { upos: string[]; xpos: string[] }[]): { uas: number; las: number; words: number } {
  let words = 0;
  let uas = 0;
  let las = 0;
  gold.forEach((s, k) => {
    const r = parser.parse(s.forms, tagged[k].upos, tagged[k].xpos);
    for (let i = 0; i < s.forms.length; i++) {
      words++;
      if (r.heads[i] === s.heads[i]) {
        uas++;
        if (r.deprels[i].split(":")[0] === s.deprels[i].split(":")[0]) las++;
      }
    }
  });
  return { uas: (100 * uas) / words, las: (100 * las) / words, words };
}

// --dev-every K: score dev (predicted and gold tags) every K epochs during training (development only).
const devEvery = Number(values["dev-every"]);
let onEpoch: ((epoch: number, parser: Parser) => void) | undefined;
if (values.dev && devEvery > 0) {
  const dev = toTreebank(parseConllu(readFileSync(values.dev, "utf8")));
  const tagger = Tagger.load();
  const predicted = dev.map((s) => tagger.tag(s.forms));
  const goldTags = dev.map((s) => ({ upos: s.upos, xpos: s.xpos }));
  onEpoch = (epoch, parser) => {
    if ((epoch + 1) % devEvery !== 0) return;
    const t = performance.now();
    const p = score(parser, dev, predicted);
    const ms = performance.now() - t;
    const g = score(parser, dev, goldTags);
    console.error(
      `dev after epoch ${epoch + 1}: predicted UAS ${p.uas.toFixed(2)} LAS ${p.las.toFixed(2)}, gold UAS ${g.uas.toFixed(2)} LAS ${g.las.toFixed(2)}, ${Math.round(p.words / (ms / 1000))} words/s`,
    );
  };
}

const t1 = performance.now();
const trainSentences = train.map((s, i) => ({ forms: s.forms, upos: tags[i].upos, xpos: tags[i].xpos, heads: s.heads, deprels: s.deprels }));
const clusters = Number(values.variant) & 20 ? (loadClusters(values.clusters!) as Map<string, string>) : undefined;
// --models: the parsers to train, combined by reparsing when more than one (first wins ties).
const specs = values.models!.split(",").map((spec) => {
  const m = /^(l2r|r2l)(?:@(\d+))?(?:\/(\d+))?$/.exec(spec.trim());
  if (!m) throw new Error(`--models: bad parser ${spec} (l2r or r2l, then optionally @SEED and /BEAM)`);
  return { reverse: m[1] === "r2l", seed: m[2] ? Number(m[2]) : Number(values.seed), beam: m[3] ? Number(m[3]) : Number(values.beam) };
});
const parts = specs.map((spec, k) => {
  const t = performance.now();
  const buf = trainParser(trainSentences, {
    epochs: Number(values.epochs), seed: spec.seed, explore: Number(values.explore), prune: Number(values.prune), mainTag: values["main-tag"] as "xpos" | "upos", variant: Number(values.variant), onEpoch,
    beam: spec.beam, update: values.update as "max-violation" | "early", reverse: spec.reverse, clusters,
  });
  console.log(`parser ${k + 1}/${specs.length} (${spec.reverse ? "right-to-left" : "left-to-right"}, seed ${spec.seed}, beam ${spec.beam}): trained in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return buf;
});
const weights = values.weights?.split(",").map(Number);
const data = parts.length === 1 ? parts[0] : Parser.combine(parts.map((b) => Parser.fromBuffer(b)), weights).toBuffer();
const t2 = performance.now();
writeFileSync(values.out!, data);
console.log(
  `parser: jackknifing ${((t1 - t0) / 1000).toFixed(1)} s, training ${((t2 - t1) / 1000).toFixed(1)} s, ` +
    `wrote ${values.out} (${(statSync(values.out!).size / 1e6).toFixed(2)} MB)`,
);

if (values.dev) {
  const t3 = performance.now();
  const parser = Parser.load(values.out!);
  console.log(`parser: loaded in ${(performance.now() - t3).toFixed(0)} ms, ${JSON.stringify(parser.modelStats)}`);
  const tagger = Tagger.load();
  const dev = toTreebank(parseConllu(readFileSync(values.dev, "utf8")));
  const tagged = dev.map((s) => tagger.tag(s.forms));
  let words = 0;
  let uas = 0;
  let las = 0;
  const t4 = performance.now();
  for (let rep = 0; rep < 3; rep++) {
    dev.forEach((s, k) => {
      const r = parser.parse(s.forms, tagged[k].upos, tagged[k].xpos);
      if (rep > 0) return;
      for (let i = 0; i < s.forms.length; i++) {
        words++;
        if (r.heads[i] === s.heads[i]) {
          uas++;
          if (r.deprels[i].split(":")[0] === s.deprels[i].split(":")[0]) las++;
        }
      }
    });
  }
  const speed = (3 * words) / ((performance.now() - t4) / 1000);
  console.log(`parser dev (predicted tags): UAS ${((100 * uas) / words).toFixed(2)} LAS ${((100 * las) / words).toFixed(2)} (${words} words), ${Math.round(speed)} words/s`);
}
