// Dependency parser: arc-hybrid transition system (Kuhlmann et al. 2011) with the root token at
// the END of the buffer (Ballesteros & Nivre 2013), which together with one constraint (the root
// may take a left dependent only when it is the last word on the stack) guarantees a single root.
// Two averaged perceptrons (perceptron.ts): one over the three unlabelled moves, one over
// dependency labels, consulted whenever an arc is made (the dependent is complete by then, so its
// children are features). Features follow Zhang & Nivre (2011), adapted to arc-hybrid; UPOS is
// the main tag (XPOS appears in a few), as the parser proved less sensitive to UPOS errors.
// Feature-set variant bits (stored in the model): 2 lookahead and UPOS/XPOS conjunctions, 4 word
// clusters (Koo et al. 2008; the clusters are stored in the model file), 8 more label features,
// 16 clusters in place of tags in a few conjunctions.
//
// Two ways to decode, chosen at training time:
//  * greedy (beam 1): trained with the dynamic oracle of Goldberg & Nivre (2013) and exploration;
//  * beam search (beam k > 1): the move model is trained globally on the beam with the static
//    oracle and max-violation updates (Huang et al. 2012; or early updates, Collins & Roark 2004),
//    the label model locally on the gold path; an item's score is the sum of its moves' scores.
//    The model stores its training width as the default; `Parser.load(path, { beam })` or the
//    `beamWidth` property choose another (a beam model decoded greedily is poor: use width >= 2).
//
// Combination by reparsing (Sagae & Lavie 2006): a model file can hold several parsers (trained
// with different directions or seeds; a right-to-left one, `reverse` in its vocabulary, reads each
// sentence backwards). parse() runs each one and returns the projective tree with a single root
// word that has the most votes (weighted by parser, Eisner's algorithm), each word's label voted by
// the parsers that chose its head; the first parser wins ties. `{ combine: false }` at load time
// (KG_PARSER_COMBINE=0 for the committed model) parses with the first parser alone.
//
// Non-projective training trees are projectivized by lifting (labels unchanged), so the parser
// only outputs projective trees. Labels include subtypes (obl:tmod, nmod:poss, ...).
//
// Speed: forced moves are not scored; the greedy decoder keeps the scores of the features that
// only look at the buffer until the next SHIFT; the beam decoder keeps, per sentence, the scores
// of the feature groups that depend only on b0, on (s0, b0) or on (s1, s0), which beam items share
// (scores are sums of integers, so the grouping changes nothing). A state's configuration lives
// in one typed array, so a beam item is copied with one memcpy.
//
// Usage: `parse(words, upos, xpos?)` with the committed model (models/parser.bin.gz, loaded once),
// or `Parser.load(path).parse(...)`. Training: scripts/train-parser.ts, on UD English EWT with
// jackknifed predicted tags.

import cliProgress from "cli-progress";
import {
  CompactModel,
  type CompactModelMeta,
  PerceptronTrainer,
  type TypedArray,
  decodeBundle,
  encodeBundle,
  featureKey1,
  featureKey2,
  featureKey3,
  featureKey4,
  fmix32,
  hashString,
  mixStep,
} from "./perceptron.js";
import { readModelBytes } from "./model-files.js";
import { modelPath } from "./model-path.js";
import { mulberry32, shuffle } from "./random.js";
import { normalizeForm } from "./tagger.js";
import { clusterKey } from "./clusters.js";

export interface ParseResult {
  /** 0-based index of each word's head, -1 for the root. */
  heads: number[];
  deprels: string[];
}

export const PARSER_MODEL_FILE = "parser.bin.gz";
const FORMAT = "kg-parser-1";

const SHIFT = 0;
const LEFT = 1;
const RIGHT = 2;
const N_MOVES = 3;

/** Most feature keys the feature functions write. */
const MAX_FEATURES = 192;

/** Number of ints in State.labelContext. */
const LABEL_CONTEXT = 19;

const ROOT_WORD = hashString("<root>");
const NONE_WORD = hashString("<none>");

function distanceBucket(d: number): number {
  return d < 5 ? d : d < 7 ? 5 : d < 10 ? 6 : d < 15 ? 7 : 8;
}

/**
 * Parser state plus per-word attributes. Positions: 0..n-1 words, n the root, n+1 "none" (the
 * sentinel used for absent stack, buffer and child positions).
 */
class State {
  n = 0;
  // Per-word attributes of the sentence (shared by the states of one beam, never copied).
  word = new Int32Array(0); // lowercased form hash
  xp = new Int32Array(0); // XPOS id
  up = new Int32Array(0); // UPOS id
  c4 = new Int32Array(0); // word-cluster ids: 4-bit prefix, 6-bit prefix, full path
  c6 = new Int32Array(0);
  cf = new Int32Array(0);
  private cap = 0;
  // The configuration: fields of n + 2 entries each, views into one array (cheap to copy).
  private mem = new Int32Array(0) as Int32Array<ArrayBufferLike>;
  private stride = -1;
  stack = new Int32Array(0) as Int32Array<ArrayBufferLike>;
  head = new Int32Array(0) as Int32Array<ArrayBufferLike>;
  label = new Int32Array(0) as Int32Array<ArrayBufferLike>;
  l1 = new Int32Array(0) as Int32Array<ArrayBufferLike>; // leftmost child
  l2 = new Int32Array(0) as Int32Array<ArrayBufferLike>; // second leftmost
  r1 = new Int32Array(0) as Int32Array<ArrayBufferLike>; // rightmost
  r2 = new Int32Array(0) as Int32Array<ArrayBufferLike>;
  nl = new Int32Array(0) as Int32Array<ArrayBufferLike>; // number of left children
  nr = new Int32Array(0) as Int32Array<ArrayBufferLike>;
  lsetLo = new Int32Array(0) as Int32Array<ArrayBufferLike>; // bit sets of the labels of left / right children
  lsetHi = new Int32Array(0) as Int32Array<ArrayBufferLike>;
  rsetLo = new Int32Array(0) as Int32Array<ArrayBufferLike>;
  rsetHi = new Int32Array(0) as Int32Array<ArrayBufferLike>;
  sp = 0;
  b = 0;

  constructor(
    private readonly noneTag: number,
    private readonly rootTag: number,
    private readonly noneLabel: number,
    /** Feature-set variant bits. */
    readonly variant: number,
  ) {}

  /** Lays the configuration fields out for a sentence of n words. */
  private layout(n: number): void {
    const stride = n + 2;
    if (stride === this.stride) return;
    const fields = 13;
    if (this.mem.length < fields * stride) this.mem = new Int32Array(fields * Math.max(64, stride * 2));
    this.stride = stride;
    const m = this.mem;
    let at = 0;
    const view = (): Int32Array => m.subarray(at, (at += stride));
    this.stack = view();
    this.head = view();
    this.label = view();
    this.l1 = view();
    this.l2 = view();
    this.r1 = view();
    this.r2 = view();
    this.nl = view();
    this.nr = view();
    this.lsetLo = view();
    this.lsetHi = view();
    this.rsetLo = view();
    this.rsetHi = view();
  }

  /** Makes this state a copy of o (same sentence; the word attributes are shared). */
  copyFrom(o: State): void {
    this.n = o.n;
    this.word = o.word;
    this.xp = o.xp;
    this.up = o.up;
    this.c4 = o.c4;
    this.c6 = o.c6;
    this.cf = o.cf;
    this.layout(o.n);
    this.mem.set(o.mem.subarray(0, 13 * o.stride));
    this.sp = o.sp;
    this.b = o.b;
  }

  /**
   * Sets up the initial state; `normalize` maps forms with normalizeForm (at run time); `cl`
   * holds the cluster ids of each word (c4, c6, cf) when the features use them.
   */
  init(words: readonly string[], xp: ArrayLike<number>, up: ArrayLike<number>, normalize: boolean, cl?: Int32Array): void {
    const n = words.length;
    if (n + 2 > this.cap) {
      const cap = Math.max(64, (n + 2) * 2);
      this.cap = cap;
      this.word = new Int32Array(cap);
      this.xp = new Int32Array(cap);
      this.up = new Int32Array(cap);
      this.c4 = new Int32Array(cap);
      this.c6 = new Int32Array(cap);
      this.cf = new Int32Array(cap);
    }
    if (cl) {
      for (let i = 0; i < n; i++) {
        this.c4[i] = cl[3 * i];
        this.c6[i] = cl[3 * i + 1];
        this.cf[i] = cl[3 * i + 2];
      }
      this.c4[n] = this.c6[n] = this.cf[n] = ROOT_WORD;
      this.c4[n + 1] = this.c6[n + 1] = this.cf[n + 1] = NONE_WORD;
    }
    this.layout(n);
    this.n = n;
    for (let i = 0; i < n; i++) {
      this.word[i] = hashString((normalize ? normalizeForm(words[i]) : words[i]).toLowerCase(), 1);
      this.xp[i] = xp[i];
      this.up[i] = up[i];
    }
    this.word[n] = ROOT_WORD;
    this.xp[n] = this.rootTag;
    this.up[n] = this.rootTag;
    this.word[n + 1] = NONE_WORD;
    this.xp[n + 1] = this.noneTag;
    this.up[n + 1] = this.noneTag;
    this.reset();
  }

  /** Back to the initial configuration of the same sentence. */
  reset(): void {
    const n = this.n;
    const none = n + 1;
    for (let i = 0; i <= n + 1; i++) {
      this.head[i] = -1;
      this.label[i] = this.noneLabel;
      this.l1[i] = none;
      this.l2[i] = none;
      this.r1[i] = none;
      this.r2[i] = none;
      this.nl[i] = 0;
      this.nr[i] = 0;
      this.lsetLo[i] = 0;
      this.lsetHi[i] = 0;
      this.rsetLo[i] = 0;
      this.rsetHi[i] = 0;
    }
    this.sp = 0;
    this.b = 0;
  }

  get terminal(): boolean {
    return this.sp === 0 && this.b === this.n;
  }

  /** valid[m] = 1 when move m is allowed; returns the number of allowed moves. */
  validMoves(valid: Uint8Array): number {
    valid[SHIFT] = this.b < this.n ? 1 : 0;
    valid[LEFT] = this.sp >= 1 && (this.b < this.n || this.sp === 1) ? 1 : 0;
    valid[RIGHT] = this.sp >= 2 ? 1 : 0;
    return valid[SHIFT] + valid[LEFT] + valid[RIGHT];
  }

