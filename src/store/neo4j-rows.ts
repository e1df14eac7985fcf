// Pure translation between kg's records and what the Neo4j store keeps: node and relationship
// properties, and the UNWIND rows of a write. Merge semantics are not re-implemented here: a write is
// planned by running the embedded store's own applyDelta/removeDocument on a scratch graph holding
// the stored state the write touches, so both stores merge exactly alike.
import { applyDelta, createCorpusGraph, removeDocument, type CorpusGraph, type EdgeAttributes } from "../graph/corpus.js";
import { normalizeName } from "../graph/names.js";
import type { IndexedEntity } from "../graph/resolve.js";
import { labelFor, relationshipType } from "../graph/sanitize.js";
import { sentenceId } from "../model/ids.js";
import type { DocumentRecord, EntityRecord, EntityType, EvidenceRecord, GraphDocument, MentionRecord, RelationRecord } from "../model/types.js";

type Props = Record<string, unknown>;

/** Evidence is stored on the relationship as parallel arrays; an unknown confidence is -1. */
export interface EvidenceArrays {
  readonly docs: string[];
  readonly sentences: number[];
  readonly sentenceIds: string[];
  readonly starts: number[];
  readonly ends: number[];
  readonly subjectTexts: string[];
  readonly predicateTexts: string[];
  readonly objectTexts: string[];
  readonly confidences: number[];
}

export const UNKNOWN_CONFIDENCE = -1;

/** Drops undefined values (Neo4j properties cannot hold them). */
function defined<T extends Props>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : undefined);
const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

// ---------------------------------------------------------------- records <-> properties

export function evidenceArrays(evidence: readonly EvidenceRecord[]): EvidenceArrays {
  return {
    docs: evidence.map((e) => e.doc),
    sentences: evidence.map((e) => e.sentence),
    sentenceIds: evidence.map((e) => sentenceId(e.doc, e.sentence)),
    starts: evidence.map((e) => e.start),
    ends: evidence.map((e) => e.end),
    subjectTexts: evidence.map((e) => e.subjectText),
    predicateTexts: evidence.map((e) => e.predicateText),
    objectTexts: evidence.map((e) => e.objectText),
    confidences: evidence.map((e) => e.confidence ?? UNKNOWN_CONFIDENCE),
  };
}

export function evidenceFromProps(props: Props): EvidenceRecord[] {
  const docs = arr<string>(props.docs);
  const sentences = arr<number>(props.sentences);
  const starts = arr<number>(props.starts);
  const ends = arr<number>(props.ends);
  const subjects = arr<string>(props.subjectTexts);
  const predicates = arr<string>(props.predicateTexts);
  const objects = arr<string>(props.objectTexts);
  const confidences = arr<number>(props.confidences);
  return docs.map((doc, i) => {
    const c = num(confidences[i]);
    return {
      doc,
      sentence: num(sentences[i])!,
      start: num(starts[i])!,
      end: num(ends[i])!,
      subjectText: subjects[i]!,
      predicateText: predicates[i]!,
      objectText: objects[i]!,
      ...(c !== undefined && c !== UNKNOWN_CONFIDENCE ? { confidence: c } : {}),
    };
  });
}

/** A relation as the embedded graph keeps it (edge attributes), from relationship properties. */
export function relationAttributes(props: Props): EdgeAttributes {
  return {
    kind: "relation",
    predicate: str(props.predicate) ?? "",
    confidence: num(props.confidence) ?? 0,
    ...(typeof props.negated === "boolean" ? { negated: props.negated } : {}),
    ...(str(props.modality) !== undefined ? { modality: str(props.modality) } : {}),
    ...(str(props.date) !== undefined ? { date: str(props.date) } : {}),
    evidence: evidenceFromProps(props),
  };
}

export function relationRecord(props: Props, subject: string, object: string): RelationRecord {
  const { kind: _k, ...rest } = relationAttributes(props);
  return { id: str(props.id)!, subject, object, ...rest };
}

export function mentionRecord(m: Props): MentionRecord {
  const sentence = num(m.sentence);
  return { doc: str(m.doc)!, start: num(m.start)!, end: num(m.end)!, text: str(m.text) ?? "", ...(sentence !== undefined ? { sentence } : {}) };
}

export function entityRecord(props: Props, mentions: readonly Props[]): EntityRecord {
  const value = str(props.value);
  return {
    id: str(props.id)!,
    name: str(props.name) ?? "",
    type: (str(props.type) ?? "Concept") as EntityType,
    aliases: arr<string>(props.aliases),
    ...(value !== undefined ? { value } : {}),
    mentions: mentions.map(mentionRecord),
  };
}

