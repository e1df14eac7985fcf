// A user's Cypher against the store: read-only unless asked (a read transaction refuses writes),
// and the nodes and relationships a query returns turned into a graph document for `kg export --cypher`.
import neo4j, { isNode, isPath, isRelationship, type ManagedTransaction, type Node, type Record as Neo4jRecord, type Relationship } from "neo4j-driver";
import type { DocumentRecord, EntityRecord, EntityType, GraphDocument, RelationRecord } from "../model/types.js";
import { cypher } from "./cypher-files.js";
import type { Neo4jConnection } from "./neo4j-connection.js";
import type { QueryParams } from "./neo4j-params.js";
import { documentRecord, entityRecord, relationRecord } from "./neo4j-rows.js";

export type { QueryParams };

export interface QueryResult {
  readonly keys: readonly string[];
  readonly records: readonly Neo4jRecord[];
  /** What a write changed ("nodesCreated" → 2), zero counts left out. */
  readonly counters: Readonly<Record<string, number>>;
}

/** `CALL { … } IN TRANSACTIONS` commits batches itself, so it must run outside an explicit transaction. */
const IN_TRANSACTIONS = /\bIN\s+(?:\S+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i;

/** Runs one query in a read transaction, or a write transaction with `write` (auto-commit for IN TRANSACTIONS). */
export async function runQuery(conn: Neo4jConnection, text: string, params: QueryParams = {}, options: { write?: boolean } = {}): Promise<QueryResult> {
  const session = conn.session(options.write ? "WRITE" : "READ");
  try {
    const work = async (tx: Pick<ManagedTransaction, "run">) => {
      const result = tx.run(text, toCypherParams(params) as QueryParams);
      const keys = (await result.keys()).map(String);
      const { records, summary } = await result;
      return { keys, records, updates: summary.counters.updates() as Record<string, number> };
    };
    const { keys, records, updates } = IN_TRANSACTIONS.test(text)
      ? await work(session) // an implicit transaction, in the session's access mode
      : options.write
        ? await session.executeWrite(work)
        : await session.executeRead(work);
    return { keys, records, counters: Object.fromEntries(Object.entries(updates).filter(([, n]) => n > 0)) };
  } catch (error) {
    throw conn.fail(error, "running your query");
  } finally {
    await session.close();
  }
}

/** Whole numbers become Cypher integers (JSON has only one number type; LIMIT and list indexes need integers). */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

// ---------------------------------------------------------------- query results as a graph

/** Every node and relationship inside a value (lists, maps and paths included). */
export function collectGraph(values: readonly unknown[]): { nodes: Map<string, Node>; relationships: Map<string, Relationship> } {
  const nodes = new Map<string, Node>();
  const relationships = new Map<string, Relationship>();
  const visit = (v: unknown): void => {
    if (v === null || v === undefined || typeof v !== "object") return;
    if (isNode(v)) nodes.set(v.elementId, v);
    else if (isRelationship(v)) relationships.set(v.elementId, v);
    else if (isPath(v)) {
      visit(v.start);
      for (const s of v.segments) {
        visit(s.relationship);
        visit(s.end);
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (!neo4j.isInt(v)) Object.values(v).forEach(visit);
  };
  values.forEach(visit);
  return { nodes, relationships };
}

const nodeId = (n: Node) => (typeof n.properties.id === "string" ? (n.properties.id as string) : n.elementId);

function displayName(n: Node): string {
  const p = n.properties as Record<string, unknown>;
  const text = typeof p.text === "string" ? (p.text.length > 80 ? `${p.text.slice(0, 79)}…` : p.text) : undefined;
  return ([p.name, p.title, p.source, text].find((v) => typeof v === "string") as string | undefined) ?? nodeId(n);
}

/** The nodes and relationships a read query returns (with the end nodes of its relationships), as a graph document. */
export async function queryGraph(conn: Neo4jConnection, text: string, params: QueryParams = {}): Promise<GraphDocument> {
  const result = await runQuery(conn, text, params);
  const { nodes, relationships } = collectGraph(result.records.flatMap((r) => r.keys.map((k) => r.get(k))));
  const session = conn.session("READ");
  try {
    return await session.executeRead(async (tx) => {
      const missing = [...new Set([...relationships.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]))].filter((id) => !nodes.has(id));
      if (missing.length) for (const r of (await tx.run(cypher("nodes-by-element-id"), { eids: missing })).records) nodes.set((r.get("n") as Node).elementId, r.get("n"));

      const isEntity = (n: Node) => n.labels.includes("Entity") && typeof n.properties.id === "string";
      const entityIds = [...nodes.values()].filter(isEntity).map(nodeId);
      const full = new Map<string, EntityRecord>();
      if (entityIds.length) {
        for (const r of (await tx.run(cypher("load-entities"), { ids: entityIds })).records) {
          const e = entityRecord(r.get("props"), r.get("mentions"));
          full.set(e.id, e);
        }
      }
      const entities: EntityRecord[] = [...nodes.values()].map((n) =>
        isEntity(n) && full.has(nodeId(n))
          ? full.get(nodeId(n))!
          : // Documents, sentences and foreign nodes are exported as nodes typed by their label.
            { id: nodeId(n), name: displayName(n), type: (n.labels.find((l) => l !== "Entity") ?? n.labels[0] ?? "Node") as EntityType, aliases: [], mentions: [] },
      );
      const relations: RelationRecord[] = [...relationships.values()].map((r) => {
        const start = nodes.get(r.startNodeElementId)!;
        const end = nodes.get(r.endNodeElementId)!;
        if (isEntity(start) && isEntity(end) && typeof r.properties.id === "string" && typeof r.properties.predicate === "string") {
          return relationRecord(r.properties, nodeId(start), nodeId(end));
        }
        return { id: `${r.type.toLowerCase()}:${r.elementId}`, subject: nodeId(start), object: nodeId(end), predicate: r.type.toLowerCase().replace(/_/g, " "), confidence: 1, evidence: [] };
      });
      const docIds = new Set([...entities.flatMap((e) => e.mentions.map((m) => m.doc)), ...[...nodes.values()].filter((n) => n.labels.includes("Document")).map(nodeId)]);
      const documents: DocumentRecord[] = (await tx.run(cypher("documents-by-id"), { ids: [...docIds].sort() })).records.map((r) => documentRecord(r.get("props")));
      entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      relations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { documents, entities, relations };
    });
  } catch (error) {
    throw conn.fail(error, "reading the query's graph");
  } finally {
    await session.close();
  }
}
