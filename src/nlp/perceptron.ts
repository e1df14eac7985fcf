// Shared machinery for linear models over hashed sparse features: an averaged multi-class
// perceptron trainer, a compact (pruned, quantized) read-only model for fast inference, and a small
// binary container format for model files.
//
// How the pieces fit:
//
//  * A feature is a 32-bit key, built by hashing a template number together with integer values,
//    e.g. `featureKey2(TEMPLATE_PREV_WORD, hashString(prevWord))`. Strings are hashed once per
//    token (hashString / hashRange), never concatenated; templates are combined with integer mixing
//    (murmur3 steps). Keys are never 0 (0 marks an empty slot in KeyIndex).
//  * KeyIndex maps keys to row numbers (open addressing, linear probing, typed arrays only).
//  * PerceptronTrainer holds one dense row of `nClasses` weights per feature that was ever updated,
//    and averages them with the "w - u/t" trick (Daumé), so averaging costs nothing per instance.
//    Usage per training instance: `lookup(keys, n, rows)`, `score(rows, n, scores)`, pick the best
//    class, and if wrong `update(keys, rows, n, gold, predicted)`; then `tick()`.
//  * `trainer.compact({ prune })` averages, drops near-zero weights, quantizes to int16 and returns a
//    CompactModel: per feature a list of (class, weight). It scores with `addScores(keys, n,
//    scores)` (in integer units; `scale` converts), can be thinned further with
//    `pruned(minWeight, minRowWeight)` (smaller and faster), and serializes to typed arrays with
//    `serialize(prefix)` / `CompactModel.deserialize(prefix, meta, arrays)`. Models with few
//    classes (<= 7) keep their weights inside the hash slots: one memory access per feature; those
//    with at most 3 (the parser's moves) pack them into one word per row, which is also what their
//    model file stores, so loading them is one pass over the keys.
//  * encodeBundle / decodeBundle store named typed arrays plus JSON metadata in one gzipped buffer
//    (a model file); loading a few MB takes tens of milliseconds.
//  * The training loop, shuffling (see random.ts: mulberry32, shuffle) and feature templates
//    belong to each model.
//
// Nothing here knows about tagging or parsing; the NER model can reuse it as is.

import { gzipSync } from "node:zlib";
import { inflateSync } from "./model-files.js";

// ---------------------------------------------------------------------------------------------
// Hashing

/** murmur3 finalizer: a 32-bit avalanche mix. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit hash of s[start, end) (UTF-16 code units), FNV-1a then fmix32. */
export function hashRange(s: string, start: number, end: number, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h ^ (end - start));
}

/** 32-bit hash of a whole string. */
export function hashString(s: string, seed = 0): number {
  return hashRange(s, 0, s.length, seed);
}

/** One murmur3 body step: folds the 32-bit value k into the running hash h. */
export function mixStep(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  return fmix32(h) || 1;
}

/** Feature key of a template with one value. Never 0. */
export function featureKey1(template: number, a: number): number {
  return finish(mixStep(Math.imul(template, -1640531535), a));
}

/** Feature key of a template with two values. Never 0. */
export function featureKey2(template: number, a: number, b: number): number {
  return finish(mixStep(mixStep(Math.imul(template, -1640531535), a), b));
}

/** Feature key of a template with three values. Never 0. */
export function featureKey3(template: number, a: number, b: number, c: number): number {
  return finish(mixStep(mixStep(mixStep(Math.imul(template, -1640531535), a), b), c));
}

/** Feature key of a template with four values. Never 0. */
export function featureKey4(template: number, a: number, b: number, c: number, d: number): number {
  return finish(mixStep(mixStep(mixStep(mixStep(Math.imul(template, -1640531535), a), b), c), d));
}

// ---------------------------------------------------------------------------------------------
// Key -> row index

