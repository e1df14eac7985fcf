import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StoreError } from "../../src/errors.js";
import { buildGraph } from "../../src/graph/resolve.js";
import { EmbeddedStore } from "../../src/store/embedded.js";
import { DocBuilder } from "../helpers/docs.js";

const tmp = () => join(mkdtempSync(join(tmpdir(), "kg-store-")), "graph.json");

function docA() {
  const a = new DocBuilder("Acme Corp hired Jane Roe in Paris.", "a.txt");
  a.triple(a.mention("Acme Corp", "Organization"), "hired", a.mention("Jane Roe", "Person"));
  a.mention("Paris", "Location");
  return a.build();
}

function docB() {
  const b = new DocBuilder("Roe left Acme Corp.", "b.txt");
  b.triple(b.mention("Roe", "Person"), "left", b.mention("Acme Corp", "Organization"));
  return b.build();
}

async function ingest(path: string, ...docs: ReturnType<typeof docA>[]) {
  const store = await EmbeddedStore.open(path, { write: true });
  for (const d of docs) await store.write(buildGraph([d], await store.entityIndex()));
  await store.close();
}

async function snapshot(path: string) {
  const store = await EmbeddedStore.open(path);
  const s = await store.stats();
  const g = await store.subgraph();
  await store.close();
  return { stats: s, graph: g };
}

describe("EmbeddedStore", () => {
  it("persists, and re-ingesting the same document changes nothing", async () => {
    const path = tmp();
    await ingest(path, docA());
    const first = await snapshot(path);
    const bytes = readFileSync(path, "utf8");
    await ingest(path, docA());
    expect(await snapshot(path)).toEqual(first);
    expect(readFileSync(path, "utf8")).toBe(bytes);
    expect(first.stats).toMatchObject({ documents: 1, entities: 3, relations: 1 });
  });

  it("merges a second document's entities with the first", async () => {
    const path = tmp();
    await ingest(path, docA(), docB());
    const { stats, graph } = await snapshot(path);
    expect(stats).toMatchObject({ documents: 2, entities: 3, relations: 2 });
    const roe = graph.entities.find((e) => e.id === "person:jane-roe")!;
    expect(roe.aliases).toContain("Roe");
    expect(roe.mentions).toHaveLength(2);
  });

  it("answers show, entities and focus queries", async () => {
    const path = tmp();
    await ingest(path, docA(), docB());
    const store = await EmbeddedStore.open(path);
    const roe = await store.getEntity("Roe");
    expect(roe.entity.name).toBe("Jane Roe");
    expect(roe.mentions[0]!.sentenceText).toBe("Acme Corp hired Jane Roe in Paris.");
    expect(roe.relations.map((r) => `${r.direction} ${r.predicate} ${r.other.name}`).sort()).toEqual(["in hired Acme Corp", "out left Acme Corp"]);
    expect(roe.relations[0]!.evidence[0]!.sentenceText).toBeTruthy();
    expect((await store.listEntities({ type: "Location" })).map((e) => e.name)).toEqual(["Paris"]);
    expect((await store.listEntities({ search: "acme" })).map((e) => e.name)).toEqual(["Acme Corp"]);
    const sub = await store.subgraph({ focus: "Jane Roe", depth: 1, predicates: ["left"] });
    expect(sub.relations.map((r) => r.predicate)).toEqual(["left"]);
    expect(sub.entities.map((e) => e.name).sort()).toEqual(["Acme Corp", "Jane Roe"]);
    const byDoc = await store.subgraph({ docs: ["b.txt"] });
    expect(byDoc.relations.map((r) => r.predicate)).toEqual(["left"]);
    await expect(store.getEntity("Nobody")).rejects.toThrow(/not found: entity "Nobody"/);
    await store.close();
  });

  it("refuses a second writer with a clear error, and allows it after close", async () => {
    const path = tmp();
    const first = await EmbeddedStore.open(path, { write: true });
    await expect(EmbeddedStore.open(path, { write: true })).rejects.toMatchObject({ code: "STORE_LOCKED" });
    await first.close();
    const second = await EmbeddedStore.open(path, { write: true });
    await second.close();
  });

  it.each([
    ["not JSON", "{\"format\": \"kg-st", /damaged \(not valid JSON/],
    ["foreign JSON", JSON.stringify({ hello: "world" }), /is not a kg store/],
    ["another version", JSON.stringify({ format: "kg-store", version: 99, graph: { nodes: [], edges: [] } }), /version 99/],
    ["no graph", JSON.stringify({ format: "kg-store", version: 1 }), /damaged \(no graph/],
  ])("reports a %s file clearly", async (_name, content, message) => {
    const path = tmp();
    writeFileSync(path, content);
    const error = await EmbeddedStore.open(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(message);
    expect((error as StoreError).suggestion).toBeTruthy();
  });

  it("never leaves a half-written file: the write is a rename of a complete temporary file", async () => {
    const path = tmp();
    await ingest(path, docA());
    const before = readFileSync(path, "utf8");
    const store = await EmbeddedStore.open(path, { write: true });
    // A delta that fails to apply (a relation to a node that cannot be added) must leave memory and disk as they were.
    const bad = { ...buildGraph([docB()]), entities: [{ id: "person:jane-roe", name: "x", type: "Person" as const, aliases: [], mentions: null as never }] };
    await expect(store.write(bad)).rejects.toThrow();
    await store.close();
    expect(readFileSync(path, "utf8")).toBe(before);
  });
});