  apply(move: number, lab: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const d = this.stack[--this.sp];
    const h = move === LEFT ? this.b : this.stack[this.sp - 1];
    this.head[d] = h;
    this.label[d] = lab;
    const lo = lab < 32 ? 1 << lab : 0;
    const hi = lab >= 32 ? 1 << (lab - 32) : 0;
    if (d < h) {
      this.l2[h] = this.l1[h];
      this.l1[h] = d;
      this.nl[h]++;
      this.lsetLo[h] |= lo;
      this.lsetHi[h] |= hi;
    } else {
      this.r2[h] = this.r1[h];
      this.r1[h] = d;
      this.nr[h]++;
      this.rsetLo[h] |= lo;
      this.rsetHi[h] |= hi;
    }
  }

  /** Move features (Zhang & Nivre 2011 style); returns the number of keys. */
  moveFeatures(out: Uint32Array): number {
    return this.stateFeatures(out, this.bufferFeatures(out, 0));
  }

  /**
   * The move features that depend only on the buffer's first words (and not on their children),
   * which stay the same until the next SHIFT; written from out[at]; returns the new end.
   */
  bufferFeatures(out: Uint32Array, at: number): number {
    const none = this.n + 1;
    const b0 = this.b;
    const b1 = b0 + 1 <= this.n ? b0 + 1 : none;
    const b2 = b0 + 2 <= this.n ? b0 + 2 : none;
    const W = this.word;
    const P = this.xp;
    const b0w = W[b0], b0p = P[b0];
    const b1w = W[b1], b1p = P[b1];
    const b2p = P[b2];
    let k = at;
    out[k++] = featureKey1(1, 0);
    out[k++] = featureKey1(5, b0w);
    out[k++] = featureKey1(6, b0p);
    out[k++] = featureKey2(7, b0w, b0p);
    out[k++] = featureKey1(8, b1w);
    out[k++] = featureKey1(9, b1p);
    out[k++] = featureKey2(10, b1w, b1p);
    out[k++] = featureKey1(11, W[b2]);
    out[k++] = featureKey1(12, b2p);
    out[k++] = featureKey1(18, this.up[b0]);
    out[k++] = featureKey2(27, b0p, b1p);
    out[k++] = featureKey3(35, b0p, b1p, b2p);
    if (this.variant & 2) {
      const b3 = b0 + 3 <= this.n ? b0 + 3 : none;
      out[k++] = featureKey4(108, b0p, b1p, b2p, P[b3]);
    }
    if (this.variant & 4) {
      out[k++] = featureKey1(114, this.c6[b0]);
      out[k++] = featureKey1(115, this.cf[b0]);
      out[k++] = featureKey1(116, this.c6[b1]);
      out[k++] = featureKey2(117, this.c4[b0], this.c4[b1]);
    }
    return k;
  }

  /** The other move features, written from out[at]; returns the new end. */
  stateFeatures(out: Uint32Array, at: number): number {
    return this.restFeatures(out, this.s1s0Features(out, this.s0b0Features(out, at)));
  }

  /** The move features that depend only on which words are s0 and b0 (not on children). */
  s0b0Features(out: Uint32Array, at: number): number {
    const none = this.n + 1;
    const s0 = this.sp > 0 ? this.stack[this.sp - 1] : none;
    const b0 = this.b;
    const b1 = b0 + 1 <= this.n ? b0 + 1 : none;
    const W = this.word;
    const P = this.xp;
    const U = this.up;
    const C4 = this.c4, C6 = this.c6, CF = this.cf;
    const s0w = W[s0], s0p = P[s0];
    const b0w = W[b0], b0p = P[b0];
    const b1p = P[b1];
    const d = s0 === none ? 0 : distanceBucket(b0 - s0);
    let k = at;
    out[k++] = featureKey1(2, s0w);
    out[k++] = featureKey1(3, s0p);
    out[k++] = featureKey2(4, s0w, s0p);
    out[k++] = featureKey1(17, U[s0]);
    out[k++] = featureKey4(20, s0w, s0p, b0w, b0p);
    out[k++] = featureKey3(21, s0w, s0p, b0w);
    out[k++] = featureKey3(22, s0w, b0w, b0p);
    out[k++] = featureKey3(23, s0w, s0p, b0p);
    out[k++] = featureKey3(24, s0p, b0w, b0p);
    out[k++] = featureKey2(25, s0w, b0w);
    out[k++] = featureKey2(26, s0p, b0p);
    out[k++] = featureKey3(36, s0p, b0p, b1p);
    out[k++] = featureKey2(49, s0w, d);
    out[k++] = featureKey2(50, s0p, d);
    out[k++] = featureKey2(51, b0w, d);
    out[k++] = featureKey2(52, b0p, d);
    out[k++] = featureKey3(53, s0w, b0w, d);
    out[k++] = featureKey3(54, s0p, b0p, d);
    if (this.variant & 2) {
      out[k++] = featureKey3(109, U[s0], U[b0], s0p);
      out[k++] = featureKey3(111, s0w, b0p, b1p);
    }
    if (this.variant & 4) {
      out[k++] = featureKey1(119, CF[s0]);
      out[k++] = featureKey1(120, C6[s0]);
      out[k++] = featureKey2(122, C6[s0], C6[b0]);
      out[k++] = featureKey2(123, CF[s0], b0p);
      out[k++] = featureKey2(124, s0p, CF[b0]);
      out[k++] = featureKey3(125, C4[s0], C4[b0], d);
    }
    if (this.variant & 16) {
      const b1c = C4[b1];
      out[k++] = featureKey3(140, C4[s0], C4[b0], b1c);
      out[k++] = featureKey2(141, C6[s0], b0w);
      out[k++] = featureKey2(142, s0w, C6[b0]);
      out[k++] = featureKey2(143, C6[s0], d);
      out[k++] = featureKey2(144, C6[b0], d);
    }
    return k;
  }

  /** The move features that depend only on which words are s1 and s0 (not on children). */
  s1s0Features(out: Uint32Array, at: number): number {
    const none = this.n + 1;
    const sp = this.sp;
    const s0 = sp > 0 ? this.stack[sp - 1] : none;
    const s1 = sp > 1 ? this.stack[sp - 2] : none;
    const W = this.word;
    const P = this.xp;
    const U = this.up;
    const C6 = this.c6;
    const s0w = W[s0], s0p = P[s0];
    const s1w = W[s1], s1p = P[s1];
    const d1 = s1 === none ? 0 : distanceBucket(s0 - s1);
    let k = at;
    out[k++] = featureKey1(13, s1w);
    out[k++] = featureKey1(14, s1p);
    out[k++] = featureKey2(15, s1w, s1p);
    out[k++] = featureKey1(19, U[s1]);
    out[k++] = featureKey4(28, s1w, s1p, s0w, s0p);
    out[k++] = featureKey3(29, s1w, s1p, s0p);
    out[k++] = featureKey3(30, s1p, s0w, s0p);
    out[k++] = featureKey2(31, s1w, s0w);
    out[k++] = featureKey2(32, s1p, s0p);
    out[k++] = featureKey3(55, s1p, s0p, d1);
    out[k++] = featureKey3(56, s1w, s0w, d1);
    out[k++] = featureKey2(57, s1p, d1);
    if (this.variant & 4) {
      out[k++] = featureKey1(121, C6[s1]);
      out[k++] = featureKey2(126, C6[s1], C6[s0]);
    }
    if (this.variant & 16) {
      const C4 = this.c4;
      out[k++] = featureKey3(145, C4[s1], C4[s0], d1);
    }
    return k;
  }

