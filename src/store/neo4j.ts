// The Neo4j store: the same model and answers as the embedded store, in a Neo4j 5 database.
// Every write is one transaction (its documents are stored whole or not at all); every query is a file in
// cypher/ run with parameters; the merge arithmetic is planned in neo4j-rows.ts with the embedded code.
import type { ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";
import { NotFoundError, StoreError } from "../errors.js";
import { normalizeName } from "../graph/names.js";
import type { IndexedEntity } from "../graph/resolve.js";
import type { EntityType, GraphDocument, RelationRecord, SentenceRecord } from "../model/types.js";
import { cypher, cypherStatements } from "./cypher-files.js";
import { connectNeo4j, type Neo4jConnection, type Neo4jSettings } from "./neo4j-connection.js";
import { queryGraph, runQuery, type QueryParams, type QueryResult } from "./neo4j-query.js";
import {
  documentRecord,
  documentRows,
  entityRecord,
  evidenceFromProps,
  indexedEntity,
  planRemoval,
  planWrite,
  relationAttributes,
  relationRecord,
  type MentionRow,
  type StoredEntity,
  type StoredRelation,
} from "./neo4j-rows.js";
import type { EntityDetails, EntityQuery, EntitySummary, GraphStore, MentionView, RelationView, StoreStats, SubgraphSelector, WriteResult } from "./types.js";

type Props = Record<string, unknown>;

/** Rows per UNWIND statement: large batches, bounded request size. */
const CHUNK = 5_000;
const NO_LIMIT = 2 ** 53 - 1;

export interface Neo4jStoreOptions {
  /** Open for writing: sets up the schema (idempotent). */
  readonly write?: boolean;
}

export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;
  readonly location: string;
  /** Entity index as of `indexWrites` committed writes, kept current by this store's own writes. */
  private index?: Map<string, IndexedEntity>;
  private indexWrites = -1;

  private constructor(
    private readonly conn: Neo4jConnection,
    private readonly writable: boolean,
  ) {
    const { uri, database } = conn.settings;
    this.location = database ? `${uri} (database ${database})` : uri;
  }

  static async open(settings: Neo4jSettings, options: Neo4jStoreOptions = {}): Promise<Neo4jStore> {
    const conn = await connectNeo4j(settings);
    const store = new Neo4jStore(conn, Boolean(options.write));
    if (options.write) {
      try {
        await store.ensureSchema();
      } catch (error) {
        await conn.close();
        throw error;
      }
    }
    return store;
  }

  /** Constraints and indexes (cypher/schema.cypher); each statement is idempotent. */
  async ensureSchema(): Promise<void> {
    const session = this.conn.session("WRITE");
    try {
      for (const statement of cypherStatements("schema")) await session.run(statement);
      await session.run(cypher("await-indexes"));
    } catch (error) {
      throw this.conn.fail(error, "setting up the schema");
    } finally {
      await session.close();
    }
  }

  // ---------------------------------------------------------------- writing

  async write(delta: GraphDocument): Promise<WriteResult> {
    if (!this.writable) throw new StoreError("STORE_IO", "the Neo4j store was opened read-only", { suggestion: "open it with { write: true }" });
    const session = this.conn.session("WRITE");
    let outcome: Awaited<ReturnType<typeof writeDelta>>;
    try {
      outcome = await session.executeWrite((tx) => writeDelta(tx, delta));
    } catch (error) {
      const what = delta.documents.map((d) => d.source || d.id).join(", ");
      throw this.conn.fail(error, what ? `writing ${what}` : "writing");
    } finally {
      await session.close();
    }
    this.updateIndex(outcome);
    return { documents: delta.documents.length, entities: delta.entities.length, relations: delta.relations.length };
  }

  private updateIndex({ writes, dropped, index }: { writes: number; dropped: string[]; index: IndexedEntity[] }): void {
    if (!this.index) return;
    if (writes !== this.indexWrites + 1) {
      // Someone else wrote since the index was read: read it again next time.
      this.index = undefined;
      return;
    }
    for (const id of dropped) this.index.delete(id);
    for (const e of index) this.index.set(e.id, e);
    this.indexWrites = writes;
  }

  // ---------------------------------------------------------------- reading

  private async read<T>(work: (q: (name: string, params?: Props) => Promise<Neo4jRecord[]>) => Promise<T>, doing: string): Promise<T> {
    const session = this.conn.session("READ");
    try {
      return await session.executeRead((tx) => work(async (name, params = {}) => (await tx.run(cypher(name), params)).records));
    } catch (error) {
      throw this.conn.fail(error, doing);
    } finally {
      await session.close();
    }
  }

  async entityIndex(): Promise<IndexedEntity[]> {
    if (!this.index) {
      const { rows, writes } = await this.read(async (q) => ({
        writes: (await q("write-count"))[0]!.get("writes") as number,
        rows: (await q("entity-index")).map((r) => indexedEntity(r.get("props"))),
      }), "reading the entity index");
      this.index = new Map(rows.map((e) => [e.id, e]));
      this.indexWrites = writes;
    }
    return [...this.index.values()];
  }

  async stats(): Promise<StoreStats> {
    const top = 10;
    return this.read(async (q) => {
      const counts = (await q("stats-counts"))[0]!;
      const types: Record<string, number> = {};
      for (const r of await q("stats-types")) types[r.get("type")] = r.get("count");
      return {
        documents: counts.get("documents"),
        sentences: counts.get("sentences"),
        entities: counts.get("entities"),
        relations: counts.get("relations"),
        entitiesByType: Object.fromEntries(Object.entries(types).sort()),
        topEntities: (await q("ranked-entities", { type: null, search: null, limit: top })).map(summary),
        topPredicates: (await q("stats-predicates", { top })).map((r) => ({ predicate: r.get("predicate"), count: r.get("count") })),
      };
    }, "reading the statistics");
  }

  async listEntities(query: EntityQuery = {}): Promise<EntitySummary[]> {
    const search = query.search ? normalizeName(query.search) : "";
    return this.read(
      async (q) => (await q("ranked-entities", { type: query.type ? query.type.toLowerCase() : null, search: search || null, limit: query.limit || NO_LIMIT })).map(summary),
      "listing entities",
    );
  }

  async getEntity(nameOrId: string): Promise<EntityDetails> {
    return this.read(async (q) => {
      const hit = await q("find-entity", { id: nameOrId, key: normalizeName(nameOrId) });
      if (!hit.length) throw new NotFoundError(`entity "${nameOrId}"`, "list entities with `kg entities --search TEXT`");
      const id = hit[0]!.get("id") as string;
      const row = (await q("entity-mentions", { id }))[0]!;
      const found = row.get("mentions") as Props[];
      const entity = entityRecord(row.get("props"), found);
      const mentions: MentionView[] = entity.mentions.map((m, i) => {
        const { sentenceText, sentenceStart } = found[i]!;
        return typeof sentenceText === "string" ? { ...m, sentenceText, sentenceStart: m.start - (sentenceStart as number) } : { ...m };
      });
      const docIds = [...new Set(entity.mentions.map((m) => m.doc))].sort();
      const documents = (await q("documents-by-id", { ids: docIds })).map((r) => documentRecord(r.get("props")));
      const relations = orderRelationViews((await q("entity-relations", { id })).map(relationView));
      return { entity, documents, mentions, relations };
    }, `reading entity "${nameOrId}"`);
  }

  async subgraph(selector: SubgraphSelector = {}): Promise<GraphDocument> {
    const types = selector.types?.map((t) => t.toLowerCase()) ?? null;
    const predicates = selector.predicates?.map((p) => p.toLowerCase()) ?? null;
    return this.read(async (q) => {
      let docs: string[] | null = null;
      if (selector.docs) {
        docs = (await q("resolve-documents", { docs: selector.docs })).map((r) => r.get("id"));
        if (docs.length === 0) throw new NotFoundError(`document ${selector.docs.join(", ")}`, "`kg stats` lists the stored documents' count; give a document id or its source path");
      }
      let keep: Set<string>;
      if (selector.focus !== undefined) {
        const found = await q("find-entity", { id: selector.focus, key: normalizeName(selector.focus) });
        if (!found.length) throw new NotFoundError(`entity "${selector.focus}"`, "list entities with `kg entities --search TEXT`");
        const start = found[0]!.get("id") as string;
        keep = new Set([start]);
        let frontier = [start];
        for (let d = 0; d < Math.max(0, selector.depth ?? 1) && frontier.length; d++) {
          const next = (await q("expand-entities", { frontier, types, predicates, docs })).map((r) => r.get("id") as string).filter((id) => !keep.has(id));
          for (const id of next) keep.add(id);
          frontier = next;
        }
      } else {
        keep = new Set((await q("filter-entities", { types, docs })).map((r) => r.get("id") as string));
      }
      const ids = [...keep].sort();
      const entities = [];
      for (let i = 0; i < ids.length; i += CHUNK) {
        for (const r of await q("load-entities", { ids: ids.slice(i, i + CHUNK) })) entities.push(entityRecord(r.get("props"), r.get("mentions")));
      }
      entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const relations: RelationRecord[] = (await q("load-relations", { ids, predicates, docs })).map((r) => relationRecord(r.get("props"), r.get("subject"), r.get("object")));
      relations.sort((x, y) => (x.id < y.id ? -1 : 1));
      const docsUsed = [...new Set(entities.flatMap((e) => e.mentions.map((m) => m.doc)))].sort();
      const documents = (await q("documents-by-id", { ids: docsUsed })).map((r) => documentRecord(r.get("props")));
      return { documents, entities, relations };
    }, "selecting a subgraph");
  }

  // ---------------------------------------------------------------- Cypher

  /** Runs a user's Cypher query (read-only unless `write`). */
  async query(text: string, params: QueryParams = {}, options: { write?: boolean } = {}): Promise<QueryResult> {
    return runQuery(this.conn, text, params, options);
  }

  /** The nodes and relationships a read query returns, as a graph document for the exporters. */
  async queryGraph(text: string, params: QueryParams = {}): Promise<GraphDocument> {
    return queryGraph(this.conn, text, params);
  }

  async close(): Promise<void> {
    await this.conn.close();
  }
}

