// NER: label/span helpers (no model), hand-made sentences through the committed model, and a
// regression check of the committed model on CoNLL-2003 dev (skipped when shared/ is absent).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/nlp/model-path.js";
import { NerFeaturizer, parseConll2003, spansToBilou, spansToBio, tagsToSpans, wordShape } from "../../src/nlp/ner-features.js";
import {
  BILOU_LABELS, bilouAllowed, hashString, mix, PerceptronTrainer, readModelFile, writeModelFile, type TrainingSentence,
} from "../../src/nlp/ner-perceptron.js";
import { defaultNer, labelsToSpans, NerRecognizer, recognize } from "../../src/nlp/ner.js";

describe("labelsToSpans", () => {
  it.each([
    { labels: [], spans: [] },
    { labels: ["O", "O"], spans: [] },
    { labels: ["B-PER", "I-PER", "O", "B-LOC"], spans: [[0, 2, "PER"], [3, 4, "LOC"]] },
    { labels: ["B-PER", "B-PER"], spans: [[0, 1, "PER"], [1, 2, "PER"]] },
    // IOB1 (CoNLL-2003's own files): I- starts a chunk after O or another type
    { labels: ["I-ORG", "I-ORG", "I-LOC"], spans: [[0, 2, "ORG"], [2, 3, "LOC"]] },
    // BILOU
    { labels: ["B-MISC", "I-MISC", "L-MISC", "U-MISC"], spans: [[0, 3, "MISC"], [3, 4, "MISC"]] },
  ])("$labels", ({ labels, spans }) => {
    expect(labelsToSpans(labels).map((s) => [s.start, s.end, s.type])).toEqual(spans);
  });

  it("round-trips through BIO and BILOU", () => {
    const spans = [{ start: 1, end: 4, type: "ORG" }, { start: 5, end: 6, type: "PER" }];
    expect(spansToBio(7, spans)).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "O"]);
    expect(spansToBilou(7, spans)).toEqual(["O", "B-ORG", "I-ORG", "L-ORG", "O", "U-PER", "O"]);
    expect(tagsToSpans(spansToBilou(7, spans))).toEqual(spans);
  });
});

describe("feature helpers", () => {
  it.each([
    ["Reuters", "Xxxxx", "Xx"],
    ["U.S.", "X.X.", "X.X."],
    ["1996-08-22", "dddd-dd-dd", "d-d-d"],
    ["McDonald", "XxXxxxx", "XxXx"],
    ["", "", ""],
  ])("shape of %j", (word, long, short) => {
    expect(wordShape(word)).toBe(long);
    expect(wordShape(word, true)).toBe(short);
  });

  it("hashes deterministically and order-sensitively", () => {
    expect(hashString("w=Paris")).toBe(hashString("w=Paris"));
    expect(hashString("w=Paris")).not.toBe(hashString("w=paris"));
    expect(mix(1, 2)).not.toBe(mix(2, 1));
  });

  it("allows only well-formed BILOU transitions", () => {
    expect(bilouAllowed(null, "B-PER")).toBe(true);
    expect(bilouAllowed(null, "I-PER")).toBe(false);
    expect(bilouAllowed("B-PER", "L-PER")).toBe(true);
    expect(bilouAllowed("B-PER", "L-ORG")).toBe(false);
    expect(bilouAllowed("I-LOC", "O")).toBe(false);
    expect(bilouAllowed("U-LOC", "U-LOC")).toBe(true);
    expect(bilouAllowed("B-MISC", null)).toBe(false);
  });

  it("reads CoNLL-2003 documents", () => {
    const text = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\n-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\n";
    const docs = parseConll2003(text);
    expect(docs).toHaveLength(2);
    expect(docs[0]![0]).toEqual({ words: ["EU", "rejects"], tags: ["I-ORG", "O"] });
  });
});

