// The corpus as a graphology graph: document, sentence and entity nodes, relation edges.
// `applyDelta` is the writing form (merges a resolved delta in place, replacing re-ingested documents);
// the read functions below are pure queries over the graph.
import { MultiDirectedGraph } from "graphology";
import { NotFoundError } from "../errors.js";
import { sentenceId } from "../model/ids.js";
import type { DocumentRecord, EntityRecord, EntityType, EvidenceRecord, GraphDocument, MentionRecord, RelationRecord, SentenceRecord } from "../model/types.js";
import type { EntityDetails, EntityQuery, EntitySummary, RelationView, StoreStats, SubgraphSelector } from "../store/types.js";
import type { IndexedEntity } from "./resolve.js";
import { combineConfidence } from "./resolve.js";
import { normalizeName } from "./names.js";

export type NodeAttributes =
  | ({ kind: "document" } & Omit<DocumentRecord, "id">)
  | ({ kind: "sentence" } & Omit<SentenceRecord, "id">)
  | ({ kind: "entity" } & Omit<EntityRecord, "id">);
export type EdgeAttributes = { kind: "relation" } & Omit<RelationRecord, "id" | "subject" | "object">;

export type CorpusGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createCorpusGraph(): CorpusGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}

type EntityAttrs = Extract<NodeAttributes, { kind: "entity" }>;

const isEntity = (a: NodeAttributes): a is EntityAttrs => a.kind === "entity";

/** Removes everything a document contributed: its sentences, mentions and evidence; drops what is left empty. */
export function removeDocument(graph: CorpusGraph, docId: string): void {
  if (!graph.hasNode(docId)) return;
  graph.forEachNode((node, attrs) => {
    if (attrs.kind === "sentence" && attrs.doc === docId) graph.dropNode(node);
  });
  for (const edge of graph.edges()) {
    const a = graph.getEdgeAttributes(edge);
    const evidence = a.evidence.filter((e) => e.doc !== docId);
    if (evidence.length === a.evidence.length) continue;
    if (evidence.length === 0) graph.dropEdge(edge);
    else graph.replaceEdgeAttributes(edge, { ...a, evidence, confidence: evidenceConfidence(evidence, a.confidence) });
  }
  for (const node of graph.nodes()) {
    const a = graph.getNodeAttributes(node);
    if (!isEntity(a)) continue;
    const mentions = a.mentions.filter((m) => m.doc !== docId);
    if (mentions.length === a.mentions.length) continue;
    if (mentions.length === 0 && graph.degree(node) === 0) graph.dropNode(node);
    else graph.replaceNodeAttributes(node, { ...a, mentions });
  }
  graph.dropNode(docId);
}

/** Merges a resolved delta into the graph. Documents in the delta replace their earlier versions. */
export function applyDelta(graph: CorpusGraph, delta: GraphDocument): void {
  for (const d of delta.documents) removeDocument(graph, d.id);
  for (const { id, ...rest } of delta.documents) graph.addNode(id, { kind: "document", ...rest });
  for (const { id, ...rest } of delta.sentences ?? []) graph.mergeNode(id, { kind: "sentence", ...rest });
  for (const e of delta.entities) {
    const { id, ...rest } = e;
    if (!graph.hasNode(id)) {
      graph.addNode(id, { kind: "entity", ...rest });
      continue;
    }
    const old = graph.getNodeAttributes(id);
    if (!isEntity(old)) continue;
    graph.replaceNodeAttributes(id, mergeEntity(old, rest));
  }
  for (const r of delta.relations) {
    const { id, subject, object, ...rest } = r;
    if (!graph.hasNode(subject) || !graph.hasNode(object)) continue;
    if (!graph.hasEdge(id)) {
      graph.addEdgeWithKey(id, subject, object, { kind: "relation", ...rest });
      continue;
    }
    const old = graph.getEdgeAttributes(id);
    const evidence = dedupeEvidence([...old.evidence, ...rest.evidence]);
    graph.replaceEdgeAttributes(id, { ...old, evidence, confidence: evidenceConfidence(evidence, Math.max(old.confidence, rest.confidence)) });
  }
}

function mergeEntity(old: EntityAttrs, add: Omit<EntityRecord, "id">): EntityAttrs {
  const name = fuller(old.name, add.name);
  const aliases = [...new Set([...old.aliases, ...add.aliases, old.name, add.name])].filter((n) => n !== name).sort();
  const key = (m: MentionRecord) => `${m.doc}:${m.start}:${m.end}`;
  const seen = new Set(old.mentions.map(key));
  const mentions = [...old.mentions, ...add.mentions.filter((m) => !seen.has(key(m)))];
  return { ...old, name, aliases, mentions, ...(old.value ?? add.value ? { value: old.value ?? add.value } : {}) };
}