// ---------------------------------------------------------------- the write transaction

async function writeDelta(tx: ManagedTransaction, delta: GraphDocument) {
  const q = async (name: string, params: Props = {}) => (await tx.run(cypher(name), params)).records;
  const batched = async (name: string, rows: readonly unknown[], key = "rows") => {
    for (let i = 0; i < rows.length; i += CHUNK) await q(name, { [key]: rows.slice(i, i + CHUNK) });
  };
  const lock = (await q("write-lock"))[0]!;
  const firstSeq = lock.get("next") as number;
  const writes = lock.get("writes") as number;

  // 1. Remove what earlier versions of these documents contributed (as removeDocument does).
  const docIds = [...new Set(delta.documents.map((d) => d.id))];
  const existing = new Set(docIds.length ? (await q("existing-documents", { ids: docIds })).map((r) => r.get("id") as string) : []);
  const dropped: string[] = [];
  for (const doc of docIds.filter((d) => existing.has(d))) {
    const relations = (await q("document-relations", { doc })).map((r) => ({ subject: r.get("subject") as string, object: r.get("object") as string, props: r.get("props") as Props }));
    const removal = planRemoval(doc, relations);
    await batched("delete-relations", removal.deleteRelations);
    await batched("update-relations", removal.updateRelations);
    for (const r of await q("remove-document", { doc })) dropped.push(...(r.get("dropped") as string[]));
  }

  // 2. Read the stored state the delta touches, plan the merge, write it.
  await batched("merge-documents", documentRows(delta));
  const ids = [...new Set([...delta.entities.map((e) => e.id), ...delta.relations.flatMap((r) => [r.subject, r.object])])];
  const mentionDocs = [...new Set(delta.entities.flatMap((e) => e.mentions.map((m) => m.doc)))];
  const repeated = new Map<string, { doc: string; start: number; end: number }[]>();
  for (const r of await q("existing-mentions", { docs: mentionDocs })) {
    const list = repeated.get(r.get("entity")) ?? [];
    list.push({ doc: r.get("doc"), start: r.get("start"), end: r.get("end") });
    repeated.set(r.get("entity"), list);
  }
  const entities = new Map<string, StoredEntity>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const r of await q("existing-entities", { ids: ids.slice(i, i + CHUNK) })) {
      const id = r.get("id") as string;
      entities.set(id, { props: r.get("props"), mentions: repeated.get(id) ?? [] });
    }
  }
  const relations = new Map<string, StoredRelation>();
  // Only a relation between two entities that were already stored can be stored already.
  const wanted = delta.relations.filter((r) => entities.has(r.subject) && entities.has(r.object)).map((r) => ({ id: r.id, subject: r.subject, object: r.object }));
  for (let i = 0; i < wanted.length; i += CHUNK) {
    for (const r of await q("existing-relations", { rows: wanted.slice(i, i + CHUNK) })) relations.set(r.get("id"), { subject: r.get("subject"), object: r.get("object"), props: r.get("props") });
  }
  const plan = planWrite(delta, entities, relations, firstSeq, writes);
  // The writes need no answers: send them all at once (Bolt pipelines them; the server runs them in
  // order), so that encoding the next statement overlaps the server running the previous one.
  const { documents, rest } = sentenceRows(delta.sentences ?? [], plan.mentions);
  const sent: Promise<unknown>[] = [];
  const send = (name: string, rows: readonly unknown[]) => {
    for (let i = 0; i < rows.length; i += CHUNK) sent.push(tx.run(cypher(name), { rows: rows.slice(i, i + CHUNK) }).summary());
  };
  send("merge-entities", plan.entities);
  send("write-sentences", documents);
  send("create-mentions", rest);
  send("create-relations", plan.createRelations);
  send("update-relations", plan.updateRelations);
  send("note-relation-subjects", plan.relationSubjects);
  sent.push(tx.run(cypher("write-counter"), { next: plan.nextSeq }).summary());
  await Promise.all(sent);
  return { writes, dropped, index: plan.index };
}