/** Open-addressing hash map from non-zero uint32 keys to non-negative int32 values. */
export class KeyIndex {
  private keys: Uint32Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** The value stored for key, or -1. */
  get(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = key & mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.vals[i];
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** Stores key -> value (key must be non-zero and not yet present). */
  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = this.mask;
    let i = key & mask;
    while (keys[i] !== 0) {
      if (keys[i] === key) {
        this.vals[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    this.vals[i] = value;
    this.size++;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldVals = this.vals;
    const cap = oldKeys.length * 2;
    this.keys = new Uint32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== 0) this.set(oldKeys[i], oldVals[i]);
  }

  /** Calls fn(key, value) for every entry (in table order). */
  forEach(fn: (key: number, value: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) fn(this.keys[i], this.vals[i]);
  }
}

// ---------------------------------------------------------------------------------------------
// Training

/** Averaged multi-class perceptron over hashed features with one dense weight row per feature. */
export class PerceptronTrainer {
  readonly index: KeyIndex;
  /** Current weights, row-major [row * nClasses + class]. */
  private w: Float32Array;
  /** Sum over updates of (instance counter * delta), for averaging. */
  private u: Float64Array;
  private capacity: number;
  nRows = 0;
  /** Instance counter; starts at 1. */
  t = 1;

  constructor(readonly nClasses: number, expectedFeatures = 1 << 16) {
    this.capacity = expectedFeatures;
    this.index = new KeyIndex(expectedFeatures);
    this.w = new Float32Array(this.capacity * nClasses);
    this.u = new Float64Array(this.capacity * nClasses);
  }

  /** rows[i] = row of keys[i], or -1 if that feature has no weights yet. */
  lookup(keys: Uint32Array, n: number, rows: Int32Array): void {
    const index = this.index;
    for (let i = 0; i < n; i++) rows[i] = index.get(keys[i]);
  }

  /** scores[c] = sum of the current weights of class c over the rows (rows of -1 skipped). */
  score(rows: Int32Array, n: number, scores: Float64Array | Float32Array): void {
    const C = this.nClasses;
    const w = this.w;
    scores.fill(0, 0, C);
    for (let i = 0; i < n; i++) {
      const r = rows[i];
      if (r < 0) continue;
      const base = r * C;
      for (let c = 0; c < C; c++) scores[c] += w[base + c];
    }
  }

  private addRow(key: number): number {
    if (this.nRows === this.capacity) {
      const cap = this.capacity * 2;
      const w = new Float32Array(cap * this.nClasses);
      w.set(this.w);
      const u = new Float64Array(cap * this.nClasses);
      u.set(this.u);
      this.w = w;
      this.u = u;
      this.capacity = cap;
    }
    const r = this.nRows++;
    this.index.set(key, r);
    return r;
  }

  /**
   * Moves weight `amount` from class `wrong` to class `right` on every feature (creating rows for
   * new features; rows[] is updated in place). A key repeated in keys[] gets repeated updates.
   */
  update(keys: Uint32Array, rows: Int32Array, n: number, right: number, wrong: number, amount = 1): void {
    if (right === wrong) return;
    const C = this.nClasses;
    const t = this.t;
    for (let i = 0; i < n; i++) {
      let r = rows[i];
      if (r < 0) {
        r = this.index.get(keys[i]);
        if (r < 0) r = this.addRow(keys[i]);
        rows[i] = r;
      }
      const a = r * C + right;
      const b = r * C + wrong;
      this.w[a] += amount;
      this.u[a] += t * amount;
      this.w[b] -= amount;
      this.u[b] -= t * amount;
    }
  }

  /** Adds `amount` to one class only (for updates that are not pairwise). */
  updateOne(keys: Uint32Array, rows: Int32Array, n: number, cls: number, amount: number): void {
    const C = this.nClasses;
    const t = this.t;
    for (let i = 0; i < n; i++) {
      let r = rows[i];
      if (r < 0) {
        r = this.index.get(keys[i]);
        if (r < 0) r = this.addRow(keys[i]);
        rows[i] = r;
      }
      const a = r * C + cls;
      this.w[a] += amount;
      this.u[a] += t * amount;
    }
  }

  /** Advances the instance counter; call once per training instance. */
  tick(): void {
    this.t++;
  }

  /** The averaged weights (w - u/t), row-major. */
  averaged(): Float32Array {
    const n = this.nRows * this.nClasses;
    const out = new Float32Array(n);
    const t = this.t;
    for (let i = 0; i < n; i++) out[i] = this.w[i] - this.u[i] / t;
    return out;
  }

  /**
   * An inference model from the averaged weights. Weights with |w| < prune are dropped (rows left
   * empty are dropped too); the rest are quantized to int16 with one scale for the whole model.
   */
  compact(options: { prune?: number } = {}): CompactModel {
    const prune = options.prune ?? 0;
    const avg = this.averaged();
    const C = this.nClasses;
    let maxAbs = 0;
    for (let i = 0; i < avg.length; i++) if (Math.abs(avg[i]) > maxAbs) maxAbs = Math.abs(avg[i]);
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const keys: number[] = [];
    const rowOf: number[] = [];
    this.index.forEach((k, r) => {
      keys.push(k);
      rowOf.push(r);
    });
    // Sort by key so that serialized keys delta-encode well.
    const order = keys.map((_, i) => i).sort((a, b) => keys[a] - keys[b]);
    const outKeys: number[] = [];
    const lens: number[] = [];
    const cls: number[] = [];
    const q: number[] = [];
    for (const i of order) {
      const base = rowOf[i] * C;
      let len = 0;
      for (let c = 0; c < C; c++) {
        const v = avg[base + c];
        if (Math.abs(v) < prune) continue;
        const qv = Math.round(v / scale);
        if (qv === 0) continue;
        cls.push(c);
        q.push(qv);
        len++;
      }
      if (len === 0) continue;
      outKeys.push(keys[i]);
      lens.push(len);
    }
    return new CompactModel(C, scale, Uint32Array.from(outKeys), Uint16Array.from(lens), Uint16Array.from(cls), Int16Array.from(q));
  }
}

// ---------------------------------------------------------------------------------------------
// Inference

export type TypedArray =
  | Uint8Array
  | Int8Array
  | Uint16Array
  | Int16Array
  | Uint32Array
  | Int32Array
  | Float32Array
  | Float64Array;

/** Models with at most this many classes keep their weights inside the hash-table slots. */
const INLINE_MAX_CLASSES = 7;
/**
 * Models with at most this many classes pack their weights, requantized to 10 bits each, into
 * one 32-bit word next to the key: 8 bytes per slot (measured: no accuracy change for the parser).
 */
const PACKED_MAX_CLASSES = 3;
const PACKED_SHIFT = 6; // int16 -> 10 bits

/** The lookup table of a CompactModel. */
interface CompactTable {
  /** Open addressing: [key, offset] pairs, [key, w_0 .. w_{C-1}] (inline) or [key, packed word] slots. */
  slots: Uint32Array;
  /** Rows' entries (models that neither inline nor pack their weights), else empty. */
  data: Int32Array;
  /** Packed models: each row's weights in one word, else null. */
  words: Uint32Array | null;
}

function compactLayout(nClasses: number): { classBits: number; inline: boolean; packed: boolean; stride: number } {
  let classBits = 1;
  while (1 << classBits < nClasses) classBits++;
  if (classBits > 16) throw new Error("CompactModel supports at most 65536 classes");
  const inline = nClasses <= INLINE_MAX_CLASSES;
  const packed = nClasses <= PACKED_MAX_CLASSES;
  return { classBits, inline, packed, stride: packed ? 2 : inline ? 1 + nClasses : 2 };
}

/** The lookup table of a model's rows (keys sorted ascending); see CompactModel for the layouts. */
function buildCompactTable(
  nClasses: number,
  keys: Uint32Array,
  lens: Uint16Array | Uint8Array,
  cls: Uint16Array | Uint8Array,
  q: Int16Array,
  packedWords?: Uint32Array,
): CompactTable {
  const { classBits: bits, inline, packed, stride } = compactLayout(nClasses);
  let cap = 16;
  while (cap < keys.length * 2) cap *= 2;
  const slots = new Uint32Array(cap * stride);
  const mask = cap - 1;
  // A key's home slot is its top bits (key >>> shift): the keys are sorted, so building the table
  // writes it almost in order instead of all over it.
  const shift = 32 - Math.log2(cap);
  const words = packed ? (packedWords ?? packWords(lens, cls, q)) : null;
  const data = new Int32Array(inline ? 0 : keys.length + cls.length);
  let p = 0;
  let e = 0;
  for (let r = 0; r < keys.length; r++) {
    const key = keys[r];
    let i = key >>> shift;
    while (slots[stride * i] !== 0) i = (i + 1) & mask;
    slots[stride * i] = key;
    if (words) {
      slots[stride * i + 1] = words[r];
      continue;
    }
    const len = lens[r];
    if (inline) {
      for (let j = 0; j < len; j++, e++) slots[stride * i + 1 + cls[e]] = q[e];
      continue;
    }
    slots[stride * i + 1] = p;
    data[p++] = len;
    for (let j = 0; j < len; j++, e++) data[p++] = (q[e] << bits) | cls[e];
  }
  return { slots, data, words };
}

/** Row keys from their stored form (the differences between consecutive sorted keys). */
function decodeKeys(keyDelta: Uint32Array): Uint32Array {
  const keys = new Uint32Array(keyDelta.length);
  let k = 0;
  for (let i = 0; i < keys.length; i++) {
    k = (k + keyDelta[i]) >>> 0;
    keys[i] = k;
  }
  return keys;
}

/**
 * A read-only linear model: feature key -> list of (class, weight). Weights are int16-quantized
 * with one scale per model, and scores are accumulated in those integer units (multiply by
 * `scale` for the real values; argmax does not need it).
 *
 * Runtime layout, chosen for few cache misses per feature: an open-addressing table of
 * [key, offset] pairs in one Uint32Array, and per row `len` then `len` packed entries
 * (weight << CLASS_BITS | class) in one Int32Array. Models with at most 7 classes keep their
 * weights in the table itself ([key, w_0 .. w_{C-1}]), and models with at most 3 classes pack
 * them, at 10 bits each, in one word ([key, w_0 | w_1 << 10 | w_2 << 20]).
 */
export class CompactModel {
  private slots: Uint32Array;
  private mask: number;
  /**
   * A key's home slot is its top bits (key >>> shift): the keys are sorted, so building the table
   * writes it almost in order (a fast load) instead of all over it.
   */
  private shift: number;
  private data: Int32Array;
  private readonly classBits: number;
  private readonly classMask: number;
  /** For models with few classes: slot = [key, w_0 .. w_{C-1}], one memory access per feature. */
  private readonly inline: boolean;
  private readonly packed: boolean;
  private readonly stride: number;
  /** Real value of one unit of the scores addScores accumulates. */
  readonly unit: number;
  /** For packed models: each row's weights in one word (what the table holds, and the model file stores). */
  private readonly words: Uint32Array | null;

  constructor(
    readonly nClasses: number,
    /** Real weight = stored integer * scale. */
    readonly scale: number,
    /** Row keys, sorted ascending. */
    readonly keys: Uint32Array,
    /** Entries per row. */
    readonly lens: Uint16Array | Uint8Array,
    /** Class of each entry. */
    readonly cls: Uint16Array | Uint8Array,
    /** Quantized weight of each entry. */
    readonly q: Int16Array,
    /** Packed models only: the rows' packed words instead of lens, cls and q (as read from a model file). */
    packedWords?: Uint32Array,
  ) {
    const layout = compactLayout(nClasses);
    this.classBits = layout.classBits;
    this.classMask = (1 << layout.classBits) - 1;
    this.inline = layout.inline;
    this.packed = layout.packed;
    this.stride = layout.stride;
    this.unit = this.packed ? scale * (1 << PACKED_SHIFT) : scale;
    const t = buildCompactTable(nClasses, keys, lens, cls, q, packedWords);
    this.slots = t.slots;
    this.data = t.data;
    this.words = t.words;
    this.mask = this.slots.length / this.stride - 1;
    this.shift = 32 - Math.log2(this.mask + 1);
  }

  get nRows(): number {
    return this.keys.length;
  }

  /** Number of stored weights. */
  get nWeights(): number {
    return this.entries().cls.length;
  }

  /** The rows' entries; a packed model read from a file unpacks its words (at the precision it scores with). */
  private entries(): { lens: Uint16Array | Uint8Array; cls: Uint16Array | Uint8Array; q: Int16Array } {
    if (!this.words || this.lens.length === this.keys.length) return { lens: this.lens, cls: this.cls, q: this.q };
    const lens = new Uint8Array(this.keys.length);
    const cls: number[] = [];
    const q: number[] = [];
    this.words.forEach((w, r) => {
      for (let c = 0; c < this.nClasses; c++) {
        const v = ((w | 0) << (22 - 10 * c)) >> 22;
        if (v === 0) continue;
        cls.push(c);
        q.push(v * (1 << PACKED_SHIFT));
        lens[r]++;
      }
    });
    return { lens, cls: Uint8Array.from(cls), q: Int16Array.from(q) };
  }

  /**
   * scores[c] += weight of class c (in integer units: times `unit` for the real value) for every
   * key; unknown keys are ignored. Does not clear scores.
   */
  addScores(keys: Uint32Array, n: number, scores: Float32Array | Float64Array | Int32Array): void {
    const slots = this.slots;
    const mask = this.mask;
    const shift = this.shift;
    if (this.packed) {
      for (let f = 0; f < n; f++) {
        const key = keys[f];
        let i = key >>> shift;
        for (;;) {
          const k = slots[2 * i];
          if (k === key) {
            const w = slots[2 * i + 1] | 0;
            scores[0] += (w << 22) >> 22;
            scores[1] += (w << 12) >> 22;
            scores[2] += (w << 2) >> 22;
            break;
          }
          if (k === 0) break;
          i = (i + 1) & mask;
        }
      }
      return;
    }
    if (this.inline) {
      const stride = this.stride;
      const C = this.nClasses;
      for (let f = 0; f < n; f++) {
        const key = keys[f];
        let i = key >>> shift;
        for (;;) {
          const base = i * stride;
          const k = slots[base];
          if (k === key) {
            for (let c = 0; c < C; c++) scores[c] += slots[base + 1 + c] | 0;
            break;
          }
          if (k === 0) break;
          i = (i + 1) & mask;
        }
      }
      return;
    }
    const data = this.data;
    const bits = this.classBits;
    const cmask = this.classMask;
    for (let f = 0; f < n; f++) {
      const key = keys[f];
      let i = key >>> shift;
      let p = -1;
      for (;;) {
        const k = slots[2 * i];
        if (k === key) {
          p = slots[2 * i + 1];
          break;
        }
        if (k === 0) break;
        i = (i + 1) & mask;
      }
      if (p < 0) continue;
      const end = p + 1 + data[p];
      for (let j = p + 1; j < end; j++) {
        const e = data[j];
        scores[e & cmask] += e >> bits;
      }
    }
  }

  /**
   * A copy without the weights below minAbs (real units) and without the rows whose largest
   * weight is below rowMinAbs.
   */
  pruned(minAbs: number, rowMinAbs = 0): CompactModel {
    const entries = this.entries();
    const qMin = minAbs / this.scale;
    const rowMin = rowMinAbs / this.scale;
    const keys: number[] = [];
    const lens: number[] = [];
    const cls: number[] = [];
    const q: number[] = [];
    let e = 0;
    for (let r = 0; r < this.keys.length; r++) {
      const len = entries.lens[r];
      let max = 0;
      for (let j = 0; j < len; j++) max = Math.max(max, Math.abs(entries.q[e + j]));
      let kept = 0;
      if (max >= rowMin) {
        for (let j = 0; j < len; j++) {
          if (Math.abs(entries.q[e + j]) < qMin) continue;
          cls.push(entries.cls[e + j]);
          q.push(entries.q[e + j]);
          kept++;
        }
      }
      e += len;
      if (kept === 0) continue;
      keys.push(this.keys[r]);
      lens.push(kept);
    }
    return new CompactModel(this.nClasses, this.scale, Uint32Array.from(keys), Uint16Array.from(lens), Uint16Array.from(cls), Int16Array.from(q));
  }

  /** Typed arrays (names prefixed) and metadata for a bundle. */
  serialize(prefix: string): { meta: CompactModelMeta; arrays: Record<string, TypedArray> } {
    const keyDelta = new Uint32Array(this.keys.length);
    for (let i = 0; i < this.keys.length; i++) keyDelta[i] = (this.keys[i] - (i ? this.keys[i - 1] : 0)) >>> 0;
    const small = this.nClasses <= 256;
    if (this.words) return { meta: { nClasses: this.nClasses, scale: this.scale }, arrays: { [`${prefix}.keys`]: keyDelta, [`${prefix}.pw`]: this.words } };
    return {
      meta: { nClasses: this.nClasses, scale: this.scale },
      arrays: {
        [`${prefix}.keys`]: keyDelta,
        [`${prefix}.len`]: small ? Uint8Array.from(this.lens) : Uint16Array.from(this.lens),
        [`${prefix}.cls`]: small ? Uint8Array.from(this.cls) : Uint16Array.from(this.cls),
        [`${prefix}.q`]: this.q,
      },
    };
  }

  static deserialize(prefix: string, meta: CompactModelMeta, arrays: Record<string, TypedArray>): CompactModel {
    const keys = decodeKeys(need(arrays, `${prefix}.keys`) as Uint32Array);
    const words = arrays[`${prefix}.pw`];
    if (words) return new CompactModel(meta.nClasses, meta.scale, keys, new Uint8Array(0), new Uint8Array(0), new Int16Array(0), words as Uint32Array);
    return new CompactModel(
      meta.nClasses,
      meta.scale,
      keys,
      need(arrays, `${prefix}.len`) as Uint8Array | Uint16Array,
      need(arrays, `${prefix}.cls`) as Uint8Array | Uint16Array,
      need(arrays, `${prefix}.q`) as Int16Array,
    );
  }
}

/** Each row's weights (at most 3 classes), requantized to 10 bits, in one word: w_0 | w_1 << 10 | w_2 << 20. */
function packWords(lens: Uint16Array | Uint8Array, cls: Uint16Array | Uint8Array, q: Int16Array): Uint32Array {
  const words = new Uint32Array(lens.length);
  let e = 0;
  for (let r = 0; r < lens.length; r++) {
    let word = 0;
    for (let j = 0; j < lens[r]; j++, e++) {
      const v = Math.max(-511, Math.min(511, Math.round(q[e] / (1 << PACKED_SHIFT))));
      word |= (v & 0x3ff) << (10 * cls[e]);
    }
    words[r] = word;
  }
  return words;
}

export interface CompactModelMeta {
  nClasses: number;
  scale: number;
}

function need(arrays: Record<string, TypedArray>, name: string): TypedArray {
  const a = arrays[name];
  if (!a) throw new Error(`model file lacks array ${name}`);
  return a;
}

/** Index of the largest of scores[0..n) (first on ties); `allowed` (if given) masks classes. */
export function argmax(scores: Float32Array | Float64Array, n: number, allowed?: Uint8Array): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < n; c++) {
    if (allowed && !allowed[c]) continue;
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Model files

const MAGIC = "KGM1";
const ARRAY_TYPES = {
  u8: Uint8Array,
  i8: Int8Array,
  u16: Uint16Array,
  i16: Int16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f32: Float32Array,
  f64: Float64Array,
} as const;
type ArrayTypeName = keyof typeof ARRAY_TYPES;

function typeName(a: TypedArray): ArrayTypeName {
  for (const [name, ctor] of Object.entries(ARRAY_TYPES)) if (a instanceof ctor) return name as ArrayTypeName;
  throw new Error("unsupported array type");
}

export interface Bundle {
  meta: Record<string, unknown>;
  arrays: Record<string, TypedArray>;
}

/**
 * Encodes a bundle: "KGM1", uint32 LE header length, JSON header {meta, arrays: [name, type,
 * length, offset]}, then the arrays (little-endian, 8-byte aligned); all gzipped.
 */
export function encodeBundle(bundle: Bundle): Buffer {
  const entries: { name: string; type: ArrayTypeName; length: number; offset: number }[] = [];
  let offset = 0;
  for (const [name, a] of Object.entries(bundle.arrays)) {
    entries.push({ name, type: typeName(a), length: a.length, offset });
    offset += Math.ceil(a.byteLength / 8) * 8;
  }
  const header = Buffer.from(JSON.stringify({ meta: bundle.meta, arrays: entries }), "utf8");
  const headerLen = Math.ceil((8 + header.length) / 8) * 8;
  const out = Buffer.alloc(headerLen + offset);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(header.length, 4);
  header.copy(out, 8);
  Object.values(bundle.arrays).forEach((a, i) => {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, headerLen + entries[i].offset);
  });
  return gzipSync(out, { level: 9 });
}

export function decodeBundle(data: Uint8Array): Bundle {
  const raw = inflateSync(data);
  if (raw.toString("latin1", 0, 4) !== MAGIC) throw new Error("not a kg model file");
  const len = raw.readUInt32LE(4);
  const header = JSON.parse(raw.toString("utf8", 8, 8 + len)) as {
    meta: Record<string, unknown>;
    arrays: { name: string; type: ArrayTypeName; length: number; offset: number }[];
  };
  const headerLen = Math.ceil((8 + len) / 8) * 8;
  // Typed-array views need aligned offsets: view the decompressed bytes in place when the body
  // starts on an 8-byte boundary of their buffer (large outputs do), else copy it to one that does.
  let body: ArrayBuffer | SharedArrayBuffer;
  let base = 0;
  if ((raw.byteOffset + headerLen) % 8 === 0) {
    body = raw.buffer;
    base = raw.byteOffset + headerLen;
  } else {
    body = new ArrayBuffer(raw.length - headerLen);
    new Uint8Array(body).set(raw.subarray(headerLen));
  }
  const arrays: Record<string, TypedArray> = {};
  for (const e of header.arrays) arrays[e.name] = new ARRAY_TYPES[e.type](body as ArrayBuffer, base + e.offset, e.length);
  return { meta: header.meta, arrays };
}