  /** The remaining move features (children, valency, label sets, s2, and s1-s0-b0 conjunctions). */
  restFeatures(out: Uint32Array, at: number): number {
    const none = this.n + 1;
    const sp = this.sp;
    const st = this.stack;
    const s0 = sp > 0 ? st[sp - 1] : none;
    const s1 = sp > 1 ? st[sp - 2] : none;
    const s2 = sp > 2 ? st[sp - 3] : none;
    const b0 = this.b;
    const b1 = b0 + 1 <= this.n ? b0 + 1 : none;
    const W = this.word;
    const P = this.xp;
    const U = this.up;
    const L = this.label;
    const C4 = this.c4, C6 = this.c6;
    const s0w = W[s0], s0p = P[s0];
    const s1w = W[s1], s1p = P[s1];
    const b0w = W[b0], b0p = P[b0];
    const b1p = P[b1];
    const s2p = P[s2];
    const s0l = this.l1[s0], s0r = this.r1[s0], s0l2 = this.l2[s0], s0r2 = this.r2[s0];
    const s1l = this.l1[s1], s1r = this.r1[s1], s1r2 = this.r2[s1];
    const b0l = this.l1[b0], b0l2 = this.l2[b0];
    const d = s0 === none ? 0 : distanceBucket(b0 - s0);
    const s0nl = this.nl[s0], s0nr = this.nr[s0], b0nl = this.nl[b0], s1nr = this.nr[s1], s1nl = this.nl[s1];
    let k = at;
    out[k++] = featureKey1(16, s2p);
    out[k++] = featureKey2(33, s1p, b0p);
    out[k++] = featureKey2(34, s1w, b0w);
    out[k++] = featureKey3(37, s1p, s0p, b0p);
    out[k++] = featureKey3(38, s2p, s1p, s0p);
    out[k++] = featureKey3(39, s0p, P[s0l], b0p);
    out[k++] = featureKey3(40, s0p, P[s0r], b0p);
    out[k++] = featureKey3(41, s0p, b0p, P[b0l]);
    out[k++] = featureKey3(42, s1p, P[s1r], s0p);
    out[k++] = featureKey3(43, s1p, s0p, P[s0l]);
    out[k++] = featureKey3(44, s1p, P[s1l], s0p);
    out[k++] = featureKey3(45, s1p, s0p, P[s0r]);
    out[k++] = featureKey3(46, s0w, s1p, b0p);
    out[k++] = featureKey3(47, s0p, s1w, b0p);
    out[k++] = featureKey3(48, s0p, s1p, b0w);
    out[k++] = featureKey2(58, s0w, s0nr);
    out[k++] = featureKey2(59, s0p, s0nr);
    out[k++] = featureKey2(60, s0w, s0nl);
    out[k++] = featureKey2(61, s0p, s0nl);
    out[k++] = featureKey2(62, b0w, b0nl);
    out[k++] = featureKey2(63, b0p, b0nl);
    out[k++] = featureKey3(64, s1p, s1nr, s1nl);
    out[k++] = featureKey1(65, W[s0l]);
    out[k++] = featureKey1(66, P[s0l]);
    out[k++] = featureKey1(67, L[s0l]);
    out[k++] = featureKey1(68, W[s0r]);
    out[k++] = featureKey1(69, P[s0r]);
    out[k++] = featureKey1(70, L[s0r]);
    out[k++] = featureKey1(71, W[b0l]);
    out[k++] = featureKey1(72, P[b0l]);
    out[k++] = featureKey1(73, L[b0l]);
    out[k++] = featureKey1(74, W[s1r]);
    out[k++] = featureKey1(75, P[s1r]);
    out[k++] = featureKey1(76, L[s1r]);
    out[k++] = featureKey1(77, P[s1l]);
    out[k++] = featureKey1(78, L[s1l]);
    out[k++] = featureKey1(79, W[s0l2]);
    out[k++] = featureKey1(80, P[s0l2]);
    out[k++] = featureKey1(81, L[s0l2]);
    out[k++] = featureKey1(82, W[s0r2]);
    out[k++] = featureKey1(83, P[s0r2]);
    out[k++] = featureKey1(84, L[s0r2]);
    out[k++] = featureKey1(85, W[b0l2]);
    out[k++] = featureKey1(86, P[b0l2]);
    out[k++] = featureKey1(87, L[b0l2]);
    out[k++] = featureKey3(88, s0p, P[s0l], P[s0l2]);
    out[k++] = featureKey3(89, s0p, P[s0r], P[s0r2]);
    out[k++] = featureKey3(90, b0p, P[b0l], P[b0l2]);
    out[k++] = featureKey3(91, s1p, P[s1r], P[s1r2]);
    out[k++] = featureKey3(92, s0w, this.rsetLo[s0], this.rsetHi[s0]);
    out[k++] = featureKey3(93, s0p, this.rsetLo[s0], this.rsetHi[s0]);
    out[k++] = featureKey3(94, s0w, this.lsetLo[s0], this.lsetHi[s0]);
    out[k++] = featureKey3(95, s0p, this.lsetLo[s0], this.lsetHi[s0]);
    out[k++] = featureKey3(96, b0w, this.lsetLo[b0], this.lsetHi[b0]);
    out[k++] = featureKey3(97, b0p, this.lsetLo[b0], this.lsetHi[b0]);
    out[k++] = featureKey3(98, s1p, this.rsetLo[s1], this.rsetHi[s1]);
    out[k++] = featureKey3(99, s0p, L[s0l], L[s0r]);
    out[k++] = featureKey3(100, s1p, L[s1r], s0p);
    out[k++] = featureKey3(101, b0p, L[b0l], s0p);
    if (this.variant & 2) {
      out[k++] = featureKey4(110, s0p, b0p, U[s1], d);
      out[k++] = featureKey3(112, s1p, s0p, P[s0r]);
      out[k++] = featureKey4(113, s1p, s0p, b0p, b1p);
    }
    if (this.variant & 4) {
      out[k++] = featureKey3(127, C4[s1], s0p, C4[b0]);
      out[k++] = featureKey2(128, s0p, C6[s0l]);
      out[k++] = featureKey2(129, s0p, C6[s0r]);
      out[k++] = featureKey2(130, b0p, C6[b0l]);
    }
    if (this.variant & 16) {
      out[k++] = featureKey3(146, C4[s1], C4[s0], C4[b0]);
      out[k++] = featureKey3(147, C4[s0], C4[s0l], C4[b0]);
      out[k++] = featureKey3(148, C4[s0], C4[s0r], C4[b0]);
    }
    return k;
  }

  /**
   * Everything of the configuration that labelFeatures reads (besides the sentence), into out[0,
   * LABEL_CONTEXT): equal contexts give equal label features.
   */
  labelContext(move: number, h: number, dep: number, out: Int32Array): void {
    const dl = this.l1[dep], dr = this.r1[dep];
    const sib = move === LEFT ? this.l1[h] : this.r1[h];
    const L = this.label;
    out[0] = move;
    out[1] = h;
    out[2] = dep;
    out[3] = dl;
    out[4] = dr;
    out[5] = L[dl];
    out[6] = L[dr];
    out[7] = this.lsetLo[dep];
    out[8] = this.lsetHi[dep];
    out[9] = this.rsetLo[dep];
    out[10] = this.rsetHi[dep];
    out[11] = sib;
    out[12] = L[sib];
    out[13] = this.nl[h];
    out[14] = this.nr[h];
    out[15] = this.lsetLo[h];
    out[16] = this.lsetHi[h];
    out[17] = this.nl[dep];
    out[18] = this.nr[dep];
  }

  /**
   * Label features for the arc head -> dep made by `move` (LEFT or RIGHT); the dependent is
   * complete. Returns the number of keys. (What they read of the configuration is in labelContext.)
   */
  labelFeatures(move: number, h: number, dep: number, out: Uint32Array): number {
    const W = this.word;
    const P = this.xp;
    const U = this.up;
    const L = this.label;
    const hw = W[h], hp = P[h], dw = W[dep], dp = P[dep];
    const dir = move;
    const dist = distanceBucket(Math.abs(h - dep));
    const dl = this.l1[dep], dr = this.r1[dep];
    const none = this.n + 1;
    const prev = dep > 0 ? dep - 1 : none;
    const next = dep + 1 < this.n ? dep + 1 : none;
    // The dependent's nearest other sibling already attached to the head on the same side.
    const sib = move === LEFT ? this.l1[h] : this.r1[h];
    let k = 0;
    out[k++] = featureKey2(201, dir, 0);
    out[k++] = featureKey2(202, dir, dw);
    out[k++] = featureKey2(203, dir, dp);
    out[k++] = featureKey3(204, dir, dw, dp);
    out[k++] = featureKey2(205, dir, hw);
    out[k++] = featureKey2(206, dir, hp);
    out[k++] = featureKey3(207, dir, hw, hp);
    out[k++] = featureKey3(208, dir, hp, dp);
    out[k++] = featureKey3(209, dir, hw, dp);
    out[k++] = featureKey3(210, dir, hp, dw);
    out[k++] = featureKey3(211, dir, hw, dw);
    out[k++] = featureKey4(212, dir, hp, dp, dist);
    out[k++] = featureKey3(213, dir, U[h], U[dep]);
    out[k++] = featureKey3(214, dir, dp, L[dl]);
    out[k++] = featureKey3(215, dir, dp, L[dr]);
    out[k++] = featureKey3(216, dir, W[dl], P[dl]);
    out[k++] = featureKey3(217, dir, W[dr], P[dr]);
    out[k++] = featureKey4(218, dir, dp, this.lsetLo[dep], this.lsetHi[dep]);
    out[k++] = featureKey4(219, dir, dp, this.rsetLo[dep], this.rsetHi[dep]);
    out[k++] = featureKey4(220, dir, hp, L[sib], dp);
    out[k++] = featureKey3(221, dir, P[prev], dp);
    out[k++] = featureKey3(222, dir, dp, P[next]);
    out[k++] = featureKey4(223, dir, hp, dp, h === this.n ? 1 : 0);
    out[k++] = featureKey3(224, dir, hp, this.nl[h] + 4 * this.nr[h]);
    out[k++] = featureKey3(225, dir, W[dl], dp);
    out[k++] = featureKey4(226, dir, hw, L[dl], dp);
    if (this.variant & 4) {
      const C6 = this.c6, CF = this.cf;
      out[k++] = featureKey2(227, dir, CF[dep]);
      out[k++] = featureKey2(228, dir, CF[h]);
      out[k++] = featureKey3(229, dir, C6[h], C6[dep]);
      out[k++] = featureKey3(230, dir, hp, CF[dep]);
      out[k++] = featureKey3(231, dir, CF[h], dp);
    }
    if (this.variant & 8) {
      const hNext = h + 1 <= this.n ? h + 1 : none;
      const hPrev = h > 0 ? h - 1 : none;
      out[k++] = featureKey4(232, dir, hp, dp, P[hNext]);
      out[k++] = featureKey4(233, dir, hp, dp, P[hPrev]);
      out[k++] = featureKey4(234, dir, dp, this.nl[dep], this.nr[dep]);
      out[k++] = featureKey4(235, dir, dp, this.lsetLo[h], this.lsetHi[h]);
      out[k++] = featureKey4(236, dir, hp, W[dl], dp);
      out[k++] = featureKey4(237, dir, U[h], U[dep], W[dl]);
      out[k++] = featureKey4(238, dir, dw, U[h], U[dep]);
      out[k++] = featureKey4(239, dir, hw, dw, dp);
    }
    if (this.variant & 16) {
      out[k++] = featureKey4(240, dir, this.c4[h], this.c4[dep], dist);
      out[k++] = featureKey3(241, dir, this.c6[h], dw);
    }
    return k;
  }
}

/** Projectivizes heads in place by lifting non-projective arcs (shortest first) to grandparents. */
export function projectivize(heads: Int32Array | number[], rootIndex: number): number {
  const n = heads.length;
  let lifted = 0;
  const dominated = (h: number, k: number): boolean => {
    // Does h dominate k? (Follow k's heads up to the root.)
    let x = k;
    for (let steps = 0; steps <= n && x !== rootIndex && x >= 0; steps++) {
      if (x === h) return true;
      x = heads[x];
    }
    return x === h;
  };
  for (;;) {
    let best = -1;
    let bestLen = Infinity;
    for (let d = 0; d < n; d++) {
      const h = heads[d];
      if (h < 0 || h === rootIndex) continue;
      const lo = Math.min(h, d);
      const hi = Math.max(h, d);
      if (hi - lo >= bestLen) continue;
      for (let k = lo + 1; k < hi; k++) {
        if (!dominated(h, k)) {
          best = d;
          bestLen = hi - lo;
          break;
        }
      }
    }
    if (best < 0) return lifted;
    heads[best] = heads[heads[best]];
    lifted++;
  }
}