/**
 * The delta's sentences grouped by document, each with the new mentions it holds (write-sentences.cypher);
 * `rest` are the mentions outside those sentences, linked by create-mentions.cypher.
 */
function sentenceRows(sentences: readonly SentenceRecord[], mentions: readonly MentionRow[]) {
  const inSentence = new Map<string, Props[]>();
  const bySentence = new Map<string, Props>();
  const documents = new Map<string, { doc: string; sentences: Props[] }>();
  for (const s of sentences) {
    if (bySentence.has(s.id)) continue;
    const mentionsOf: Props[] = [];
    const row = { id: s.id, index: s.index, start: s.start, end: s.end, text: s.text, mentions: mentionsOf };
    bySentence.set(s.id, row);
    inSentence.set(s.id, mentionsOf);
    if (!documents.has(s.doc)) documents.set(s.doc, { doc: s.doc, sentences: [] });
    documents.get(s.doc)!.sentences.push(row);
  }
  const rest: MentionRow[] = [];
  for (const m of mentions) {
    const list = m.sentenceId === null ? undefined : inSentence.get(m.sentenceId);
    if (list && documents.has(m.doc)) list.push({ entity: m.entity, start: m.start, end: m.end, text: m.text, ord: m.ord });
    else rest.push(m);
  }
  return { documents: [...documents.values()], rest };
}