export function indexedEntity(props: Props): IndexedEntity {
  const value = str(props.value);
  return { id: str(props.id)!, name: str(props.name) ?? "", type: (str(props.type) ?? "Concept") as EntityType, aliases: arr<string>(props.aliases), ...(value ? { value } : {}) };
}

export function documentRecord(props: Props): DocumentRecord {
  return { id: str(props.id)!, source: str(props.source) ?? "", ...defined({ title: str(props.title), date: str(props.date) }) };
}

/** Lookup keys of an entity: the normalized name first, then the normalized aliases. */
export function entityKeys(name: string, aliases: readonly string[]): string[] {
  return [name, ...aliases].map(normalizeName);
}

// ---------------------------------------------------------------- write rows

export interface EntityRow {
  readonly id: string;
  readonly label: string;
  readonly seq: number;
  readonly props: Props;
}

export interface MentionRow {
  readonly entity: string;
  readonly doc: string;
  readonly sentenceId: string | null;
  readonly sentence: number | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly ord: number;
}

export interface RelationRow extends RelationUpdate {
  /** The relationship type: the sanitized predicate. */
  readonly type: string;
}

/** Properties and integer columns of a relationship (integers travel apart: Cypher casts them with toInteger). */
export function relationColumns(id: string, a: Omit<EdgeAttributes, "kind">): { props: Props } & Pick<EvidenceArrays, "sentences" | "starts" | "ends"> {
  const { sentences, starts, ends, ...evidence } = evidenceArrays(a.evidence);
  return {
    props: defined({ id, predicate: a.predicate, confidence: a.confidence, negated: a.negated, modality: a.modality, date: a.date, ...evidence }),
    sentences,
    starts,
    ends,
  };
}

export function documentRows(delta: GraphDocument): Props[] {
  return delta.documents.map((d) => defined({ id: d.id, source: d.source, title: d.title, date: d.date }));
}


// ---------------------------------------------------------------- planning a write

/** Stored state of an entity, as read inside the write transaction. */
export interface StoredEntity {
  readonly props: Props;
  /** Its stored mentions in the documents the write mentions: the only ones a new mention can repeat. */
  readonly mentions: readonly { doc: string; start: number; end: number }[];
}

/** Mentions are ordered by the write that added them, then by their place in it (the embedded store appends). */
export const MENTIONS_PER_WRITE = 1_000_000;

export interface StoredRelation {
  readonly subject: string;
  readonly object: string;
  readonly props: Props;
}

/** A stored relation is addressed by its endpoints and id (index seeks, then the relationships between them). */
export interface RelationKey {
  readonly id: string;
  readonly subject: string;
  readonly object: string;
}

export interface RelationUpdate extends RelationKey, Pick<EvidenceArrays, "sentences" | "starts" | "ends"> {
  readonly seq: number;
  readonly props: Props;
}

export interface RemovalPlan {
  /** Relations whose evidence came only from the removed document. */
  readonly deleteRelations: RelationKey[];
  readonly updateRelations: RelationUpdate[];
}

/** What removing a document does to the relations it gave evidence for (the rest is plain deletion in Cypher). */
export function planRemoval(docId: string, relations: readonly StoredRelation[]): RemovalPlan {
  const graph = createCorpusGraph();
  graph.addNode(docId, { kind: "document", source: "" });
  for (const r of relations) {
    for (const end of [r.subject, r.object]) graph.mergeNode(end, { kind: "entity", name: end, type: "Concept", aliases: [], mentions: [] });
    graph.addEdgeWithKey(str(r.props.id)!, r.subject, r.object, relationAttributes(r.props));
  }
  removeDocument(graph, docId);
  const plan: RemovalPlan = { deleteRelations: [], updateRelations: [] };
  for (const r of relations) {
    const id = str(r.props.id)!;
    const key = { id, subject: r.subject, object: r.object };
    if (!graph.hasEdge(id)) {
      plan.deleteRelations.push(key);
      continue;
    }
    const { kind: _k, ...attrs } = graph.getEdgeAttributes(id);
    plan.updateRelations.push({ ...key, seq: num(r.props.seq) ?? 0, ...relationColumns(id, attrs) });
  }
  return plan;
}

