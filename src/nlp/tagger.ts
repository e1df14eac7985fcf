// Part-of-speech tagger: a greedy averaged perceptron (Collins 2002; features after Honnibal's
// "A good part-of-speech tagger in about 200 lines of Python") predicting the joint label
// UPOS + XPOS, trained on UD English EWT by scripts/train-tagger.ts.
//
// Each sentence is tagged in two left-to-right passes over the same model: the first sees only the
// tags already assigned to its left, the second also sees the first pass's tags to its right.
// Features are hashed integers (see perceptron.ts): no strings are built per feature. The scores
// of the tag-independent features are computed once per word and reused by the second pass.
//
// Two shortcuts for speed: frequent words seen with one tag (>= 97% of >= 20 occurrences in
// training) are tagged by dictionary lookup, and words the first pass is sure of (margin >=
// skipMargin) keep their first-pass tag; neither changes dev accuracy measurably.
//
// Usage: `tag(words)` with the committed model (models/tagger.bin.gz, loaded once), or
// `Tagger.load(path).tag(words)`; both give { upos, xpos }.

import { readFileSync, writeFileSync } from "node:fs";
import cliProgress from "cli-progress";
import {
  CompactModel,
  type CompactModelMeta,
  PerceptronTrainer,
  decodeBundle,
  encodeBundle,
  featureKey1,
  featureKey2,
  featureKey3,
  hashRange,
  hashString,
} from "./perceptron.js";
import { modelPath } from "./model-path.js";
import { mulberry32, shuffle } from "./random.js";

export interface TagResult {
  upos: string[];
  xpos: string[];
}

export const TAGGER_MODEL_FILE = "tagger.bin.gz";
const FORMAT = "kg-tagger-1";
const PAD = 2;

const BOS = hashString("<s>");
/** See Tagger.skipMargin: at 10 the dev accuracy is unchanged and tagging ~25% faster. */
const DEFAULT_SKIP_MARGIN = 10;
const EOS = hashString("</s>");

/**
 * The form the models see at run time: typographic quotes, apostrophes, dashes and ellipses as
 * UD English EWT mostly writes them (" ' -- ...), PTB quotes (`` '') as ". News text uses the
 * typographic forms far more than the training data does (where they are too rare to matter, so
 * training reads the forms as they are).
 */
export function normalizeForm(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word === "``" || word === "''" ? '"' : word;
  switch (word) {
    case "\u2013":
    case "\u2014":
    case "\u2015":
      return "--";
    case "\u2026":
      return "...";
  }
  return word
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'");
}

/** Per-token hashed attributes of one sentence, padded by PAD positions on each side. */
class TokenFeatures {
  cap = 0;
  n = 0;
  low = new Int32Array(0); // lowercased form
  form = new Int32Array(0); // form as is
  suf1 = new Int32Array(0);
  suf2 = new Int32Array(0);
  suf3 = new Int32Array(0);
  suf4 = new Int32Array(0);
  pre1 = new Int32Array(0);
  pre2 = new Int32Array(0);
  pre3 = new Int32Array(0);
  shape = new Int32Array(0); // character classes, runs capped at 4
  short = new Int32Array(0); // character classes, runs collapsed
  flags = new Int32Array(0);
  suf5 = new Int32Array(0);
  /** Capitalization profile of the whole sentence. */
  caseProfile = 0;
  /** Feature-set variant (bit flags, for experiments; stored in the model). */
  variant = 0;

  private ensure(n: number): void {
    if (n + 2 * PAD <= this.cap) return;
    const cap = Math.max(64, (n + 2 * PAD) * 2);
    this.cap = cap;
    this.low = new Int32Array(cap);
    this.form = new Int32Array(cap);
    this.suf1 = new Int32Array(cap);
    this.suf2 = new Int32Array(cap);
    this.suf3 = new Int32Array(cap);
    this.suf4 = new Int32Array(cap);
    this.pre1 = new Int32Array(cap);
    this.pre2 = new Int32Array(cap);
    this.pre3 = new Int32Array(cap);
    this.shape = new Int32Array(cap);
    this.short = new Int32Array(cap);
    this.flags = new Int32Array(cap);
    this.suf5 = new Int32Array(cap);
  }

