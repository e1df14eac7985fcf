// Word clusters: word -> bit-string path in a binary hierarchy (prefixes are coarser clusters),
// stored as gzipped "word<TAB>path" lines in models/. Loading is a plain map; building (from
// unlabeled text, at training time) is the bisecting k-means at the end of this file.
import { gzipSync } from "node:zlib";
import { readModelBytes } from "./model-files.js";
import type { ClusterLookup } from "./ner-features.js";

/** Reads a clusters file ("word\tpath" per line, optionally gzipped). */
export function loadClusters(path: string): ClusterLookup {
  const buf = readModelBytes(path);
  const map = new Map<string, string>();
  for (const line of buf.toString("utf8").split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return map;
}

/** Serializes clusters as a gzipped file body. */
export function serializeClusters(clusters: ReadonlyMap<string, string>): Buffer {
  const lines = [...clusters].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : 1));
  return gzipSync(Buffer.from(lines.map(([w, p]) => `${w}\t${p}\n`).join("")), { level: 9 });
}

// ---- building: bisecting spherical k-means over distributional vectors -------------------------
// Each word of the vocabulary gets a sparse vector of positive PMI with the frequent words at
// offsets -2, -1, +1, +2; the vocabulary is split in two again and again (2-means on cosine), and
// a word's path is the sequence of sides it fell on, so prefixes name coarser clusters, as with
// Brown clusters. Deterministic: initial centroids are chosen by frequency, not at random.

/** The form a word is clustered and looked up under: ASCII quotes and dashes, digits as 0. */
export function clusterKey(word: string): string {
  return word
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/[0-9]/g, "0");
}

export interface ClusterOptions {
  readonly minCount?: number; // words seen fewer times get no cluster (default 3)
  readonly contextWords?: number; // how many frequent words serve as contexts (default 2000)
  readonly maxDepth?: number; // path length (default 16)
  readonly minClusterSize?: number; // clusters smaller than this are not split further (default 4)
  readonly iterations?: number; // 2-means iterations per split (default 8)
  readonly onProgress?: (done: number, total: number) => void;
}

export function buildClusters(sentences: Iterable<readonly string[]>, options: ClusterOptions = {}): Map<string, string> {
  const { minCount = 3, contextWords = 2000, maxDepth = 16, minClusterSize = 4, iterations = 8 } = options;
  // Vocabulary by frequency (ties by spelling, for determinism).
  const corpus: string[][] = [];
  const freq = new Map<string, number>();
  for (const s of sentences) {
    const keys = s.map(clusterKey);
    corpus.push(keys);
    for (const k of keys) freq.set(k, (freq.get(k) ?? 0) + 1);
  }
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.filter(([, c]) => c >= minCount).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const K = Math.min(contextWords, vocab.length);
  const BOUND = K; // sentence boundary context
  const D = 4 * (K + 1);

  // Co-occurrence keys word * D + dim, sorted and run-length counted into CSR rows.
  const pairs: number[] = [];
  for (const s of corpus) {
    const ids = s.map((w) => index.get(w) ?? -1);
    ids.forEach((w, i) => {
      if (w < 0) return;
      [-2, -1, 1, 2].forEach((d, slot) => {
        const j = i + d;
        const c = j < 0 || j >= ids.length ? BOUND : ids[j]!;
        if (c >= 0 && c <= K) pairs.push(w * D + slot * (K + 1) + c);
      });
    });
  }
  const sorted = Float64Array.from(pairs).sort();
  const V = vocab.length;
  const rowStart = new Int32Array(V + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  for (let k = 0; k < sorted.length; ) {
    let e = k;
    while (e < sorted.length && sorted[e] === sorted[k]) e++;
    const key = sorted[k]!;
    const w = Math.floor(key / D);
    cols.push(key - w * D);
    vals.push(e - k);
    rowStart[w + 1] = cols.length;
    k = e;
  }
  for (let w = 1; w <= V; w++) rowStart[w] = Math.max(rowStart[w]!, rowStart[w - 1]!);
  // Positive PMI with context-distribution smoothing (counts^0.75), rows L2-normalized.
  const ctxMass = new Float64Array(D);
  const rowMass = new Float64Array(V);
  for (let w = 0; w < V; w++) {
    for (let k = rowStart[w]!; k < rowStart[w + 1]!; k++) {
      ctxMass[cols[k]!] += vals[k]!;
      rowMass[w] += vals[k]!;
    }
  }
  let smoothTotal = 0;
  for (let d = 0; d < D; d++) smoothTotal += (ctxMass[d] = ctxMass[d]! ** 0.75);
  const weights = new Float64Array(cols.length);
  for (let w = 0; w < V; w++) {
    let norm = 0;
    for (let k = rowStart[w]!; k < rowStart[w + 1]!; k++) {
      const pmi = Math.log((vals[k]! / rowMass[w]!) / (ctxMass[cols[k]!]! / smoothTotal));
      weights[k] = Math.max(0, pmi);
      norm += weights[k]! ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = rowStart[w]!; k < rowStart[w + 1]!; k++) weights[k] = weights[k]! / norm;
  }

  const dot = (w: number, c: Float64Array): number => {
    let s = 0;
    for (let k = rowStart[w]!; k < rowStart[w + 1]!; k++) s += weights[k]! * c[cols[k]!]!;
    return s;
  };
  const centroid = (members: readonly number[]): Float64Array => {
    const c = new Float64Array(D);
    for (const w of members) for (let k = rowStart[w]!; k < rowStart[w + 1]!; k++) c[cols[k]!] += weights[k]!;
    let norm = 0;
    for (let d = 0; d < D; d++) norm += c[d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) c[d] = c[d]! / norm;
    return c;
  };

  const paths = new Array<string>(V).fill("");
  let done = 0;
  const totalWork = V * maxDepth;
  // members are sorted by frequency (ascending index), which keeps the seeds deterministic
  const split = (members: number[], depth: number): void => {
    if (depth >= maxDepth || members.length < minClusterSize) {
      done += members.length * (maxDepth - depth);
      options.onProgress?.(done, totalWork);
      return;
    }
    // Seeds: the most frequent member, and the member least like it.
    let a = centroid([members[0]!]);
    let far = members[1]!;
    let farSim = Infinity;
    for (const w of members) {
      const s = dot(w, a);
      if (s < farSim) {
        farSim = s;
        far = w;
      }
    }
    let b = centroid([far]);
    let left: number[] = [];
    let right: number[] = [];
    for (let it = 0; it < iterations; it++) {
      left = [];
      right = [];
      for (const w of members) (dot(w, a) >= dot(w, b) ? left : right).push(w);
      if (left.length === 0 || right.length === 0) break;
      a = centroid(left);
      b = centroid(right);
    }
    if (left.length === 0 || right.length === 0) {
      // No structure left: halve by frequency so that the path still discriminates.
      left = members.slice(0, members.length >> 1);
      right = members.slice(members.length >> 1);
    }
    done += members.length;
    options.onProgress?.(done, totalWork);
    for (const w of left) paths[w] += "0";
    for (const w of right) paths[w] += "1";
    split(left, depth + 1);
    split(right, depth + 1);
  };
  split(vocab.map((_, i) => i), 0);
  return new Map(vocab.map((w, i) => [w, paths[i]!]));
}
