// Dependency parser: greedy arc-hybrid transition system (Kuhlmann et al. 2011) with the root
// token at the END of the buffer (Ballesteros & Nivre 2013), which together with one constraint
// (the root may take a left dependent only when it is the last word on the stack) guarantees a
// single root. Trained with the dynamic oracle of Goldberg & Nivre (2013) and averaged
// perceptrons (perceptron.ts): one over the three unlabelled moves, one over dependency labels,
// consulted whenever an arc is made (the dependent is complete by then, so its children are
// features). Features follow Zhang & Nivre (2011), adapted to arc-hybrid; UPOS is the main tag
// (XPOS appears in a few), as the parser proved less sensitive to UPOS errors.
//
// Non-projective training trees are projectivized by lifting (labels unchanged), so the parser
// only outputs projective trees. Labels include subtypes (obl:tmod, nmod:poss, ...).
//
// Speed: forced moves are not scored, and the scores of the features that only look at the
// buffer are kept until the next SHIFT.
//
// Usage: `parse(words, upos, xpos?)` with the committed model (models/parser.bin.gz, loaded once),
// or `Parser.load(path).parse(...)`. Training: scripts/train-parser.ts, on UD English EWT with
// jackknifed predicted tags.

import { readFileSync } from "node:fs";
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
  featureKey4,
  hashString,
} from "./perceptron.js";
import { modelPath } from "./model-path.js";
import { mulberry32, shuffle } from "./random.js";
import { normalizeForm } from "./tagger.js";

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
const MAX_FEATURES = 128;

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
  cap = 0;
  word = new Int32Array(0); // lowercased form hash
  xp = new Int32Array(0); // XPOS id
  up = new Int32Array(0); // UPOS id
  stack = new Int32Array(0);
  sp = 0;
  b = 0;
  head = new Int32Array(0);
  label = new Int32Array(0);
  l1 = new Int32Array(0); // leftmost child
  l2 = new Int32Array(0); // second leftmost
  r1 = new Int32Array(0); // rightmost
  r2 = new Int32Array(0);
  nl = new Int32Array(0); // number of left children
  nr = new Int32Array(0);
  lsetLo = new Int32Array(0); // bit sets of the labels of left / right children
  lsetHi = new Int32Array(0);
  rsetLo = new Int32Array(0);
  rsetHi = new Int32Array(0);

  constructor(
    private readonly noneTag: number,
    private readonly rootTag: number,
    private readonly noneLabel: number,
    /** Feature-set variant bits. */
    readonly variant: number,
  ) {}

  /** Sets up the initial state; `normalize` maps forms with normalizeForm (at run time). */
  init(words: readonly string[], xp: ArrayLike<number>, up: ArrayLike<number>, normalize: boolean): void {
    const n = words.length;
    if (n + 2 > this.cap) {
      const cap = Math.max(64, (n + 2) * 2);
      this.cap = cap;
      for (const k of ["word", "xp", "up", "stack", "head", "label", "l1", "l2", "r1", "r2", "nl", "nr", "lsetLo", "lsetHi", "rsetLo", "rsetHi"] as const) {
        this[k] = new Int32Array(cap);
      }
    }
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
    return k;
  }

  /** The other move features, written from out[at]; returns the new end. */
  stateFeatures(out: Uint32Array, at: number): number {
    const none = this.n + 1;
    const sp = this.sp;
    const st = this.stack;
    const s0 = sp > 0 ? st[sp - 1] : none;
    const s1 = sp > 1 ? st[sp - 2] : none;
    const s2 = sp > 2 ? st[sp - 3] : none;
    const b0 = this.b;
    const b1 = b0 + 1 <= this.n ? b0 + 1 : none;
    const b2 = b0 + 2 <= this.n ? b0 + 2 : none;
    const W = this.word;
    const P = this.xp;
    const U = this.up;
    const L = this.label;
    const s0w = W[s0], s0p = P[s0];
    const s1w = W[s1], s1p = P[s1];
    const b0w = W[b0], b0p = P[b0];
    const b1w = W[b1], b1p = P[b1];
    const b2p = P[b2];
    const s2p = P[s2];
    const s0l = this.l1[s0], s0r = this.r1[s0], s0l2 = this.l2[s0], s0r2 = this.r2[s0];
    const s1l = this.l1[s1], s1r = this.r1[s1], s1r2 = this.r2[s1];
    const b0l = this.l1[b0], b0l2 = this.l2[b0];
    const d = s0 === none ? 0 : distanceBucket(b0 - s0);
    const d1 = s1 === none ? 0 : distanceBucket(s0 - s1);
    let k = at;
    // unigrams
    out[k++] = featureKey1(2, s0w);
    out[k++] = featureKey1(3, s0p);
    out[k++] = featureKey2(4, s0w, s0p);
    out[k++] = featureKey1(13, s1w);
    out[k++] = featureKey1(14, s1p);
    out[k++] = featureKey2(15, s1w, s1p);
    out[k++] = featureKey1(16, s2p);
    out[k++] = featureKey1(17, U[s0]);
    out[k++] = featureKey1(19, U[s1]);
    // pairs
    out[k++] = featureKey4(20, s0w, s0p, b0w, b0p);
    out[k++] = featureKey3(21, s0w, s0p, b0w);
    out[k++] = featureKey3(22, s0w, b0w, b0p);
    out[k++] = featureKey3(23, s0w, s0p, b0p);
    out[k++] = featureKey3(24, s0p, b0w, b0p);
    out[k++] = featureKey2(25, s0w, b0w);
    out[k++] = featureKey2(26, s0p, b0p);
    out[k++] = featureKey4(28, s1w, s1p, s0w, s0p);
    out[k++] = featureKey3(29, s1w, s1p, s0p);
    out[k++] = featureKey3(30, s1p, s0w, s0p);
    out[k++] = featureKey2(31, s1w, s0w);
    out[k++] = featureKey2(32, s1p, s0p);
    out[k++] = featureKey2(33, s1p, b0p);
    out[k++] = featureKey2(34, s1w, b0w);
    // triples
    out[k++] = featureKey3(36, s0p, b0p, b1p);
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
    // distance
    out[k++] = featureKey2(49, s0w, d);
    out[k++] = featureKey2(50, s0p, d);
    out[k++] = featureKey2(51, b0w, d);
    out[k++] = featureKey2(52, b0p, d);
    out[k++] = featureKey3(53, s0w, b0w, d);
    out[k++] = featureKey3(54, s0p, b0p, d);
    out[k++] = featureKey3(55, s1p, s0p, d1);
    out[k++] = featureKey3(56, s1w, s0w, d1);
    out[k++] = featureKey2(57, s1p, d1);
    // valency
    const s0nl = this.nl[s0], s0nr = this.nr[s0], b0nl = this.nl[b0], s1nr = this.nr[s1], s1nl = this.nl[s1];
    out[k++] = featureKey2(58, s0w, s0nr);
    out[k++] = featureKey2(59, s0p, s0nr);
    out[k++] = featureKey2(60, s0w, s0nl);
    out[k++] = featureKey2(61, s0p, s0nl);
    out[k++] = featureKey2(62, b0w, b0nl);
    out[k++] = featureKey2(63, b0p, b0nl);
    out[k++] = featureKey3(64, s1p, s1nr, s1nl);
    // children
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
    // second-order children
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
    // label sets
    out[k++] = featureKey3(92, s0w, this.rsetLo[s0], this.rsetHi[s0]);
    out[k++] = featureKey3(93, s0p, this.rsetLo[s0], this.rsetHi[s0]);
    out[k++] = featureKey3(94, s0w, this.lsetLo[s0], this.lsetHi[s0]);
    out[k++] = featureKey3(95, s0p, this.lsetLo[s0], this.lsetHi[s0]);
    out[k++] = featureKey3(96, b0w, this.lsetLo[b0], this.lsetHi[b0]);
    out[k++] = featureKey3(97, b0p, this.lsetLo[b0], this.lsetHi[b0]);
    out[k++] = featureKey3(98, s1p, this.rsetLo[s1], this.rsetHi[s1]);
    // child-label conjunctions
    out[k++] = featureKey3(99, s0p, L[s0l], L[s0r]);
    out[k++] = featureKey3(100, s1p, L[s1r], s0p);
    out[k++] = featureKey3(101, b0p, L[b0l], s0p);
    if (this.variant & 2) {
      out[k++] = featureKey3(109, U[s0], U[b0], s0p);
      out[k++] = featureKey4(110, s0p, b0p, U[s1], d);
      out[k++] = featureKey3(111, s0w, b0p, b1p);
      out[k++] = featureKey3(112, s1p, s0p, P[s0r]);
      out[k++] = featureKey4(113, s1p, s0p, b0p, b1p);
    }
    return k;
  }

  /**
   * Label features for the arc head -> dep made by `move` (LEFT or RIGHT); the dependent is
   * complete. Returns the number of keys.
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

  constructor(readonly vocab: ParserVocab) {
    this.xposIndex = new Map(vocab.xpos.map((t, i) => [t, i]));
    this.uposIndex = new Map(vocab.upos.map((t, i) => [t, i]));
    const nTags = Math.max(vocab.xpos.length, vocab.upos.length);
    this.state = new State(nTags + 1, nTags + 2, vocab.labels.length, vocab.variant ?? 0);
    this.rootLabel = vocab.labels.indexOf("root");
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
export class Parser extends ParserBase {
  private readonly scores = new Float32Array(N_MOVES);
  private readonly bufferScores = new Float32Array(N_MOVES);
  private readonly labelScores: Float32Array;

  constructor(
    vocab: ParserVocab,
    private readonly moves: CompactModel,
    private readonly labels: CompactModel,
  ) {
    super(vocab);
    this.labelScores = new Float32Array(vocab.labels.length);
  }

  static load(path = modelPath(PARSER_MODEL_FILE)): Parser {
    return Parser.fromBuffer(readFileSync(path));
  }

  static fromBuffer(data: Uint8Array): Parser {
    const bundle = decodeBundle(data);
    const meta = bundle.meta as { format: string; vocab: ParserVocab; moves: CompactModelMeta; labels: CompactModelMeta };
    if (meta.format !== FORMAT) throw new Error(`unsupported parser model format ${String(meta.format)}`);
    return new Parser(
      meta.vocab,
      CompactModel.deserialize("m", meta.moves, bundle.arrays),
      CompactModel.deserialize("l", meta.labels, bundle.arrays),
    );
  }

  /**
   * Parses one sentence given its words and their UPOS (and XPOS; without them each UPOS's most
   * frequent XPOS stands in). Heads are 0-based, -1 for the root.
   */
  parse(words: readonly string[], upos: readonly string[], xpos?: readonly string[]): ParseResult {
    const n = words.length;
    if (upos.length !== n || (xpos && xpos.length !== n)) throw new Error("parse: words and tags differ in length");
    this.tagIds(upos, xpos);
    const st = this.state;
    if (this.vocab.mainTag === "upos") st.init(words, this.upIds, this.xpIds, true);
    else st.init(words, this.xpIds, this.upIds, true);
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
    const heads: number[] = new Array(n);
    const deprels: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      heads[i] = st.head[i] === n ? -1 : st.head[i];
      deprels[i] = this.vocab.labels[st.label[i]];
    }
    return { heads, deprels };
  }

  /** The model file contents (gzipped bundle). */
  toBuffer(): Buffer {
    const moves = this.moves.serialize("m");
    const labs = this.labels.serialize("l");
    return encodeBundle({
      meta: { format: FORMAT, vocab: this.vocab, moves: moves.meta, labels: labs.meta },
      arrays: { ...moves.arrays, ...labs.arrays },
    });
  }

  /** A copy without weights below minAbs and without rows whose largest weight is below rowMinAbs. */
  pruned(minAbs: number, rowMinAbs = 0): Parser {
    return new Parser(this.vocab, this.moves.pruned(minAbs, rowMinAbs), this.labels.pruned(minAbs, rowMinAbs));
  }

  get modelStats(): { moveFeatures: number; labelFeatures: number; weights: number } {
    return { moveFeatures: this.moves.nRows, labelFeatures: this.labels.nRows, weights: this.moves.nWeights + this.labels.nWeights };
  }
}