  prepare(words: readonly string[], normalize: boolean): void {
    const n = words.length;
    this.ensure(n);
    this.n = n;
    for (let p = 0; p < PAD; p++) {
      this.setBoundary(p, BOS);
      this.setBoundary(n + PAD + p, EOS);
    }
    let letters = 0;
    let caps = 0;
    let allCaps = 0;
    for (let i = 0; i < n; i++) {
      this.setWord(i + PAD, normalize ? normalizeForm(words[i]) : words[i], i);
      const f = this.flags[i + PAD];
      if (i > 0 && (f & 64) !== 0) {
        letters++;
        if (f & 16) caps++;
        if (f & 8) allCaps++;
      }
    }
    this.caseProfile = letters === 0 ? 0 : allCaps * 2 > letters ? 1 : caps === 0 ? 2 : caps * 10 < letters * 3 ? 3 : caps * 10 < letters * 7 ? 4 : 5;
  }

  private setBoundary(j: number, h: number): void {
    this.low[j] = h;
    this.form[j] = h;
    this.suf1[j] = h;
    this.suf2[j] = h;
    this.suf3[j] = h;
    this.suf4[j] = h;
    this.pre1[j] = h;
    this.pre2[j] = h;
    this.pre3[j] = h;
    this.shape[j] = h;
    this.short[j] = h;
    this.flags[j] = h;
    this.suf5[j] = h;
  }

  private setWord(j: number, word: string, position: number): void {
    const lower = word.toLowerCase();
    const L = lower.length;
    this.low[j] = hashString(lower, 1);
    this.form[j] = lower === word ? this.low[j] : hashString(word, 2);
    this.suf1[j] = hashRange(lower, Math.max(0, L - 1), L, 11);
    this.suf2[j] = hashRange(lower, Math.max(0, L - 2), L, 12);
    this.suf3[j] = hashRange(lower, Math.max(0, L - 3), L, 13);
    this.suf4[j] = hashRange(lower, Math.max(0, L - 4), L, 14);
    this.suf5[j] = hashRange(lower, Math.max(0, L - 5), L, 15);
    this.pre1[j] = hashRange(lower, 0, Math.min(L, 1), 21);
    this.pre2[j] = hashRange(lower, 0, Math.min(L, 2), 22);
    this.pre3[j] = hashRange(lower, 0, Math.min(L, 3), 23);
    // Shapes: X upper, x lower, d digit, other characters as themselves.
    let shape = 0x811c9dc5 | 0;
    let short = 0x811c9dc5 | 0;
    let prev = -1;
    let run = 0;
    let upper = 0;
    let lowerCount = 0;
    let digits = 0;
    let hyphen = 0;
    let period = 0;
    for (let k = 0; k < word.length; k++) {
      const ch = word.charCodeAt(k);
      let cls: number;
      if (ch >= 65 && ch <= 90) {
        cls = 88; // X
        upper++;
      } else if (ch >= 97 && ch <= 122) {
        cls = 120; // x
        lowerCount++;
      } else if (ch >= 48 && ch <= 57) {
        cls = 100; // d
        digits++;
      } else if (ch > 127) {
        const c = word[k];
        if (c !== c.toLowerCase()) {
          cls = 88;
          upper++;
        } else if (c !== c.toUpperCase()) {
          cls = 120;
          lowerCount++;
        } else cls = ch;
      } else {
        cls = ch;
        if (ch === 45) hyphen = 1;
        if (ch === 46) period = 1;
      }
      if (cls === prev) run++;
      else run = 0;
      if (run < 4) shape = Math.imul(shape ^ cls, 0x01000193);
      if (run === 0) short = Math.imul(short ^ cls, 0x01000193);
      prev = cls;
    }
    this.shape[j] = shape;
    this.short[j] = short;
    const firstUpper = upper > 0 && word.charCodeAt(0) !== lower.charCodeAt(0) ? 1 : 0;
    this.flags[j] =
      (hyphen) |
      (period << 1) |
      ((digits > 0 ? 1 : 0) << 2) |
      ((upper > 0 && lowerCount === 0 ? 1 : 0) << 3) |
      (firstUpper << 4) |
      ((position === 0 ? 1 : 0) << 5) |
      ((upper + lowerCount > 0 ? 1 : 0) << 6) |
      (Math.min(word.length, 8) << 7);
  }
}