interface ParserVocab {
  xpos: string[];
  upos: string[];
  labels: string[];
  /** Most frequent XPOS for each UPOS (used when parse() is given no XPOS). */
  uposToXpos: Record<string, string>;
  /** The tag most features use ("xpos" by default; the other one appears in a few). */
  mainTag?: "xpos" | "upos";
  /** Feature-set variant bits: 2 adds lookahead and UPOS/XPOS conjunctions (the default). */
  variant?: number;
  /** Beam width the model was trained for and parses with by default (1 or absent: greedy). */
  beam?: number;
  /** Right-to-left model: trained on (and parsing) each sentence with its words reversed. */
  reverse?: boolean;
}

abstract class ParserBase {
  protected readonly state: State;
  protected readonly keys = new Uint32Array(MAX_FEATURES);
  protected readonly valid = new Uint8Array(N_MOVES);
  protected readonly xposIndex: Map<string, number>;
  protected readonly uposIndex: Map<string, number>;
  protected xpIds = new Int32Array(0);
  /** Index of the "root" label: forced for arcs from the root, excluded elsewhere. */
  protected readonly rootLabel: number;
  protected upIds = new Int32Array(0);

  /** Word clusters (word -> bit-string path), for the cluster features (variant bit 4). */
  private readonly clusterIndex = new Map<string, number>();
  private clusterTable = new Int32Array(3);
  private clIds = new Int32Array(0);

  constructor(
    readonly vocab: ParserVocab,
    readonly clusters?: ReadonlyMap<string, string>,
  ) {
    if (clusters) {
      this.clusterTable = new Int32Array(3 * (clusters.size + 1));
      this.clusterTable[0] = hashString("<c4>");
      this.clusterTable[1] = hashString("<c6>");
      this.clusterTable[2] = hashString("<cf>");
      let i = 1;
      for (const [w, path] of clusters) {
        this.clusterIndex.set(w, i);
        this.clusterTable[3 * i] = hashString(path.slice(0, 4), 4);
        this.clusterTable[3 * i + 1] = hashString(path.slice(0, 6), 6);
        this.clusterTable[3 * i + 2] = hashString(path, 16);
        i++;
      }
    }
    this.xposIndex = new Map(vocab.xpos.map((t, i) => [t, i]));
    this.uposIndex = new Map(vocab.upos.map((t, i) => [t, i]));
    const nTags = Math.max(vocab.xpos.length, vocab.upos.length);
    this.state = new State(nTags + 1, nTags + 2, vocab.labels.length, vocab.variant ?? 0);
    this.rootLabel = vocab.labels.indexOf("root");
  }

  // ---- beam search (shared by parsing and training) ----
  private beamCur: State[] = [];
  private beamNext: State[] = [];
  private curScore = new Float64Array(0);
  private nextScore = new Float64Array(0);
  private curGold = new Uint8Array(0);
  private nextGold = new Uint8Array(0);
  private candItem = new Int32Array(0);
  private candMove = new Int32Array(0);
  private candScore = new Float64Array(0);
  private readonly moveScores = new Float64Array(N_MOVES);
  /** History of the last runBeam with `record`: per step t and beam slot j, at [t * width + j]. */
  protected histParent = new Int32Array(0);
  protected histMove = new Uint8Array(0);
  protected histLabel = new Int32Array(0);
  /** Per step: the best score in the beam, and the gold item's slot (-1: fell out; needs goldMoves). */
  protected stepBest = new Float64Array(0);
  protected stepGold = new Int32Array(0);

  protected newState(): State {
    const nTags = Math.max(this.vocab.xpos.length, this.vocab.upos.length);
    return new State(nTags + 1, nTags + 2, this.vocab.labels.length, this.vocab.variant ?? 0);
  }

  /** Scores of the valid moves of st (called only when more than one move is valid). */
  protected abstract scoreMoves(st: State, out: Float64Array): void;
  /** The label of the arc that `move` (LEFT or RIGHT) makes in st from head h to dependent d. */
  protected abstract chooseLabel(st: State, move: number, h: number, d: number): number;

  /**
   * Beam search from this.state (initialized for the sentence) with `width` items; returns the
   * best final state. A move's score is the sum of its features' weights (0 for forced moves), an
   * item's score the sum over its moves. With `record`, keeps the history (histParent, histMove,
   * histLabel, stepBest, and with goldMoves, stepGold).
   */
  protected runBeam(width: number, record: boolean, goldMoves?: Uint8Array): State {
    const n = this.state.n;
    const steps = 2 * n;
    while (this.beamCur.length < width) {
      this.beamCur.push(this.newState());
      this.beamNext.push(this.newState());
    }
    if (this.curScore.length < width) {
      this.curScore = new Float64Array(width);
      this.nextScore = new Float64Array(width);
      this.curGold = new Uint8Array(width);
      this.nextGold = new Uint8Array(width);
      this.candItem = new Int32Array(width * N_MOVES);
      this.candMove = new Int32Array(width * N_MOVES);
      this.candScore = new Float64Array(width * N_MOVES);
    }
    if (record && this.histParent.length < steps * width) {
      const size = Math.max(steps * width * 2, 256);
      this.histParent = new Int32Array(size);
      this.histMove = new Uint8Array(size);
      this.histLabel = new Int32Array(size);
      this.stepBest = new Float64Array(Math.max(steps * 2, 64));
      this.stepGold = new Int32Array(Math.max(steps * 2, 64));
    }
    let cur = this.beamCur;
    let next = this.beamNext;
    let curScore = this.curScore;
    let nextScore = this.nextScore;
    let curGold = this.curGold;
    let nextGold = this.nextGold;
    const candItem = this.candItem;
    const candMove = this.candMove;
    const candScore = this.candScore;
    const valid = this.valid;
    const ms = this.moveScores;
    cur[0].copyFrom(this.state);
    curScore[0] = 0;
    curGold[0] = 1;
    let size = 1;
    for (let t = 0; t < steps; t++) {
      // Candidates, kept sorted by score (best first; earlier candidates first on ties).
      let nc = 0;
      for (let i = 0; i < size; i++) {
        const st = cur[i];
        const nValid = st.validMoves(valid);
        if (nValid > 1) this.scoreMoves(st, ms);
        for (let m = 0; m < N_MOVES; m++) {
          if (!valid[m]) continue;
          const sc = curScore[i] + (nValid > 1 ? ms[m] : 0);
          if (nc === width && sc <= candScore[nc - 1]) continue;
          let at = nc < width ? nc++ : nc - 1;
          while (at > 0 && candScore[at - 1] < sc) {
            candScore[at] = candScore[at - 1];
            candItem[at] = candItem[at - 1];
            candMove[at] = candMove[at - 1];
            at--;
          }
          candScore[at] = sc;
          candItem[at] = i;
          candMove[at] = m;
        }
      }
      for (let j = 0; j < nc; j++) {
        const i = candItem[j];
        const m = candMove[j];
        const st = next[j];
        st.copyFrom(cur[i]);
        let lab = 0;
        if (m !== SHIFT) {
          const d = st.stack[st.sp - 1];
          const h = m === LEFT ? st.b : st.stack[st.sp - 2];
          lab = this.chooseLabel(st, m, h, d);
        }
        st.apply(m, lab);
        nextScore[j] = candScore[j];
        nextGold[j] = goldMoves && curGold[i] && goldMoves[t] === m ? 1 : 0;
        if (record) {
          this.histParent[t * width + j] = i;
          this.histMove[t * width + j] = m;
          this.histLabel[t * width + j] = lab;
        }
      }
      size = nc;
      [cur, next] = [next, cur];
      [curScore, nextScore] = [nextScore, curScore];
      [curGold, nextGold] = [nextGold, curGold];
      if (record) {
        this.stepBest[t] = curScore[0];
        let g = -1;
        for (let j = 0; j < size; j++) if (curGold[j]) g = j;
        this.stepGold[t] = g;
      }
    }
    this.beamCur = cur;
    this.beamNext = next;
    this.curScore = curScore;
    this.nextScore = nextScore;
    this.curGold = curGold;
    this.nextGold = nextGold;
    return cur[0];
  }

  /** Row of a word in clusterTable (0: no cluster); the lookup of the NER features. */
  private clusterRow(word: string): number {
    const idx = this.clusterIndex;
    let r = idx.get(word);
    if (r !== undefined) return r;
    const key = /[0-9\u2010-\u2212\u2018-\u201f\u2032\u2033]/.test(word) ? clusterKey(word) : word;
    const lower = key.toLowerCase();
    r = idx.get(key) ?? idx.get(lower.charAt(0).toUpperCase() + lower.slice(1)) ?? idx.get(lower);
    return r ?? 0;
  }

  /** Sets this.state up for a sentence whose tag ids are in upIds / xpIds (see tagIds). */
  protected initState(words: readonly string[], normalize: boolean): void {
    let cl: Int32Array | undefined;
    if ((this.vocab.variant ?? 0) & 20) {
      const n = words.length;
      if (this.clIds.length < 3 * n) this.clIds = new Int32Array(6 * n);
      cl = this.clIds;
      const table = this.clusterTable;
      for (let i = 0; i < n; i++) {
        const r = this.clusterRow(words[i]);
        cl[3 * i] = table[3 * r];
        cl[3 * i + 1] = table[3 * r + 1];
        cl[3 * i + 2] = table[3 * r + 2];
      }
    }
    if (this.vocab.mainTag === "upos") this.state.init(words, this.upIds, this.xpIds, normalize, cl);
    else this.state.init(words, this.xpIds, this.upIds, normalize, cl);
  }

  protected tagIds(upos: readonly string[], xpos: readonly string[] | undefined): void {
    const n = upos.length;
    if (this.xpIds.length < n) {
      this.xpIds = new Int32Array(n * 2);
      this.upIds = new Int32Array(n * 2);
    }
    const unknown = Math.max(this.vocab.xpos.length, this.vocab.upos.length);
    for (let i = 0; i < n; i++) {
      this.upIds[i] = this.uposIndex.get(upos[i]) ?? unknown;
      const x = xpos ? xpos[i] : this.vocab.uposToXpos[upos[i]];
      this.xpIds[i] = (x !== undefined ? this.xposIndex.get(x) : undefined) ?? unknown;
    }
  }
}

