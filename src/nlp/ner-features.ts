// NER features from raw tokens only (no POS): word form, case and shape, affixes, word clusters,
// gazetteer matches, a ±2 window, sentence-level (headline) and document-level case evidence.
// Strings are hashed once per word type (cached); per-token features are integer mixes of those.
// Also reads CoNLL-2003 files and converts between IOB1/BIO tags, BILOU labels and spans.
import { clusterKey } from "./clusters.js";
import { fmix, hashString, mix } from "./ner-perceptron.js";

// ---- resources ----------------------------------------------------------------------------------

/** Word -> bit-string cluster path (Brown-style hierarchy: prefixes are coarser clusters). */
export interface ClusterLookup {
  get(word: string): string | undefined;
}

/** Gazetteer matcher: per token, feature hashes of the phrases that cover it (or null). */
export interface GazetteerLookup {
  /** `lower`: the words lower-cased. */
  annotate(words: readonly string[], lower: readonly string[]): (readonly number[] | null)[];
}

export interface NerResources {
  readonly clusters?: ClusterLookup;
  readonly gazetteer?: GazetteerLookup;
}

// ---- word-level attributes ----------------------------------------------------------------------

/** Normalizes typographic quotes and dashes to the ASCII forms CoNLL uses. */
export function normalizeWord(w: string): string {
  return w
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-");
}

/** Character-class shape: "Xxxx", "XX", "dd-dd"; runs longer than 4 are cut at 4 (`short`: at 1). */
export function wordShape(w: string, short = false): string {
  let out = "";
  let last = "";
  let run = 0;
  for (const ch of w) {
    let c: string;
    if (ch >= "a" && ch <= "z") c = "x";
    else if (ch >= "A" && ch <= "Z") c = "X";
    else if (ch >= "0" && ch <= "9") c = "d";
    else if (ch.toLowerCase() !== ch) c = "X";
    else if (ch.toUpperCase() !== ch) c = "x";
    else c = ch;
    if (c === last) {
      run++;
      if (run >= (short ? 1 : 4)) continue;
    } else {
      run = 0;
      last = c;
    }
    out += c;
  }
  return out;
}

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const hasLetter = (w: string): boolean => w.toLowerCase() !== w.toUpperCase();

/** What the features need to know about one word type; built once per distinct word and cached. */
export interface WordInfo {
  /** Hashed features this word contributes, per slot (see WORD_SLOTS), already mixed with the slot. */
  readonly slots: readonly Int32Array[];
  readonly lower: number; // hash of the lowercased form, digits as 0
  readonly shortShape: number;
  readonly lowerKey: string; // the lowercased form (document statistics, gazetteer)
  readonly capitalized: boolean; // starts with an upper-case letter
  readonly allCaps: boolean; // has letters, none lower-case
  readonly letters: boolean;
  /** Per-slot score sums cached by inference models: scores[k] belongs to scoresOwner[k]. */
  readonly scores: Int32Array[];
  readonly scoresOwner: object[];
}

/**
 * The slots a word's own features fill, by the word's offset from the token being labelled:
 * 0 = the token itself, 1 = the previous word, 2 = the next word, 3 = two before, 4 = two after.
 */
export const WORD_SLOT_OFFSETS: readonly number[] = [0, -1, 1, -2, 2];

// Template ids mixed into every feature hash, so equal values in different slots differ.
const T = Object.fromEntries(
  ["bias", "w0", "wm1", "wp1", "wm2", "wp2", "biL", "biR", "sh3", "first", "firstSh", "capsL", "capsSh", "capsOnly",
    "docLc", "docCap", "docRun", "docUnrel", "gaz0", "gazM1", "gazP1", "gazConj",
    "s1", "s1prev", "s1next", "s2type", "s2maj", "s2pos", "s2o", "s2none"].map((n) => [n, hashString(`T:${n}`)]),
) as Record<string, number>;
const SLOT_TEMPLATES = [T.w0!, T.wm1!, T.wp1!, T.wm2!, T.wp2!];