/** Most feature keys any of the extract functions writes. */
export const TAGGER_FEATURES = 48;

/**
 * Writes the keys of the features of word i (0-based) that do not depend on tags into out[at..];
 * returns the new end.
 */
function staticFeatures(tf: TokenFeatures, i: number, out: Uint32Array, at: number): number {
  const j = i + PAD;
  const low = tf.low;
  const w = low[j];
  const s3 = tf.suf3;
  const sh = tf.short;
  let k = at;
  out[k++] = featureKey1(1, 0);
  out[k++] = featureKey1(2, w);
  out[k++] = featureKey1(3, tf.form[j]);
  out[k++] = featureKey1(4, tf.suf1[j]);
  out[k++] = featureKey1(5, tf.suf2[j]);
  out[k++] = featureKey1(6, s3[j]);
  out[k++] = featureKey1(7, tf.suf4[j]);
  out[k++] = featureKey1(8, tf.pre1[j]);
  out[k++] = featureKey1(9, tf.pre2[j]);
  out[k++] = featureKey1(10, tf.pre3[j]);
  out[k++] = featureKey1(11, tf.shape[j]);
  out[k++] = featureKey2(12, sh[j], tf.flags[j]);
  out[k++] = featureKey1(13, low[j - 1]);
  out[k++] = featureKey1(14, low[j - 2]);
  out[k++] = featureKey1(15, low[j + 1]);
  out[k++] = featureKey1(16, low[j + 2]);
  out[k++] = featureKey1(17, s3[j - 1]);
  out[k++] = featureKey1(18, s3[j + 1]);
  out[k++] = featureKey1(19, sh[j - 1]);
  out[k++] = featureKey1(20, sh[j + 1]);
  out[k++] = featureKey2(29, low[j - 1], w);
  out[k++] = featureKey2(30, w, low[j + 1]);
  out[k++] = featureKey2(31, low[j - 1], low[j + 1]);
  out[k++] = featureKey3(34, sh[j], sh[j - 1], sh[j + 1]);
  if (tf.variant & 1) {
    out[k++] = featureKey1(40, tf.form[j - 1]);
    out[k++] = featureKey1(41, tf.form[j + 1]);
  }
  if (tf.variant & 2) out[k++] = featureKey2(42, tf.caseProfile, sh[j]);
  if (tf.variant & 4) {
    out[k++] = featureKey1(43, tf.suf5[j]);
    out[k++] = featureKey2(44, tf.caseProfile, w);
  }

  return k;
}

/**
 * Writes the keys of the tag-dependent features of word i into out[at..]; returns the new end.
 * p1, p2: tags of the two previous words; n1, n2: tags of the two next words from the first pass
 * (pass 2 only: in pass 1, n1 < 0 and the right-context features are left out).
 */
function tagFeatures(tf: TokenFeatures, i: number, p1: number, p2: number, n1: number, n2: number, out: Uint32Array, at: number): number {
  const j = i + PAD;
  const low = tf.low;
  const w = low[j];
  const s3 = tf.suf3;
  let k = at;
  out[k++] = featureKey1(21, p1);
  out[k++] = featureKey2(22, p1, p2);
  out[k++] = featureKey2(23, p1, w);
  out[k++] = featureKey2(24, p1, s3[j]);
  out[k++] = featureKey2(32, p1, low[j + 1]);
  if (n1 < 0) return k;
  out[k++] = featureKey1(25, n1);
  out[k++] = featureKey2(26, n1, n2);
  out[k++] = featureKey2(27, n1, w);
  out[k++] = featureKey2(28, p1, n1);
  out[k++] = featureKey2(33, n1, low[j - 1]);
  out[k++] = featureKey2(35, n1, s3[j]);
  out[k++] = featureKey3(36, p1, n1, w);
  return k;
}

/** Joint class label "UPOS\tXPOS". */
function splitLabel(label: string): [string, string] {
  const t = label.indexOf("\t");
  return [label.slice(0, t), label.slice(t + 1)];
}

/** State shared by the tagger and its trainer. */
abstract class TaggerBase {
  protected tf = new TokenFeatures();
  protected keys = new Uint32Array(TAGGER_FEATURES);
  protected scores: Float32Array;
  protected readonly START: number;
  protected readonly END: number;