// ---------------------------------------------------------------- read helpers

function summary(r: Neo4jRecord): EntitySummary {
  return { id: r.get("id"), name: r.get("name"), type: r.get("type"), aliases: r.get("aliases") ?? [], mentions: r.get("mentions"), degree: r.get("degree") };
}

interface OrderedView extends RelationView {
  readonly seq: number;
}

function relationView(r: Neo4jRecord): OrderedView {
  const props = r.get("props") as Props;
  const a = relationAttributes(props);
  const texts = r.get("sentenceTexts") as (string | null)[];
  return {
    id: props.id as string,
    predicate: a.predicate,
    confidence: a.confidence,
    direction: r.get("direction"),
    other: { id: r.get("otherId"), name: r.get("otherName"), type: r.get("otherType") as EntityType },
    ...(a.date ? { date: a.date } : {}),
    ...(a.negated ? { negated: true } : {}),
    evidence: evidenceFromProps(props).map((ev, i) => ({ ...ev, sentenceText: texts[i] ?? undefined })),
    seq: (props.seq as number) ?? 0,
  };
}

/**
 * The embedded store's order: out-relations, then in-relations, each grouped by the other entity in
 * the order its first relation was created, newest relation first within a group (graphology's
 * adjacency order), then a stable sort by direction and falling confidence.
 */
export function orderRelationViews(views: readonly OrderedView[]): RelationView[] {
  const ordered: OrderedView[] = [];
  for (const direction of ["out", "in"] as const) {
    const groups = new Map<string, OrderedView[]>();
    for (const v of views.filter((x) => x.direction === direction)) {
      if (!groups.has(v.other.id)) groups.set(v.other.id, []);
      groups.get(v.other.id)!.push(v);
    }
    const byFirst = [...groups.values()].sort((a, b) => Math.min(...a.map((v) => v.seq)) - Math.min(...b.map((v) => v.seq)));
    for (const g of byFirst) ordered.push(...g.sort((a, b) => b.seq - a.seq));
  }
  ordered.sort((x, y) => (x.direction === y.direction ? y.confidence - x.confidence : x.direction === "out" ? -1 : 1));
  return ordered.map(({ seq: _s, ...v }) => v);
}