describe("training (tiny hand-made corpus, no model file)", () => {
  const corpus: [string, string[]][] = [
    ["Anna Berg visited Oslo .", ["B-PER", "L-PER", "O", "U-LOC", "O"]],
    ["Oslo welcomed Anna Berg .", ["U-LOC", "O", "B-PER", "L-PER", "O"]],
    ["Karl Lund left Bergen today .", ["B-PER", "L-PER", "O", "U-LOC", "O", "O"]],
    ["Bergen and Oslo are cold .", ["U-LOC", "O", "U-LOC", "O", "O", "O"]],
    ["the Nordic Bank said so .", ["O", "B-ORG", "L-ORG", "O", "O", "O"]],
  ];

  function trainTiny(): NerRecognizer {
    const featurizer = new NerFeaturizer();
    const index = new Map(BILOU_LABELS.map((l, i) => [l, i]));
    const keys: number[] = [];
    const rowOf = new Map<number, number>();
    const sentences: TrainingSentence[] = corpus.map(([text, labels]) => {
      const [f] = featurizer.document([text.split(" ")]);
      const rows = Int32Array.from(f!.hashes, (h) => rowOf.get(h) ?? (rowOf.set(h, keys.length), keys.push(h) - 1));
      return { rows, offsets: f!.offsets, gold: Uint8Array.from(labels, (l) => index.get(l)!) };
    });
    const trainer = new PerceptronTrainer(BILOU_LABELS, keys.length);
    for (let e = 0; e < 10; e++) trainer.epoch(sentences, sentences.map((_, i) => i));
    const model = trainer.toModel(Int32Array.from(keys));
    // through the file format and back
    return new NerRecognizer(readModelFile(writeModelFile([model])), new NerFeaturizer());
  }

  it("learns its training sentences and survives the file format", () => {
    const ner = trainTiny();
    for (const [text, labels] of corpus) {
      expect(ner.recognizeBilou([text.split(" ")])[0]).toEqual(labels);
    }
    expect(ner.recognize([["Anna", "Berg", "visited", "Oslo", "."]])[0]).toEqual(["B-PER", "I-PER", "O", "B-LOC", "O"]);
  });
});

const entities = (sentence: string): string[] => {
  const words = sentence.split(" ");
  const [labels] = recognize([words]);
  return labelsToSpans(labels!).map((s) => `${s.type}:${words.slice(s.start, s.end).join(" ")}`);
};

describe("recognize (committed model)", () => {
  it.each([
    ["Angela Merkel met Emmanuel Macron in Paris .", ["PER:Angela Merkel", "PER:Emmanuel Macron", "LOC:Paris"]],
    ["the United Nations said on Monday that the talks would resume .", ["ORG:United Nations"]],
    ["Microsoft Corp. shares rose 5 percent in New York on Tuesday .", ["ORG:Microsoft Corp.", "LOC:New York"]],
    ["German Chancellor Olaf Scholz visited Washington last week .", ["MISC:German", "PER:Olaf Scholz", "LOC:Washington"]],
    ["He said the decision was final .", []],
    ["Hamas and Israel agreed to a ceasefire brokered by Egypt and Qatar .", ["ORG:Hamas", "LOC:Israel", "LOC:Egypt", "LOC:Qatar"]],
    ["Barack Obama was born in Hawaii .", ["PER:Barack Obama", "LOC:Hawaii"]],
  ])("%s", (sentence, expected) => {
    expect(entities(sentence)).toEqual(expected);
  });

  it("handles empty input", () => {
    expect(recognize([])).toEqual([]);
    expect(recognize([[]])).toEqual([[]]);
  });

  it("returns one BIO label per token, well formed", () => {
    const doc = [["SOCCER", "-", "JAPAN", "BEAT", "SYRIA", "."], ["Japan", "beat", "Syria", "2-1", "in", "Abu", "Dhabi", "."]];
    const labels = recognize(doc);
    expect(labels.map((l) => l.length)).toEqual([6, 8]);
    for (const sentence of labels) {
      sentence.forEach((l, i) => {
        expect(l).toMatch(/^(O|[BI]-(PER|ORG|LOC|MISC))$/);
        if (l.startsWith("I-")) expect(sentence[i - 1]!.slice(2)).toBe(l.slice(2));
      });
    }
    expect(labels[1]!.slice(5, 7)).toEqual(["B-LOC", "I-LOC"]);
  });
});

// ---- regression on CoNLL-2003 dev -----------------------------------------------------------------
const devPath = join(packageRoot(), "..", "shared", "data", "conll2003", "dev.txt");

describe.runIf(existsSync(devPath))("CoNLL-2003 dev (committed model)", () => {
  it("scores at least 88 phrase-level F1", () => {
    const docs = parseConll2003(readFileSync(devPath, "utf8"));
    const ner = defaultNer();
    let gold = 0;
    let found = 0;
    let correct = 0;
    for (const doc of docs) {
      const predicted = ner.recognize(doc.map((s) => s.words));
      doc.forEach((s, i) => {
        const g = new Set(tagsToSpans(s.tags).map((x) => `${x.start}:${x.end}:${x.type}`));
        const p = labelsToSpans(predicted[i]!).map((x) => `${x.start}:${x.end}:${x.type}`);
        gold += g.size;
        found += p.length;
        correct += p.filter((k) => g.has(k)).length;
      });
    }
    const precision = correct / found;
    const recall = correct / gold;
    const f1 = (200 * precision * recall) / (precision + recall);
    expect(gold).toBe(5942);
    expect(f1).toBeGreaterThanOrEqual(88);
  });
});