/** A trained parser. */
export interface ParserOptions {
  /** Beam width (1: greedy); by default the one the model was trained for. */
  beam?: number;
  /**
   * For a model file that combines several parsers: false loads only the first one (faster
   * parsing, lower accuracy). Default true.
   */
  combine?: boolean;
  /**
   * For a model file that combines several parsers: load only the one trained greedily (beam 1)
   * and parse with it alone, the fastest choice (about 9x the combination's speed, 2 points of UAS
   * less). A file without a greedy parser loads its first one. Default false.
   */
  greedyOnly?: boolean;
}

export class Parser extends ParserBase {
  private readonly scores = new Float32Array(N_MOVES);
  private readonly bufferScores = new Float32Array(N_MOVES);
  private readonly labelScores: Float32Array;
  private width: number;
  /**
   * Further parsers combined with this one by reparsing (empty: this parser alone): each votes
   * for its arcs with its weight in voteWeights (this parser's first), see combineParses.
   */
  private partners: Parser[] = [];
  private voteWeights: number[] = [1];
  // Beam search: the scores of the features that depend only on b0, on (s0, b0) or on (s1, s0),
  // kept for the sentence (items of the beam share them often); stamps tell valid entries.
  private bufCache = new Float32Array(0);
  private bufStamp = new Int32Array(0);
  private pairCache = new Float32Array(0);
  private pairStamp = new Int32Array(0);
  private stackCache = new Float32Array(0);
  private stackStamp = new Int32Array(0);
  private cacheN = -1;
  private sentenceNo = 0;
  private readonly partial = new Float32Array(N_MOVES);
  // Beam search: labels already chosen in this sentence, keyed by everything the label features
  // read (LABEL_CONTEXT ints; exact match), as beam items often make the same arc in the same context.
  private labelContext = new Int32Array(0);
  private labelChosen = new Int32Array(0);
  private labelStamp = new Int32Array(0);
  private labelMask = 0;
  private readonly context = new Int32Array(LABEL_CONTEXT);

  constructor(
    vocab: ParserVocab,
    private readonly moves: CompactModel,
    private readonly labels: CompactModel,
    options: ParserOptions = {},
    clusters?: ReadonlyMap<string, string>,
  ) {
    super(vocab, clusters);
    this.labelScores = new Float32Array(vocab.labels.length);
    this.width = Math.max(1, Math.floor(options.beam ?? vocab.beam ?? 1));
  }

  /** Beam width used by parse() (1: greedy); setting it sets the beam-trained partners' too. */
  get beamWidth(): number {
    return this.width;
  }

  set beamWidth(w: number) {
    this.width = Math.max(1, Math.floor(w));
    for (const p of this.partners) if ((p.vocab.beam ?? 1) > 1) p.beamWidth = w;
  }

  /** The parsers whose votes parse() combines (this one first); just [this] for a single model. */
  get components(): Parser[] {
    return [this, ...this.partners];
  }

  /**
   * A parser that combines the votes of `parsers` (the first one wins ties; weights default
   * to 1 for all) by reparsing; see combineParses. The parsers must use the same word clusters.
   */
  static combine(parsers: readonly Parser[], weights?: readonly number[]): Parser {
    const [main, ...rest] = parsers.flatMap((p) => p.components);
    const c = new Parser(main.vocab, main.moves, main.labels, { beam: main.width }, main.clusters);
    c.partners = rest.map((p) => new Parser(p.vocab, p.moves, p.labels, { beam: p.width }, p.clusters));
    c.voteWeights = weights ? [...weights] : c.components.map(() => 1);
    if (c.voteWeights.length !== c.components.length) throw new Error("Parser.combine: one weight per parser");
    return c;
  }

  static load(path = modelPath(PARSER_MODEL_FILE), options: ParserOptions = {}): Parser {
    return Parser.fromBuffer(readModelBytes(path), options);
  }

  static fromBuffer(data: Uint8Array, options: ParserOptions = {}): Parser {
    const bundle = decodeBundle(data);
    type Part = { vocab: ParserVocab; moves: CompactModelMeta; labels: CompactModelMeta };
    const meta = bundle.meta as { format: string; partners?: Part[]; voteWeights?: number[] } & Part;
    if (meta.format !== FORMAT) throw new Error(`unsupported parser model format ${String(meta.format)}`);
    let clusters: Map<string, string> | undefined;
    const text = bundle.arrays["c.text"];
    if (text) {
      clusters = new Map();
      for (const line of Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString("utf8").split("\n")) {
        const tab = line.indexOf("\t");
        if (tab > 0) clusters.set(line.slice(0, tab), line.slice(tab + 1));
      }
    }
    // A combined file's greedy partners keep width 1 (options.beam is for the beam-trained ones).
    const part = (m: Part, prefix: string): Parser =>
      new Parser(
        m.vocab,
        CompactModel.deserialize(`${prefix}m`, m.moves, bundle.arrays),
        CompactModel.deserialize(`${prefix}l`, m.labels, bundle.arrays),
        prefix && !((m.vocab.beam ?? 1) > 1) ? {} : options,
        (m.vocab.variant ?? 0) & 20 ? clusters : undefined,
      );
    if (options.greedyOnly) {
      const k = [meta, ...(meta.partners ?? [])].findIndex((m) => !((m.vocab.beam ?? 1) > 1));
      return k > 0 ? part(meta.partners![k - 1], `${k}.`) : part(meta, "");
    }
    const parser = part(meta, "");
    if (meta.partners?.length && options.combine !== false) {
      parser.partners = meta.partners.map((m, i) => part(m, `${i + 1}.`));
      parser.voteWeights = meta.voteWeights ?? parser.components.map(() => 1);
    }
    return parser;
  }

  /** Sizes the beam's score caches for a sentence of n words and invalidates them. */
  private prepareCaches(n: number): void {
    let slots = 16;
    while (slots < 4 * n * this.beamWidth) slots *= 2;
    if (this.labelStamp.length < slots) {
      this.labelStamp = new Int32Array(slots);
      this.labelChosen = new Int32Array(slots);
      this.labelContext = new Int32Array(slots * LABEL_CONTEXT);
      this.labelMask = slots - 1;
      this.sentenceNo = 0;
      this.cacheN = -1;
    }
    if (n !== this.cacheN) {
      const pairs = (n + 2) * (n + 2);
      if (this.pairStamp.length < pairs) {
        this.bufStamp = new Int32Array(n + 2);
        this.bufCache = new Float32Array(3 * (n + 2));
        this.pairStamp = new Int32Array(pairs);
        this.pairCache = new Float32Array(3 * pairs);
        this.stackStamp = new Int32Array(pairs);
        this.stackCache = new Float32Array(3 * pairs);
        this.sentenceNo = 0;
        this.labelStamp.fill(0);
      }
      this.cacheN = n;
    }
    this.sentenceNo = (this.sentenceNo + 1) | 0 || 1;
  }

  /** scores += the cached partial scores at entry i (computing them first when missing). */
  private addCached(st: State, which: 0 | 1 | 2, i: number, scores: Float32Array): void {
    const stamp = which === 0 ? this.bufStamp : which === 1 ? this.pairStamp : this.stackStamp;
    const cache = which === 0 ? this.bufCache : which === 1 ? this.pairCache : this.stackCache;
    if (stamp[i] !== this.sentenceNo) {
      const part = this.partial;
      part.fill(0);
      const keys = this.keys;
      const k = which === 0 ? st.bufferFeatures(keys, 0) : which === 1 ? st.s0b0Features(keys, 0) : st.s1s0Features(keys, 0);
      this.moves.addScores(keys, k, part);
      cache[3 * i] = part[0];
      cache[3 * i + 1] = part[1];
      cache[3 * i + 2] = part[2];
      stamp[i] = this.sentenceNo;
    }
    scores[0] += cache[3 * i];
    scores[1] += cache[3 * i + 1];
    scores[2] += cache[3 * i + 2];
  }

  // Scores are sums of integers (quantized weights), so the order of the partial sums does not matter.
  protected scoreMoves(st: State, out: Float64Array): void {
    const scores = this.scores;
    scores.fill(0);
    const w = st.n + 2;
    const s0 = st.sp > 0 ? st.stack[st.sp - 1] : st.n + 1;
    const s1 = st.sp > 1 ? st.stack[st.sp - 2] : st.n + 1;
    this.addCached(st, 0, st.b, scores);
    this.addCached(st, 1, s0 * w + st.b, scores);
    this.addCached(st, 2, s1 * w + s0, scores);
    this.moves.addScores(this.keys, st.restFeatures(this.keys, 0), scores);
    out[0] = scores[0];
    out[1] = scores[1];
    out[2] = scores[2];
  }

  protected chooseLabel(st: State, move: number, h: number, d: number): number {
    if (h === st.n && this.rootLabel >= 0) return this.rootLabel;
    if (this.beamWidth <= 1) return this.scoreLabel(st, move, h, d);
    const c = this.context;
    st.labelContext(move, h, d, c);
    let hash = 0;
    for (let j = 0; j < LABEL_CONTEXT; j++) hash = mixStep(hash, c[j]);
    const mask = this.labelMask;
    const stamp = this.labelStamp;
    const ctx = this.labelContext;
    let i = fmix32(hash) & mask;
    for (; stamp[i] === this.sentenceNo; i = (i + 1) & mask) {
      let j = 0;
      const base = i * LABEL_CONTEXT;
      while (j < LABEL_CONTEXT && ctx[base + j] === c[j]) j++;
      if (j === LABEL_CONTEXT) return this.labelChosen[i];
    }
    const lab = this.scoreLabel(st, move, h, d);
    stamp[i] = this.sentenceNo;
    this.labelChosen[i] = lab;
    ctx.set(c, i * LABEL_CONTEXT);
    return lab;
  }

  private scoreLabel(st: State, move: number, h: number, d: number): number {
    const lscores = this.labelScores;
    lscores.fill(0);
    this.labels.addScores(this.keys, st.labelFeatures(move, h, d, this.keys), lscores);
    let lab = -1;
    for (let c = 0; c < lscores.length; c++) if (c !== this.rootLabel && (lab < 0 || lscores[c] > lscores[lab])) lab = c;
    return lab;
  }

