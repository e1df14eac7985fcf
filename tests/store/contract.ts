// The GraphStore contract, run against every store implementation (embedded file, Neo4j).
// Each store must answer like the embedded store — the reference — for the same writes: the last
// test replays a corpus with merges, ties, re-writes and replacements into both and compares everything.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/resolve.js";
import type { AnalyzedDocument, GraphDocument } from "../../src/model/types.js";
import { EmbeddedStore } from "../../src/store/embedded.js";
import type { GraphStore } from "../../src/store/types.js";
import { DocBuilder } from "../helpers/docs.js";

export interface StoreFactory {
  /** A fresh, empty store opened for writing. */
  create(): Promise<GraphStore>;
  /** Closes `store` and opens the same data again, read-only. */
  reopen(store: GraphStore): Promise<GraphStore>;
}

export function embeddedFactory(): StoreFactory {
  const paths = new WeakMap<GraphStore, string>();
  return {
    async create() {
      const path = join(mkdtempSync(join(tmpdir(), "kg-contract-")), "graph.json");
      const store = await EmbeddedStore.open(path, { write: true });
      paths.set(store, path);
      return store;
    },
    async reopen(store) {
      await store.close();
      return EmbeddedStore.open(paths.get(store)!);
    },
  };
}

// ---------------------------------------------------------------- hand-made documents

export function docA(): AnalyzedDocument {
  const a = new DocBuilder("Acme Corp hired Jane Roe in Paris.", "a.txt");
  a.triple(a.mention("Acme Corp", "Organization"), "hired", a.mention("Jane Roe", "Person"));
  a.mention("Paris", "Location");
  return a.build();
}

export function docB(): AnalyzedDocument {
  const b = new DocBuilder("Roe left Acme Corp.", "b.txt");
  b.triple(b.mention("Roe", "Person"), "left", b.mention("Acme Corp", "Organization"));
  return b.build();
}

/** Quotes, backticks, braces, newlines, Cypher comments and other scripts, in names, predicates and types. */
export function hostileDoc(): AnalyzedDocument {
  const text = "O'Brien `DROP` {x} met Zoë \"Ζ\" 東京 Ltd.\nThen }) DETACH DELETE n // met 東京 Ltd again.";
  const h = new DocBuilder(text, "hostile.txt");
  const obrien = h.mention("O'Brien `DROP` {x}", "Person");
  const tokyo = h.mention("東京 Ltd", "Organization");
  h.triple(obrien, "met`]->() DETACH DELETE n //", tokyo, 0.7);
  h.triple(h.mention("Zoë \"Ζ\"", "Person"), "会った", tokyo, 0.6);
  h.triple(h.mention("}) DETACH DELETE n", "Misc"), "met\n{again}", h.mention("東京 Ltd", "Organization", { nth: 1 }), 0.5);
  return h.build();
}

/** Writes documents one at a time, each resolved against what the store holds (as `kg ingest` does). */
export async function ingest(store: GraphStore, ...docs: AnalyzedDocument[]): Promise<void> {
  for (const d of docs) await store.write(buildGraph([d], await store.entityIndex()));
}

/** Every answer a store gives about its content. */
export async function snapshot(store: GraphStore, probes: readonly string[] = []) {
  const index = await store.entityIndex();
  const names = [...new Set([...index.map((e) => e.id), ...index.map((e) => e.name), ...index.flatMap((e) => e.aliases), ...probes])];
  const details: Record<string, unknown> = {};
  for (const n of names) details[n] = await store.getEntity(n).catch((e: { code?: string }) => e.code);
  const types = [...new Set(index.map((e) => e.type))];
  const subgraphs: Record<string, unknown> = { all: await store.subgraph() };
  for (const t of types) subgraphs[`type ${t}`] = await store.subgraph({ types: [t.toUpperCase()] });
  for (const e of index.slice(0, 6)) {
    for (const depth of [0, 1, 2]) subgraphs[`focus ${e.id} ${depth}`] = await store.subgraph({ focus: e.id, depth });
  }
  const stats = await store.stats();
  for (const p of stats.topPredicates.slice(0, 3)) subgraphs[`predicate ${p.predicate}`] = await store.subgraph({ predicates: [p.predicate.toUpperCase()] });
  const all = subgraphs.all as GraphDocument;
  for (const d of all.documents) {
    subgraphs[`doc ${d.id}`] = await store.subgraph({ docs: [d.id] });
    subgraphs[`doc ${d.source}`] = await store.subgraph({ docs: [d.source], types: ["person", "organization"] });
  }
  return {
    index,
    stats,
    lists: {
      all: await store.listEntities(),
      limited: await store.listEntities({ limit: 3 }),
      people: await store.listEntities({ type: "person" }),
      search: await store.listEntities({ search: "ACME" }),
      partial: await store.listEntities({ search: "oe" }),
    },
    details,
    subgraphs,
  };
}

