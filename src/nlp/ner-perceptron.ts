// The NER's linear-chain model: hashed features -> weight rows, first-order Viterbi over BILOU labels,
// averaged structured-perceptron training, and a compact binary file (int16 weights, gzipped; one or more stages).
// Feature extraction lives in ner-features.ts; this module only sees 32-bit feature hashes.
import { gzipSync } from "node:zlib";
import { inflateSync } from "./model-files.js";

// ---- hashing ------------------------------------------------------------------------------------

/** FNV-1a over UTF-16 code units, finished with murmur3's avalanche step. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** murmur3's 32-bit finalizer. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Combines two hashes (order matters). */
export function mix(a: number, b: number): number {
  return fmix((Math.imul(a, 0x9e3779b1) ^ b) + 0x7f4a7c15);
}

/** A small seeded PRNG (mulberry32) for deterministic shuffling. */
export { mulberry32 as seededRandom } from "./random.js";

// ---- labels -------------------------------------------------------------------------------------

export const ENTITY_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** BILOU labels: index 0 is O, then B-, I-, L-, U- for each type. */
export const BILOU_LABELS: readonly string[] = [
  "O",
  ...ENTITY_TYPES.flatMap((t) => ["B", "I", "L", "U"].map((p) => `${p}-${t}`)),
];

const prefixOf = (label: string): string => label[0]!;
const typeOf = (label: string): string => label.slice(2);

/** Whether label `b` may follow label `a` in BILOU (`a` null = sentence start, `b` null = end). */
export function bilouAllowed(a: string | null, b: string | null): boolean {
  const open = a !== null && (prefixOf(a) === "B" || prefixOf(a) === "I");
  if (b === null) return !open;
  const cont = prefixOf(b) === "I" || prefixOf(b) === "L";
  if (open) return cont && typeOf(a!) === typeOf(b);
  return !cont;
}

// ---- Viterbi ------------------------------------------------------------------------------------

/**
 * Transition scores for L labels, laid out as (L + 1) rows of L: row L is the sentence start; plus
 * `end` scores per label. Forbidden moves hold -Infinity.
 */
export interface Transitions {
  readonly trans: Float64Array; // (L + 1) * L
  readonly end: Float64Array; // L
}

/** Scratch arrays for viterbi(), reusable across calls. */
export interface ViterbiWork {
  score: Float64Array;
  back: Int32Array;
}

const predecessorCache = new WeakMap<Float64Array, Int32Array[]>();

/** For each label y, the labels x with a finite transition x -> y (cached per transition table). */
function predecessors(trans: Float64Array, L: number): Int32Array[] {
  let p = predecessorCache.get(trans);
  if (p === undefined) {
    p = [];
    for (let y = 0; y < L; y++) {
      const xs: number[] = [];
      for (let x = 0; x < L; x++) if (trans[x * L + y]! > -Infinity) xs.push(x);
      p.push(Int32Array.from(xs));
    }
    predecessorCache.set(trans, p);
  }
  return p;
}