// FNV-1a states after each feature-name prefix: hashing "name=" + value needs no string building.
const PREFIX = new Map<string, number>();
function seedOf(prefix: string): number {
  let h = PREFIX.get(prefix);
  if (h === undefined) {
    h = 0x811c9dc5;
    for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), 0x01000193);
    PREFIX.set(prefix, h);
  }
  return h;
}
const hashNamed = (prefix: string, value: string): number => hashString(value, seedOf(prefix));

function buildWordInfo(raw: string, clusters: ClusterLookup | undefined): WordInfo {
  const w = /[\u2010-\u2212]/.test(raw) ? normalizeWord(raw) : raw;
  const lowerKey = w.toLowerCase();
  const lower = /[0-9]/.test(lowerKey) ? lowerKey.replace(/[0-9]/g, "0") : lowerKey;
  const shape = wordShape(w);
  const shortShape = wordShape(w, true);
  const letters = hasLetter(w);
  const capitalized = letters && isUpper(w[0] ?? "");
  const allCaps = letters && w === w.toUpperCase();
  const lowerH = hashNamed("l=", lower);
  const shapeH = hashNamed("sh=", shape);
  const shortH = hashNamed("ss=", shortShape);
  const cur: number[] = [hashNamed("w=", w), lowerH, shapeH, shortH];
  // Prefixes and suffixes of 1-4 characters (UTF-16 units), hashed incrementally.
  let p = seedOf("p=");
  let q = seedOf("s=");
  const len = lower.length;
  let suffix3 = 0;
  for (let k = 1; k <= 4 && k <= len; k++) {
    p = Math.imul(p ^ lower.charCodeAt(k - 1), 0x01000193);
    q = Math.imul(q ^ lower.charCodeAt(len - k), 0x01000193);
    cur.push(fmix(p + k), fmix(q - k));
    if (k === 3) suffix3 = fmix(q + 0x51);
  }
  if (capitalized) cur.push(FLAG.cap!);
  if (allCaps) cur.push(FLAG.allcaps!);
  if (/[0-9]/.test(w)) cur.push(/^[0-9]+$/.test(w) ? FLAG.digits! : FLAG.hasdigit!);
  if (w.length > 1 && w.includes("-")) cur.push(FLAG.hyphen!);
  if (w.length > 1 && w.includes(".")) cur.push(FLAG.period!);
  if (w.length === 2 && w[1] === "." && capitalized) cur.push(FLAG.initial!);
  if (!letters && !/[0-9]/.test(w)) cur.push(FLAG.punct!);
  if (letters && /[a-z][A-Z]/.test(w)) cur.push(FLAG.innercap!);
  cur.push(LENGTH[Math.min(len, 10)]!);
  const near = [lowerH, shapeH, shortH];
  if (len >= 3) near.push(suffix3);
  if (capitalized) near.push(FLAG.cap!);
  const far = [lowerH, shortH];
  const path = clusters === undefined ? undefined : lookupCluster(clusters, w);
  if (path !== undefined) {
    for (const k of [4, 8, 12, 16]) if (path.length >= k) cur.push(hashNamed(`c${k}=`, path.slice(0, k)));
    const full = hashNamed("c=", path);
    cur.push(full);
    for (const k of [6, 12]) if (path.length >= k) near.push(hashNamed(`c${k}=`, path.slice(0, k)));
    near.push(full);
    if (path.length >= 8) far.push(hashNamed("c8=", path.slice(0, 8)));
  } else {
    cur.push(FLAG.noCluster!);
    near.push(FLAG.noCluster!);
  }
  return makeInfo([cur, near, near, far, far], { lower, shortShape, lowerKey, capitalized, allCaps, letters });
}

const FLAG = Object.fromEntries(
  ["cap", "allcaps", "digits", "hasdigit", "hyphen", "period", "initial", "punct", "innercap", "noCluster"].map((f) => [f, hashString(`f=${f}`)]),
) as Record<string, number>;
const LENGTH = Array.from({ length: 11 }, (_, k) => hashString(`len=${k}`));