// ---------------------------------------------------------------- the contract

export function storeContract(name: string, factory: () => StoreFactory): void {
  describe(`GraphStore contract: ${name}`, () => {
    it("starts empty", async () => {
      const store = await factory().create();
      try {
        expect(await store.stats()).toEqual({ documents: 0, sentences: 0, entities: 0, relations: 0, entitiesByType: {}, topEntities: [], topPredicates: [] });
        expect(await store.entityIndex()).toEqual([]);
        expect(await store.listEntities()).toEqual([]);
        expect(await store.subgraph()).toEqual({ documents: [], entities: [], relations: [] });
      } finally {
        await store.close();
      }
    });

    it("stores documents, sentences, entities with mentions, and relations with evidence", async () => {
      const f = factory();
      let store = await f.create();
      try {
        await ingest(store, docA());
        store = await f.reopen(store);
        expect(await store.stats()).toMatchObject({ documents: 1, sentences: 1, entities: 3, relations: 1, entitiesByType: { Location: 1, Organization: 1, Person: 1 } });
        const roe = await store.getEntity("Jane Roe");
        expect(roe.entity).toMatchObject({ id: "person:jane-roe", name: "Jane Roe", type: "Person" });
        expect(roe.mentions).toEqual([{ doc: docA().document.id, start: 16, end: 24, text: "Jane Roe", sentence: 0, sentenceText: "Acme Corp hired Jane Roe in Paris.", sentenceStart: 16 }]);
        expect(roe.documents).toEqual([{ id: docA().document.id, source: "a.txt" }]);
        expect(roe.relations).toHaveLength(1);
        expect(roe.relations[0]).toMatchObject({ predicate: "hired", direction: "in", confidence: 0.8, other: { id: "organization:acme-corp", name: "Acme Corp", type: "Organization" } });
        expect(roe.relations[0]!.evidence).toEqual([
          { doc: docA().document.id, sentence: 0, start: 0, end: 34, subjectText: "Acme Corp", predicateText: "hired", objectText: "Jane Roe", confidence: 0.8, sentenceText: "Acme Corp hired Jane Roe in Paris." },
        ]);
      } finally {
        await store.close();
      }
    });

    it("re-writing a document changes nothing", async () => {
      const store = await factory().create();
      try {
        await ingest(store, docA(), docB());
        const first = await snapshot(store);
        await ingest(store, docB());
        await ingest(store, docB());
        expect(await snapshot(store)).toEqual(first);
      } finally {
        await store.close();
      }
    });

    it("merges a second document's entities with the first", async () => {
      const store = await factory().create();
      try {
        await ingest(store, docA(), docB());
        expect(await store.stats()).toMatchObject({ documents: 2, sentences: 2, entities: 3, relations: 2 });
        const roe = await store.getEntity("Roe");
        expect(roe.entity.name).toBe("Jane Roe");
        expect(roe.entity.aliases).toContain("Roe");
        expect(roe.entity.mentions).toHaveLength(2);
        expect(roe.documents.map((d) => d.source).sort()).toEqual(["a.txt", "b.txt"]);
        expect(roe.relations.map((r) => `${r.direction} ${r.predicate} ${r.other.name}`).sort()).toEqual(["in hired Acme Corp", "out left Acme Corp"]);
      } finally {
        await store.close();
      }
    });

    it("answers entities, show and subgraph queries with their filters", async () => {
      const f = factory();
      let store = await f.create();
      try {
        await ingest(store, docA(), docB());
        store = await f.reopen(store);
        expect((await store.listEntities({ type: "location" })).map((e) => e.name)).toEqual(["Paris"]);
        expect((await store.listEntities({ search: "acme" })).map((e) => e.name)).toEqual(["Acme Corp"]);
        expect((await store.listEntities({ limit: 2 })).map((e) => e.name)).toEqual(["Acme Corp", "Jane Roe"]);
        const sub = await store.subgraph({ focus: "Jane Roe", depth: 1, predicates: ["LEFT"] });
        expect(sub.relations.map((r) => r.predicate)).toEqual(["left"]);
        expect(sub.entities.map((e) => e.name)).toEqual(["Acme Corp", "Jane Roe"]);
        expect((await store.subgraph({ focus: "Paris", depth: 3 })).entities.map((e) => e.name)).toEqual(["Paris"]);
        const byDoc = await store.subgraph({ docs: ["b.txt"] });
        expect(byDoc.relations.map((r) => r.predicate)).toEqual(["left"]);
        expect(byDoc.documents.map((d) => d.source).sort()).toEqual(["a.txt", "b.txt"]);
        expect((await store.subgraph({ types: ["Person"] })).entities.map((e) => e.id)).toEqual(["person:jane-roe"]);
      } finally {
        await store.close();
      }
    });

    it("says what is missing with a typed error", async () => {
      const store = await factory().create();
      try {
        await ingest(store, docA());
        await expect(store.getEntity("Nobody")).rejects.toMatchObject({ code: "NOT_FOUND", message: 'not found: entity "Nobody"' });
        await expect(store.subgraph({ focus: "Nobody" })).rejects.toMatchObject({ code: "NOT_FOUND" });
        await expect(store.subgraph({ docs: ["missing.txt"] })).rejects.toMatchObject({ code: "NOT_FOUND", message: "not found: document missing.txt" });
      } finally {
        await store.close();
      }
    });

    it("replaces a document written again with other content", async () => {
      const store = await factory().create();
      try {
        await ingest(store, docA(), docB());
        // The same document id, now saying something else: the old relation and the entity only it mentioned go.
        const other = new DocBuilder("Acme Corp praised Jane Roe in Paris.", "a.txt");
        other.triple(other.mention("Acme Corp", "Organization"), "praised", other.mention("Jane Roe", "Person"));
        const delta = buildGraph([other.build()], await store.entityIndex());
        await store.write({ ...delta, documents: delta.documents.map((d) => ({ ...d, id: docA().document.id })), ...rewriteDoc(delta, other.id, docA().document.id) });
        const stats = await store.stats();
        expect(stats).toMatchObject({ documents: 2, entities: 2, relations: 2 });
        expect(stats.topPredicates.map((p) => p.predicate).sort()).toEqual(["left", "praised"]);
        await expect(store.getEntity("Paris")).rejects.toMatchObject({ code: "NOT_FOUND" });
        expect((await store.getEntity("Jane Roe")).mentions.map((m) => m.sentenceText)).toEqual(["Roe left Acme Corp.", "Acme Corp praised Jane Roe in Paris."]);
      } finally {
        await store.close();
      }
    });

    it("keeps hostile names, predicates and types intact", async () => {
      const f = factory();
      let store = await f.create();
      try {
        await ingest(store, hostileDoc());
        const delta = buildGraph([hostileDoc()]);
        await store.write({ ...delta, entities: delta.entities.map((e) => (e.name.startsWith("})") ? { ...e, type: "Misc`) DETACH DELETE n //" as never } : e)) });
        store = await f.reopen(store);
        const names = (await store.listEntities()).map((e) => e.name).sort();
        expect(names).toEqual(["O'Brien `DROP` {x}", "Zoë \"Ζ\"", "}) DETACH DELETE n", "東京 Ltd"].sort());
        const tokyo = await store.getEntity("東京 Ltd");
        expect(tokyo.relations.map((r) => r.predicate).sort()).toEqual(["met\n{again}", "met`]->() detach delete n //", "会った"].sort());
        expect((await store.getEntity("}) DETACH DELETE n")).entity.type).toBe("Misc`) DETACH DELETE n //");
        expect((await store.listEntities({ search: "zoe" })).map((e) => e.name)).toEqual(['Zoë "Ζ"']);
      } finally {
        await store.close();
      }
    });

    it("refuses to write when opened read-only", async () => {
      const f = factory();
      const store = await f.reopen(await f.create());
      try {
        await expect(store.write(buildGraph([docA()]))).rejects.toMatchObject({ code: "STORE_IO" });
      } finally {
        await store.close();
      }
    });

    it("answers exactly like the embedded store after merges, ties, re-writes and replacements", async () => {
      const embedded = embeddedFactory();
      const f = factory();
      let reference = await embedded.create();
      let store = await f.create();
      try {
        for (const step of corpusSteps()) {
          for (const s of [reference, store]) await step(s);
        }
        // Answers while open for writing (a store may cache), then from a fresh read-only open.
        const probes = ["Smith", "Georgia", "ACME", "Nobody", "roe", "Jordan"];
        const expected = await snapshot(reference, probes);
        expect(expected.stats.relations).toBeGreaterThan(8);
        expect(await snapshot(store, probes)).toEqual(expected);
        reference = await embedded.reopen(reference);
        store = await f.reopen(store);
        expect(await snapshot(store, probes)).toEqual(expected);
      } finally {
        await reference.close();
        await store.close();
      }
    });
  });
}

