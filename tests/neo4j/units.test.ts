// The Neo4j store's pure parts, no server needed: driver errors to KgErrors, --param parsing,
// value rendering, relation ordering and write planning.
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/resolve.js";
import { toKgError } from "../../src/store/neo4j-errors.js";
import { parseParam } from "../../src/store/neo4j-params.js";
import { MENTIONS_PER_WRITE, planRemoval, planWrite, relationColumns, relationRecord } from "../../src/store/neo4j-rows.js";
import { toCsv, toPlain, toText } from "../../src/store/neo4j-values.js";
import { orderRelationViews } from "../../src/store/neo4j.js";
import { docA, docB } from "../store/contract.js";

const ctx = { uri: "bolt://db:7687", user: "neo4j" };
const driverError = (code: string, message: string, cause?: unknown) => Object.assign(new Error(message), { code, ...(cause ? { cause } : {}) });

describe("toKgError", () => {
  it.each([
    [driverError("ServiceUnavailable", "Failed to connect to server. Caused by: connect ECONNREFUSED 10.0.0.1:7687"), "NEO4J_UNAVAILABLE", "cannot reach Neo4j at bolt://db:7687 (ECONNREFUSED 10.0.0.1:7687)", /npm run neo4j:start/],
    [driverError("ServiceUnavailable", "Could not perform discovery. No routing servers available.", new Error("connect ECONNREFUSED 10.0.0.1:7687")), "NEO4J_UNAVAILABLE", "cannot reach Neo4j at bolt://db:7687 (ECONNREFUSED 10.0.0.1:7687)", /neo4j:start/],
    [driverError("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."), "NEO4J_AUTH", 'Neo4j at bolt://db:7687 rejected user "neo4j": wrong user name or password', /NEO4J_PASSWORD/],
    [driverError("Neo.ClientError.Database.DatabaseNotFound", "Graph not found: news"), "NEO4J_DATABASE", 'Neo4j at bolt://db:7687 has no database "neo4j"', /Community edition has only `neo4j`/],
    [driverError("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed."), "NEO4J_WRITE_REFUSED", "the query tries to write, and queries run read-only by default", /--write/],
    [driverError("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN' (line 2, column 1 (offset: 17))"), "NEO4J_QUERY", "Cypher syntax error at line 2, column 1: Invalid input 'RETRN' (line 2, column 1 (offset: 17))", /caret/],
    [driverError("Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): name"), "NEO4J_QUERY", "Neo4j refused the query: Expected parameter(s): name (Neo.ClientError.Statement.ParameterMissing)", /--param/],
    [new TypeError("x is not a function"), "INTERNAL", "Neo4j driver error: x is not a function", /bug/],
  ])("%#: %s", (error, code, message, hint) => {
    const e = toKgError(error, ctx);
    expect(e).toMatchObject({ code, message });
    expect(e.suggestion).toMatch(hint);
  });

  it("says a write lost its connection, and that running again is safe", () => {
    const e = toKgError(driverError("SessionExpired", "Connection was closed by server"), { ...ctx, doing: "writing a.txt" });
    expect(e.message).toBe("lost the connection to Neo4j at bolt://db:7687 while writing a.txt (the server stopped or restarted)");
    expect(e.suggestion).toMatch(/nothing of the documents being written was stored; .* run the same command again/);
    const refused = toKgError(driverError("ServiceUnavailable", "connect ECONNREFUSED 127.0.0.1:7687"), { ...ctx, doing: "writing a.txt" });
    expect(refused.message).toBe("cannot reach Neo4j at bolt://db:7687 (ECONNREFUSED 127.0.0.1:7687) while writing a.txt");
    expect(refused.suggestion).toMatch(/run the same command again/);
  });

  it("prefers the position of the GQL diagnostic record", () => {
    const e = toKgError(Object.assign(driverError("Neo.ClientError.Statement.SyntaxError", "Invalid input"), { diagnosticRecord: { _position: { line: neo4j.int(3), column: neo4j.int(7), offset: neo4j.int(40) } } }), ctx);
    expect(e.message).toBe("Cypher syntax error at line 3, column 7: Invalid input");
  });
});

