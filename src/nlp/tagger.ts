// Part-of-speech tagger: a greedy averaged perceptron (Collins 2002; features after Honnibal's
// "A good part-of-speech tagger in about 200 lines of Python") predicting the joint label
// UPOS + XPOS, trained on UD English EWT by scripts/train-tagger.ts.
//
// Each sentence is tagged in two left-to-right passes over the same model: the first sees only the
// tags already assigned to its left, the second also sees the first pass's tags to its right.
// Features are hashed integers (see perceptron.ts): no strings are built per feature. The scores
// of the tag-independent features are computed once per word and reused by the second pass.
//
// Besides the words, suffixes, prefixes and shapes, the features use word knowledge from outside
// EWT, built at training time and stored in the model (TaggerLexicon, from tagger-lexicon.ts):
// word clusters (models/clusters.txt.gz) and the tags each word carries in the Brown corpus and in
// CoNLL-2003 train. This mostly helps words EWT train does not have (+0.4 UPOS on dev in all).
//
// Three shortcuts for speed: frequent words seen with one tag (>= 97% of >= 20 occurrences in
// training) are tagged by dictionary lookup; words the first pass is sure of (margin >=
// skipMargin) keep their first-pass tag; neither changes dev accuracy measurably. And for the
// words seen >= 3 times in training, the summed weights of the features that depend on one word
// only (the word itself, or it as the left or right neighbour) are precomputed when the model
// loads (Tagger.wordRows), which gives exactly the same scores with far fewer lookups.
//
// Ensemble: a model file can hold several taggers trained alike (scripts/train-tagger.ts --models;
// the committed one holds four: two shuffling seeds reading left to right and two reading right to
// left, trained on the reversed sentences). The first member tags the sentence; the words it is
// sure of (Tagger.sureMargin) keep its tag, the others decode the sentence taking those as given,
// and each remaining word's class is the one with the highest sum of the members' final scores
// (Tagger.tagTogether). On EWT dev: 95.79 UPOS against 95.57 for the first member alone, and with
// the same parser 87.06 / 84.05 UAS / LAS against 86.87 / 83.71. Only the first member keeps the
// precomputed word rows (building them takes most of the load time).
//
// Usage: `tag(words)` with the committed model (models/tagger.bin.gz, loaded once), or
// `Tagger.load(path).tag(words)`; both give { upos, xpos }.

import { writeFileSync } from "node:fs";
import cliProgress from "cli-progress";
import {
  CompactModel,
  type CompactModelMeta,
  KeyIndex,
  PerceptronTrainer,
  type TypedArray,
  decodeBundle,
  encodeBundle,
  featureKey1,
  featureKey2,
  featureKey3,
  hashRange,
  hashString,
} from "./perceptron.js";
import { readModelBytes } from "./model-files.js";
import { modelPath } from "./model-path.js";
import { mulberry32, shuffle } from "./random.js";
import { type TaggerLexiconSource, defaultTaggerLexicon } from "./tagger-lexicon.js";

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
 * See Tagger.sureMargin: at 40 the committed ensemble tags EWT dev exactly as well as with
 * Infinity (95.79 UPOS) and twice as fast; at 20, 95.78 and three times as fast.
 */
const DEFAULT_SURE_MARGIN = 40;

/**
 * Feature-set bits (stored in the model): 1 neighbours' forms as written, 2 sentence case profile
 * x word shape, 4 five-letter suffix and case profile x word, 8 word clusters, 16 ambiguity classes
 * from the Brown corpus and CoNLL-2003, 64 tags x ambiguity classes and (word, next two tags),
 * 256 the word with the words two away and with its neighbours' classes. Measured on EWT dev
 * (UPOS, mean of seeds 1-3, 10 epochs): 7: 95.02, 31: 95.42, 287: 95.51; with 13 epochs, 351: 95.54.
 */
export const DEFAULT_VARIANT = 351;
export const DEFAULT_EPOCHS = 13;

/**
 * What the tagger knows about words besides its weights, keyed by the hash of the lowercased word:
 * cluster path and ambiguity classes in other tagged corpora (built by tagger-lexicon.ts).
 */
export class TaggerLexicon {
  readonly index: KeyIndex;

  constructor(
    /** Sorted keys (hashString(lowercased word, 1)). */
    readonly keys: Uint32Array,
    /** Cluster path packed as (1 << length) | bits; 0: none. */
    readonly clu: Uint32Array,
    /** 1 + index into brownClasses; 0: none. */
    readonly brown: Uint16Array,
    readonly conll: Uint16Array,
    readonly brownClasses: readonly string[],
    readonly conllClasses: readonly string[],
    readonly sources: readonly string[],
  ) {
    this.index = new KeyIndex(keys.length);
    for (let i = 0; i < keys.length; i++) this.index.set(keys[i] || 1, i);
    this.brownHash = Int32Array.from([0, ...brownClasses.map((c) => hashString(c, 31))]);
    this.conllHash = Int32Array.from([0, ...conllClasses.map((c) => hashString(c, 32))]);
  }

