// The one data model every stage, store and exporter shares.
// Everything textual is an offset range into its document's text (UTF-16 code units, end exclusive);
// ids are deterministic (content hashes, normalized names), never random or time-based.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Token extends Span {
  readonly text: string;
  /** Universal POS tag, once a tagger has run. */
  readonly upos?: string;
  /** Penn Treebank tag, once a tagger has run. */
  readonly xpos?: string;
  /** Index of the head token within the sentence (-1 for the root), once a parser has run. */
  readonly head?: number;
  readonly deprel?: string;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** A dateline ("CAIRO —", "LOS ANGELES (Reuters) -"): names a place and a source, states nothing. */
  readonly dateline?: true;
}

export type EntityType =
  | "Person"
  | "Organization"
  | "Location"
  | "Facility"
  | "Date"
  | "Event"
  | "Group"
  | "Quantity"
  | "Concept"
  | "Misc";

/** A stretch of text that refers to something, before resolution into entities. */
export interface Mention extends Span {
  readonly sentence: number;
  readonly text: string;
  readonly type: EntityType;
  /** The name without titles or determiners ("General Herzi Halevi" -> "Herzi Halevi"). */
  readonly name: string;
  /** Normalized value for dates (ISO 8601) and quantities, when known. */
  readonly value?: string;
  /** A pronoun or definite description ("he", "the company") standing for a name: joins the entity, is not listed as its mention. */
  readonly coreference?: boolean;
  /** Index of the first and one-past-last token in the sentence. */
  readonly tokenStart?: number;
  readonly tokenEnd?: number;
}

/** A relation found in one sentence, between two mentions. */
export interface Triple {
  readonly sentence: number;
  readonly subject: Mention;
  readonly predicate: string;
  readonly object: Mention;
  /** Span of the predicate's words in the text. */
  readonly predicateSpan: Span;
  readonly predicateText: string;
  readonly confidence: number;
  /** The arguments' surface phrases in the sentence (may be longer than the entity mention). */
  readonly subjectText?: string;
  readonly objectText?: string;
  /** ISO date the sentence places the relation on, when it says so. */
  readonly date?: string;
  readonly negated?: boolean;
  readonly modality?: string;
  readonly attribution?: string;
}

export interface Document {
  readonly id: string;
  readonly source: string;
  readonly title?: string;
  /** ISO date of publication, when known; the anchor for relative dates. */
  readonly date?: string;
  readonly text: string;
}

/** The output of analysing one document: everything with offsets, nothing resolved across documents yet. */
export interface AnalyzedDocument {
  readonly document: Document;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly triples: readonly Triple[];
  /** N-ary propositions (relation and argument phrases as written), for OpenIE output. */
  readonly propositions?: readonly { readonly sentence: number; readonly relation: string; readonly args: readonly string[]; readonly confidence: number }[];
}

// ---- The graph document (shared/CONTRACT.md §1) ----

export interface DocumentRecord {
  readonly id: string;
  readonly source: string;
  readonly title?: string;
  readonly date?: string;
}

export interface MentionRecord {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence?: number;
}

export interface EntityRecord {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly value?: string;
  readonly mentions: readonly MentionRecord[];
}

export interface EvidenceRecord {
  readonly doc: string;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly subjectText: string;
  readonly predicateText: string;
  readonly objectText: string;
  /** Confidence of the extraction from this sentence alone. */
  readonly confidence?: number;
}

export interface RelationRecord {
  readonly id: string;
  readonly subject: string;
  readonly predicate: string;
  readonly object: string;
  readonly confidence: number;
  readonly negated?: boolean;
  readonly modality?: string;
  /** ISO date the relation holds on, when the sentence says so. */
  readonly date?: string;
  readonly evidence: readonly EvidenceRecord[];
}

export interface SentenceRecord {
  readonly id: string;
  readonly doc: string;
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface GraphDocument {
  readonly documents: readonly DocumentRecord[];
  readonly entities: readonly EntityRecord[];
  readonly relations: readonly RelationRecord[];
  /** Sentences referenced by mentions and evidence (not part of the contract's required fields). */
  readonly sentences?: readonly SentenceRecord[];
}
