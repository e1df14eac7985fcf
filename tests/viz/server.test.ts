// The viewer's server without a browser: the read-only JSON API over a GraphStore, static files with
// traversal refused, GET/HEAD only, loopback binding and security headers on every answer.
import { request } from "node:http";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filterByDate, parseSelector } from "../../src/server/api.js";
import { dateInRange } from "../../src/server/date-range.js";
import { exchangeExport, toGraphPayload, type GraphPayload } from "../../src/server/payload.js";
import type { EntityDetails, EntitySummary, StoreStats } from "../../src/store/types.js";
import { tempDir } from "../helpers/cli.js";
import { serveStore, type TestViewer } from "./browser.js";
import { fixtureGraph, writeStore } from "./fixtures.js";

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A request with the path sent exactly as given (fetch would normalize `..`). */
function raw(base: string, path: string, options: { method?: string; host?: string } = {}): Promise<Raw> {
  const url = new URL(base);
  return new Promise((done, fail) => {
    const req = request({ host: url.hostname, port: url.port, path, method: options.method ?? "GET", headers: options.host ? { Host: options.host } : {} }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

const fixture = fixtureGraph();

describe("viewer server", () => {
  let viewer: TestViewer;
  const get = async <T>(path: string): Promise<T> => {
    const r = await raw(viewer.url, path);
    expect(r.status, `${path}: ${r.body}`).toBe(200);
    expect(r.headers["content-type"]).toBe("application/json; charset=utf-8");
    return JSON.parse(r.body) as T;
  };

  beforeAll(async () => {
    viewer = await serveStore(await writeStore(join(tempDir("kg-viz-server-"), "graph.json")));
  });
  afterAll(() => viewer?.close());

  it("binds 127.0.0.1 by default", () => {
    expect(viewer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("answers /api/graph with the exchange graph plus documents, dates and per-item documents", async () => {
    const payload = await get<GraphPayload>("/api/graph");
    expect(payload.graph.nodes).toHaveLength(fixture.entities.length);
    expect(payload.graph.edges).toHaveLength(fixture.relations.length);
    expect(payload.documents.map((d) => d.id).sort()).toEqual(fixture.documents.map((d) => d.id).sort());
    const g = new MultiDirectedGraph();
    g.import(payload.graph);
    expect(g.getNodeAttributes("person:herzi-halevi")).toMatchObject({ label: "Herzi Halevi", type: "Person", docs: ["doc:cairo-talks"] });
    expect(g.getEdgeAttributes("rel:organization:hamas>attacked>location:israel")).toMatchObject({ predicate: "attacked", date: "2023-10-07", docs: ["doc:cairo-talks"] });
  });

  it("selects subgraphs by focus and depth, type, predicate, document and date, like the store", async () => {
    const focus = await get<GraphPayload>("/api/graph?focus=Herzi%20Halevi&depth=2");
    const expected = await viewer.store.subgraph({ focus: "Herzi Halevi", depth: 2 });
    expect(focus.graph.nodes.map((n) => n.key).sort()).toEqual(expected.entities.map((e) => e.id).sort());
    const people = await get<GraphPayload>("/api/graph?type=Person");
    expect(people.graph.nodes.every((n) => n.attributes?.type === "Person")).toBe(true);
    const attacked = await get<GraphPayload>("/api/graph?predicate=attacked&predicate=released");
    expect(attacked.graph.edges.map((e) => e.attributes?.predicate).sort()).toEqual(["attacked", "released"]);
    const swap = await get<GraphPayload>("/api/graph?doc=doc:prisoner-swap");
    expect(swap.graph.nodes.length).toBe((await viewer.store.subgraph({ docs: ["doc:prisoner-swap"] })).entities.length);
    const recent = await get<GraphPayload>("/api/graph?from=2025-01-01");
    expect(recent.graph.edges.some((e) => e.attributes?.date === "2023-10-07")).toBe(false);
    const hood = await get<GraphPayload>("/api/neighborhood/person%3Aherzi-halevi?depth=1");
    expect(hood.graph.nodes.map((n) => n.key).sort()).toEqual(["date:2023-10-07", "organization:israeli-military", "person:herzi-halevi"]);
  });

  it("searches names and aliases, and returns entity details with evidence", async () => {
    const hits = await get<EntitySummary[]>("/api/search?q=halevi");
    expect(hits[0]).toMatchObject({ id: "person:herzi-halevi", name: "Herzi Halevi" });
    expect(await get<EntitySummary[]>("/api/search?q=")).toEqual([]);
    const details = await get<EntityDetails>("/api/entity/person%3Aherzi-halevi");
    expect(details.entity.name).toBe("Herzi Halevi");
    expect(details.mentions.map((m) => m.sentenceText)).toContain("Halevi had already announced his resignation last month.");
    expect(details.relations.flatMap((r) => r.evidence.map((e) => e.sentenceText))).toContain("Herzi Halevi commands the Israeli military.");
    const stats = await get<StoreStats>("/api/stats");
    expect(stats).toMatchObject({ documents: 3, entities: fixture.entities.length, relations: fixture.relations.length });
  });

  it("answers errors as JSON with a code: unknown entity 404, bad parameter 400, unknown route 404", async () => {
    const missing = await raw(viewer.url, "/api/entity/nobody");
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.code).toBe("NOT_FOUND");
    expect((await raw(viewer.url, "/api/graph?depth=99")).status).toBe(400);
    expect((await raw(viewer.url, "/api/graph?from=yesterday")).status).toBe(400);
    expect((await raw(viewer.url, "/api/export?format=docx")).status).toBe(400);
    expect((await raw(viewer.url, "/api/nothing")).status).toBe(404);
    expect((await raw(viewer.url, "/api/entity/a/b")).status).toBe(404);
    expect((await raw(viewer.url, "/api/entity/%E0%A4%A")).status).toBe(400);
  });

  it("exports with the same code as kg export, as an attachment", async () => {
    const r = await raw(viewer.url, "/api/export?format=graphml&focus=person:herzi-halevi&depth=1");
    expect(r.status).toBe(200);
    expect(r.headers["content-disposition"]).toBe('attachment; filename="graph.graphml"');
    expect(r.body).toContain('<node id="person:herzi-halevi">');
    const json = await raw(viewer.url, "/api/export?format=json&type=Person");
    const g = new MultiDirectedGraph();
    g.import(JSON.parse(json.body));
    expect(g.nodes().sort()).toEqual(["person:benjamin-netanyahu", "person:herzi-halevi", "person:nael-barghouti"]);
  });

  it("is read-only: other methods than GET and HEAD get 405", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const r = await raw(viewer.url, "/api/graph", { method });
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe("GET, HEAD");
    }
    const head = await raw(viewer.url, "/api/stats", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
  });

  it("serves the viewer's files with content types and refuses paths outside them", async () => {
    const index = await raw(viewer.url, "/");
    expect(index.status).toBe(200);
    expect(index.headers["content-type"]).toBe("text/html; charset=utf-8");
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(index.body)![1]!;
    const js = await raw(viewer.url, `/${script}`);
    expect(js.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(js.headers["cache-control"]).toContain("immutable");
    for (const path of ["/../package.json", "/assets/../../package.json", "/%2e%2e/package.json", "/%2E%2E%2Fpackage.json", "/..%2f..%2fpackage.json", "/assets/..%5c..%5cpackage.json", "/%00", "/.env", "/nothing.js"]) {
      const r = await raw(viewer.url, path);
      expect([400, 403, 404], path).toContain(r.status);
      expect(r.body, path).not.toContain('"name": "kg"');
    }
    expect((await raw(viewer.url, "/%E0%A4%A")).status).toBe(400);
  });

  it("puts security headers on every answer", async () => {
    for (const path of ["/", "/api/stats", "/missing", "/api/entity/nobody"]) {
      const r = await raw(viewer.url, path);
      expect(r.headers["content-security-policy"], path).toContain("default-src 'none'");
      expect(r.headers["content-security-policy"], path).toContain("script-src 'self'");
      expect(r.headers["x-content-type-options"], path).toBe("nosniff");
      expect(r.headers["x-frame-options"], path).toBe("DENY");
    }
  });

  it("refuses Host headers other than the loopback address (DNS rebinding)", async () => {
    const r = await raw(viewer.url, "/api/stats", { host: "attacker.example:80" });
    expect(r.status).toBe(403);
    const port = new URL(viewer.url).port;
    expect((await raw(viewer.url, "/api/stats", { host: `localhost:${port}` })).status).toBe(200);
  });
});

describe("the /api/graph payload", () => {
  it("is the exchange graph's serialized form plus per-item documents", () => {
    const doc = fixtureGraph();
    const payload = toGraphPayload(doc);
    const strip = <T extends { attributes?: Record<string, unknown> }>(items: T[]) => items.map((i) => ({ ...i, attributes: Object.fromEntries(Object.entries(i.attributes ?? {}).filter(([k]) => k !== "docs")) }));
    const exchange = exchangeExport(doc);
    expect(payload.graph.options).toEqual(exchange.options);
    expect(payload.graph.attributes).toEqual(exchange.attributes);
    expect(strip(payload.graph.nodes)).toEqual(strip(exchange.nodes));
    expect(strip(payload.graph.edges)).toEqual(strip(exchange.edges));
    expect(payload.graph.edges.find((e) => e.key === "rel:location:israel>released>person:nael-barghouti")?.attributes?.docs).toEqual(["doc:prisoner-swap"]);
  });
});

describe("API parameters", () => {
  it.each([
    ["", {}],
    ["focus=Hamas&depth=2", { focus: "Hamas", depth: 2 }],
    ["type=Person&type=Location", { types: ["Person", "Location"] }],
    ["predicate=", { predicates: [""] }],
    ["doc=a.txt", { docs: ["a.txt"] }],
  ])("parses %j", (query, expected) => {
    expect(parseSelector(new URLSearchParams(query))).toEqual({ focus: undefined, depth: undefined, types: undefined, predicates: undefined, docs: undefined, ...expected });
  });

  it.each([
    [undefined, {}, true],
    ["2023-10-07", { from: "2024-01-01" }, false],
    ["2023-10-07", { to: "2023-10-07" }, true],
    ["2025-02", { from: "2025-02-10", to: "2025-02-20" }, true],
    ["2025", { from: "2024-06" }, true],
    ["2025-03-01", { from: "2025-02-26", to: "2025-02-27" }, false],
    ["--01-19", { from: "2025-02-26" }, true],
    ["2023-10-07T08:00", { from: "2023-10-08" }, false],
  ])("dateInRange(%j, %j) is %j", (date, range, expected) => {
    expect(dateInRange(date, range)).toBe(expected);
  });

  it("filterByDate keeps undated relations", () => {
    const doc = fixtureGraph();
    const kept = filterByDate(doc, { from: "2025-01-01" });
    expect(kept.relations.filter((r) => !r.date)).toHaveLength(doc.relations.filter((r) => !r.date).length);
    expect(kept.relations.some((r) => r.date === "2023-10-07")).toBe(false);
  });
});
