// The store interface: one contract, two implementations (embedded graphology file, Neo4j).
// Stores receive resolved graph deltas and answer read queries; they never run extraction.
import type { IndexedEntity } from "../graph/resolve.js";
import type { DocumentRecord, EntityRecord, EntityType, EvidenceRecord, GraphDocument, MentionRecord } from "../model/types.js";

export interface StoreStats {
  readonly documents: number;
  readonly sentences: number;
  readonly entities: number;
  readonly relations: number;
  readonly entitiesByType: Readonly<Record<string, number>>;
  readonly topEntities: readonly EntitySummary[];
  readonly topPredicates: readonly { predicate: string; count: number }[];
}

export interface EntitySummary {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentions: number;
  readonly degree: number;
}

export interface MentionView extends MentionRecord {
  readonly sentenceText?: string;
  /** Offsets of the mention inside sentenceText. */
  readonly sentenceStart?: number;
}

export interface EvidenceView extends EvidenceRecord {
  readonly sentenceText?: string;
}

export interface RelationView {
  readonly id: string;
  readonly predicate: string;
  readonly confidence: number;
  readonly direction: "out" | "in";
  readonly other: { readonly id: string; readonly name: string; readonly type: EntityType };
  readonly date?: string;
  readonly negated?: boolean;
  readonly evidence: readonly EvidenceView[];
}

export interface EntityDetails {
  readonly entity: EntityRecord;
  readonly documents: readonly DocumentRecord[];
  readonly mentions: readonly MentionView[];
  readonly relations: readonly RelationView[];
}

export interface EntityQuery {
  readonly type?: string;
  readonly search?: string;
  readonly limit?: number;
}

export interface SubgraphSelector {
  /** Name or id of the entity to center on. */
  readonly focus?: string;
  readonly depth?: number;
  readonly types?: readonly string[];
  readonly predicates?: readonly string[];
  /** Document ids or sources. */
  readonly docs?: readonly string[];
}

export interface WriteResult {
  readonly documents: number;
  readonly entities: number;
  readonly relations: number;
}

export interface GraphStore {
  readonly kind: "embedded" | "neo4j";
  /** Human-readable location ("./.kg/graph.json", "bolt://…"). */
  readonly location: string;
  /** Entities already stored, for resolution of new mentions against them. */
  entityIndex(): Promise<IndexedEntity[]>;
  /** Writes the graph of one or more documents. Each document is written whole or not at all; re-writing a document replaces it. */
  write(delta: GraphDocument): Promise<WriteResult>;
  stats(): Promise<StoreStats>;
  listEntities(query?: EntityQuery): Promise<EntitySummary[]>;
  /** Throws NotFoundError when no entity has that id, name or alias. */
  getEntity(nameOrId: string): Promise<EntityDetails>;
  subgraph(selector?: SubgraphSelector): Promise<GraphDocument>;
  close(): Promise<void>;
}