function makeInfo(
  perSlot: readonly (readonly number[])[],
  rest: { lower: string; shortShape: string; lowerKey: string; capitalized: boolean; allCaps: boolean; letters: boolean },
): WordInfo {
  return {
    slots: perSlot.map((hs, s) => {
      const out = new Int32Array(hs.length);
      for (let i = 0; i < hs.length; i++) out[i] = mix(hs[i]!, SLOT_TEMPLATES[s]!);
      return out;
    }),
    lower: hashString(rest.lower), shortShape: hashString(rest.shortShape), lowerKey: rest.lowerKey,
    capitalized: rest.capitalized, allCaps: rest.allCaps, letters: rest.letters,
    scores: [], scoresOwner: [],
  };
}

/** The padding word beyond either end of a sentence. */
function boundaryInfo(): WordInfo {
  const near = [hashNamed("l=", "<s>")];
  return makeInfo([[], near, near, near, near], {
    lower: "<s>", shortShape: "<s>", lowerKey: "", capitalized: false, allCaps: false, letters: false,
  });
}

/** Cluster of a word: as written, then capitalized (for headline capitals), then lower-cased. */
function lookupCluster(clusters: ClusterLookup, word: string): string | undefined {
  const key = /[0-9\u2010-\u2212]/.test(word) ? clusterKey(word) : word;
  const lower = key.toLowerCase();
  return clusters.get(key) ?? clusters.get(lower.charAt(0).toUpperCase() + lower.slice(1)) ?? clusters.get(lower);
}

// ---- sentence and document features ------------------------------------------------------------

/** Feature hashes of one sentence: token i owns hashes[offsets[i] .. offsets[i + 1]). */
export interface SentenceFeatures {
  readonly n: number;
  readonly hashes: Int32Array;
  readonly offsets: Int32Array;
}

/** A headline-style sentence: its letters are (almost) all upper-case. */
function isCapsSentence(infos: readonly WordInfo[], words: readonly string[]): boolean {
  let letterTokens = 0;
  let caps = 0;
  let longest = 0;
  infos.forEach((w, i) => {
    if (!w.letters) return;
    letterTokens++;
    if (w.allCaps) {
      caps++;
      longest = Math.max(longest, words[i]!.length);
    }
  });
  return letterTokens > 0 && caps >= 0.8 * letterTokens && (letterTokens > 1 || longest > 3);
}

interface DocStats {
  lowercase: Map<string, number>; // occurrences written in lower case
  capReliable: Map<string, number>; // capitalized where case is informative (mid-sentence, not a headline)
  runs: Map<string, number>; // bit mask: 1 first / 2 inside / 4 last of a multi-word capitalized run
}

function documentStats(doc: readonly (readonly WordInfo[])[], caps: readonly boolean[]): DocStats {
  const stats: DocStats = { lowercase: new Map(), capReliable: new Map(), runs: new Map() };
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  doc.forEach((sent, s) => {
    if (caps[s]) return;
    let runStart = -1;
    const closeRun = (end: number): void => {
      if (runStart >= 0 && end - runStart >= 2) {
        for (let j = runStart; j < end; j++) {
          const bit = j === runStart ? 1 : j === end - 1 ? 4 : 2;
          const k = sent[j]!.lowerKey;
          stats.runs.set(k, (stats.runs.get(k) ?? 0) | bit);
        }
      }
      runStart = -1;
    };
    sent.forEach((w, i) => {
      if (w.letters && !w.capitalized) bump(stats.lowercase, w.lowerKey);
      if (w.capitalized && i > 0) bump(stats.capReliable, w.lowerKey);
      if (w.capitalized) {
        if (runStart < 0) runStart = i;
      } else closeRun(i);
    });
    closeRun(sent.length);
  });
  return stats;
}

/** A document analysed for featurization: word infos per token, headline flags, statistics. */
export interface PreparedDocument {
  readonly sentences: readonly (readonly string[])[];
  readonly infos: readonly (readonly WordInfo[])[];
  readonly caps: readonly boolean[];
  readonly stats: DocStats;
  /** A first-stage model's BILOU labels and what they say per word, for second-stage features. */
  readonly stage1?: { readonly labels: readonly (readonly string[])[]; readonly words: Map<string, WordLabelStats> };
}

const TYPE_INDEX = new Map([["PER", 0], ["ORG", 1], ["LOC", 2], ["MISC", 3]]);
const POSITION_INDEX = new Map([["B", 0], ["I", 1], ["L", 2], ["U", 3]]);

