// kg query and kg export --cypher through the real CLI against a real server: formats, parameters,
// read-only by default, syntax errors with their position, and Neo4j values rendered properly.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Neo4jStore } from "../../src/store/neo4j.js";
import { kg, tempDir } from "../helpers/cli.js";
import { docA, docB, ingest } from "../store/contract.js";
import { clearDatabase, cypherOnTestServer, neo4jSettings } from "./helpers.js";
import { neo4jTestConfig, reportSkip } from "./server.js";

const neo = neo4jTestConfig();
reportSkip(neo);

describe.skipIf(neo.skip)("kg query", () => {
  const uri = neo.skip ? "" : neo.uri;
  const query = (cypher: string, ...args: string[]) => kg(["query", cypher, ...args, "--neo4j", uri]);

  beforeAll(async () => {
    await clearDatabase();
    const store = await Neo4jStore.open(neo4jSettings(), { write: true });
    try {
      await ingest(store, docA(), docB());
    } finally {
      await store.close();
    }
  });

  it("prints a readable table by default, the row count on stderr", async () => {
    const r = await query("MATCH (e:Entity) RETURN e.name AS name, e.type AS type ORDER BY name");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(["name       type", "---------  ------------", "Acme Corp  Organization", "Jane Roe   Person", "Paris      Location", ""].join("\n"));
    expect(r.stderr).toBe("3 row(s)\n");
  });

  it("prints JSON and CSV", async () => {
    const cypher = "MATCH (e:Entity) WHERE e.type <> 'Location' RETURN e.name AS name, e.aliases AS aliases, size(e.aliases) AS n ORDER BY name";
    const json = await query(cypher, "--format", "json");
    expect(JSON.parse(json.stdout)).toEqual([
      { name: "Acme Corp", aliases: [], n: 0 },
      { name: "Jane Roe", aliases: ["Roe"], n: 1 },
    ]);
    const csv = await query(cypher, "--format", "csv");
    expect(csv.stdout).toBe('name,aliases,n\r\nAcme Corp,[],0\r\nJane Roe,"[""Roe""]",1\r\n');
  });

  it("passes --param values: text, JSON numbers as integers, lists", async () => {
    const r = await query("MATCH (e:Entity) WHERE e.name = $name OR e.id IN $ids RETURN e.id AS id ORDER BY id LIMIT $n", "--param", "name=Jane Roe", "--param", 'ids=["location:paris"]', "--param", "n=5", "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ id: "location:paris" }, { id: "person:jane-roe" }]);
    const bad = await query("RETURN $x", "--param", "novalue");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/invalid --param: expecting key=value/);
  });

  it("is read-only unless --write is given", async () => {
    const refused = await query("CREATE (n:KgQueryTest {x: 1}) RETURN n.x AS x");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/kg: error: the query tries to write, and queries run read-only by default\n\s+hint: add --write/);
    expect(await cypherOnTestServer("MATCH (n:KgQueryTest) RETURN n")).toEqual([]);
    const written = await query("CREATE (n:KgQueryTest {x: 1}) RETURN n.x AS x", "--write");
    expect(written.code, written.stderr).toBe(0);
    expect(written.stderr).toMatch(/1 row\(s\); nodesCreated 1, propertiesSet 1, labelsAdded 1/);
    const removed = await query("MATCH (n:KgQueryTest) DELETE n", "--write");
    expect(removed.stdout).toBe("");
    expect(removed.stderr).toMatch(/0 row\(s\); nodesDeleted 1/);
  });

  it("reports a syntax error with Neo4j's message and its position", async () => {
    const r = await query("MATCH (n:Entity)\nRETRN n.name");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kg: error: Cypher syntax error at line 2, column 1: Invalid input 'RETRN'/);
    expect(r.stderr).toMatch(/\(line 2, column 1 \(offset: 17\)\)/);
    expect(r.stderr).toMatch(/\n\s*\^\n/); // Neo4j's caret under the spot
    expect(r.stderr).toMatch(/hint: /);
  });

  it("renders temporal values, durations, exact large integers and floats", async () => {
    const cypher = "RETURN date('2023-10-07') AS d, datetime('2024-01-02T03:04:05.5+02:00') AS dt, localtime('12:30') AS t, duration('P1DT2H') AS du, 9007199254740993 AS big, 0.25 AS f, null AS nothing";
    const table = await query(cypher);
    expect(table.stdout.split("\n")[2]).toMatch(/^2023-10-07\s+2024-01-02T03:04:05\.5(00000000)?\+02:00\s+12:30:00\s+P1DT2H\s+9007199254740993\s+0\.25$/);
    const json = JSON.parse((await query(cypher, "--format", "json")).stdout);
    expect(json).toEqual([{ d: "2023-10-07", dt: expect.stringMatching(/^2024-01-02T03:04:05\.5(0*)\+02:00$/), t: "12:30:00", du: "P1DT2H", big: "9007199254740993", f: 0.25, nothing: null }]);
  });

  it("renders nodes, relationships and paths", async () => {
    const cypher = "MATCH p = (a:Entity {name: 'Acme Corp'})-[r:HIRED]->(b:Entity) RETURN a, r, p";
    const table = await query(cypher);
    expect(table.code, table.stderr).toBe(0);
    const json = JSON.parse((await query(cypher, "--format", "json")).stdout)[0];
    expect(json.a).toMatchObject({ labels: expect.arrayContaining(["Entity", "Organization"]), properties: { id: "organization:acme-corp", name: "Acme Corp" } });
    expect(json.r).toMatchObject({ type: "HIRED", start: json.a.elementId, properties: { predicate: "hired", confidence: 0.8, sentenceIds: [`${docA().document.id}#s0`] } });
    expect(json.p.nodes.map((n: { properties: { name: string } }) => n.properties.name)).toEqual(["Acme Corp", "Jane Roe"]);
    expect(json.p.relationships).toHaveLength(1);
    const csv = (await query(cypher, "--format", "csv")).stdout.split("\r\n")[1]!;
    expect(csv).toContain('(:Entity:Organization {id: ""organization:acme-corp"", name: ""Acme Corp"", aliases: [], type: ""Organization""})');
    expect(csv).toContain('[:HIRED {id: ""rel:');
    expect(csv).toContain("(Acme Corp)-[:HIRED]->(Jane Roe)");
    const backwards = await query("MATCH p = (b:Entity {name: 'Jane Roe'})<-[:HIRED]-(a) RETURN p", "--format", "csv");
    expect(backwards.stdout).toContain("(Jane Roe)<-[:HIRED]-(Acme Corp)");
  });

  it("says Cypher needs Neo4j when no server is configured", async () => {
    const r = await kg(["query", "RETURN 1"], { env: { NEO4J_URI: "" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kg query runs Cypher, which needs the Neo4j store\n\s+hint: give --neo4j/);
  });
});

