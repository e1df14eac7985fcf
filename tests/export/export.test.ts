import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { cypherString } from "../../src/export/cypher.js";
import { csvField } from "../../src/export/csv.js";
import { exportGraph } from "../../src/export/index.js";
import { relationshipType } from "../../src/graph/sanitize.js";
import type { GraphDocument } from "../../src/model/types.js";

const hostile = `O'Brien "The <script>alert(1)</script>" & {x}\n\`drop\``;

const doc: GraphDocument = {
  documents: [{ id: "doc:1", source: "a.txt" }],
  entities: [
    { id: "person:o-brien", name: hostile, type: "Person", aliases: ["O'Brien", "Mr; O, \"B\""], mentions: [{ doc: "doc:1", start: 0, end: 7, text: "O'Brien" }] },
    { id: "organization:acme", name: "Acme <img src=x onerror=alert(1)>", type: "Organization", aliases: [], mentions: [{ doc: "doc:1", start: 20, end: 24, text: "Acme" }] },
    { id: "date:2024-05-01", name: "May 1, 2024", type: "Date", aliases: [], value: "2024-05-01", mentions: [{ doc: "doc:1", start: 30, end: 41, text: "May 1, 2024" }] },
  ],
  relations: [
    { id: "rel:1", subject: "person:o-brien", predicate: "took over", object: "organization:acme", confidence: 0.8, date: "2024-05-01", evidence: [{ doc: "doc:1", sentence: 0, start: 0, end: 41, subjectText: "O'Brien", predicateText: "took over", objectText: "Acme" }] },
    { id: "rel:2", subject: "person:o-brien", predicate: "said `on`", object: "date:2024-05-01", confidence: 0.5, evidence: [] },
  ],
};

function compare(read: MultiDirectedGraph) {
  expect(read.order).toBe(3);
  expect(read.size).toBe(2);
  expect(read.getNodeAttribute("person:o-brien", "label")).toBe(hostile.replace(/\r/g, ""));
  expect(read.getNodeAttribute("organization:acme", "type")).toBe("Organization");
  expect(read.getEdgeAttribute("rel:1", "predicate")).toBe("took over");
  expect(Number(read.getEdgeAttribute("rel:1", "confidence"))).toBeCloseTo(0.8);
  expect(read.source("rel:1")).toBe("person:o-brien");
  expect(read.target("rel:1")).toBe("organization:acme");
}

describe("export", () => {
  it("json is graphology's serialized graph and imports back", () => {
    const [file] = exportGraph(doc, "json");
    const g = new MultiDirectedGraph();
    g.import(JSON.parse(file!.content));
    compare(g);
  });

  it("graphml round-trips through graphology-graphml", () => {
    const [file] = exportGraph(doc, "graphml");
    compare(graphml.parse(MultiDirectedGraph, file!.content) as MultiDirectedGraph);
  });

  it("gexf 1.3 round-trips through graphology-gexf and carries relation dates", () => {
    const [file] = exportGraph(doc, "gexf");
    expect(file!.content).toContain('version="1.3"');
    expect(file!.content).toMatch(/<edge id="rel:1" start="2024-05-01"/);
    compare(gexf.parse(MultiDirectedGraph, file!.content) as MultiDirectedGraph);
  });

  it("csv has neo4j-admin import headers and escapes quotes, commas and newlines", () => {
    const [nodes, rels] = exportGraph(doc, "csv");
    expect(nodes!.content.split("\n")[0]).toBe("id:ID,name,type,aliases:string[],mentions:int,value,:LABEL");
    expect(rels!.content.split("\n")[0]).toBe(":START_ID,:END_ID,:TYPE,id,predicate,confidence:float,date,negated:boolean,evidence:string[]");
    expect(nodes!.content).toContain("Entity;Person");
    expect(rels!.content).toContain("person:o-brien,organization:acme,TOOK_OVER,rel:1");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField(["x;y", "z"])).toBe("\"x,y;z\"");
    expect(csvField(["a", "b"])).toBe("a;b");
  });

  it("cypher escapes every string and sanitizes relationship types", () => {
    const [file] = exportGraph(doc, "cypher");
    const script = file!.content;
    expect(script).toContain("MERGE (e:Entity {id: 'person:o-brien'}) SET e:Person");
    expect(script).toContain(":SAID_ON {id: 'rel:2'}");
    expect(script).not.toContain("\n`drop");
    expect(cypherString(hostile)).toBe("'O\\'Brien \"The <script>alert(1)</script>\" & {x}\\n`drop`'");
  });

  it.each([
    ["took responsibility for", "TOOK_RESPONSIBILITY_FOR"],
    ["a`) DETACH DELETE n //", "A_DETACH_DELETE_N"],
    ["naïve ünïcode", "NAIVE_UNICODE"],
    ["{}\n'\"", "RELATED_TO"],
    ["123 go", "R_123_GO"],
    ["日本", "RELATED_TO"],
  ])("relationshipType(%j) = %s", (p, t) => {
    expect(relationshipType(p)).toBe(t);
  });
});
