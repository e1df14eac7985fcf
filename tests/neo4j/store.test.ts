// The Neo4j store on a real server, beyond the shared contract: the graph a Cypher user sees, the
// schema, sanitized labels and types, atomic document writes, and idempotent re-ingest through the CLI.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/resolve.js";
import type { GraphDocument } from "../../src/model/types.js";
import { Neo4jStore } from "../../src/store/neo4j.js";
import { kg, ROOT, tempDir } from "../helpers/cli.js";
import { docA, docB, hostileDoc, ingest, snapshot } from "../store/contract.js";
import { clearDatabase, cypherOnTestServer, graphCounts, neo4jSettings } from "./helpers.js";
import { neo4jTestConfig, reportSkip } from "./server.js";

const neo = neo4jTestConfig();
reportSkip(neo);

describe.skipIf(neo.skip)("Neo4j store on a real server", () => {
  let store: Neo4jStore;

  beforeAll(async () => {
    await clearDatabase();
    store = await Neo4jStore.open(neo4jSettings(), { write: true });
  });

  afterAll(async () => {
    await store?.close();
  });

  it("sets up constraints and the full-text index idempotently", async () => {
    const again = await Neo4jStore.open(neo4jSettings(), { write: true });
    await again.close();
    const constraints = await cypherOnTestServer<{ name: string; labels: string[]; properties: string[] }>(
      "SHOW CONSTRAINTS YIELD name, labelsOrTypes AS labels, properties, type WHERE type = 'UNIQUENESS' RETURN name, labels, properties",
    );
    for (const [name, label] of [["document_id", "Document"], ["sentence_id", "Sentence"], ["entity_id", "Entity"]]) {
      expect(constraints).toContainEqual({ name, labels: [label], properties: ["id"] });
    }
    const fulltext = await cypherOnTestServer("SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state RETURN name, labelsOrTypes, properties, state");
    expect(fulltext).toContainEqual({ name: "entity_names", labelsOrTypes: ["Entity"], properties: ["name", "aliases"], state: "ONLINE" });
  });

  it("stores the model a Cypher user navigates: documents, sentences, typed entities, mentions, relations with evidence", async () => {
    await clearDatabase();
    await ingest(store, docA(), docB());
    const [doc] = await cypherOnTestServer("MATCH (d:Document {source: 'a.txt'})<-[:IN_DOCUMENT]-(s:Sentence) RETURN d.id AS id, s.index AS index, s.start AS start, s.end AS end, s.text AS text, valueType(s.index) AS type");
    expect(doc).toEqual({ id: docA().document.id, index: 0, start: 0, end: 34, text: "Acme Corp hired Jane Roe in Paris.", type: "INTEGER NOT NULL" });
    expect(await cypherOnTestServer("MATCH (e:Entity:Person) RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases")).toEqual([
      { id: "person:jane-roe", name: "Jane Roe", type: "Person", aliases: ["Roe"] },
    ]);
    const mentions = await cypherOnTestServer("MATCH (s:Sentence)-[m:MENTIONS]->(:Entity {name: 'Jane Roe'}) RETURN s.text AS sentence, m.start AS start, m.end AS end, m.text AS text ORDER BY start");
    expect(mentions).toEqual([
      { sentence: "Roe left Acme Corp.", start: 0, end: 3, text: "Roe" },
      { sentence: "Acme Corp hired Jane Roe in Paris.", start: 16, end: 24, text: "Jane Roe" },
    ]);
    // From any relation to the sentences that support it.
    const evidence = await cypherOnTestServer(
      "MATCH (a:Entity)-[r]->(b:Entity) MATCH (s:Sentence) WHERE s.id IN r.sentenceIds RETURN a.name AS a, type(r) AS type, r.predicate AS predicate, r.confidence AS confidence, b.name AS b, s.text AS sentence ORDER BY type",
    );
    expect(evidence).toEqual([
      { a: "Acme Corp", type: "HIRED", predicate: "hired", confidence: 0.8, b: "Jane Roe", sentence: "Acme Corp hired Jane Roe in Paris." },
      { a: "Jane Roe", type: "LEFT", predicate: "left", confidence: 0.8, b: "Acme Corp", sentence: "Roe left Acme Corp." },
    ]);
  });

  it("turns hostile predicates and types into plain relationship types and allow-listed labels", async () => {
    await clearDatabase();
    await ingest(store, hostileDoc());
    const delta = buildGraph([hostileDoc()], await store.entityIndex());
    await store.write({ ...delta, entities: delta.entities.map((e) => (e.name.startsWith("})") ? { ...e, type: "Misc`) DETACH DELETE n //" as never } : e)) });
    const types = await cypherOnTestServer<{ type: string; predicate: string }>("MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, r.predicate AS predicate ORDER BY type");
    expect(types).toEqual([
      { type: "MET_AGAIN", predicate: "met\n{again}" },
      { type: "MET_DETACH_DELETE_N", predicate: "met`]->() detach delete n //" },
      { type: "RELATED_TO", predicate: "会った" },
    ]);
    const labels = await cypherOnTestServer<{ name: string; labels: string[] }>("MATCH (e:Entity) RETURN e.name AS name, labels(e) AS labels ORDER BY name");
    expect(labels.map((l) => [l.name, [...l.labels].sort()])).toEqual([
      ["O'Brien `DROP` {x}", ["Entity", "Person"]],
      ['Zoë "Ζ"', ["Entity", "Person"]],
      ["}) DETACH DELETE n", ["Concept", "Entity"]],
      ["東京 Ltd", ["Entity", "Organization"]],
    ]);
    expect((await graphCounts()).nodes).toMatchObject({ Document: 1, Sentence: 2 });
  });

  describe("atomic document writes", () => {
    // A uniqueness constraint the data will violate in the middle of a write (after the document,
    // its sentences and the removal of its previous version were already sent).
    beforeAll(async () => {
      await cypherOnTestServer("CREATE CONSTRAINT kg_test_unique_person_name IF NOT EXISTS FOR (p:Person) REQUIRE p.name IS UNIQUE");
    });
    afterAll(async () => {
      await cypherOnTestServer("DROP CONSTRAINT kg_test_unique_person_name IF EXISTS");
    });

    /** The delta of `doc`, plus a second person named like an existing one: fails at the entity merge. */
    async function violating(delta: GraphDocument): Promise<GraphDocument> {
      const clash = { id: "person:jane-roe-clone", name: "Jane Roe", type: "Person" as const, aliases: [], mentions: [{ doc: delta.documents[0]!.id, start: 0, end: 3, text: "Roe", sentence: 0 }] };
      return { ...delta, entities: [...delta.entities, clash] };
    }

    it("leaves nothing of a new document when its write fails midway", async () => {
      await clearDatabase();
      await ingest(store, docA());
      const before = { counts: await graphCounts(), snap: await snapshot(store) };
      const bad = await violating(buildGraph([docB()], await store.entityIndex()));
      await expect(store.write(bad)).rejects.toMatchObject({ code: "NEO4J_QUERY", message: expect.stringMatching(/ConstraintValidationFailed/) });
      expect(await graphCounts()).toEqual(before.counts);
      expect(await cypherOnTestServer("MATCH (d:Document {source: 'b.txt'}) RETURN d")).toEqual([]);
      expect(await snapshot(store)).toEqual(before.snap);
      // The store keeps working: the good version of the document goes in.
      await ingest(store, docB());
      expect((await store.stats()).documents).toBe(2);
    });

    it("keeps the previous version of a document whose re-write fails midway", async () => {
      await clearDatabase();
      await ingest(store, docA(), docB());
      const before = { counts: await graphCounts(), snap: await snapshot(store) };
      const bad = await violating(buildGraph([docB()], await store.entityIndex()));
      await expect(store.write(bad)).rejects.toMatchObject({ code: "NEO4J_QUERY" });
      expect(await graphCounts()).toEqual(before.counts);
      expect(await snapshot(store)).toEqual(before.snap);
    });
  });
});

