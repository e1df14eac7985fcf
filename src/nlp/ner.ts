// Named-entity recognizer (PER, ORG, LOC, MISC), trained on CoNLL-2003 English: averaged structured
// perceptrons with Viterbi decoding over BILOU labels (ner-perceptron.ts), with word, shape,
// cluster, gazetteer and document-level features (ner-features.ts), in two stages: the second
// sees the first stage's labels for the whole document. Input: tokenized sentences of one
// document; output: BIO labels per token, or token spans.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadClusters } from "./clusters.js";
import { loadGazetteer } from "./gazetteer.js";
import { readModelBytes } from "./model-files.js";
import { modelPath } from "./model-path.js";
import {
  FeatureBuffer, NerFeaturizer, tagsToSpans, WORD_SLOT_OFFSETS,
  type NerResources, type PreparedDocument, type SentenceFeatures, type WordInfo,
} from "./ner-features.js";
import { readModelFile, viterbi, type EntityType, type LinearChainModel, type ViterbiWork } from "./ner-perceptron.js";

export type { EntityType } from "./ner-perceptron.js";

/** A recognized entity over tokens [start, end) of a sentence. */
export interface NerSpan {
  readonly start: number;
  readonly end: number; // exclusive
  readonly type: EntityType;
}

export const NER_MODEL_FILE = "ner.bin.gz";

/** Converts a BILOU label to BIO (IOB2). */
function toBio(label: string): string {
  if (label === "O") return label;
  const p = label[0];
  return (p === "U" ? "B" : p === "L" ? "I" : p) + label.slice(1);
}

export class NerRecognizer {
  private readonly buf = new FeatureBuffer();
  private readonly acc: Int32Array;
  private emissions = new Float64Array(0);
  private labels = new Uint8Array(0);
  private readonly work: ViterbiWork = { score: new Float64Array(0), back: new Int32Array(0) };

  /** `stages`: the first model labels from the text; each later one also sees the previous labels. */
  constructor(
    readonly stages: readonly LinearChainModel[],
    readonly featurizer: NerFeaturizer,
  ) {
    if (stages.length === 0) throw new Error("NerRecognizer needs at least one model");
    this.acc = new Int32Array(stages[0]!.L);
  }

  /** BIO labels (`B-PER`, `I-ORG`, `O`, …) for each token of each sentence of one document. */
  recognize(sentences: readonly (readonly string[])[]): string[][] {
    return this.recognizeBilou(sentences).map((s) => s.map(toBio));
  }

  /** Entity spans for each sentence of one document. */
  spans(sentences: readonly (readonly string[])[]): NerSpan[][] {
    return this.recognizeBilou(sentences).map(labelsToSpans);
  }

  /** BILOU labels, as the models predict them. */
  recognizeBilou(sentences: readonly (readonly string[])[]): string[][] {
    const prepared = this.featurizer.prepare(sentences);
    // Token-level features (all but the words' own, which are scored per word type) are the
    // same for every stage: compute them once.
    const tokenFeatures = sentences.map((_, s) => {
      const n = this.featurizer.features(prepared, s, false, this.buf);
      return { n, hashes: this.buf.hashes.slice(0, this.buf.length), offsets: this.buf.offsets.slice(0, n + 1) };
    });
    const scores: Float64Array[] = [];
    let labels = this.decodeDocument(prepared, tokenFeatures, 0, scores);
    for (let k = 1; k < this.stages.length; k++) {
      labels = this.decodeDocument(this.featurizer.withStage1(prepared, labels), tokenFeatures, k, scores);
    }
    return labels;
  }