/** Best label sequence for emissions (n * L) under the transitions; writes labels into `out`. */
export function viterbi(emissions: Float64Array, n: number, L: number, t: Transitions, out: Uint8Array, work?: ViterbiWork): void {
  if (n === 0) return;
  if (work && work.score.length < n * L) {
    work.score = new Float64Array(2 * n * L);
    work.back = new Int32Array(2 * n * L);
  }
  const score = work ? work.score : new Float64Array(n * L);
  const back = work ? work.back : new Int32Array(n * L);
  const { trans, end } = t;
  const preds = predecessors(trans, L);
  for (let y = 0; y < L; y++) score[y] = emissions[y]! + trans[L * L + y]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    for (let y = 0; y < L; y++) {
      const xs = preds[y]!;
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < xs.length; k++) {
        const x = xs[k]!;
        const s = score[prev + x]! + trans[x * L + y]!;
        if (s > best) {
          best = s;
          arg = x;
        }
      }
      score[cur + y] = best + emissions[cur + y]!;
      back[cur + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    const s = score[last + y]! + end[y]!;
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
}

/** Transition scores that only encode which moves are allowed (0 or -Infinity). */
export function constraintTransitions(labels: readonly string[]): Transitions {
  const L = labels.length;
  const trans = new Float64Array((L + 1) * L);
  const end = new Float64Array(L);
  for (let x = 0; x <= L; x++) {
    for (let y = 0; y < L; y++) {
      if (!bilouAllowed(x === L ? null : labels[x]!, labels[y]!)) trans[x * L + y] = -Infinity;
    }
  }
  for (let y = 0; y < L; y++) if (!bilouAllowed(labels[y]!, null)) end[y] = -Infinity;
  return { trans, end };
}

// ---- the trained model --------------------------------------------------------------------------

/** A feature hash -> weight row table with int16 weights (times `scale`) for every label. */
export class LinearChainModel {
  readonly L: number;
  private readonly mask: number;
  private readonly slots: Int32Array; // open addressing, interleaved [key, row + 1]; row + 1 = 0: empty

  constructor(
    readonly labels: readonly string[],
    readonly keys: Int32Array,
    readonly weights: Int16Array,
    readonly scale: number,
    readonly transitions: Transitions,
    readonly meta: Readonly<Record<string, unknown>> = {},
  ) {
    this.L = labels.length;
    let cap = 1;
    while (cap < keys.length * 1.6) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r]! & this.mask;
      while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = keys[r]!;
      this.slots[2 * s + 1] = r + 1;
    }
  }

  /** The weight row of a feature hash, or -1. */
  rowOf(key: number): number {
    const slots = this.slots;
    let s = key & this.mask;
    for (;;) {
      const r = slots[2 * s + 1]!;
      if (r === 0) return -1;
      if (slots[2 * s] === key) return r - 1;
      s = (s + 1) & this.mask;
    }
  }

  /** Adds the weight rows of hashes[from .. to) into acc (L entries from accOffset). */
  addRows(hashes: ArrayLike<number>, from: number, to: number, acc: Int32Array, accOffset = 0): void {
    const L = this.L;
    const w = this.weights;
    for (let k = from; k < to; k++) {
      const r = this.rowOf(hashes[k]!);
      if (r < 0) continue;
      const base = r * L;
      for (let y = 0; y < L; y++) acc[accOffset + y] += w[base + y]!;
    }
  }

  /** Emission scores (n * L) for tokens whose feature hashes are hashes[offsets[i]..offsets[i+1]). */
  emissions(hashes: Int32Array, offsets: Int32Array, n: number): Float64Array {
    const L = this.L;
    const out = new Float64Array(n * L);
    const w = this.weights;
    const acc = new Int32Array(L);
    for (let i = 0; i < n; i++) {
      acc.fill(0);
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const r = this.rowOf(hashes[k]!);
        if (r < 0) continue;
        const base = r * L;
        for (let y = 0; y < L; y++) acc[y] += w[base + y]!;
      }
      for (let y = 0; y < L; y++) out[i * L + y] = acc[y]! * this.scale;
    }
    return out;
  }

  /** Label indices for one sentence. */
  decode(hashes: Int32Array, offsets: Int32Array, n: number): Uint8Array {
    const out = new Uint8Array(n);
    viterbi(this.emissions(hashes, offsets, n), n, this.L, this.transitions, out);
    return out;
  }

  // ---- encoding: "KGNER1\n", u32 header length, JSON header, keys, int16 weights, f64 transitions
  encode(): Buffer {
    const header = Buffer.from(JSON.stringify({ labels: this.labels, rows: this.keys.length, scale: this.scale, meta: this.meta }));
    const L = this.L;
    const trans = new Float64Array((L + 1) * L + L);
    trans.set(this.transitions.trans.map((v) => (Number.isFinite(v) ? v : -1e30)));
    trans.set(this.transitions.end.map((v) => (Number.isFinite(v) ? v : -1e30)), (L + 1) * L);
    // Store keys sorted, delta-coded, and weights label-major: both compress far better.
    const order = Array.from(this.keys.keys()).sort((a, b) => (this.keys[a]! >>> 0) - (this.keys[b]! >>> 0));
    const deltas = new Uint32Array(order.length);
    let prev = 0;
    order.forEach((r, i) => {
      const k = this.keys[r]! >>> 0;
      deltas[i] = (k - prev) >>> 0;
      prev = k;
    });
    const cols = new Int16Array(order.length * L);
    for (let y = 0; y < L; y++) order.forEach((r, i) => (cols[y * order.length + i] = this.weights[r * L + y]!));
    return Buffer.concat([
      Buffer.from("KGNER1\n"), u32(header.length), header,
      bytes(deltas), bytes(cols), bytes(trans),
    ]);
  }

  static decode(buf: Buffer): LinearChainModel {
    const magic = buf.subarray(0, 7).toString();
    if (magic !== "KGNER1\n") throw new Error(`not a kg NER model file (magic ${JSON.stringify(magic)})`);
    const hlen = buf.readUInt32LE(7);
    let pos = 11;
    const header = JSON.parse(buf.subarray(pos, pos + hlen).toString()) as {
      labels: string[]; rows: number; scale: number; meta: Record<string, unknown>;
    };
    pos += hlen;
    const { labels, rows, scale } = header;
    const L = labels.length;
    const take = (n: number): Uint8Array => {
      const b = buf.subarray(pos, pos + n);
      pos += n;
      return new Uint8Array(b); // an aligned copy with its own buffer
    };
    const deltas = new Uint32Array(take(rows * 4).buffer);
    const cols = new Int16Array(take(rows * L * 2).buffer);
    const tr = new Float64Array(take(((L + 1) * L + L) * 8).buffer);
    const keys = new Int32Array(rows);
    let k = 0;
    for (let i = 0; i < rows; i++) keys[i] = k = (k + deltas[i]!) | 0;
    const weights = new Int16Array(rows * L);
    for (let y = 0; y < L; y++) for (let i = 0; i < rows; i++) weights[i * L + y] = cols[y * rows + i]!;
    const unbake = (v: number): number => (v <= -1e29 ? -Infinity : v);
    const transitions = {
      trans: Float64Array.from(tr.subarray(0, (L + 1) * L), unbake),
      end: Float64Array.from(tr.subarray((L + 1) * L), unbake),
    };
    return new LinearChainModel(labels, keys, weights, scale, transitions, header.meta);
  }
}

