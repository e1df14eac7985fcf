// Hand-built analysed documents for tests that need no trained model.
import { documentId } from "../../src/model/ids.js";
import type { AnalyzedDocument, EntityType, Mention, Triple } from "../../src/model/types.js";
import { splitSentences } from "../../src/pipeline/tokenize.js";

export class DocBuilder {
  readonly id: string;
  readonly mentions: Mention[] = [];
  readonly triples: Triple[] = [];
  private readonly sentences;

  constructor(readonly text: string, readonly source = "test.txt") {
    this.id = documentId(text);
    this.sentences = splitSentences(text);
  }

  /** A mention of the n-th occurrence of `surface`; `name` defaults to the surface text. */
  mention(surface: string, type: EntityType, options: { name?: string; nth?: number; value?: string } = {}): Mention {
    let at = -1;
    for (let i = 0; i <= (options.nth ?? 0); i++) at = this.text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`"${surface}" not in text`);
    const sentence = this.sentences.find((s) => s.start <= at && at < s.end)!;
    const m: Mention = { start: at, end: at + surface.length, sentence: sentence.index, text: surface, name: options.name ?? surface, type, ...(options.value ? { value: options.value } : {}) };
    this.mentions.push(m);
    return m;
  }

  triple(subject: Mention, predicate: string, object: Mention, confidence = 0.8): Triple {
    const t: Triple = { sentence: subject.sentence, subject, predicate, object, predicateSpan: { start: subject.end, end: object.start }, predicateText: predicate, confidence };
    this.triples.push(t);
    return t;
  }

  build(): AnalyzedDocument {
    return { document: { id: this.id, source: this.source, text: this.text }, sentences: this.sentences, mentions: this.mentions, triples: this.triples };
  }
}