/** Moves a delta's contributions from one document id to another (a document replaced in place). */
function rewriteDoc(delta: GraphDocument, from: string, to: string): Partial<GraphDocument> {
  const fix = (s: string) => (s === from ? to : s);
  return {
    entities: delta.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, doc: fix(m.doc) })) })),
    relations: delta.relations.map((r) => ({ ...r, evidence: r.evidence.map((ev) => ({ ...ev, doc: fix(ev.doc) })) })),
    sentences: delta.sentences?.map((s) => ({ ...s, id: s.id.replace(from, to), doc: fix(s.doc) })),
  };
}

/** A small corpus written step by step: every step applies to both stores the same way. */
function corpusSteps(): ((s: GraphStore) => Promise<void>)[] {
  const d1 = new DocBuilder("Acme Corp hired Jane Roe in Paris. Roe praised Acme Corp. Acme Corp sued Globex.", "news/d1.txt");
  d1.triple(d1.mention("Acme Corp", "Organization"), "hired", d1.mention("Jane Roe", "Person"));
  d1.mention("Paris", "Location");
  d1.triple(d1.mention("Roe", "Person"), "praised", d1.mention("Acme Corp", "Organization", { nth: 1 }));
  d1.triple(d1.mention("Acme Corp", "Organization", { nth: 2 }), "sued", d1.mention("Globex", "Organization"));

  const d2 = new DocBuilder("Jane Roe left Acme Corp for Globex. Globex hired Jane Roe on Monday.", "news/d2.txt");
  d2.triple(d2.mention("Jane Roe", "Person"), "left", d2.mention("Acme Corp", "Organization"));
  d2.triple(d2.mention("Jane Roe", "Person"), "joined", d2.mention("Globex", "Organization"), 0.6);
  d2.triple(d2.mention("Globex", "Organization", { nth: 1 }), "hired", d2.mention("Jane Roe", "Person", { nth: 1 }), 0.9);
  d2.triple(d2.mention("Globex", "Organization", { nth: 1 }), "hired on", d2.mention("Monday", "Date", { value: "2024-01-01" }), 0.9);

  const d3 = new DocBuilder("Acme Corp hired Jane Roe again. John Smith met Mary Smith. Smith praised Acme Corp.", "news/d3.txt");
  d3.triple(d3.mention("Acme Corp", "Organization"), "hired", d3.mention("Jane Roe", "Person"), 0.5);
  d3.triple(d3.mention("John Smith", "Person"), "met", d3.mention("Mary Smith", "Person"));
  d3.triple(d3.mention("Smith", "Person", { nth: 2 }), "praised", d3.mention("Acme Corp", "Organization", { nth: 1 }));

  const d4 = new DocBuilder("Georgia signed a deal with Acme Corp. Georgia hired Mary Smith.", "other/d4.txt");
  d4.triple(d4.mention("Georgia", "Location"), "signed a deal with", d4.mention("Acme Corp", "Organization"));
  d4.triple(d4.mention("Georgia", "Organization", { nth: 1 }), "hired", d4.mention("Mary Smith", "Person"));

  const d5 = new DocBuilder("Globex praised Roe. Acme Corp met Globex.", "news/d5.txt");
  d5.triple(d5.mention("Globex", "Organization"), "praised", d5.mention("Roe", "Person"));
  d5.triple(d5.mention("Acme Corp", "Organization"), "met", d5.mention("Globex", "Organization", { nth: 1 }));

  // Two entities with one name (a person and a country): ties broken by creation order.
  const d6 = new DocBuilder("Jordan visited Jordan.", "news/d6.txt");
  d6.triple(d6.mention("Jordan", "Person"), "visited", d6.mention("Jordan", "Location", { nth: 1 }));

  const [a1, a2, a3, a4, a5, a6, h] = [d1, d2, d3, d4, d5, d6].map((d) => d.build()).concat(hostileDoc());
  const replaced = new DocBuilder("Globex left Paris. Jane Roe met Georgia.", "news/d2.txt");
  replaced.triple(replaced.mention("Globex", "Organization"), "left", replaced.mention("Paris", "Location"));
  replaced.triple(replaced.mention("Jane Roe", "Person"), "met", replaced.mention("Georgia", "Location"));

  return [
    (s) => ingest(s, a1!, a2!, a3!),
    (s) => ingest(s, a4!, h!, a6!),
    // Two documents in one write.
    async (s) => void (await s.write(buildGraph([a5!, a1!], await s.entityIndex()))),
    // Re-writing the first document moves its contributions, as the embedded store does.
    (s) => ingest(s, a1!),
    // d2 replaced in place by other content.
    async (s) => {
      const delta = buildGraph([replaced.build()], await s.entityIndex());
      await s.write({ ...delta, documents: delta.documents.map((d) => ({ ...d, id: a2!.document.id })), ...rewriteDoc(delta, replaced.id, a2!.document.id) });
    },
    (s) => ingest(s, a3!),
  ];
}