describe("parseParam", () => {
  it.each([
    ["name=Hamas", ["name", "Hamas"]],
    ["name=Jane Roe", ["name", "Jane Roe"]],
    ["n=5", ["n", 5]],
    ["x=0.5", ["x", 0.5]],
    ["flag=true", ["flag", true]],
    ['ids=["a","b"]', ["ids", ["a", "b"]]],
    ['id="123"', ["id", "123"]],
    ["q=a=b", ["q", "a=b"]],
    ["empty=", ["empty", ""]],
  ])("%s", (text, expected) => expect(parseParam(text)).toEqual(expected));

  it("refuses text without a key", () => {
    expect(() => parseParam("novalue")).toThrow(/expecting key=value/);
    expect(() => parseParam("=x")).toThrow(/expecting key=value/);
  });
});

describe("value rendering", () => {
  const node = (id: number, labels: string[], properties: Record<string, unknown>) => new neo4j.types.Node(neo4j.int(id), labels, properties, `4:x:${id}`);
  const hamas = node(1, ["Entity", "Organization"], { id: "organization:hamas", name: "Hamas", seq: neo4j.int(3), keys: ["hamas"] });
  const attack = node(2, ["Entity", "Event"], { id: "event:attack", name: "attack" });
  const rel = new neo4j.types.Relationship(neo4j.int(9), neo4j.int(1), neo4j.int(2), "LAUNCHED", { predicate: "launched", confidence: 0.9, docs: ["doc:1"] }, "5:x:9", "4:x:1", "4:x:2");
  const path = new neo4j.types.Path(hamas, attack, [new neo4j.types.PathSegment(hamas, rel, attack)]);

  it("writes one-line text: nodes, relationships and paths Cypher-like, without bookkeeping", () => {
    expect(toText(hamas)).toBe('(:Entity:Organization {id: "organization:hamas", name: "Hamas"})');
    expect(toText(rel)).toBe('[:LAUNCHED {predicate: "launched", confidence: 0.9}]');
    expect(toText(path)).toBe("(Hamas)-[:LAUNCHED]->(attack)");
    expect(toText(new neo4j.types.Path(attack, hamas, [new neo4j.types.PathSegment(attack, rel, hamas)]))).toBe("(attack)<-[:LAUNCHED]-(Hamas)");
    expect(toText([1, "a", null])).toBe('[1, "a", null]');
    expect(toText({ a: neo4j.int(2) })).toBe("{a: 2}");
    expect(toText("plain text")).toBe("plain text");
    expect(toText(null)).toBe("");
  });

  it("keeps integers exact and temporal values ISO", () => {
    expect(toText(neo4j.int("9007199254740993"))).toBe("9007199254740993");
    expect(toPlain(neo4j.int("9007199254740993"))).toBe("9007199254740993");
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toText(new neo4j.types.Date(2023, 10, 7))).toBe("2023-10-07");
    expect(toPlain(new neo4j.types.Duration(0, 1, 7200, 0))).toBe("P1DT2H");
    expect(toPlain(new neo4j.types.DateTime(2024, 1, 2, 3, 4, 5, 0, 0))).toBe("2024-01-02T03:04:05Z");
  });

  it("gives JSON its structure", () => {
    expect(toPlain(path)).toEqual({
      nodes: [toPlain(hamas), toPlain(attack)],
      relationships: [{ elementId: "5:x:9", type: "LAUNCHED", start: "4:x:1", end: "4:x:2", properties: { predicate: "launched", confidence: 0.9, docs: ["doc:1"] } }],
    });
    expect(toPlain(hamas)).toEqual({ elementId: "4:x:1", labels: ["Entity", "Organization"], properties: { id: "organization:hamas", name: "Hamas", seq: 3, keys: ["hamas"] } });
  });

  it("writes RFC 4180 CSV", () => {
    expect(toCsv(["a", "b"], [["x, y", 'say "hi"'], [neo4j.int(1), null]])).toBe('a,b\r\n"x, y","say ""hi"""\r\n1,\r\n');
  });
});