export interface WritePlan {
  readonly entities: EntityRow[];
  readonly mentions: MentionRow[];
  /** Relations new to the store, and stored relations with merged evidence. */
  readonly createRelations: RelationRow[];
  readonly updateRelations: RelationUpdate[];
  /** Per evidence document, the subjects of the relations it supports. */
  readonly relationSubjects: { doc: string; subjects: string[] }[];
  /** The index entries of every entity written, in creation order for new ones. */
  readonly index: IndexedEntity[];
  readonly nextSeq: number;
}

/**
 * Plans the merge of a delta (whose documents were already removed) into the stored state read for it:
 * `entities` holds every stored entity the delta names or links, `relations` every stored relation it names.
 * Mentions and relations in the plan are new (they are created), everything else is merged.
 */
export function planWrite(delta: GraphDocument, entities: ReadonlyMap<string, StoredEntity>, relations: ReadonlyMap<string, StoredRelation>, firstSeq: number, write: number): WritePlan {
  const graph: CorpusGraph = createCorpusGraph();
  const seqOf = new Map<string, number>();
  for (const [id, e] of entities) {
    const mentions = e.mentions.map((m) => ({ doc: m.doc, start: m.start, end: m.end, text: "" }));
    graph.addNode(id, { kind: "entity", name: str(e.props.name) ?? "", type: (str(e.props.type) ?? "Concept") as EntityType, aliases: arr<string>(e.props.aliases), mentions, ...defined({ value: str(e.props.value) }) });
    seqOf.set(id, num(e.props.seq) ?? 0);
  }
  for (const [id, r] of relations) {
    graph.addEdgeWithKey(id, r.subject, r.object, relationAttributes(r.props));
    seqOf.set(id, num(r.props.seq) ?? 0);
  }
  const storedMentions = new Map([...entities].map(([id, e]) => [id, e.mentions.length]));
  applyDelta(graph, { documents: [], entities: delta.entities, relations: delta.relations });

  let seq = firstSeq;
  const rows: EntityRow[] = [];
  const mentionRows: MentionRow[] = [];
  const index: IndexedEntity[] = [];
  const seen = new Set<string>();
  for (const { id } of delta.entities) {
    if (seen.has(id) || !graph.hasNode(id)) continue;
    seen.add(id);
    const a = graph.getNodeAttributes(id);
    if (a.kind !== "entity") continue;
    if (!seqOf.has(id)) seqOf.set(id, seq++);
    rows.push({
      id,
      label: labelFor(a.type),
      seq: seqOf.get(id)!,
      props: defined({ id, name: a.name, type: a.type, aliases: [...a.aliases], value: a.value, nameKey: normalizeName(a.name), keys: entityKeys(a.name, a.aliases) }),
    });
    index.push({ id, name: a.name, type: a.type, aliases: a.aliases, ...(a.value ? { value: a.value } : {}) });
    let ord = write * MENTIONS_PER_WRITE - 1;
    for (const m of a.mentions.slice(storedMentions.get(id) ?? 0)) {
      mentionRows.push({
        entity: id,
        doc: m.doc,
        sentenceId: m.sentence === undefined ? null : sentenceId(m.doc, m.sentence),
        sentence: m.sentence ?? null,
        start: m.start,
        end: m.end,
        text: m.text,
        ord: ++ord,
      });
    }
  }

  const createRelations: RelationRow[] = [];
  const updateRelations: RelationUpdate[] = [];
  const subjects = new Map<string, Set<string>>();
  const written = new Set<string>();
  for (const { id } of delta.relations) {
    if (written.has(id) || !graph.hasEdge(id)) continue;
    written.add(id);
    const { kind: _k, ...attrs } = graph.getEdgeAttributes(id);
    const subject = graph.source(id);
    const object = graph.target(id);
    if (relations.has(id)) {
      updateRelations.push({ id, subject, object, seq: seqOf.get(id)!, ...relationColumns(id, attrs) });
    } else {
      if (!seqOf.has(id)) seqOf.set(id, seq++);
      createRelations.push({ id, subject, object, type: relationshipType(attrs.predicate), seq: seqOf.get(id)!, ...relationColumns(id, attrs) });
    }
    for (const e of attrs.evidence) {
      if (!subjects.has(e.doc)) subjects.set(e.doc, new Set());
      subjects.get(e.doc)!.add(subject);
    }
  }
  return {
    entities: rows,
    mentions: mentionRows,
    createRelations,
    updateRelations,
    relationSubjects: [...subjects].map(([doc, s]) => ({ doc, subjects: [...s].sort() })),
    index,
    nextSeq: seq,
  };
}