  private beamParse(words: readonly string[]): ParseResult {
    const n = words.length;
    this.prepareCaches(n);
    return this.result(this.runBeam(this.beamWidth, false), n);
  }

  /** A finished state's tree in reading order (a right-to-left model's state is mapped back). */
  private result(st: State, n: number): ParseResult {
    const rev = this.vocab.reverse;
    const heads: number[] = new Array(n);
    const deprels: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const at = rev ? n - 1 - i : i;
      const h = st.head[at];
      heads[i] = h === n ? -1 : rev ? n - 1 - h : h;
      deprels[i] = this.vocab.labels[st.label[at]];
    }
    return { heads, deprels };
  }

  /** A sentence's words or tags in the order this model reads them (reversed for a right-to-left one). */
  private inModelOrder<T>(a: readonly T[]): readonly T[] {
    return this.vocab.reverse ? [...a].reverse() : a;
  }

  /**
   * Parses one sentence given its words and their UPOS (and XPOS; without them each UPOS's most
   * frequent XPOS stands in). Heads are 0-based, -1 for the root.
   */
  parse(words: readonly string[], upos: readonly string[], xpos?: readonly string[]): ParseResult {
    const n = words.length;
    if (upos.length !== n || (xpos && xpos.length !== n)) throw new Error("parse: words and tags differ in length");
    if (this.partners.length === 0 || n < 2) return this.parseAlone(words, upos, xpos);
    return this.voteLazily(words, upos, xpos);
  }

  /**
   * combineParses over the components' parses, computing only as many as the vote needs: the
   * cheapest parsers run first, and once one parse (heads and labels) is shared by parsers holding
   * more than half of the total weight, it is the result. That is exact: each of its arcs then has
   * a majority of the votes for its word (so it is the best tree, and projective with one root, as
   * every parser's output is), and each label a majority among the parsers that chose its head.
   */
  private voteLazily(words: readonly string[], upos: readonly string[], xpos?: readonly string[]): ParseResult {
    const parsers = this.components;
    const weights = this.voteWeights;
    const total = weights.reduce((a, b) => a + b, 0);
    const parses: (ParseResult | undefined)[] = parsers.map(() => undefined);
    for (const k of this.cheapestFirst()) {
      const mine = (parses[k] = parsers[k].parseAlone(words, upos, xpos));
      let agreeing = 0;
      parses.forEach((other, j) => {
        if (other && sameParse(other, mine)) agreeing += weights[j];
      });
      if (agreeing > total / 2) return mine;
    }
    return combineParses(parses as ParseResult[], weights);
  }

  /** Component indexes by decoding cost: narrower beams first (stable). */
  private cheapestFirst(): number[] {
    return this.components.map((p, k) => ({ k, w: p.width })).sort((a, b) => a.w - b.w || a.k - b.k).map((x) => x.k);
  }

  /** This parser's own parse, without the partners. */
  parseAlone(words: readonly string[], upos: readonly string[], xpos?: readonly string[]): ParseResult {
    return this.parseInOrder(this.inModelOrder(words), this.inModelOrder(upos), xpos && this.inModelOrder(xpos));
  }

  /** parse() on the words in the order the model reads them (the result in reading order). */
  private parseInOrder(words: readonly string[], upos: readonly string[], xpos?: readonly string[]): ParseResult {
    const n = words.length;
    this.tagIds(upos, xpos);
    const st = this.state;
    this.initState(words, true);
    if (this.beamWidth > 1 && n > 1) return this.beamParse(words);
    const keys = this.keys;
    const valid = this.valid;
    const scores = this.scores;
    const lscores = this.labelScores;
    const nLabels = lscores.length;
    const bufferScores = this.bufferScores;
    let bufferAt = -1;
    while (!st.terminal) {
      let move = -1;
      if (st.validMoves(valid) === 1) {
        // Forced move: no need to score.
        for (let m = 0; m < N_MOVES; m++) if (valid[m]) move = m;
      } else {
        // The buffer-only features' scores are reused until the next SHIFT.
        if (st.b !== bufferAt) {
          bufferScores.fill(0);
          this.moves.addScores(keys, st.bufferFeatures(keys, 0), bufferScores);
          bufferAt = st.b;
        }
        scores.set(bufferScores);
        this.moves.addScores(keys, st.stateFeatures(keys, 0), scores);
        for (let m = 0; m < N_MOVES; m++) if (valid[m] && (move < 0 || scores[m] > scores[move])) move = m;
      }
      let lab = 0;
      if (move !== SHIFT) {
        const d = st.stack[st.sp - 1];
        const h = move === LEFT ? st.b : st.stack[st.sp - 2];
        if (h === n && this.rootLabel >= 0) lab = this.rootLabel;
        else {
          lscores.fill(0);
          this.labels.addScores(keys, st.labelFeatures(move, h, d, keys), lscores);
          lab = -1;
          for (let c = 0; c < nLabels; c++) if (c !== this.rootLabel && (lab < 0 || lscores[c] > lscores[lab])) lab = c;
        }
      }
      st.apply(move, lab);
    }
    return this.result(st, n);
  }

  /** The model file contents (gzipped bundle). */
  toBuffer(): Buffer {
    const moves = this.moves.serialize("m");
    const labs = this.labels.serialize("l");
    const arrays: Record<string, TypedArray> = { ...moves.arrays, ...labs.arrays };
    const clusters = this.components.find((p) => p.clusters)?.clusters;
    for (const p of this.partners) {
      if (p.clusters && p.clusters !== clusters && !sameMap(p.clusters, clusters!)) throw new Error("combined parsers use different word clusters");
    }
    if (clusters) arrays["c.text"] = new Uint8Array(Buffer.from([...clusters].map(([w, p]) => `${w}\t${p}\n`).join(""), "utf8"));
    const meta: Record<string, unknown> = { format: FORMAT, vocab: this.vocab, moves: moves.meta, labels: labs.meta };
    if (this.partners.length) {
      meta.partners = this.partners.map((p, i) => {
        const pm = p.moves.serialize(`${i + 1}.m`);
        const pl = p.labels.serialize(`${i + 1}.l`);
        Object.assign(arrays, pm.arrays, pl.arrays);
        return { vocab: p.vocab, moves: pm.meta, labels: pl.meta };
      });
      meta.voteWeights = this.voteWeights;
    }
    return encodeBundle({ meta, arrays });
  }

  /** A copy without weights below minAbs and without rows whose largest weight is below rowMinAbs. */
  pruned(minAbs: number, rowMinAbs = 0): Parser {
    const prune = (p: Parser): Parser => new Parser(p.vocab, p.moves.pruned(minAbs, rowMinAbs), p.labels.pruned(minAbs, rowMinAbs), { beam: p.width }, p.clusters);
    return this.partners.length ? Parser.combine(this.components.map(prune), this.voteWeights) : prune(this);
  }

  get modelStats(): { moveFeatures: number; labelFeatures: number; weights: number } {
    let moveFeatures = 0, labelFeatures = 0, weights = 0;
    for (const p of this.components) {
      moveFeatures += p.moves.nRows;
      labelFeatures += p.labels.nRows;
      weights += p.moves.nWeights + p.labels.nWeights;
    }
    return { moveFeatures, labelFeatures, weights };
  }
}

function sameParse(a: ParseResult, b: ParseResult): boolean {
  for (let i = 0; i < a.heads.length; i++) if (a.heads[i] !== b.heads[i] || a.deprels[i] !== b.deprels[i]) return false;
  return true;
}