  /**
   * Labels every sentence with stage `stage`. `scores` holds the first stage's emissions per
   * sentence (filled by stage 0), which a stacked ("delta") stage adds its own features to.
   */
  private decodeDocument(doc: PreparedDocument, tokenFeatures: readonly SentenceFeatures[], stage: number, scores: Float64Array[]): string[][] {
    const model = this.stages[stage]!;
    const { acc, buf } = this;
    const L = model.L;
    const slots = WORD_SLOT_OFFSETS.length;
    const delta = Number(model.meta.delta ?? 0);
    return tokenFeatures.map(({ n, hashes, offsets }, s) => {
      if (doc.stage1) this.featurizer.stage2Features(doc, s, buf);
      if (this.emissions.length < n * L) {
        this.emissions = new Float64Array(2 * n * L);
        this.labels = new Uint8Array(2 * n);
      }
      const em = this.emissions;
      if (delta) {
        const base = scores[s]!;
        for (let i = 0; i < n; i++) {
          acc.fill(0);
          model.addRows(buf.hashes, buf.offsets[i]!, buf.offsets[i + 1]!, acc);
          for (let y = 0; y < L; y++) em[i * L + y] = base[i * L + y]! * delta + acc[y]! * model.scale;
        }
        return this.bestLabels(model, em, n);
      }
      const infos = doc.infos[s]!;
      // What each word in the window contributes is summed once per word type (cached).
      const boundary = this.wordScores(this.featurizer.boundary, stage);
      const vectors = infos.map((info) => this.wordScores(info, stage));
      for (let i = 0; i < n; i++) {
        acc.fill(0);
        for (let slot = 0; slot < slots; slot++) {
          const j = i + WORD_SLOT_OFFSETS[slot]!;
          const scores = j < 0 || j >= n ? boundary : vectors[j]!;
          for (let y = 0, b = slot * L; y < L; y++) acc[y] += scores[b + y]!;
        }
        model.addRows(hashes, offsets[i]!, offsets[i + 1]!, acc);
        if (doc.stage1) model.addRows(buf.hashes, buf.offsets[i]!, buf.offsets[i + 1]!, acc);
        for (let y = 0; y < L; y++) em[i * L + y] = acc[y]! * model.scale;
      }
      if (stage === 0 && this.stages.length > 1) scores[s] = em.slice(0, n * L);
      return this.bestLabels(model, em, n);
    });
  }

  private bestLabels(model: LinearChainModel, em: Float64Array, n: number): string[] {
    viterbi(em, n, model.L, model.transitions, this.labels, this.work);
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = model.labels[this.labels[i]!]!;
    return out;
  }

  private wordScores(info: WordInfo, stage: number): Int32Array {
    const model = this.stages[stage]!;
    const owners = info.scoresOwner;
    const cached = info.scores;
    if (owners[stage] !== model) {
      const L = model.L;
      const scores = new Int32Array(info.slots.length * L);
      info.slots.forEach((hashes, slot) => model.addRows(hashes, 0, hashes.length, scores, slot * L));
      cached[stage] = scores;
      owners[stage] = model;
    }
    return cached[stage]!;
  }
}

/** Entity spans from BIO (or IOB1 / BILOU) labels. */
export function labelsToSpans(labels: readonly string[]): NerSpan[] {
  return tagsToSpans(labels) as NerSpan[];
}

/** Loads the recognizer, and the clusters and gazetteer its model names, from models/ (or `path`). */
export function loadNer(path: string = modelPath(NER_MODEL_FILE)): NerRecognizer {
  if (!existsSync(path)) throw new Error(`NER model not found at ${path}; train it with \`node dist/scripts/train-ner.js\``);
  const stages = readModelFile(readModelBytes(path));
  const resources: { -readonly [K in keyof NerResources]: NerResources[K] } = {};
  const { clusters, gazetteer } = stages[0]!.meta as { clusters?: string; gazetteer?: string };
  const beside = (name: string): string => (existsSync(join(dirname(path), name)) ? join(dirname(path), name) : modelPath(name));
  if (clusters) resources.clusters = loadClusters(beside(clusters));
  if (gazetteer) resources.gazetteer = loadGazetteer(beside(gazetteer));
  return new NerRecognizer(stages, new NerFeaturizer(resources));
}

let shared: NerRecognizer | undefined;

/** The default recognizer, loaded once from models/. */
export function defaultNer(): NerRecognizer {
  return (shared ??= loadNer());
}

/** BIO labels for the sentences of one document, using the default model. */
export function recognize(sentences: readonly (readonly string[])[]): string[][] {
  return defaultNer().recognize(sentences);
}