/** How a first-stage model labelled the occurrences of one word (lower-cased) in a document. */
interface WordLabelStats {
  readonly types: Int32Array; // occurrences labelled as part of an entity of each type
  readonly positions: Int32Array; // [type * 4 + B/I/L/U]
  outside: number; // capitalized occurrences labelled O
}

function labelStats(doc: PreparedDocument, labels: readonly (readonly string[])[]): Map<string, WordLabelStats> {
  const words = new Map<string, WordLabelStats>();
  doc.infos.forEach((infos, s) => {
    infos.forEach((w, i) => {
      if (!w.letters) return;
      const label = labels[s]![i]!;
      let st = words.get(w.lowerKey);
      if (label === "O") {
        if (!w.capitalized) return;
        if (st === undefined) words.set(w.lowerKey, (st = { types: new Int32Array(4), positions: new Int32Array(16), outside: 0 }));
        st.outside++;
        return;
      }
      if (st === undefined) words.set(w.lowerKey, (st = { types: new Int32Array(4), positions: new Int32Array(16), outside: 0 }));
      const t = TYPE_INDEX.get(label.slice(2))!;
      st.types[t]!++;
      st.positions[t * 4 + POSITION_INDEX.get(label[0]!)!]!++;
    });
  });
  return words;
}

const LABEL_HASH = new Map<string, number>();
const labelHash = (label: string): number => {
  let h = LABEL_HASH.get(label);
  if (h === undefined) LABEL_HASH.set(label, (h = hashString(`label=${label}`)));
  return h;
};

/** A growable output buffer for feature hashes (reused across sentences at inference). */
export class FeatureBuffer {
  hashes = new Int32Array(4096);
  offsets = new Int32Array(256);
  length = 0;

  reset(n: number): void {
    if (this.offsets.length < n + 1) this.offsets = new Int32Array(2 * (n + 1));
    this.length = 0;
  }