  /**
   * Whether a word is a known common word: the Brown corpus has it, and neither Brown nor
   * CoNLL-2003 tags it as a proper noun ("military", "admits"; not "Paris" or unknown words).
   */
  isCommonWord(word: string): boolean {
    const tags = this.tagsOf(word.toLowerCase());
    if (tags?.brown === undefined || /(^| )nps?\$?( |$)/.test(tags.brown)) return false;
    return tags.conll === undefined || !/(^| )NNPS?( |$)/.test(tags.conll);
  }

  /**
   * Whether the Brown corpus or CoNLL-2003 train tags the word as a present-tense verb ("kills"), or
   * it is a verb's base form plus -s/-es ("blocks": "block" is a verb).
   */
  canBePresentVerb(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.hasTag(lower, /(^| )vbz( |$)/, /(^| )VBZ( |$)/)) return true;
    if (!lower.endsWith("s")) return false;
    const base = /(ss|sh|ch|x|z|o)es$/.test(lower) ? lower.slice(0, -2) : lower.slice(0, -1);
    return this.hasTag(base, /(^| )vb( |$)/, /(^| )VB( |$)/);
  }

  /** Whether the Brown corpus or CoNLL-2003 train tags the word as a past-tense verb ("rose"). */
  canBePastVerb(word: string): boolean {
    return this.hasTag(word.toLowerCase(), /(^| )vbd( |$)/, /(^| )VBD( |$)/);
  }

  /** Whether the Brown corpus or CoNLL-2003 train tags the word as a verb's base form ("cost", "plan"). */
  canBeBaseVerb(word: string): boolean {
    return this.hasTag(word.toLowerCase(), /(^| )vb( |$)/, /(^| )VB( |$)/);
  }

  /** Whether the Brown corpus or CoNLL-2003 train tags the word as a singular common noun. */
  canBeNoun(word: string): boolean {
    return this.hasTag(word.toLowerCase(), /(^| )nn( |$)/, /(^| )NN( |$)/);
  }

  /**
   * Whether a word may be a preposition: unknown and short words may, and so may words the Brown
   * corpus or CoNLL-2003 train tags as a preposition, particle or conjunction ("like", "round",
   * "but"); known words neither tags so ("beat", "worth") may not.
   */
  canBePreposition(word: string): boolean {
    const tags = word.length < 3 ? undefined : this.tagsOf(word.toLowerCase());
    if (tags?.brown === undefined && tags?.conll === undefined) return true;
    return (tags.brown !== undefined && /(^| )(in|rp|cs|cc|to)( |$)/.test(tags.brown)) || (tags.conll !== undefined && /(^| )(IN|RP|TO|CC)( |$)/.test(tags.conll));
  }

  private hasTag(lower: string, brown: RegExp, conll: RegExp): boolean {
    const tags = this.tagsOf(lower);
    return (tags?.brown !== undefined && brown.test(tags.brown)) || (tags?.conll !== undefined && conll.test(tags.conll));
  }

  /** The tags a lowercased word carries in the Brown corpus and in CoNLL-2003 train (undefined: unknown word). */
  private tagsOf(lower: string): { brown?: string; conll?: string } | undefined {
    const i = this.index.get(hashString(lower, 1) || 1);
    if (i < 0) return undefined;
    return { brown: this.brown[i] ? this.brownClasses[this.brown[i] - 1] : undefined, conll: this.conll[i] ? this.conllClasses[this.conll[i] - 1] : undefined };
  }

  /** Hashed class values (index 0: none). */
  readonly brownHash: Int32Array;
  readonly conllHash: Int32Array;

  static build(source: TaggerLexiconSource): TaggerLexicon {
    const words = new Map<number, { clu: number; brown: number; conll: number }>();
    const entry = (w: string) => {
      const k = hashString(w, 1) || 1;
      let e = words.get(k);
      if (!e) words.set(k, (e = { clu: 0, brown: 0, conll: 0 }));
      return e;
    };
    for (const [w, path] of source.clusters) entry(w).clu = (1 << Math.min(path.length, 24)) | parseInt(path.slice(0, 24) || "0", 2);
    const classIds = (m: Map<string, string>, field: "brown" | "conll"): string[] => {
      const ids = new Map<string, number>();
      for (const [w, c] of m) {
        let id = ids.get(c);
        if (id === undefined) ids.set(c, (id = ids.size + 1));
        entry(w)[field] = id;
      }
      return [...ids.keys()];
    };
    const brownClasses = classIds(source.brown, "brown");
    const conllClasses = classIds(source.conll, "conll");
    const keys = Uint32Array.from(words.keys()).sort();
    const es = Array.from(keys, (k) => words.get(k)!);
    return new TaggerLexicon(
      keys,
      Uint32Array.from(es, (e) => e.clu),
      Uint16Array.from(es, (e) => e.brown),
      Uint16Array.from(es, (e) => e.conll),
      brownClasses,
      conllClasses,
      source.sources,
    );
  }

  serialize(): { meta: { brownClasses: readonly string[]; conllClasses: readonly string[]; sources: readonly string[] }; arrays: Record<string, TypedArray> } {
    const delta = new Uint32Array(this.keys.length);
    for (let i = 0; i < delta.length; i++) delta[i] = (this.keys[i] - (i ? this.keys[i - 1] : 0)) >>> 0;
    return {
      meta: { brownClasses: this.brownClasses, conllClasses: this.conllClasses, sources: this.sources },
      arrays: { "lex.keys": delta, "lex.clu": this.clu, "lex.brown": this.brown, "lex.conll": this.conll },
    };
  }

  static deserialize(meta: { brownClasses: string[]; conllClasses: string[]; sources: string[] }, arrays: Record<string, TypedArray>): TaggerLexicon {
    const delta = arrays["lex.keys"] as Uint32Array;
    const keys = new Uint32Array(delta.length);
    let k = 0;
    for (let i = 0; i < keys.length; i++) keys[i] = k = (k + delta[i]) >>> 0;
    return new TaggerLexicon(
      keys,
      arrays["lex.clu"] as Uint32Array,
      arrays["lex.brown"] as Uint16Array,
      arrays["lex.conll"] as Uint16Array,
      meta.brownClasses,
      meta.conllClasses,
      meta.sources,
    );
  }
}