  constructor(readonly classes: readonly string[], variant: number) {
    this.scores = new Float32Array(classes.length);
    this.START = classes.length + 1;
    this.END = classes.length + 2;
    this.tf.variant = variant;
  }
}

/** A trained tagger. */
export class Tagger extends TaggerBase {
  private readonly upos: string[];
  private readonly xpos: string[];
  private pass1 = new Int32Array(0);
  private pass2 = new Int32Array(0);
  private fixed = new Int32Array(0);
  private staticScores = new Float32Array(0);
  private margin = new Float32Array(0);
  /**
   * Words whose first-pass best tag beats the runner-up by at least this much (in weight units)
   * skip the second pass; 0 (the default) runs it for every word.
   */
  skipMargin = DEFAULT_SKIP_MARGIN;

  constructor(
    classes: readonly string[],
    private readonly model: CompactModel,
    /** Frequent, unambiguous words -> class id; these skip the model. */
    private readonly tagDict: ReadonlyMap<string, number> = new Map(),
    variant = 0,
  ) {
    super(classes, variant);
    this.upos = classes.map((c) => splitLabel(c)[0]);
    this.xpos = classes.map((c) => splitLabel(c)[1]);
  }

  /** Loads the committed model (models/tagger.bin.gz) or the given file. */
  static load(path = modelPath(TAGGER_MODEL_FILE)): Tagger {
    return Tagger.fromBuffer(readFileSync(path));
  }

  static fromBuffer(data: Uint8Array): Tagger {
    const bundle = decodeBundle(data);
    const meta = bundle.meta as {
      format: string;
      classes: string[];
      model: CompactModelMeta;
      tagDict: [string, number][];
      variant: number;
    };
    if (meta.format !== FORMAT) throw new Error(`unsupported tagger model format ${String(meta.format)}`);
    return new Tagger(meta.classes, CompactModel.deserialize("w", meta.model, bundle.arrays), new Map(meta.tagDict), meta.variant);
  }

  /** Class ids of the tags of words (two passes). */
  tagIds(words: readonly string[]): Int32Array {
    const n = words.length;
    const C = this.classes.length;
    if (this.pass1.length < n) {
      this.pass1 = new Int32Array(n * 2);
      this.pass2 = new Int32Array(n * 2);
      this.fixed = new Int32Array(n * 2);
      this.staticScores = new Float32Array(n * 2 * C);
      this.margin = new Float32Array(n * 2);
    }
    const tf = this.tf;
    tf.prepare(words, true);
    const keys = this.keys;
    const scores = this.scores;
    const model = this.model;
    const START = this.START;
    const END = this.END;
    const fixed = this.fixed;
    const pass1 = this.pass1;
    const stat = this.staticScores;
    for (let i = 0; i < n; i++) fixed[i] = this.tagDict.get(normalizeForm(words[i])) ?? -1;
    const margin = this.margin;
    const skip = this.skipMargin / model.unit;
    for (let pass = 0; pass < 2; pass++) {
      const out = pass === 0 ? pass1 : this.pass2;
      for (let i = 0; i < n; i++) {
        if (fixed[i] >= 0) {
          out[i] = fixed[i];
          continue;
        }
        const base = i * C;
        if (pass === 0) {
          // Tag-independent part, computed once and kept for the second pass.
          scores.fill(0);
          model.addScores(keys, staticFeatures(tf, i, keys, 0), scores);
          for (let c = 0; c < C; c++) stat[base + c] = scores[c];
        } else {
          // Confident first-pass decisions stand (skipMargin > 0 trades accuracy for speed).
          if (margin[i] >= skip && skip > 0) {
            out[i] = pass1[i];
            continue;
          }
          for (let c = 0; c < C; c++) scores[c] = stat[base + c];
        }
        const p1 = i > 0 ? out[i - 1] : START;
        const p2 = i > 1 ? out[i - 2] : START;
        const n1 = pass === 0 ? -1 : i + 1 < n ? pass1[i + 1] : END;
        const n2 = pass === 0 ? -1 : i + 2 < n ? pass1[i + 2] : END;
        model.addScores(keys, tagFeatures(tf, i, p1, p2, n1, n2, keys, 0), scores);
        let best = 0;
        let bestScore = scores[0];
        let second = -Infinity;
        for (let c = 1; c < C; c++) {
          const v = scores[c];
          if (v > bestScore) {
            second = bestScore;
            bestScore = v;
            best = c;
          } else if (v > second) second = v;
        }
        out[i] = best;
        if (pass === 0) margin[i] = bestScore - second;
      }
    }
    return this.pass2.subarray(0, n);
  }