  push(h: number): void {
    if (this.length === this.hashes.length) {
      const bigger = new Int32Array(this.hashes.length * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[this.length++] = h;
  }
}

/** Turns documents (sentences of words) into feature hashes, caching per-word attributes. */
export class NerFeaturizer {
  /**
   * Second-stage features: the first stage's label of this token and its neighbours, and how
   * the first stage labelled the word's other occurrences in the document (the CoNLL "extended
   * prediction history": a name is usually the same kind of entity throughout an article).
   */
  private stage2Token(stage1: NonNullable<PreparedDocument["stage1"]>, s: number, i: number, w: WordInfo, buf: FeatureBuffer): void {
    const labels = stage1.labels[s]!;
    const own = labels[i]!;
    buf.push(mix(labelHash(own), T.s1!));
    buf.push(mix(mix(labelHash(i > 0 ? labels[i - 1]! : "<s>"), labelHash(own)), T.s1prev!));
    buf.push(mix(mix(labelHash(own), labelHash(i + 1 < labels.length ? labels[i + 1]! : "<s>")), T.s1next!));
    if (!w.letters) return;
    const st = stage1.words.get(w.lowerKey);
    if (st === undefined) return;
    // Counts over the other occurrences: take this one's own label out.
    const ownType = own === "O" ? -1 : TYPE_INDEX.get(own.slice(2))!;
    const ownPos = own === "O" ? -1 : ownType * 4 + POSITION_INDEX.get(own[0]!)!;
    let best = -1;
    let bestCount = 0;
    let any = false;
    for (let t = 0; t < 4; t++) {
      const c = st.types[t]! - (t === ownType ? 1 : 0);
      if (c <= 0) continue;
      any = true;
      buf.push(mix(mix(t, c > 1 ? 2 : 1), T.s2type!));
      if (c > bestCount) {
        bestCount = c;
        best = t;
      }
    }
    if (best >= 0) buf.push(mix(best, T.s2maj!));
    for (let k = 0; k < 16; k++) {
      if (st.positions[k]! - (k === ownPos ? 1 : 0) > 0) buf.push(mix(k, T.s2pos!));
    }
    const outside = st.outside - (own === "O" && w.capitalized ? 1 : 0);
    if (outside > 0) buf.push(mix(any ? 1 : 0, T.s2o!));
    else if (!any) buf.push(T.s2none!);
  }

  private cache = new Map<string, WordInfo>();
  /** The padding word beyond either end of a sentence. */
  readonly boundary: WordInfo = boundaryInfo();

  constructor(readonly resources: NerResources = {}) {}

  private info(word: string): WordInfo {
    let w = this.cache.get(word);
    if (w === undefined) {
      if (this.cache.size >= 200_000) this.cache.clear();
      w = buildWordInfo(word, this.resources.clusters);
      this.cache.set(word, w);
    }
    return w;
  }

  /** Word infos, headline flags and document statistics of one document. */
  prepare(sentences: readonly (readonly string[])[]): PreparedDocument {
    const infos = sentences.map((s) => s.map((w) => this.info(w)));
    const caps = infos.map((inf, i) => isCapsSentence(inf, sentences[i]!));
    return { sentences, infos, caps, stats: documentStats(infos, caps) };
  }

  /**
   * Only the second-stage features of sentence `s` (those features() adds when the document has
   * first-stage labels), written into `buf` like features() does.
   */
  stage2Features(doc: PreparedDocument, s: number, buf: FeatureBuffer): number {
    const infos = doc.infos[s]!;
    const n = infos.length;
    buf.reset(n);
    for (let i = 0; i < n; i++) {
      buf.offsets[i] = buf.length;
      if (doc.stage1) this.stage2Token(doc.stage1, s, i, infos[i]!, buf);
    }
    buf.offsets[n] = buf.length;
    return n;
  }

  /** The same document with a first-stage model's BILOU labels, for second-stage features. */
  withStage1(doc: PreparedDocument, labels: readonly (readonly string[])[]): PreparedDocument {
    return { ...doc, stage1: { labels, words: labelStats(doc, labels) } };
  }

  /** All features of every sentence of one document (document-level evidence spans all of them). */
  document(sentences: readonly (readonly string[])[], stage1?: readonly (readonly string[])[]): SentenceFeatures[] {
    const prepared = this.prepare(sentences);
    const doc = stage1 ? this.withStage1(prepared, stage1) : prepared;
    const buf = new FeatureBuffer();
    return sentences.map((_, s) => {
      const n = this.features(doc, s, true, buf);
      return { n, hashes: buf.hashes.slice(0, buf.length), offsets: buf.offsets.slice(0, n + 1) };
    });
  }

  /**
   * Writes the features of sentence `s` into `buf` (token i: buf.hashes[buf.offsets[i] ..
   * buf.offsets[i + 1])) and returns its length. With `wordLevel` false, the features that words
   * contribute by themselves (their WordInfo slots, see WORD_SLOT_OFFSETS) are left out, for a
   * caller that scores those per word type.
   */
  features(doc: PreparedDocument, s: number, wordLevel: boolean, buf: FeatureBuffer): number {
    const words = doc.sentences[s]!;
    const infos = doc.infos[s]!;
    const caps = doc.caps[s]!;
    const stats = doc.stats;
    const n = words.length;
    const gaz = this.resources.gazetteer?.annotate(words, infos.map((w) => w.lowerKey));
    buf.reset(n);
    const at = (i: number): WordInfo => (i < 0 || i >= n ? this.boundary : infos[i]!);
    for (let i = 0; i < n; i++) {
      buf.offsets[i] = buf.length;
      const w = infos[i]!;
      if (wordLevel) {
        for (let slot = 0; slot < WORD_SLOT_OFFSETS.length; slot++) {
          for (const h of at(i + WORD_SLOT_OFFSETS[slot]!).slots[slot]!) buf.push(h);
        }
      }
      buf.push(T.bias!);
      buf.push(mix(mix(at(i - 1).lower, w.lower), T.biL!));
      buf.push(mix(mix(w.lower, at(i + 1).lower), T.biR!));
      buf.push(mix(mix(mix(at(i - 1).shortShape, w.shortShape), at(i + 1).shortShape), T.sh3!));
      if (i === 0) {
        buf.push(T.first!);
        buf.push(mix(w.shortShape, T.firstSh!));
      }
      if (caps) {
        buf.push(T.capsOnly!);
        buf.push(mix(w.lower, T.capsL!));
        buf.push(mix(w.shortShape, T.capsSh!));
      }
      if (w.capitalized) {
        // Case is uninformative sentence-initially and in headlines: look at the rest of the document.
        const unreliable = i === 0 || caps ? 1 : 0;
        const lc = stats.lowercase.get(w.lowerKey) ?? 0;
        const cap = (stats.capReliable.get(w.lowerKey) ?? 0) - (unreliable ? 0 : 1);
        const run = stats.runs.get(w.lowerKey) ?? 0;
        buf.push(mix(mix(lc > 0 ? 1 : 0, unreliable), T.docLc!));
        buf.push(mix(mix(cap > 1 ? 2 : cap, unreliable), T.docCap!));
        buf.push(mix(mix(run, unreliable), T.docRun!));
        if (unreliable) buf.push(mix(mix(lc > 0 ? 1 : 0, cap > 0 ? 1 : 0), T.docUnrel!));
      }
      if (gaz) {
        const g0 = gaz[i];
        const gm = i > 0 ? gaz[i - 1] : null;
        const gp = i + 1 < n ? gaz[i + 1] : null;
        if (g0) for (const h of g0) buf.push(mix(h, T.gaz0!)), buf.push(mix(mix(h, w.shortShape), T.gazConj!));
        if (gm) for (const h of gm) buf.push(mix(h, T.gazM1!));
        if (gp) for (const h of gp) buf.push(mix(h, T.gazP1!));
      }
      if (doc.stage1) this.stage2Token(doc.stage1, s, i, w, buf);
    }
    buf.offsets[n] = buf.length;
    return n;
  }
}

// ---- tags, labels and spans ---------------------------------------------------------------------

export interface TokenSpan {
  readonly start: number; // first token index
  readonly end: number; // one past the last token
  readonly type: string;
}

/** Chunks of IOB1 or BIO tags (B-X always starts; I-X continues X or starts one). */
export function tagsToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: { start: number; end: number; type: string }[] = [];
  let open: { start: number; end: number; type: string } | null = null;
  tags.forEach((tag, i) => {
    const m = /^([BIELSU])-(.+)$/.exec(tag);
    if (!m) {
      open = null;
      return;
    }
    const [, p, type] = m as unknown as [string, string, string];
    if (open && open.type === type && (p === "I" || p === "L" || p === "E")) open.end = i + 1;
    else spans.push((open = { start: i, end: i + 1, type }));
    if (p === "L" || p === "E" || p === "U" || p === "S") open = null;
  });
  return spans;
}

/** BILOU labels for n tokens given spans. */
export function spansToBilou(n: number, spans: readonly TokenSpan[]): string[] {
  const labels = new Array<string>(n).fill("O");
  for (const { start, end, type } of spans) {
    if (end - start === 1) labels[start] = `U-${type}`;
    else {
      labels[start] = `B-${type}`;
      for (let i = start + 1; i < end - 1; i++) labels[i] = `I-${type}`;
      labels[end - 1] = `L-${type}`;
    }
  }
  return labels;
}

/** BIO (IOB2) tags for n tokens given spans. */
export function spansToBio(n: number, spans: readonly TokenSpan[]): string[] {
  const labels = new Array<string>(n).fill("O");
  for (const { start, end, type } of spans) {
    labels[start] = `B-${type}`;
    for (let i = start + 1; i < end; i++) labels[i] = `I-${type}`;
  }
  return labels;
}

// ---- CoNLL-2003 files ---------------------------------------------------------------------------

export interface ConllSentence {
  readonly words: string[];
  readonly tags: string[]; // as in the file (IOB1)
}

/** Documents (split at -DOCSTART-) of sentences from a `word POS chunk NER` file. */
export function parseConll2003(text: string): ConllSentence[][] {
  const docs: ConllSentence[][] = [[]];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (words.length) docs[docs.length - 1]!.push({ words, tags });
    words = [];
    tags = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === "") endSentence();
    else if (fields[0] === "-DOCSTART-") {
      endSentence();
      if (docs[docs.length - 1]!.length) docs.push([]);
    } else {
      words.push(fields[0]!);
      tags.push(fields[fields.length - 1]!);
    }
  }
  endSentence();
  return docs.filter((d) => d.length > 0);
}