describe.skipIf(neo.skip)("kg ingest/stats/entities/show/export --neo4j", () => {
  const acme = ["tests/fixtures/acme-hires.txt", "tests/fixtures/acme-expands.txt"].map((f) => join(ROOT, f));
  const fixtures = [...acme, join(ROOT, "seeds/ceasefire-talks-cairo.txt")];
  const uri = neo.skip ? "" : neo.uri;
  let embedded: string;

  beforeAll(async () => {
    await clearDatabase();
    embedded = join(tempDir(), "graph.json");
    const a = await kg(["ingest", ...fixtures, "--neo4j", uri]);
    expect(a.code, a.stderr).toBe(0);
    const b = await kg(["ingest", ...fixtures, "--store", embedded]);
    expect(b.code, b.stderr).toBe(0);
  }, 120_000);

  it("merges the second article's entities with the first", async () => {
    const roe = JSON.parse((await kg(["show", "Roe", "--json", "--neo4j", uri])).stdout);
    expect(roe.entity.name).toBe("Jane Roe");
    expect(roe.documents.map((d: { source: string }) => d.source).sort()).toEqual([...acme].sort());
  });

  it.each([
    ["stats", ["stats", "--json"]],
    ["entities", ["entities", "--json"]],
    ["entities by type", ["entities", "--type", "person", "--json"]],
    ["show", ["show", "Hamas", "--json"]],
    ["show by alias", ["show", "Roe", "--json"]],
    ["export json", ["export", "--format", "json"]],
    ["export graphml", ["export", "--format", "graphml"]],
    ["export gexf", ["export", "--format", "gexf"]],
    ["export cypher", ["export", "--format", "cypher"]],
    ["export focus", ["export", "--focus", "Jane Roe", "--depth", "2", "--format", "json"]],
  ])("%s prints exactly what the embedded store prints for the same input", async (_name, args) => {
    const fromNeo4j = await kg([...args, "--neo4j", uri]);
    const fromFile = await kg([...args, "--store", embedded]);
    expect(fromNeo4j.code, fromNeo4j.stderr).toBe(0);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromNeo4j.stdout).toBe(fromFile.stdout);
  });

  it("stats names the Neo4j server it read", async () => {
    const r = await kg(["stats", "--neo4j", uri]);
    expect(r.stdout).toContain(`store: ${uri}`);
  });

  it("re-ingesting is idempotent: the same node and relationship counts, the same graph", async () => {
    // Articles whose entity resolution is stable on a second pass (see the report about the seed's
    // "Israeli"/"Israel" alias, a resolution matter that the embedded store shows too).
    await clearDatabase();
    const first = await kg(["ingest", ...acme, "--neo4j", uri]);
    expect(first.code, first.stderr).toBe(0);
    const counts = await graphCounts();
    const graph = (await kg(["export", "--format", "json", "--neo4j", uri])).stdout;
    expect(counts.nodes.Document).toBe(2);
    const again = await kg(["ingest", ...acme, "--neo4j", uri]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/now holds 2 documents/);
    expect(await graphCounts()).toEqual(counts);
    expect((await kg(["export", "--format", "json", "--neo4j", uri])).stdout).toBe(graph);
  }, 120_000);
});