function fuller(a: string, b: string): string {
  const wa = a.split(/\s+/).length;
  const wb = b.split(/\s+/).length;
  return wb > wa || (wb === wa && b.length > a.length) ? b : a;
}

/** A relation's confidence combines the confidence of each supporting sentence. */
function evidenceConfidence(evidence: readonly EvidenceRecord[], fallback: number): number {
  const values = evidence.map((e) => e.confidence).filter((c): c is number => c !== undefined);
  return values.length === evidence.length ? combineConfidence(values) : fallback;
}

function dedupeEvidence(list: readonly EvidenceRecord[]): EvidenceRecord[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.doc}:${e.sentence}:${e.predicateText}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ---------------------------------------------------------------- reads

export function entityIndex(graph: CorpusGraph): IndexedEntity[] {
  const out: IndexedEntity[] = [];
  graph.forEachNode((id, a) => {
    if (isEntity(a)) out.push({ id, name: a.name, type: a.type, aliases: a.aliases, ...(a.value ? { value: a.value } : {}) });
  });
  return out;
}

function entityDegree(graph: CorpusGraph, id: string): number {
  return graph.degree(id);
}

function summary(graph: CorpusGraph, id: string, a: EntityAttrs): EntitySummary {
  return { id, name: a.name, type: a.type, aliases: a.aliases, mentions: a.mentions.length, degree: entityDegree(graph, id) };
}

const bySalience = (a: EntitySummary, b: EntitySummary) => b.degree - a.degree || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function computeStats(graph: CorpusGraph, top = 10): StoreStats {
  let documents = 0;
  let sentences = 0;
  const entitiesByType: Record<string, number> = {};
  const entities: EntitySummary[] = [];
  graph.forEachNode((id, a) => {
    if (a.kind === "document") documents++;
    else if (a.kind === "sentence") sentences++;
    else {
      entitiesByType[a.type] = (entitiesByType[a.type] ?? 0) + 1;
      entities.push(summary(graph, id, a));
    }
  });
  const predicates = new Map<string, number>();
  graph.forEachEdge((_e, a) => predicates.set(a.predicate, (predicates.get(a.predicate) ?? 0) + 1));
  return {
    documents,
    sentences,
    entities: entities.length,
    relations: graph.size,
    entitiesByType: Object.fromEntries(Object.entries(entitiesByType).sort()),
    topEntities: entities.sort(bySalience).slice(0, top),
    topPredicates: [...predicates].map(([predicate, count]) => ({ predicate, count })).sort((a, b) => b.count - a.count || (a.predicate < b.predicate ? -1 : 1)).slice(0, top),
  };
}

export function listEntities(graph: CorpusGraph, query: EntityQuery = {}): EntitySummary[] {
  const type = query.type?.toLowerCase();
  const search = query.search ? normalizeName(query.search) : undefined;
  const out: EntitySummary[] = [];
  graph.forEachNode((id, a) => {
    if (!isEntity(a)) return;
    if (type && a.type.toLowerCase() !== type) return;
    if (search && ![a.name, ...a.aliases].some((n) => normalizeName(n).includes(search))) return;
    out.push(summary(graph, id, a));
  });
  out.sort(bySalience);
  return query.limit ? out.slice(0, query.limit) : out;
}

/** Finds an entity by id, then by exact name or alias (normalized), preferring the most mentioned. */
export function findEntityId(graph: CorpusGraph, nameOrId: string): string {
  if (graph.hasNode(nameOrId) && isEntity(graph.getNodeAttributes(nameOrId))) return nameOrId;
  const want = normalizeName(nameOrId);
  let best: string | undefined;
  let bestScore = -1;
  graph.forEachNode((id, a) => {
    if (!isEntity(a)) return;
    const exactName = normalizeName(a.name) === want;
    const alias = exactName || a.aliases.some((n) => normalizeName(n) === want);
    if (!alias) return;
    const score = (exactName ? 1e6 : 0) + a.mentions.length;
    if (score > bestScore) [best, bestScore] = [id, score];
  });
  if (!best) throw new NotFoundError(`entity "${nameOrId}"`, "list entities with `kg entities --search TEXT`");
  return best;
}