  tag(words: readonly string[]): TagResult {
    const ids = this.tagIds(words);
    const upos: string[] = new Array(words.length);
    const xpos: string[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) {
      upos[i] = this.upos[ids[i]];
      xpos[i] = this.xpos[ids[i]];
    }
    return { upos, xpos };
  }

  /** The model file contents (gzipped bundle). */
  toBuffer(): Buffer {
    const { meta, arrays } = this.model.serialize("w");
    return encodeBundle({
      meta: { format: FORMAT, classes: this.classes, model: meta, tagDict: [...this.tagDict], variant: this.tf.variant },
      arrays,
    });
  }

  /** A copy without the features whose largest weight is below rowMinAbs. */
  pruned(rowMinAbs: number): Tagger {
    return new Tagger(this.classes, this.model.pruned(0, rowMinAbs), this.tagDict, this.tf.variant);
  }

  get modelStats(): { features: number; weights: number } {
    return { features: this.model.nRows, weights: this.model.nWeights };
  }
}

let shared: Tagger | undefined;

/** The committed tagger, loaded once. */
export function defaultTagger(): Tagger {
  return (shared ??= Tagger.load());
}

/** Tags words with the committed model. */
export function tag(words: readonly string[]): TagResult {
  return defaultTagger().tag(words);
}

// ---------------------------------------------------------------------------------------------
// Training

export interface TaggerTrainingSentence {
  forms: readonly string[];
  upos: readonly string[];
  xpos: readonly string[];
}

export interface TaggerTrainingOptions {
  epochs?: number;
  seed?: number;
  /** Drop the features whose largest averaged weight is below this from the saved model. */
  prune?: number;
  /** Words seen at least this often with one class at least tagDictShare of the time are tagged
   * by lookup (default 20). */
  tagDictMinCount?: number;
  /** Default 0.97. */
  tagDictShare?: number;
  /** Feature-set variant bits (experiments). */
  variant?: number;
  /** Show a progress bar on stderr (default true). */
  progress?: boolean;
  /** Label shown on the progress bar. */
  label?: string;
}

class TaggerTrainer extends TaggerBase {
  readonly trainer: PerceptronTrainer;
  private rows = new Int32Array(TAGGER_FEATURES);
  private dscores: Float64Array;

  constructor(classes: readonly string[], variant: number) {
    super(classes, variant);
    this.trainer = new PerceptronTrainer(classes.length, 1 << 19);
    this.dscores = new Float64Array(classes.length);
  }

  tagDict: ReadonlyMap<string, number> = new Map();

  /**
   * Learns from one sentence: a first pass (left context only), then a second pass with the first
   * pass's tags as right context, each updating on every mistake. Returns the number of words the
   * second pass got right.
   */
  learn(words: readonly string[], gold: Int32Array): number {
    const n = words.length;
    this.tf.prepare(words, false);
    const fixed = Int32Array.from(words, (w) => this.tagDict.get(w) ?? -1);
    const first = new Int32Array(n);
    this.pass(n, fixed, gold, null, first, true);
    return this.pass(n, fixed, gold, first, new Int32Array(n), true);
  }