/** The first k bits of a packed cluster path (the whole path if shorter). */
function cluPrefix(p: number, k: number): number {
  if (p === 0) return 0;
  const len = 31 - Math.clz32(p);
  return len <= k ? p : (1 << k) | ((p ^ (1 << len)) >>> (len - k));
}

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
  clu4 = new Int32Array(0); // cluster path prefixes (variant bit 8)
  clu8 = new Int32Array(0);
  clu12 = new Int32Array(0);
  cluAll = new Int32Array(0);
  brown = new Int32Array(0); // ambiguity classes (variant bit 16)
  conll = new Int32Array(0);
  lex: TaggerLexicon | null = null;
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
    this.clu4 = new Int32Array(cap);
    this.clu8 = new Int32Array(cap);
    this.clu12 = new Int32Array(cap);
    this.cluAll = new Int32Array(cap);
    this.brown = new Int32Array(cap);
    this.conll = new Int32Array(cap);
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
    this.clu4[j] = h;
    this.clu8[j] = h;
    this.clu12[j] = h;
    this.cluAll[j] = h;
    this.brown[j] = h;
    this.conll[j] = h;
  }

  private setWord(j: number, word: string, position: number): void {
    const lower = word.toLowerCase();
    const L = lower.length;
    this.low[j] = hashString(lower, 1);
    this.form[j] = lower === word ? this.low[j] : hashString(word, 2);
    const lex = this.lex;
    if (lex) {
      const e = lex.index.get(this.low[j] >>> 0 || 1);
      const p = e < 0 ? 0 : lex.clu[e];
      this.clu4[j] = cluPrefix(p, 4);
      this.clu8[j] = cluPrefix(p, 8);
      this.clu12[j] = cluPrefix(p, 12);
      this.cluAll[j] = p;
      this.brown[j] = e < 0 ? 0 : lex.brownHash[lex.brown[e]];
      this.conll[j] = e < 0 ? 0 : lex.conllHash[lex.conll[e]];
    }
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
export const TAGGER_FEATURES = 64;

/**
 * Writes the keys of the features of word i (0-based) that depend on nothing but the word itself
 * (its normalized form and whether it starts the sentence) into out[at..]; returns the new end.
 * Their summed weights are precomputed per training word (see Tagger.wordRows).
 */
function wordFeatures(tf: TokenFeatures, i: number, out: Uint32Array, at: number): number {
  const j = i + PAD;
  let k = at;
  out[k++] = featureKey1(1, 0);
  out[k++] = featureKey1(2, tf.low[j]);
  out[k++] = featureKey1(3, tf.form[j]);
  out[k++] = featureKey1(4, tf.suf1[j]);
  out[k++] = featureKey1(5, tf.suf2[j]);
  out[k++] = featureKey1(6, tf.suf3[j]);
  out[k++] = featureKey1(7, tf.suf4[j]);
  out[k++] = featureKey1(8, tf.pre1[j]);
  out[k++] = featureKey1(9, tf.pre2[j]);
  out[k++] = featureKey1(10, tf.pre3[j]);
  out[k++] = featureKey1(11, tf.shape[j]);
  out[k++] = featureKey2(12, tf.short[j], tf.flags[j]);
  if (tf.variant & 4) out[k++] = featureKey1(43, tf.suf5[j]);
  if (tf.variant & 8) {
    out[k++] = featureKey1(50, tf.clu4[j]);
    out[k++] = featureKey1(51, tf.clu8[j]);
    out[k++] = featureKey1(52, tf.clu12[j]);
    out[k++] = featureKey1(53, tf.cluAll[j]);
  }
  if (tf.variant & 16) {
    out[k++] = featureKey1(56, tf.brown[j]);
    out[k++] = featureKey1(57, tf.conll[j]);
  }
  return k;
}

/**
 * Writes the keys of the other tag-independent features of word i (those that look at its
 * neighbours or at the whole sentence) into out[at..]; returns the new end.
 */
function contextFeatures(tf: TokenFeatures, i: number, out: Uint32Array, at: number): number {
  return restFeatures(tf, i, out, rightFeatures(tf, i, out, leftFeatures(tf, i, out, at)));
}

/** The context features of word i that look at nothing but the word before it. */
function leftFeatures(tf: TokenFeatures, i: number, out: Uint32Array, at: number): number {
  const p = i + PAD - 1;
  let k = at;
  out[k++] = featureKey1(13, tf.low[p]);
  out[k++] = featureKey1(17, tf.suf3[p]);
  out[k++] = featureKey1(19, tf.short[p]);
  if (tf.variant & 1) out[k++] = featureKey1(40, tf.form[p]);
  if (tf.variant & 8) out[k++] = featureKey1(54, tf.clu8[p]);
  if (tf.variant & 16) out[k++] = featureKey1(58, tf.brown[p]);
  return k;
}

/** The context features of word i that look at nothing but the word after it. */
function rightFeatures(tf: TokenFeatures, i: number, out: Uint32Array, at: number): number {
  const p = i + PAD + 1;
  let k = at;
  out[k++] = featureKey1(15, tf.low[p]);
  out[k++] = featureKey1(18, tf.suf3[p]);
  out[k++] = featureKey1(20, tf.short[p]);
  if (tf.variant & 1) out[k++] = featureKey1(41, tf.form[p]);
  if (tf.variant & 8) out[k++] = featureKey1(55, tf.clu8[p]);
  if (tf.variant & 16) out[k++] = featureKey1(59, tf.brown[p]);
  return k;
}

/** The other context features (word pairs, the words two away, sentence case). */
function restFeatures(tf: TokenFeatures, i: number, out: Uint32Array, at: number): number {
  const j = i + PAD;
  const low = tf.low;
  const w = low[j];
  const sh = tf.short;
  let k = at;
  out[k++] = featureKey1(14, low[j - 2]);
  out[k++] = featureKey1(16, low[j + 2]);
  out[k++] = featureKey2(29, low[j - 1], w);
  out[k++] = featureKey2(30, w, low[j + 1]);
  out[k++] = featureKey2(31, low[j - 1], low[j + 1]);
  out[k++] = featureKey3(34, sh[j], sh[j - 1], sh[j + 1]);
  if (tf.variant & 2) out[k++] = featureKey2(42, tf.caseProfile, sh[j]);
  if (tf.variant & 4) out[k++] = featureKey2(44, tf.caseProfile, w);
  if (tf.variant & 256) {
    out[k++] = featureKey2(66, w, low[j + 2]);
    out[k++] = featureKey2(67, w, low[j - 2]);
    out[k++] = featureKey2(68, w, tf.brown[j + 1]);
    out[k++] = featureKey2(69, w, tf.clu8[j + 1]);
    out[k++] = featureKey2(70, w, tf.clu8[j - 1]);
  }
  return k;
}

/** Keys of the rows of Tagger.wordRows of word p as itself, as left and as right neighbour. */
const ROW_SELF = 99;
const ROW_LEFT = 98;
const ROW_RIGHT = 97;
function rowKey(tf: TokenFeatures, kind: number, p: number, initial: number): number {
  return featureKey3(kind, tf.low[p + PAD], tf.form[p + PAD], initial);
}

/**
 * The training words that get precomputed rows (Tagger.wordRows): `words`, seen at least
 * WORD_ROW_MIN_COUNT times (normalized forms, in order of first occurrence), and `first`, those
 * of them seen sentence-initially.
 */
export interface TaggerWords {
  words: string[];
  first: string[];
}

/** Rarer words are not worth the memory of a precomputed row (~1% of running words). */
const WORD_ROW_MIN_COUNT = 3;

function trainingForms(sentences: readonly TaggerTrainingSentence[]): TaggerWords {
  const counts = new Map<string, number>();
  const initial = new Set<string>();
  for (const s of sentences) {
    s.forms.forEach((w, i) => {
      const f = normalizeForm(w);
      counts.set(f, (counts.get(f) ?? 0) + 1);
      if (i === 0) initial.add(f);
    });
  }
  const words = [...counts].filter(([, c]) => c >= WORD_ROW_MIN_COUNT).map(([w]) => w);
  return { words, first: words.filter((w) => initial.has(w)) };
}

/** Precomputed sums of weights (see Tagger.wordRows): row r is rows[r * C .. (r + 1) * C). */
class WordRows {
  readonly index: KeyIndex;
  readonly rows: Int32Array;
  /** A second hash per row (the word's form hash), checked on lookup against key collisions. */
  readonly checks: Int32Array;
  size = 0;

  constructor(
    readonly nClasses: number,
    capacity: number,
  ) {
    this.index = new KeyIndex(capacity);
    this.rows = new Int32Array(capacity * nClasses);
    this.checks = new Int32Array(capacity);
  }

  /** Adds a row (unless the key is taken). */
  add(key: number, check: number, dense: Int32Array): boolean {
    const C = this.nClasses;
    if (this.index.get(key) >= 0) return false;
    this.rows.set(dense, this.size * C);
    this.checks[this.size] = check;
    this.index.set(key, this.size++);
    return true;
  }

  /** scores += the row of key; false if there is none. */
  addTo(key: number, check: number, scores: Float32Array): boolean {
    const r = this.index.get(key);
    if (r < 0 || this.checks[r] !== check) return false;
    const C = this.nClasses;
    const rows = this.rows;
    for (let c = 0, b = r * C; c < C; c++) scores[c] += rows[b + c];
    return true;
  }
}

/** All the tag-independent features of word i. */
function staticFeatures(tf: TokenFeatures, i: number, out: Uint32Array, at: number): number {
  return contextFeatures(tf, i, out, wordFeatures(tf, i, out, at));
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
  if (tf.variant & 64) out[k++] = featureKey2(63, p1, tf.brown[j]);
  if (n1 < 0) return k;
  out[k++] = featureKey1(25, n1);
  out[k++] = featureKey2(26, n1, n2);
  out[k++] = featureKey2(27, n1, w);
  out[k++] = featureKey2(28, p1, n1);
  out[k++] = featureKey2(33, n1, low[j - 1]);
  out[k++] = featureKey2(35, n1, s3[j]);
  out[k++] = featureKey3(36, p1, n1, w);
  if (tf.variant & 64) {
    out[k++] = featureKey2(64, n1, tf.brown[j]);
    out[k++] = featureKey3(65, w, n1, n2);
  }
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

  constructor(readonly classes: readonly string[], variant: number, readonly lexicon: TaggerLexicon | null = null) {
    this.scores = new Float32Array(classes.length);
    this.START = classes.length + 1;
    this.END = classes.length + 2;
    this.tf.variant = variant;
    this.tf.lex = lexicon;
  }
}

/** A trained tagger. */
export class Tagger extends TaggerBase {
  private readonly upos: string[];
  private readonly xpos: string[];
  /** The class ADV / RB (-1 if the model has none). */
  private readonly adverb: number;
  /** The classes PUNCT / `` and PUNCT / '' (-1 if the model has none). */
  private readonly openQuote: number;
  private readonly closeQuote: number;
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
  /**
   * Never tag a known word ADP that no tagged corpus has as a preposition (TaggerLexicon.canBePreposition),
   * nor "about" / "around" before a number (approximators). On by default; the parser's jackknifed
   * training tags are made without it (the committed parser was trained before it existed).
   */
  prepositionCheck = true;
  /** Reads each sentence backwards (trained on reversed sentences, see TaggerTrainingOptions.reverse). */
  reverse = false;
  /**
   * The other members of an ensemble (empty: this tagger alone). Each member tags the sentence
   * alone, in its own reading order; a word's class is the one with the highest sum of the members'
   * final scores (see tagTogether). They share this tagger's classes, tag dictionary and lexicon.
   */
  private partners: Tagger[] = [];
  /** When not null, decode() leaves each word's final scores (real units) here, n x classes. */
  private kept: Float32Array | null = null;
  private summed = new Float32Array(0);
  private sure = new Int32Array(0);
  private sureBack = new Int32Array(0);
  /**
   * In an ensemble, words the first member tags with at least this margin over the runner-up (in
   * real weight units) keep its tag, and the other members take that tag as given instead of
   * scoring the word. Infinity: every member scores every word.
   */
  sureMargin = DEFAULT_SURE_MARGIN;
  private together = new Int32Array(0);

  constructor(
    classes: readonly string[],
    private readonly model: CompactModel,
    /** Frequent, unambiguous words -> class id; these skip the model. */
    private readonly tagDict: ReadonlyMap<string, number> = new Map(),
    variant = 0,
    lexicon: TaggerLexicon | null = null,
    /** Training words whose word-only feature weights are summed in advance (see wordRows). */
    private readonly words: TaggerWords = { words: [], first: [] },
  ) {
    super(classes, variant, lexicon);
    this.upos = classes.map((c) => splitLabel(c)[0]);
    this.adverb = classes.findIndex((c) => splitLabel(c)[0] === "ADV" && splitLabel(c)[1] === "RB");
    this.openQuote = classes.indexOf("PUNCT\t``");
    this.closeQuote = classes.indexOf("PUNCT\t''");
    this.xpos = classes.map((c) => splitLabel(c)[1]);
    this.wordRows = this.buildWordRows();
  }

  /**
   * Sums of weights precomputed per training word, keyed by rowKey: of its word-only features
   * (wordFeatures; sentence-initial or not), and of the features its neighbours get from it
   * (leftFeatures as the word before, rightFeatures as the word after). One lookup each instead
   * of ~20 and 2 x 6 for most words. Built at load time; the scores are exactly those of the
   * features one by one (integer weights).
   */
  private readonly wordRows: WordRows | null;

  private buildWordRows(): WordRows | null {
    const { words, first } = this.words;
    if (words.length === 0) return null;
    const C = this.classes.length;
    const rows = new WordRows(C, 3 * words.length + first.length);
    const dense = new Int32Array(C);
    const tf = this.tf;
    const fk = this.keys;
    const add = (n: number, key: number, p: number) => {
      dense.fill(0);
      this.model.addScores(fk, n, dense);
      rows.add(key, tf.form[p + PAD], dense);
    };
    for (const w of words) {
      if (!this.tagDict.has(w)) {
        tf.prepare(["", w], true);
        add(wordFeatures(tf, 1, fk, 0), rowKey(tf, ROW_SELF, 1, 0), 1);
      }
      tf.prepare([w, ""], true);
      add(leftFeatures(tf, 1, fk, 0), rowKey(tf, ROW_LEFT, 0, 0), 0);
      add(rightFeatures(tf, -1, fk, 0), rowKey(tf, ROW_RIGHT, 0, 0), 0);
    }
    for (const w of first) {
      if (this.tagDict.has(w)) continue;
      tf.prepare([w], true);
      add(wordFeatures(tf, 0, fk, 0), rowKey(tf, ROW_SELF, 0, 1), 0);
    }
    return rows;
  }

  /**
   * The words of a title-case headline as running text would spell them: capitalized common
   * words lowercased (see TaggerLexicon.isCommonWord), names and unknown words unchanged. Without a
   * lexicon in the model, the words are returned as they are.
   */
  recase(words: readonly string[]): string[] {
    const lex = this.lexicon;
    if (!lex) return [...words];
    return words.map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) && lex.isCommonWord(w) ? w.toLowerCase() : w));
  }

  /** Whether a word can be a present-tense verb by the model's word knowledge (false without a lexicon). */
  canBePresentVerb(word: string): boolean {
    return this.lexicon?.canBePresentVerb(word) ?? false;
  }

  /** Whether a word can be a past-tense verb by the model's word knowledge (false without a lexicon). */
  canBePastVerb(word: string): boolean {
    return this.lexicon?.canBePastVerb(word) ?? false;
  }

  /** Whether a word can be a verb's base form by the model's word knowledge (false without a lexicon). */
  canBeBaseVerb(word: string): boolean {
    return this.lexicon?.canBeBaseVerb(word) ?? false;
  }

  /** Whether a word is a common English word (not a name) by the model's word knowledge (false without a lexicon). */
  isCommonWord(word: string): boolean {
    return this.lexicon?.isCommonWord(word) ?? false;
  }

  /** Whether a word can be a singular common noun by the model's word knowledge (false without a lexicon). */
  canBeNoun(word: string): boolean {
    return this.lexicon?.canBeNoun(word) ?? false;
  }

  /** Loads the committed model (models/tagger.bin.gz) or the given file. */
  /** options.ensemble false: of an ensemble's model file, load the first member only. */
  static load(path = modelPath(TAGGER_MODEL_FILE), options: { ensemble?: boolean } = {}): Tagger {
    return Tagger.fromBuffer(readModelBytes(path), options);
  }

  static fromBuffer(data: Uint8Array, options: { ensemble?: boolean } = {}): Tagger {
    const bundle = decodeBundle(data);
    const meta = bundle.meta as {
      format: string;
      classes: string[];
      model: CompactModelMeta;
      tagDict: [string, number][];
      variant: number;
      lexicon?: { brownClasses: string[]; conllClasses: string[]; sources: string[] };
      words?: TaggerWords;
      reverse?: boolean;
      partners?: { model: CompactModelMeta; reverse?: boolean }[];
    };
    if (meta.format !== FORMAT) throw new Error(`unsupported tagger model format ${String(meta.format)}`);
    const tagDict = new Map(meta.tagDict);
    const lexicon = meta.lexicon ? TaggerLexicon.deserialize(meta.lexicon, bundle.arrays) : null;
    const member = (prefix: string, model: CompactModelMeta, reverse: boolean | undefined, words?: TaggerWords): Tagger => {
      const t = new Tagger(meta.classes, CompactModel.deserialize(prefix, model, bundle.arrays), tagDict, meta.variant, lexicon, words);
      t.reverse = reverse === true;
      return t;
    };
    const main = member("w", meta.model, meta.reverse, meta.words);
    if (!meta.partners?.length || options.ensemble === false) return main;
    main.partners = meta.partners.map((p, k) => member(`p${k + 1}`, p.model, p.reverse));
    return main;
  }

  /** Class ids of the tags of words (two passes; with an ensemble, of every member). */
  tagIds(words: readonly string[]): Int32Array {
    const ids = this.partners.length === 0 && !this.reverse ? this.decode(words) : this.tagTogether(words);
    if (this.prepositionCheck) this.approximators(words, ids);
    this.quoteDirections(words, ids);
    return ids;
  }

  /**
   * A quote that says which way it faces keeps that direction: "\u201c" and `` open (XPOS ``),
   * "\u201d" and '' close (''). The features see every double quote as '"' (normalizeForm), so the
   * model guesses the direction from the context.
   */
  private quoteDirections(words: readonly string[], ids: Int32Array): void {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const c = w === "\u201c" || w === "``" ? this.openQuote : w === "\u201d" || w === "''" ? this.closeQuote : -1;
      if (c >= 0) ids[i] = c;
    }
  }

  /** The members of the ensemble (this tagger first); just [this] for a single model. */
  get members(): Tagger[] {
    return [this, ...this.partners];
  }

  /**
   * An ensemble of taggers trained alike (same classes, features and tag dictionary; for instance
   * with other seeds, or reading backwards): the first one's dictionary, lexicon and precomputed
   * word rows serve all, the others score every feature one by one.
   */
  static ensemble(taggers: readonly Tagger[]): Tagger {
    const [main, ...rest] = taggers.flatMap((t) => t.members);
    const c = new Tagger(main.classes, main.model, main.tagDict, main.tf.variant, main.lexicon, main.words);
    c.reverse = main.reverse;
    c.partners = rest.map((t) => {
      if (t.classes.join("\n") !== main.classes.join("\n") || t.tf.variant !== main.tf.variant) throw new Error("Tagger.ensemble: the taggers differ in classes or features");
      const p = new Tagger(main.classes, t.model, main.tagDict, main.tf.variant, main.lexicon);
      p.reverse = t.reverse;
      return p;
    });
    return c;
  }

  /**
   * The ensemble's tags. The first member decodes the sentence; the words it is sure of (margin >=
   * sureMargin) keep its tag, and the other members decode the sentence (each in its reading order,
   * with its own preposition check) with those words fixed. Every other word not in the tag
   * dictionary takes the class with the highest sum of the members' final scores (a word a member
   * was sure of after its first pass counts that pass's scores).
   */
  private tagTogether(words: readonly string[]): Int32Array {
    const n = words.length;
    const C = this.classes.length;
    if (this.summed.length < n * C) {
      this.summed = new Float32Array(n * 2 * C);
      this.together = new Int32Array(n * 2);
    }
    const sum = this.summed;
    sum.fill(0, 0, n * C);
    const backwards = [...words].reverse();
    if (this.sure.length < n) {
      this.sure = new Int32Array(n * 2);
      this.sureBack = new Int32Array(n * 2);
    }
    const sure = this.sure;
    const sureBack = this.sureBack;
    this.members.forEach((t, k) => {
      t.prepositionCheck = this.prepositionCheck;
      if (!t.kept || t.kept.length < n * C) t.kept = new Float32Array(n * 2 * C);
      const order = t.reverse ? backwards : words;
      const own = k === 0 ? t.decode(order) : t.decode(order, t.reverse ? sureBack : sure);
      const kept = t.kept;
      for (let i = 0; i < n; i++) {
        const from = (t.reverse ? n - 1 - i : i) * C;
        for (let c = 0; c < C; c++) sum[i * C + c] += kept[from + c];
      }
      if (k > 0) return;
      // Words the first member is sure of keep its tag; the others decode only the rest.
      for (let i = 0; i < n; i++) {
        let best = -Infinity;
        let second = -Infinity;
        for (let c = 0; c < C; c++) {
          const v = kept[i * C + c];
          if (v > best) {
            second = best;
            best = v;
          } else if (v > second) second = v;
        }
        const at = t.reverse ? n - 1 - i : i;
        sure[at] = best - second >= this.sureMargin ? own[i] : -1;
        sureBack[n - 1 - at] = sure[at];
      }
    });
    const ids = this.together.subarray(0, n);
    for (let i = 0; i < n; i++) {
      const fixed = this.tagDict.get(normalizeForm(words[i])) ?? (sure[i] >= 0 ? sure[i] : undefined);
      if (fixed !== undefined) {
        ids[i] = fixed;
        continue;
      }
      const noAdp = this.prepositionCheck && this.lexicon !== null && !this.lexicon.canBePreposition(words[i]);
      let best = -1;
      for (let c = 0; c < C; c++) {
        if (noAdp && this.upos[c] === "ADP") continue;
        if (best < 0 || sum[i * C + c] > sum[i * C + best]) best = c;
      }
      ids[i] = best;
    }
    return ids;
  }

  /** This tagger's own class ids for words, in its reading order (two passes). */
  private decode(words: readonly string[], preset: Int32Array | null = null): Int32Array {
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
    const wordRows = this.wordRows;
    for (let i = 0; i < n; i++) fixed[i] = preset && preset[i] >= 0 ? preset[i] : (this.tagDict.get(normalizeForm(words[i])) ?? -1);
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
          let k = 0;
          const form = tf.form;
          if (wordRows === null || !wordRows.addTo(rowKey(tf, ROW_SELF, i, i === 0 ? 1 : 0), form[i + PAD], scores)) k = wordFeatures(tf, i, keys, k);
          if (wordRows === null || i === 0 || !wordRows.addTo(rowKey(tf, ROW_LEFT, i - 1, 0), form[i + PAD - 1], scores)) k = leftFeatures(tf, i, keys, k);
          if (wordRows === null || i + 1 === n || !wordRows.addTo(rowKey(tf, ROW_RIGHT, i + 1, 0), form[i + PAD + 1], scores)) k = rightFeatures(tf, i, keys, k);
          model.addScores(keys, restFeatures(tf, i, keys, k), scores);
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
        if (this.prepositionCheck && this.upos[best] === "ADP" && this.lexicon && !this.lexicon.canBePreposition(words[i]!)) {
          // A known word never seen as a preposition ("Madrid beat Dortmund"): its best other reading.
          let alt = -1;
          for (let c = 0; c < C; c++) if (this.upos[c] !== "ADP" && (alt < 0 || scores[c] > scores[alt])) alt = c;
          second = bestScore;
          best = alt;
          bestScore = scores[alt];
        }
        out[i] = best;
        if (pass === 0) margin[i] = bestScore - second;
        if (this.kept) for (let c = 0; c < C; c++) this.kept[base + c] = scores[c] * model.unit;
      }
    }
    return this.pass2.subarray(0, n);
  }

  /**
   * "about 9,000 jobs", "around 300 people": before a number that is no clock time, "about" and
   * "around" are adverbs (UD; as EWT train has them 62 times to 14), whatever the model chose.
   */
  private approximators(words: readonly string[], ids: Int32Array): void {
    for (let i = 0; i + 1 < words.length; i++) {
      if (this.upos[ids[i]!] !== "ADP" || !/^(about|around)$/i.test(words[i]!) || this.upos[ids[i + 1]!] !== "NUM") continue;
      if (/:/.test(words[i + 1]!) || /^[ap]\.?m\.?$/i.test(words[i + 2] ?? "") || /[ap]m$/i.test(words[i + 1]!)) continue;
      if (this.adverb >= 0) ids[i] = this.adverb;
    }
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
    const lex = this.lexicon?.serialize();
    const partners = this.partners.map((p, k) => {
      const part = p.model.serialize(`p${k + 1}`);
      Object.assign(arrays, part.arrays);
      return { model: part.meta, ...(p.reverse ? { reverse: true } : {}) };
    });
    return encodeBundle({
      meta: {
        format: FORMAT, classes: this.classes, model: meta, tagDict: [...this.tagDict], variant: this.tf.variant, lexicon: lex?.meta, words: this.words,
        ...(this.reverse ? { reverse: true } : {}),
        ...(partners.length ? { partners } : {}),
      },
      arrays: { ...arrays, ...lex?.arrays },
    });
  }

  /** A copy without the features whose largest weight is below rowMinAbs (every member's). */
  pruned(rowMinAbs: number): Tagger {
    const members = this.members.map((t) => {
      const p = new Tagger(this.classes, t.model.pruned(0, rowMinAbs), this.tagDict, this.tf.variant, this.lexicon, t === this ? this.words : undefined);
      p.reverse = t.reverse;
      return p;
    });
    return members.length > 1 ? Tagger.ensemble(members) : members[0];
  }

  get modelStats(): { features: number; weights: number } {
    let features = 0, weights = 0;
    for (const t of this.members) {
      features += t.model.nRows;
      weights += t.model.nWeights;
    }
    return { features, weights };
  }
}