/** A model file: one or more models (e.g. two stages), gzipped. */
export function writeModelFile(models: readonly LinearChainModel[]): Buffer {
  const parts: Buffer[] = [Buffer.from("KGNERS\n"), u32(models.length)];
  for (const m of models) {
    const b = m.encode();
    parts.push(u32(b.length), b);
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function readModelFile(file: Buffer): LinearChainModel[] {
  const buf = inflateSync(file);
  if (buf.subarray(0, 7).toString() !== "KGNERS\n") throw new Error("not a kg NER model file");
  const count = buf.readUInt32LE(7);
  const models: LinearChainModel[] = [];
  let pos = 11;
  for (let k = 0; k < count; k++) {
    const len = buf.readUInt32LE(pos);
    models.push(LinearChainModel.decode(buf.subarray(pos + 4, pos + 4 + len)));
    pos += 4 + len;
  }
  return models;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

function bytes(a: ArrayBufferView): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

// ---- training -----------------------------------------------------------------------------------

/** One training sentence: per token, the weight rows of its features (CSR), and gold label indices. */
export interface TrainingSentence {
  readonly rows: Int32Array;
  readonly offsets: Int32Array;
  readonly gold: Uint8Array;
  /** Fixed scores (n * L) the weights add to, e.g. a previous stage's emissions (stacking). */
  readonly base?: Float64Array;
}

/** Averaged structured perceptron over a fixed set of feature rows. */
export class PerceptronTrainer {
  readonly L: number;
  private readonly w: Float32Array;
  private readonly u: Float64Array; // sum of step * update, for averaging
  private readonly tw: Float64Array;
  private readonly tu: Float64Array;
  private readonly constraints: Transitions;
  private step = 1;

  constructor(readonly labels: readonly string[], readonly rowCount: number) {
    this.L = labels.length;
    this.w = new Float32Array(rowCount * this.L);
    this.u = new Float64Array(rowCount * this.L);
    this.constraints = constraintTransitions(labels);
    this.tw = new Float64Array((this.L + 1) * this.L + this.L);
    this.tu = new Float64Array(this.tw.length);
  }

  private currentTransitions(): Transitions {
    const L = this.L;
    const n = (L + 1) * L;
    const trans = new Float64Array(n);
    const end = new Float64Array(L);
    for (let i = 0; i < n; i++) trans[i] = this.tw[i]! + this.constraints.trans[i]!;
    for (let y = 0; y < L; y++) end[y] = this.tw[n + y]! + this.constraints.end[y]!;
    return { trans, end };
  }

  /** Predicted label indices for a sentence under the current (non-averaged) weights. */
  predict(s: TrainingSentence, transitions = this.currentTransitions()): Uint8Array {
    const n = s.gold.length;
    const L = this.L;
    const em = s.base ? Float64Array.from(s.base) : new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
        const base = s.rows[k]! * L;
        for (let y = 0; y < L; y++) em[i * L + y] += this.w[base + y]!;
      }
    }
    const out = new Uint8Array(n);
    viterbi(em, n, L, transitions, out);
    return out;
  }

  /** One pass over the sentences in the given order; returns the number of token errors. */
  epoch(sentences: readonly TrainingSentence[], order: readonly number[], onProgress?: (done: number) => void): number {
    let errors = 0;
    let transitions = this.currentTransitions();
    let done = 0;
    for (const idx of order) {
      if (onProgress && ++done % 500 === 0) onProgress(done);
      const s = sentences[idx]!;
      const pred = this.predict(s, transitions);
      let changed = false;
      const n = s.gold.length;
      const L = this.L;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          errors++;
          changed = true;
          for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
            const base = s.rows[k]! * L;
            this.update(base + g, 1);
            this.update(base + p, -1);
          }
        }
        const gPrev = i === 0 ? L : s.gold[i - 1]!;
        const pPrev = i === 0 ? L : pred[i - 1]!;
        if (gPrev !== pPrev || g !== p) {
          this.updateTransition(gPrev * L + g, 1);
          this.updateTransition(pPrev * L + p, -1);
        }
      }
      const endBase = (L + 1) * L;
      if (s.gold[n - 1] !== pred[n - 1]) {
        this.updateTransition(endBase + s.gold[n - 1]!, 1);
        this.updateTransition(endBase + pred[n - 1]!, -1);
      }
      if (changed) transitions = this.currentTransitions();
      this.step++;
    }
    return errors;
  }

  private update(i: number, d: number): void {
    this.w[i] += d;
    this.u[i] += this.step * d;
  }

  private updateTransition(i: number, d: number): void {
    this.tw[i] += d;
    this.tu[i] += this.step * d;
  }

  /** The averaged weights as a model: keys[row] is the feature hash of each row. */
  toModel(keys: Int32Array, meta: Record<string, unknown> = {}): LinearChainModel {
    const L = this.L;
    const avg = new Float64Array(this.w.length);
    let max = 0;
    for (let i = 0; i < avg.length; i++) {
      avg[i] = this.w[i]! - this.u[i]! / this.step;
      max = Math.max(max, Math.abs(avg[i]!));
    }
    // Keep only rows with a weight that survives quantization.
    const scale = max / 32767 || 1;
    const kept: number[] = [];
    for (let r = 0; r < this.rowCount; r++) {
      for (let y = 0; y < L; y++) {
        if (Math.round(avg[r * L + y]! / scale) !== 0) {
          kept.push(r);
          break;
        }
      }
    }
    const outKeys = new Int32Array(kept.length);
    const weights = new Int16Array(kept.length * L);
    kept.forEach((r, i) => {
      outKeys[i] = keys[r]!;
      for (let y = 0; y < L; y++) weights[i * L + y] = Math.round(avg[r * L + y]! / scale);
    });
    const n = (L + 1) * L;
    const trans = new Float64Array(n);
    const end = new Float64Array(L);
    for (let i = 0; i < n; i++) trans[i] = this.tw[i]! - this.tu[i]! / this.step + this.constraints.trans[i]!;
    for (let y = 0; y < L; y++) end[y] = this.tw[n + y]! - this.tu[n + y]! / this.step + this.constraints.end[y]!;
    return new LinearChainModel(this.labels, outKeys, weights, scale, { trans, end }, meta);
  }
}