describe("orderRelationViews", () => {
  const view = (id: string, direction: "out" | "in", other: string, confidence: number, seq: number) => ({ id, predicate: id, confidence, direction, other: { id: other, name: other, type: "Concept" as const }, evidence: [], seq });

  it("orders like graphology adjacency: by neighbour's first relation, newest first within, then out before in and by confidence", () => {
    const ordered = orderRelationViews([view("a1", "out", "A", 0.8, 5), view("b", "out", "B", 0.8, 2), view("a0", "out", "A", 0.8, 1), view("i", "in", "C", 0.9, 0), view("top", "out", "D", 0.95, 9)]);
    expect(ordered.map((v) => v.id)).toEqual(["top", "a1", "a0", "b", "i"]);
    expect(ordered[0]).not.toHaveProperty("seq");
  });
});

describe("write planning", () => {
  it("numbers new entities and relations in creation order, and mentions by write", () => {
    const delta = buildGraph([docA()]);
    const plan = planWrite(delta, new Map(), new Map(), 10, 3);
    expect(plan.entities.map((e) => [e.id, e.seq, e.label])).toEqual([
      ["location:paris", 10, "Location"],
      ["organization:acme-corp", 11, "Organization"],
      ["person:jane-roe", 12, "Person"],
    ]);
    expect(plan.createRelations.map((r) => [r.type, r.seq])).toEqual([["HIRED", 13]]);
    expect(plan.nextSeq).toBe(14);
    expect(plan.mentions.map((m) => m.ord)).toEqual([3 * MENTIONS_PER_WRITE, 3 * MENTIONS_PER_WRITE, 3 * MENTIONS_PER_WRITE]);
    expect(plan.entities[2]!.props).toMatchObject({ name: "Jane Roe", nameKey: "jane roe", keys: ["jane roe"] });
    expect(plan.relationSubjects).toEqual([{ doc: docA().document.id, subjects: ["organization:acme-corp"] }]);
  });

  it("merges into stored entities and relations as the embedded store does", () => {
    const stored = buildGraph([docA()]);
    const roe = stored.entities.find((e) => e.id === "person:jane-roe")!;
    const entities = new Map([[roe.id, { props: { ...roe, seq: 4 }, mentions: [] }]]);
    const b = buildGraph([docB()], [roe]);
    const plan = planWrite(b, entities, new Map(), 20, 7);
    const row = plan.entities.find((e) => e.id === "person:jane-roe")!;
    expect(row).toMatchObject({ seq: 4, props: { name: "Jane Roe", aliases: ["Roe"] } });
    expect(plan.mentions.filter((m) => m.entity === roe.id)).toEqual([{ entity: roe.id, doc: docB().document.id, sentenceId: `${docB().document.id}#s0`, sentence: 0, start: 0, end: 3, text: "Roe", ord: 7 * MENTIONS_PER_WRITE }]);
  });

  it("removes a document's evidence, deleting relations left with none", () => {
    const a = buildGraph([docA()]).relations[0]!;
    const both = { ...a, evidence: [...a.evidence, { ...a.evidence[0]!, doc: "doc:other", confidence: 0.5 }] };
    // A relationship's properties as stored: the evidence arrays, integer columns included.
    const stored = (r: typeof a) => {
      const { props, ...ints } = relationColumns(r.id, r);
      return { subject: r.subject, object: r.object, props: { ...props, ...ints, seq: 1 } };
    };
    expect(planRemoval(docA().document.id, [stored(a)])).toEqual({ deleteRelations: [{ id: a.id, subject: a.subject, object: a.object }], updateRelations: [] });
    const kept = planRemoval(docA().document.id, [stored(both)]);
    expect(kept.deleteRelations).toEqual([]);
    const { props, ...ints } = kept.updateRelations[0]!;
    expect(relationRecord({ ...props, ...ints }, a.subject, a.object)).toMatchObject({ confidence: 0.5, evidence: [{ doc: "doc:other", confidence: 0.5 }] });
  });
});