let shared: Tagger | undefined;

/**
 * The committed tagger, loaded once: the ensemble the model file holds, or its first,
 * left-to-right member alone when the environment variable KG_TAGGER_ENSEMBLE is 0 (faster, less
 * accurate).
 */
export function defaultTagger(): Tagger {
  return (shared ??= Tagger.load(undefined, { ensemble: process.env.KG_TAGGER_ENSEMBLE !== "0" }));
}

let fast: Tagger | undefined;

/** The committed ensemble's first member alone, loaded once: the fast pipeline's tagger (3x the ensemble's speed, 0.2 points of UPOS less). */
export function fastTagger(): Tagger {
  return (fast ??= Tagger.load(undefined, { ensemble: false }));
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
  /** Default DEFAULT_EPOCHS. */
  epochs?: number;
  seed?: number;
  /** Drop the features whose largest averaged weight is below this from the saved model. */
  prune?: number;
  /** Words seen at least this often with one class at least tagDictShare of the time are tagged
   * by lookup (default 20). */
  tagDictMinCount?: number;
  /** Default 0.97. */
  tagDictShare?: number;
  /** Feature-set variant bits (default DEFAULT_VARIANT). */
  variant?: number;
  /** External word knowledge (default: defaultTaggerLexicon(), i.e. clusters, Brown, CoNLL-2003). */
  lexicon?: TaggerLexiconSource;
  /** Show a progress bar on stderr (default true). */
  progress?: boolean;
  /** Label shown on the progress bar. */
  label?: string;
  /**
   * Train a tagger that reads sentences backwards (for an ensemble with forward ones; its classes
   * are numbered in the forward reading, so that the members' classes match). Default false.
   */
  reverse?: boolean;
}