describe.skipIf(neo.skip)("kg export --cypher", () => {
  const uri = neo.skip ? "" : neo.uri;

  beforeAll(async () => {
    await clearDatabase();
    const store = await Neo4jStore.open(neo4jSettings(), { write: true });
    try {
      await ingest(store, docA(), docB());
    } finally {
      await store.close();
    }
  });

  it("exports the nodes and relationships a query returns, with the ends of returned relationships", async () => {
    const r = await kg(["export", "--cypher", "MATCH (:Entity)-[r:HIRED]->(:Entity) RETURN r", "--neo4j", uri]);
    expect(r.code, r.stderr).toBe(0);
    const graph = JSON.parse(r.stdout);
    expect(graph.nodes.map((n: { key: string }) => n.key)).toEqual(["organization:acme-corp", "person:jane-roe"]);
    expect(graph.nodes[1].attributes).toMatchObject({ label: "Jane Roe", type: "Person", mentions: 2 });
    expect(graph.edges).toHaveLength(1);
    expect(graph.edges[0].attributes).toMatchObject({ predicate: "hired", confidence: 0.8, evidence: 1 });
    expect(r.stderr).toMatch(/exported 2 entities and 1 relations as json/);
  });

  it("takes parameters, and paths and sentences too", async () => {
    const r = await kg(["export", "--cypher", "MATCH p = (s:Sentence)-[:MENTIONS]->(e:Entity {name: $name}) RETURN p", "--param", "name=Paris", "--neo4j", uri]);
    expect(r.code, r.stderr).toBe(0);
    const graph = JSON.parse(r.stdout);
    expect(graph.nodes.map((n: { attributes: { type: string; label: string } }) => `${n.attributes.type}: ${n.attributes.label}`)).toEqual([
      "Sentence: Acme Corp hired Jane Roe in Paris.",
      "Location: Paris",
    ]);
    expect(graph.edges[0].attributes.predicate).toBe("mentions");
  });

  it.each(["json", "graphml", "gexf", "cypher"])("writes %s", async (format) => {
    const r = await kg(["export", "--cypher", "MATCH p = (a:Entity)-[r]->(b:Entity) RETURN p", "--format", format, "--neo4j", uri]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Jane Roe");
    expect(r.stdout).toContain("Acme Corp");
    expect(r.stdout).not.toContain("Paris");
  });

  it("writes csv files", async () => {
    const dir = tempDir();
    const r = await kg(["export", "--cypher", "MATCH p = (a:Entity)-[r]->(b:Entity) RETURN p", "--format", "csv", "--out", dir, "--neo4j", uri]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["nodes.csv", "relationships.csv"]);
    expect(readFileSync(join(dir, "relationships.csv"), "utf8").trim().split("\n")).toHaveLength(3);
  });

  it("refuses --cypher on the embedded store and with other selectors", async () => {
    const embedded = await kg(["export", "--cypher", "MATCH (n) RETURN n", "--store", join(tempDir(), "g.json")]);
    expect(embedded.code).toBe(2);
    expect(embedded.stderr).toMatch(/--cypher needs the Neo4j store/);
    const mixed = await kg(["export", "--cypher", "MATCH (n) RETURN n", "--focus", "Paris", "--neo4j", uri]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/cannot be combined with --focus/);
  });

  it("refuses a query that writes", async () => {
    const r = await kg(["export", "--cypher", "CREATE (n:KgExportTest) RETURN n", "--neo4j", uri]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/tries to write/);
  });
});
