// Combines trained parser model files into one model file whose parse() reparses their votes
// (see combineParses in src/nlp/parser.ts); the first file's parser wins ties.
//
//   npx tsc -p tsconfig.json && node dist/scripts/combine-parsers.js --out models/parser.bin.gz \
//     [--weights 1,1] L2R.bin.gz R2L.bin.gz [...]

import { statSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Parser } from "../src/nlp/parser.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string" }, weights: { type: "string" } },
});
if (!values.out || positionals.length < 1) throw new Error("usage: combine-parsers --out FILE [--weights W,...] MODEL...");
const parsers = positionals.map((p) => Parser.load(p));
const weights = values.weights?.split(",").map(Number);
writeFileSync(values.out, Parser.combine(parsers, weights).toBuffer());
console.log(`wrote ${values.out} (${(statSync(values.out).size / 1e6).toFixed(2)} MB) from ${positionals.join(", ")}`);