function sameMap(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (!b || a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/**
 * Parser combination by reparsing (Sagae & Lavie 2006): each parse votes for its arcs with its
 * weight; the result is the projective tree with one root word of the highest total vote
 * (Eisner 1996). Arcs whose votes tie in the tree are kept from the earlier parse (its weight gets
 * a tiny bonus). Each word's label is the weighted vote of the parses that chose its head (ties:
 * the earliest such parse).
 */
export function combineParses(parses: readonly ParseResult[], weights: readonly number[]): ParseResult {
  const n = parses[0].heads.length;
  const N = n + 1; // 0: the root, i + 1: word i
  // Each weight with a tiny bonus for the earlier parses, which wins ties of arcs and labels.
  const w = weights.map((x, k) => x * (1 + 1e-6 * (parses.length - k)));
  const score = new Float64Array(N * N); // score[h * N + d]
  parses.forEach((p, k) => {
    for (let i = 0; i < n; i++) score[(p.heads[i] + 1) * N + i + 1] += w[k];
  });
  const heads = eisner(score, N).map((h) => h - 1);
  const deprels: string[] = new Array(n);
  const votes = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    votes.clear();
    let best = "";
    let bestVote = -Infinity;
    parses.forEach((p, k) => {
      if (p.heads[i] !== heads[i]) return;
      const v = (votes.get(p.deprels[i]) ?? 0) + w[k];
      votes.set(p.deprels[i], v);
      if (v > bestVote) {
        bestVote = v;
        best = p.deprels[i];
      }
    });
    if (heads[i] < 0) best = "root";
    else if (!best) best = parses.map((p) => p.deprels[i]).find((l) => l !== "root") ?? "dep";
    deprels[i] = best;
  }
  return { heads, deprels };
}

/**
 * Eisner's algorithm: the best projective tree over nodes 0..N-1 (0 the root, which takes
 * exactly one dependent) for arc scores score[h * N + d]; returns the head of each node 1..N-1
 * (index i - 1).
 */
function eisner(score: Float64Array, N: number): number[] {
  const NEG = -Infinity;
  // cR[s,t]: complete span headed by s reaching right to t; cL[s,t]: headed by t reaching left to s;
  // iR[s,t]: arc s -> t with the words between; iL[s,t]: arc t -> s. bp*: split points.
  const cR = new Float64Array(N * N), cL = new Float64Array(N * N), iR = new Float64Array(N * N), iL = new Float64Array(N * N);
  const bcR = new Int32Array(N * N), bcL = new Int32Array(N * N), bi = new Int32Array(N * N);
  for (let k = 1; k < N; k++) {
    for (let s = 0; s + k < N; s++) {
      const t = s + k;
      const st = s * N + t;
      // Incomplete spans: cR[s,q] + cL[q+1,t]; from the root (s = 0) only q = 0 (one root word).
      let best = NEG, bq = s;
      const qEnd = s === 0 ? 0 : t - 1;
      for (let q = s; q <= qEnd; q++) {
        const v = cR[s * N + q] + cL[(q + 1) * N + t];
        if (v > best) {
          best = v;
          bq = q;
        }
      }
      bi[st] = bq;
      iR[st] = best + score[s * N + t];
      iL[st] = s === 0 ? NEG : best + score[t * N + s];
      // Complete spans.
      best = NEG;
      bq = s;
      for (let q = s; q < t; q++) {
        const v = cL[s * N + q] + iL[q * N + t];
        if (v > best) {
          best = v;
          bq = q;
        }
      }
      cL[st] = best;
      bcL[st] = bq;
      best = NEG;
      bq = t;
      for (let q = s + 1; q <= t; q++) {
        const v = iR[s * N + q] + cR[q * N + t];
        if (v > best) {
          best = v;
          bq = q;
        }
      }
      cR[st] = best;
      bcR[st] = bq;
    }
  }
  const head = new Array<number>(N).fill(-1);
  // Explicit stack of spans: [kind, s, t] with kind 0 cR, 1 cL, 2 iR, 3 iL.
  const todo: number[] = [0, 0, N - 1];
  while (todo.length) {
    const t = todo.pop()!, s = todo.pop()!, kind = todo.pop()!;
    if (s === t) continue;
    const st = s * N + t;
    if (kind === 0) {
      const q = bcR[st];
      todo.push(2, s, q, 0, q, t);
    } else if (kind === 1) {
      const q = bcL[st];
      todo.push(1, s, q, 3, q, t);
    } else {
      if (kind === 2) head[t] = s;
      else head[s] = t;
      const q = bi[st];
      todo.push(0, s, q, 1, q + 1, t);
    }
  }
  return head.slice(1);
}

let shared: Parser | undefined;

/**
 * The committed parser, loaded once; it decodes with the model's beam width unless the
 * environment variable KG_PARSER_BEAM gives another (1 = greedy), and combines the parsers the
 * model file holds unless KG_PARSER_COMBINE=0 (then only the first, left-to-right one parses).
 */
export function defaultParser(): Parser {
  const beam = Number(process.env.KG_PARSER_BEAM);
  const combine = process.env.KG_PARSER_COMBINE !== "0";
  return (shared ??= Parser.load(undefined, beam >= 1 ? { beam, combine } : { combine }));
}

let fast: Parser | undefined;

/** The committed model's greedy parser alone, loaded once: the fast pipeline's parser (see ParserOptions.greedyOnly). */
export function fastParser(): Parser {
  return (fast ??= Parser.load(undefined, { greedyOnly: true }));
}

/** Parses with the committed model. */
export function parse(words: readonly string[], upos: readonly string[], xpos?: readonly string[]): ParseResult {
  return defaultParser().parse(words, upos, xpos);
}

// ---------------------------------------------------------------------------------------------
// Training

export interface ParserTrainingSentence {
  forms: readonly string[];
  /** Tags the parser will see (predicted, e.g. jackknifed, for realistic training). */
  upos: readonly string[];
  xpos: readonly string[];
  /** Gold heads (0-based, -1 root) and labels. */
  heads: readonly number[];
  deprels: readonly string[];
}

export interface ParserTrainingOptions {
  epochs?: number;
  seed?: number;
  /** From this epoch on (0-based), follow the model's own moves with probability `explore`. */
  exploreFrom?: number;
  explore?: number;
  variant?: number;
  /** The tag most features use (default "xpos"). */
  mainTag?: "xpos" | "upos";
  /** Drop the features whose largest averaged weight is below this (smaller, faster model). */
  prune?: number;
  progress?: boolean;
  /** Called after each epoch with the parser of the averaged weights so far (development). */
  onEpoch?: (epoch: number, parser: Parser) => void;
  /**
   * Beam width (default 1: greedy, trained with the dynamic oracle). Above 1, the move model is
   * trained globally on the beam (static oracle, `update`), stored in the model as its default.
   */
  beam?: number;
  /** Global update of beam training: "max-violation" (default) or "early". */
  update?: "max-violation" | "early";
  /** Word clusters (word -> bit-string path) for the cluster features (variant bit 4); stored in the model. */
  clusters?: ReadonlyMap<string, string>;
  /** Train a right-to-left parser (on reversed sentences; parse() maps the result back). */
  reverse?: boolean;
}

/** The sentence with its words in reverse order (heads renumbered). */
function reversedSentence(s: ParserTrainingSentence): ParserTrainingSentence {
  const n = s.forms.length;
  const rev = <T>(a: readonly T[]): T[] => [...a].reverse();
  return { forms: rev(s.forms), upos: rev(s.upos), xpos: rev(s.xpos), heads: rev(s.heads).map((h) => (h < 0 ? -1 : n - 1 - h)), deprels: rev(s.deprels) };
}

class ParserTrainer extends ParserBase {
  readonly moveModel = new PerceptronTrainer(N_MOVES, 1 << 20);
  readonly labelModel: PerceptronTrainer;
  private rows = new Int32Array(MAX_FEATURES);
  private scores = new Float64Array(N_MOVES);
  private lscores: Float64Array;
  private onStack = new Uint8Array(0);

  constructor(vocab: ParserVocab, clusters?: ReadonlyMap<string, string>) {
    super(vocab, clusters);
    this.labelModel = new PerceptronTrainer(vocab.labels.length, 1 << 18);
    this.lscores = new Float64Array(vocab.labels.length);
  }

  protected scoreMoves(st: State, out: Float64Array): void {
    const k = st.moveFeatures(this.keys);
    this.moveModel.lookup(this.keys, k, this.rows);
    this.moveModel.score(this.rows, k, out);
  }

  protected chooseLabel(st: State, move: number, h: number, d: number): number {
    if (h === st.n && this.rootLabel >= 0) return this.rootLabel;
    const kl = st.labelFeatures(move, h, d, this.keys);
    this.labelModel.lookup(this.keys, kl, this.rows);
    this.labelModel.score(this.rows, kl, this.lscores);
    let lab = -1;
    for (let c = 0; c < this.lscores.length; c++) if (c !== this.rootLabel && (lab < 0 || this.lscores[c] > this.lscores[lab])) lab = c;
    return lab;
  }

  // ---- beam training ----
  private goldMoves = new Uint8Array(0);
  private goldLabs = new Int32Array(0);
  private goldScore = new Float64Array(0);
  private predMoves = new Uint8Array(0);
  private predLabs = new Int32Array(0);
  private pending = new Int32Array(0);
  private scratch: State | undefined;

  /** The static oracle's moves for the (projective) gold heads gh (root = n), into goldMoves. */
  private oracleMoves(gh: Int32Array): void {
    const st = (this.scratch ??= this.newState());
    st.copyFrom(this.state);
    const n = st.n;
    const pending = this.pending;
    pending.fill(0, 0, n + 2);
    for (let i = 0; i < n; i++) pending[gh[i]]++;
    for (let t = 0; t < 2 * n; t++) {
      const sp = st.sp;
      const s0 = sp > 0 ? st.stack[sp - 1] : -1;
      const s1 = sp > 1 ? st.stack[sp - 2] : -1;
      let m = SHIFT;
      if (s0 >= 0 && pending[s0] === 0 && gh[s0] === st.b && (st.b < n || sp === 1)) m = LEFT;
      else if (s1 >= 0 && pending[s0] === 0 && gh[s0] === s1) m = RIGHT;
      else if (st.b >= n) throw new Error("static oracle: no valid move (non-projective tree?)");
      if (m !== SHIFT) pending[gh[s0]]--;
      this.goldMoves[t] = m;
      st.apply(m, 0);
    }
  }

  /**
   * Replays moves[0..upto] from the initial state, adding `amount` to the weight of each
   * (non-forced) move on its features from step `from` on.
   */
  private replay(moves: Uint8Array, labs: Int32Array, from: number, upto: number, amount: number): void {
    const st = this.scratch!;
    st.copyFrom(this.state);
    const keys = this.keys;
    const rows = this.rows;
    for (let t = 0; t <= upto; t++) {
      if (t >= from && st.validMoves(this.valid) > 1) {
        const k = st.moveFeatures(keys);
        this.moveModel.lookup(keys, k, rows);
        this.moveModel.updateOne(keys, rows, k, moves[t], amount);
      }
      st.apply(moves[t], labs[t]);
    }
  }

  /**
   * Beam training on one sentence: beam search with the current weights, then one global
   * perceptron update (max-violation or early update) of the move model; the label model is
   * trained locally on the gold path. Returns the correct heads of the beam's best parse.
   */
  learnBeam(s: ParserTrainingSentence, goldHeads: Int32Array, goldLabels: Int32Array, width: number, early: boolean): number {
    const n = s.forms.length;
    this.tagIds(s.upos, s.xpos);
    const st = this.state;
    this.initState(s.forms, false);
    if (n === 0) return 0;
    const steps = 2 * n;
    if (this.goldMoves.length < steps) {
      const size = steps * 2;
      this.goldMoves = new Uint8Array(size);
      this.goldLabs = new Int32Array(size);
      this.goldScore = new Float64Array(size);
      this.predMoves = new Uint8Array(size);
      this.predLabs = new Int32Array(size);
      this.pending = new Int32Array(size + 2);
    }
    this.oracleMoves(goldHeads);
    const best = this.runBeam(width, true, this.goldMoves);
    let correct = 0;
    for (let i = 0; i < n; i++) if (best.head[i] === goldHeads[i]) correct++;
    // The gold path: its scores, and the label model's training.
    const gs = this.scratch!;
    gs.copyFrom(st);
    const keys = this.keys;
    const rows = this.rows;
    const lm = this.labelModel;
    const ms = this.scores;
    let acc = 0;
    for (let t = 0; t < steps; t++) {
      const m = this.goldMoves[t];
      if (gs.validMoves(this.valid) > 1) {
        this.scoreMoves(gs, ms);
        acc += ms[m];
      }
      let lab = 0;
      if (m !== SHIFT) {
        const d = gs.stack[gs.sp - 1];
        const h = m === LEFT ? gs.b : gs.stack[gs.sp - 2];
        lab = this.chooseLabel(gs, m, h, d);
        if (h !== n || this.rootLabel < 0) {
          if (lab !== goldLabels[d]) lm.update(keys, rows, gs.labelFeatures(m, h, d, keys), goldLabels[d], lab);
          lm.tick();
        }
      }
      this.goldLabs[t] = lab;
      gs.apply(m, lab);
      this.goldScore[t] = acc;
    }
    // Where to update.
    let at = -1;
    if (early) {
      for (let t = 0; t < steps && at < 0; t++) if (this.stepGold[t] < 0) at = t;
      if (at < 0 && this.stepGold[steps - 1] !== 0) at = steps - 1;
    } else {
      let worst = -Infinity;
      for (let t = 0; t < steps; t++) {
        if (this.stepGold[t] === 0) continue;
        const v = this.stepBest[t] - this.goldScore[t];
        if (v > worst) {
          worst = v;
          at = t;
        }
      }
    }
    if (at >= 0) {
      // The best item's path up to `at`.
      let j = 0;
      for (let t = at; t >= 0; t--) {
        const h = t * width + j;
        this.predMoves[t] = this.histMove[h];
        this.predLabs[t] = this.histLabel[h];
        j = this.histParent[h];
      }
      let from = 0;
      while (from <= at && this.predMoves[from] === this.goldMoves[from] && this.predLabs[from] === this.goldLabs[from]) from++;
      if (from <= at) {
        this.replay(this.goldMoves, this.goldLabs, from, at, 1);
        this.replay(this.predMoves, this.predLabs, from, at, -1);
      }
    }
    this.moveModel.tick();
    return correct;
  }

  /** Cost (gold arcs lost) of each valid move; gh = gold heads with the root as n. */
  private costs(gh: Int32Array, out: Int32Array): void {
    const st = this.state;
    const n = st.n;
    const sp = st.sp;
    const b = st.b;
    const s0 = sp > 0 ? st.stack[sp - 1] : -1;
    const s1 = sp > 1 ? st.stack[sp - 2] : -1;
    const onStack = this.onStack;
    // Children of s0 still in the buffer; heads of / children of b0 on the stack.
    let s0KidsInBuffer = 0;
    if (s0 >= 0) for (let k = b; k < n; k++) if (gh[k] === s0) s0KidsInBuffer++;
    out[LEFT] = s0 >= 0 ? ((gh[s0] === s1 && s1 >= 0) || (gh[s0] > b) ? 1 : 0) + s0KidsInBuffer : 0;
    out[RIGHT] = s0 >= 0 ? (gh[s0] >= b ? 1 : 0) + s0KidsInBuffer : 0;
    if (b < n) {
      let c = gh[b] !== s0 && gh[b] < n && onStack[gh[b]] ? 1 : 0;
      for (let i = 0; i < sp; i++) if (gh[st.stack[i]] === b) c++;
      out[SHIFT] = c;
    } else out[SHIFT] = 0;
  }

  /** Parses one training sentence with the dynamic oracle; returns [correct heads, words]. */
  learn(s: ParserTrainingSentence, goldHeads: Int32Array, goldLabels: Int32Array, explore: boolean, exploreProb: number, random: () => number): number {
    const n = s.forms.length;
    this.tagIds(s.upos, s.xpos);
    const st = this.state;
    this.initState(s.forms, false);
    if (this.onStack.length < n + 2) this.onStack = new Uint8Array(n * 2 + 2);
    const onStack = this.onStack;
    onStack.fill(0);
    const keys = this.keys;
    const rows = this.rows;
    const valid = this.valid;
    const scores = this.scores;
    const lscores = this.lscores;
    const nLabels = lscores.length;
    const cost = new Int32Array(N_MOVES);
    const mm = this.moveModel;
    const lm = this.labelModel;
    while (!st.terminal) {
      let pred = -1;
      let best = -1;
      if (st.validMoves(valid) === 1) {
        for (let m = 0; m < N_MOVES; m++) if (valid[m]) pred = best = m;
      } else {
        const k = st.moveFeatures(keys);
        mm.lookup(keys, k, rows);
        mm.score(rows, k, scores);
        this.costs(goldHeads, cost);
        let minCost = Infinity;
        for (let m = 0; m < N_MOVES; m++) if (valid[m] && cost[m] < minCost) minCost = cost[m];
        for (let m = 0; m < N_MOVES; m++) {
          if (!valid[m]) continue;
          if (pred < 0 || scores[m] > scores[pred]) pred = m;
          if (cost[m] === minCost && (best < 0 || scores[m] > scores[best])) best = m;
        }
        if (cost[pred] > minCost) mm.update(keys, rows, k, best, pred);
        mm.tick();
      }
      const move = explore && random() < exploreProb ? pred : best;
      let lab = 0;
      if (move !== SHIFT) {
        const d = st.stack[st.sp - 1];
        const h = move === LEFT ? st.b : st.stack[st.sp - 2];
        if (h === n && this.rootLabel >= 0) lab = this.rootLabel;
        else {
          const kl = st.labelFeatures(move, h, d, keys);
          lm.lookup(keys, kl, rows);
          lm.score(rows, kl, lscores);
          lab = -1;
          for (let c = 0; c < nLabels; c++) if (c !== this.rootLabel && (lab < 0 || lscores[c] > lscores[lab])) lab = c;
          if (goldHeads[d] === h && goldLabels[d] !== this.rootLabel) {
            if (lab !== goldLabels[d]) lm.update(keys, rows, kl, goldLabels[d], lab);
            lm.tick();
            // Before exploration starts, follow the gold label too.
            if (!explore) lab = goldLabels[d];
          }
        }
      }
      if (move === SHIFT) onStack[st.b] = 1;
      else onStack[st.stack[st.sp - 1]] = 0;
      st.apply(move, lab);
    }
    let correct = 0;
    for (let i = 0; i < n; i++) if (st.head[i] === (s.heads[i] < 0 ? n : s.heads[i])) correct++;
    return correct;
  }
}

function countBy<T>(items: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Trains a parser; returns the model file contents. */
export function trainParser(input: readonly ParserTrainingSentence[], options: ParserTrainingOptions = {}): Buffer {
  const sentences = options.reverse ? input.map(reversedSentence) : input;
  const epochs = options.epochs ?? 20;
  const exploreFrom = options.exploreFrom ?? 1;
  const random = mulberry32(options.seed ?? 1);
  const xpos = [...countBy(sentences.flatMap((s) => s.xpos)).keys()].sort();
  const upos = [...countBy(sentences.flatMap((s) => s.upos)).keys()].sort();
  const labels = [...countBy(sentences.flatMap((s) => s.deprels)).entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);
  if (labels.length > 64) throw new Error(`too many dependency labels (${labels.length}); at most 64 are supported`);
  const pairs = countBy(sentences.flatMap((s) => s.upos.map((u, i) => `${u}\t${s.xpos[i]}`)));
  const uposToXpos: Record<string, string> = {};
  const bestCount: Record<string, number> = {};
  for (const [pair, c] of pairs) {
    const [u, x] = pair.split("\t");
    if (c > (bestCount[u] ?? 0)) {
      bestCount[u] = c;
      uposToXpos[u] = x;
    }
  }
  const beam = Math.max(1, Math.floor(options.beam ?? 1));
  const vocab: ParserVocab = { xpos, upos, labels, uposToXpos, mainTag: options.mainTag ?? "upos", variant: options.variant ?? 2 };
  if (beam > 1) vocab.beam = beam;
  if (options.reverse) vocab.reverse = true;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  if ((vocab.variant ?? 0) & 20 && !options.clusters) throw new Error("parser variants 4 and 16 (cluster features) need clusters");
  const clusters = (vocab.variant ?? 0) & 20 ? options.clusters : undefined;
  const t = new ParserTrainer(vocab, clusters);
  // Gold heads with the root as n, projectivized.
  let lifted = 0;
  const golds = sentences.map((s) => {
    const n = s.forms.length;
    const h = Int32Array.from(s.heads.map((x) => (x < 0 ? n : x)));
    lifted += projectivize(h, n);
    return { heads: h, labels: Int32Array.from(s.deprels.map((l) => labelIndex.get(l)!)) };
  });
  const order = sentences.map((_, i) => i);
  const bar =
    options.progress === false
      ? undefined
      : new cliProgress.SingleBar(
          { format: `parser |{bar}| {percentage}% epoch {epoch}/${epochs} uas {uas} eta {eta_formatted}`, stream: process.stderr },
          cliProgress.Presets.shades_classic,
        );
  bar?.start(epochs * sentences.length, 0, { epoch: 1, uas: "-" });
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let words = 0;
    for (let k = 0; k < order.length; k++) {
      const s = sentences[order[k]];
      if (beam > 1) correct += t.learnBeam(s, golds[order[k]].heads, golds[order[k]].labels, beam, options.update === "early");
      else correct += t.learn(s, golds[order[k]].heads, golds[order[k]].labels, epoch >= exploreFrom, options.explore ?? 0.75, random);
      words += s.forms.length;
      if ((k & 127) === 0) bar?.update(epoch * sentences.length + k, { epoch: epoch + 1, uas: (correct / Math.max(1, words)).toFixed(4) });
    }
    bar?.update((epoch + 1) * sentences.length, { epoch: epoch + 1, uas: (correct / Math.max(1, words)).toFixed(4) });
    if (bar && !process.stderr.isTTY) console.error(`parser epoch ${epoch + 1}/${epochs}: train UAS ${(correct / Math.max(1, words)).toFixed(4)}`);
    if (options.onEpoch) {
      const prune = options.prune ?? 0;
      options.onEpoch(epoch, new Parser(vocab, t.moveModel.compact().pruned(0, prune), t.labelModel.compact().pruned(0, prune), {}, clusters));
    }
  }
  bar?.stop();
  if (!process.stderr.isTTY) console.error(`parser: ${lifted} non-projective arcs lifted`);
  const prune = options.prune ?? 0;
  return new Parser(vocab, t.moveModel.compact().pruned(0, prune), t.labelModel.compact().pruned(0, prune), {}, clusters).toBuffer();
}