class TaggerTrainer extends TaggerBase {
  readonly trainer: PerceptronTrainer;
  private rows = new Int32Array(TAGGER_FEATURES);
  private dscores: Float64Array;

  constructor(classes: readonly string[], variant: number, lexicon: TaggerLexicon | null) {
    super(classes, variant, lexicon);
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
  const epochs = options.epochs ?? DEFAULT_EPOCHS;
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
  if (options.reverse) {
    sentences = sentences.map((s) => ({ forms: [...s.forms].reverse(), upos: [...s.upos].reverse(), xpos: [...s.xpos].reverse() }));
    for (const g of golds) g.reverse();
  }
  const variant = options.variant ?? DEFAULT_VARIANT;
  const lexicon = variant & (8 | 16) ? TaggerLexicon.build(options.lexicon ?? defaultTaggerLexicon()) : null;
  const t = new TaggerTrainer(classes, variant, lexicon);
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
  const tagger = new Tagger(classes, t.trainer.compact().pruned(0, prune), t.tagDict, variant, lexicon, trainingForms(sentences));
  tagger.reverse = options.reverse === true;
  return tagger.toBuffer();
}

/** Trains and writes a tagger model file. */
export function trainTaggerToFile(path: string, sentences: readonly TaggerTrainingSentence[], options: TaggerTrainingOptions = {}): void {
  writeFileSync(path, trainTagger(sentences, options));
}