let shared: Parser | undefined;

/** The committed parser, loaded once. */
export function defaultParser(): Parser {
  return (shared ??= Parser.load());
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
}

class ParserTrainer extends ParserBase {
  readonly moveModel = new PerceptronTrainer(N_MOVES, 1 << 20);
  readonly labelModel: PerceptronTrainer;
  private rows = new Int32Array(MAX_FEATURES);
  private scores = new Float64Array(N_MOVES);
  private lscores: Float64Array;
  private onStack = new Uint8Array(0);

  constructor(vocab: ParserVocab) {
    super(vocab);
    this.labelModel = new PerceptronTrainer(vocab.labels.length, 1 << 18);
    this.lscores = new Float64Array(vocab.labels.length);
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
    if (this.vocab.mainTag === "upos") st.init(s.forms, this.upIds, this.xpIds, false);
    else st.init(s.forms, this.xpIds, this.upIds, false);
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
export function trainParser(sentences: readonly ParserTrainingSentence[], options: ParserTrainingOptions = {}): Buffer {
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
  const vocab: ParserVocab = { xpos, upos, labels, uposToXpos, mainTag: options.mainTag ?? "upos", variant: options.variant ?? 2 };
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const t = new ParserTrainer(vocab);
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
      correct += t.learn(s, golds[order[k]].heads, golds[order[k]].labels, epoch >= exploreFrom, options.explore ?? 0.75, random);
      words += s.forms.length;
      if ((k & 127) === 0) bar?.update(epoch * sentences.length + k, { epoch: epoch + 1, uas: (correct / Math.max(1, words)).toFixed(4) });
    }
    bar?.update((epoch + 1) * sentences.length, { epoch: epoch + 1, uas: (correct / Math.max(1, words)).toFixed(4) });
    if (bar && !process.stderr.isTTY) console.error(`parser epoch ${epoch + 1}/${epochs}: train UAS ${(correct / Math.max(1, words)).toFixed(4)}`);
  }
  bar?.stop();
  if (!process.stderr.isTTY) console.error(`parser: ${lifted} non-projective arcs lifted`);
  const prune = options.prune ?? 0;
  return new Parser(vocab, t.moveModel.compact().pruned(0, prune), t.labelModel.compact().pruned(0, prune)).toBuffer();
}