  /** One left-to-right pass (right context from `context`, or none); returns the number correct. */
  private pass(n: number, fixed: Int32Array, gold: Int32Array, context: Int32Array | null, out: Int32Array, update: boolean): number {
    const tf = this.tf;
    const keys = this.keys;
    const rows = this.rows;
    const scores = this.dscores;
    const tr = this.trainer;
    const C = this.classes.length;
    let correct = 0;
    for (let i = 0; i < n; i++) {
      if (fixed[i] >= 0) {
        out[i] = fixed[i];
        if (fixed[i] === gold[i]) correct++;
        continue;
      }
      const p1 = i > 0 ? out[i - 1] : this.START;
      const p2 = i > 1 ? out[i - 2] : this.START;
      const n1 = !context ? -1 : i + 1 < n ? context[i + 1] : this.END;
      const n2 = !context ? -1 : i + 2 < n ? context[i + 2] : this.END;
      const k = tagFeatures(tf, i, p1, p2, n1, n2, keys, staticFeatures(tf, i, keys, 0));
      tr.lookup(keys, k, rows);
      tr.score(rows, k, scores);
      let best = 0;
      for (let c = 1; c < C; c++) if (scores[c] > scores[best]) best = c;
      if (best === gold[i]) correct++;
      else if (update) tr.update(keys, rows, k, gold[i], best);
      if (update) tr.tick();
      out[i] = best;
    }
    return correct;
  }
}

function buildTagDict(sentences: readonly TaggerTrainingSentence[], golds: Int32Array[], C: number, minCount: number, share: number): Map<string, number> {
  const counts = new Map<string, Int32Array>();
  sentences.forEach((s, k) =>
    s.forms.forEach((w, i) => {
      let c = counts.get(w);
      if (!c) counts.set(w, (c = new Int32Array(C)));
      c[golds[k][i]]++;
    }),
  );
  const dict = new Map<string, number>();
  if (minCount <= 0) return dict;
  for (const [w, c] of counts) {
    let total = 0;
    let best = 0;
    for (let j = 0; j < C; j++) {
      total += c[j];
      if (c[j] > c[best]) best = j;
    }
    if (total >= minCount && c[best] / total >= share) dict.set(w, best);
  }
  return dict;
}

/** Trains a tagger; returns the model file contents (gzipped bundle). */
export function trainTagger(sentences: readonly TaggerTrainingSentence[], options: TaggerTrainingOptions = {}): Buffer {
  const epochs = options.epochs ?? 10;
  const random = mulberry32(options.seed ?? 1);
  const classIndex = new Map<string, number>();
  const golds = sentences.map((s) =>
    Int32Array.from(s.forms.map((_, i) => {
      const label = `${s.upos[i]}\t${s.xpos[i]}`;
      let c = classIndex.get(label);
      if (c === undefined) classIndex.set(label, (c = classIndex.size));
      return c;
    })),
  );
  const classes = [...classIndex.keys()];
  const variant = options.variant ?? 7;
  const t = new TaggerTrainer(classes, variant);
  t.tagDict = buildTagDict(sentences, golds, classes.length, options.tagDictMinCount ?? 20, options.tagDictShare ?? 0.97);
  const order = sentences.map((_, i) => i);
  const total = epochs * sentences.length;
  const bar =
    options.progress === false
      ? undefined
      : new cliProgress.SingleBar(
          { format: `${options.label ?? "tagger"} |{bar}| {percentage}% epoch {epoch}/${epochs} acc {acc} eta {eta_formatted}`, stream: process.stderr },
          cliProgress.Presets.shades_classic,
        );
  bar?.start(total, 0, { epoch: 1, acc: "-" });
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let words = 0;
    for (let k = 0; k < order.length; k++) {
      const s = sentences[order[k]];
      correct += t.learn(s.forms, golds[order[k]]);
      words += s.forms.length;
      if ((k & 255) === 0) bar?.update(epoch * sentences.length + k, { epoch: epoch + 1, acc: (correct / Math.max(1, words)).toFixed(4) });
    }
    bar?.update((epoch + 1) * sentences.length, { epoch: epoch + 1, acc: (correct / Math.max(1, words)).toFixed(4) });
    if (bar && !process.stderr.isTTY) console.error(`${options.label ?? "tagger"} epoch ${epoch + 1}/${epochs}: train accuracy ${(correct / Math.max(1, words)).toFixed(4)}`);
  }
  bar?.stop();
  const prune = options.prune ?? 0;
  return new Tagger(classes, t.trainer.compact().pruned(0, prune), t.tagDict, variant).toBuffer();
}

/** Trains and writes a tagger model file. */
export function trainTaggerToFile(path: string, sentences: readonly TaggerTrainingSentence[], options: TaggerTrainingOptions = {}): void {
  writeFileSync(path, trainTagger(sentences, options));
}