export function entityDetails(graph: CorpusGraph, nameOrId: string): EntityDetails {
  const id = findEntityId(graph, nameOrId);
  const a = graph.getNodeAttributes(id) as EntityAttrs;
  const sentenceOf = (doc: string, index: number | undefined) => {
    if (index === undefined) return undefined;
    const s = graph.hasNode(sentenceId(doc, index)) ? graph.getNodeAttributes(sentenceId(doc, index)) : undefined;
    return s && s.kind === "sentence" ? s : undefined;
  };
  const mentions = a.mentions.map((m) => {
    const s = sentenceOf(m.doc, m.sentence);
    return s ? { ...m, sentenceText: s.text, sentenceStart: m.start - s.start } : { ...m };
  });
  const docIds = [...new Set(a.mentions.map((m) => m.doc))].sort();
  const documents = docIds.filter((d) => graph.hasNode(d)).map((d) => {
    const { kind: _k, ...rest } = graph.getNodeAttributes(d) as Extract<NodeAttributes, { kind: "document" }>;
    return { id: d, ...rest };
  });
  const relations: RelationView[] = [];
  const view = (edge: string, direction: "out" | "in", otherId: string): RelationView => {
    const e = graph.getEdgeAttributes(edge);
    const o = graph.getNodeAttributes(otherId) as EntityAttrs;
    return {
      id: edge,
      predicate: e.predicate,
      confidence: e.confidence,
      direction,
      other: { id: otherId, name: o.name, type: o.type },
      ...(e.date ? { date: e.date } : {}),
      ...(e.negated ? { negated: true } : {}),
      evidence: e.evidence.map((ev) => ({ ...ev, sentenceText: sentenceOf(ev.doc, ev.sentence)?.text })),
    };
  };
  graph.forEachOutEdge(id, (edge, _a, _s, target) => relations.push(view(edge, "out", target)));
  graph.forEachInEdge(id, (edge, _a, source) => relations.push(view(edge, "in", source)));
  relations.sort((x, y) => (x.direction === y.direction ? y.confidence - x.confidence : x.direction === "out" ? -1 : 1));
  const { kind: _k, ...entity } = a;
  return { entity: { id, ...entity }, documents, mentions, relations };
}

/** Selects a subgraph of entities and relations. Filters apply first; focus then keeps what is within `depth` hops. */
export function selectSubgraph(graph: CorpusGraph, selector: SubgraphSelector = {}): GraphDocument {
  const types = selector.types?.map((t) => t.toLowerCase());
  const predicates = selector.predicates?.map((p) => p.toLowerCase());
  const docFilter = selector.docs ? resolveDocs(graph, selector.docs) : undefined;

  const nodeOk = (id: string, a: NodeAttributes): a is EntityAttrs =>
    isEntity(a) && (!types || types.includes(a.type.toLowerCase())) && (!docFilter || a.mentions.some((m) => docFilter.has(m.doc)));
  const edgeOk = (a: EdgeAttributes) =>
    (!predicates || predicates.includes(a.predicate.toLowerCase())) && (!docFilter || a.evidence.some((e) => docFilter.has(e.doc)));

  let keep: Set<string>;
  if (selector.focus !== undefined) {
    const start = findEntityId(graph, selector.focus);
    const depth = Math.max(0, selector.depth ?? 1);
    keep = new Set([start]);
    let frontier = [start];
    for (let d = 0; d < depth && frontier.length; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        graph.forEachEdge(n, (_e, a, s, t) => {
          if (!edgeOk(a)) return;
          const other = s === n ? t : s;
          if (keep.has(other) || !nodeOk(other, graph.getNodeAttributes(other))) return;
          keep.add(other);
          next.push(other);
        });
      }
      frontier = next;
    }
  } else {
    keep = new Set(graph.filterNodes((id, a) => nodeOk(id, a)));
  }

  const entities: EntityRecord[] = [];
  const docsUsed = new Set<string>();
  for (const id of [...keep].sort()) {
    const { kind: _k, ...rest } = graph.getNodeAttributes(id) as EntityAttrs;
    entities.push({ id, ...rest });
    for (const m of rest.mentions) docsUsed.add(m.doc);
  }
  const relations: RelationRecord[] = [];
  graph.forEachEdge((edge, a, s, t) => {
    if (!keep.has(s) || !keep.has(t) || !edgeOk(a)) return;
    const { kind: _k, ...rest } = a;
    relations.push({ id: edge, subject: s, object: t, ...rest });
  });
  relations.sort((x, y) => (x.id < y.id ? -1 : 1));
  const documents: DocumentRecord[] = [...docsUsed].sort().filter((d) => graph.hasNode(d)).map((d) => {
    const { kind: _k, ...rest } = graph.getNodeAttributes(d) as Extract<NodeAttributes, { kind: "document" }>;
    return { id: d, ...rest };
  });
  return { documents, entities, relations };
}

function resolveDocs(graph: CorpusGraph, docs: readonly string[]): Set<string> {
  const out = new Set<string>();
  graph.forEachNode((id, a) => {
    if (a.kind === "document" && docs.some((d) => d === id || d === a.source || a.source.endsWith(`/${d}`))) out.add(id);
  });
  if (out.size === 0) throw new NotFoundError(`document ${docs.join(", ")}`, "`kg stats` lists the stored documents' count; give a document id or its source path");
  return out;
}
