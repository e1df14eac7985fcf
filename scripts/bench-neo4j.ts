// Benchmark (not a test): loads 1,000 news documents' worth of triples into Neo4j with kg's batched loader
// (Neo4jStore.write, as `kg ingest` calls it: UNWIND rows, one transaction per 100 documents) and with a
// naive loader writing the same model one auto-commit statement at a time (per triple, mention and
// sentence), and prints relationships per second for both and the ratio.
//
// The documents are CoNLL-2003's Reuters articles (train, then dev, read in place). Their gold entity
// mentions are real; the triples are synthetic: consecutive mentions of a sentence, the predicate being
// the words between them ("rejects", "call to boycott") or "mentioned with". They are resolved into
// entities with kg's own resolution, as `kg ingest` does, before anything is timed. Both loaders get
// untimed warm-up rounds (the server's JIT, relationship-type tokens); the median of the timed rounds counts.
//
//   npm run bench:neo4j   (= npm run build && node dist/scripts/bench-neo4j.js)
//   node dist/scripts/bench-neo4j.js [--docs 1000] [--batch 100] [--naive-docs 100] [--rounds 3] [--warmup 2] [--clear]
//
// Needs a Neo4j server (NEO4J_URI, default bolt://127.0.0.1:7687; `npm run neo4j:start`). It deletes
// everything in the database between runs, so it refuses a non-empty database unless --clear is given.
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_BATCH } from "../src/app/ingest.js";
import { createProgress } from "../src/app/progress.js";
import { applyDelta, createCorpusGraph, entityIndex } from "../src/graph/corpus.js";
import { buildGraphInOrder } from "../src/graph/batch.js";
import { relationshipType } from "../src/graph/sanitize.js";
import { documentId, sentenceId } from "../src/model/ids.js";
import type { AnalyzedDocument, EntityType, GraphDocument, Mention, Sentence, Triple } from "../src/model/types.js";
import { packageRoot } from "../src/nlp/model-path.js";
import { parseConll2003, type ConllSentence } from "../src/nlp/ner-features.js";
import { cypher } from "../src/store/cypher-files.js";
import { connectNeo4j, resolveNeo4jSettings, type Neo4jConnection } from "../src/store/neo4j-connection.js";
import { evidenceArrays } from "../src/store/neo4j-rows.js";
import { Neo4jStore } from "../src/store/neo4j.js";

/** CoNLL-2003 lives beside the repository (../shared), read in place. */
const DATA = ["train.txt", "dev.txt"].map((f) => join(packageRoot(), "..", "shared", "data", "conll2003", f));
const TYPES: Record<string, EntityType> = { PER: "Person", ORG: "Organization", LOC: "Location", MISC: "Misc" };

// ---------------------------------------------------------------- corpus

/** One CoNLL document as an analysed document: text rebuilt from the tokens, gold mentions, synthetic triples. */
export function conllDocument(sentences: readonly ConllSentence[], source: string): AnalyzedDocument {
  const text = sentences.map((s) => s.words.join(" ")).join("\n");
  const out: Sentence[] = [];
  const mentions: Mention[] = [];
  const triples: Triple[] = [];
  let offset = 0;
  sentences.forEach((s, index) => {
    const starts: number[] = [];
    let at = offset;
    for (const w of s.words) {
      starts.push(at);
      at += w.length + 1;
    }
    const sentenceText = s.words.join(" ");
    out.push({ index, start: offset, end: offset + sentenceText.length, text: sentenceText, tokens: [] });
    const found: { m: Mention; first: number; last: number }[] = [];
    for (let i = 0; i < s.words.length; i++) {
      const tag = s.tags[i]!;
      if (tag === "O") continue;
      const type = tag.slice(2);
      let j = i + 1;
      while (j < s.words.length && s.tags[j] === `I-${type}`) j++;
      const start = starts[i]!;
      const end = starts[j - 1]! + s.words[j - 1]!.length;
      const name = text.slice(start, end);
      const m: Mention = { start, end, sentence: index, text: name, name, type: TYPES[type] ?? "Misc", tokenStart: i, tokenEnd: j };
      mentions.push(m);
      found.push({ m, first: i, last: j });
      i = j - 1;
    }
    for (let k = 0; k + 1 < found.length; k++) {
      const a = found[k]!;
      const b = found[k + 1]!;
      const between = s.words.slice(a.last, b.first).filter((w) => /^[a-z][a-z-]*$/i.test(w)).slice(0, 3).map((w) => w.toLowerCase());
      const predicate = between.length ? between.join(" ") : "mentioned with";
      triples.push({ sentence: index, subject: a.m, predicate, object: b.m, predicateSpan: { start: a.m.end, end: b.m.start }, predicateText: predicate, confidence: 0.6 + 0.3 * ((k % 3) / 2) });
    }
    offset += sentenceText.length + 1;
  });
  return { document: { id: documentId(text), source, title: out[0]?.text.slice(0, 80), text }, sentences: out, mentions, triples };
}

/** The corpus as deltas of `batch` documents, each resolved against everything before it (as ingest does). */
function corpusDeltas(limit: number, batch: number): { deltas: GraphDocument[]; documents: number } {
  const docs: AnalyzedDocument[] = [];
  for (const file of DATA) {
    if (docs.length >= limit) break;
    parseConll2003(readFileSync(file, "utf8")).forEach((sentences, i) => {
      if (docs.length < limit) docs.push(conllDocument(sentences, `${file.split("/").pop()}#${i + 1}`));
    });
  }
  const graph = createCorpusGraph();
  const deltas: GraphDocument[] = [];
  for (let i = 0; i < docs.length; i += batch) {
    const delta = buildGraphInOrder(docs.slice(i, i + batch), entityIndex(graph));
    applyDelta(graph, delta);
    deltas.push(delta);
  }
  return { deltas, documents: docs.length };
}

// ---------------------------------------------------------------- loaders

async function count(conn: Neo4jConnection, query: string): Promise<number> {
  const session = conn.session("READ");
  try {
    return (await session.run(query)).records[0]!.get(0) as number;
  } finally {
    await session.close();
  }
}

async function clear(conn: Neo4jConnection): Promise<void> {
  const session = conn.session("WRITE");
  try {
    await session.run(cypher("bench-clear"));
  } finally {
    await session.close();
  }
}

async function batched(settings: ReturnType<typeof resolveNeo4jSettings>, deltas: readonly GraphDocument[], title: string): Promise<number> {
  const store = await Neo4jStore.open(settings, { write: true });
  const progress = createProgress(deltas.length, title, { enabled: true });
  const t0 = performance.now();
  try {
    for (const d of deltas) {
      await store.write(d);
      progress.tick(`${d.documents.length} documents`);
    }
  } finally {
    progress.stop();
    await store.close();
  }
  return (performance.now() - t0) / 1000;
}

/** One statement the naive loader sends: a Cypher file and its parameters. */
type Statement = readonly [name: string, params: Record<string, unknown>];

/**
 * The naive loader's statements for the first `limit` documents: the same model as the batched loader
 * (documents, sentences, mentions, relations with their evidence), one auto-commit statement per item.
 */
function naiveStatements(deltas: readonly GraphDocument[], limit: number): Statement[] {
  const docs = new Set(deltas.flatMap((d) => d.documents.map((x) => x.id)).slice(0, limit));
  const entities = new Map(deltas.flatMap((d) => d.entities.map((e) => [e.id, { id: e.id, name: e.name, type: e.type }] as const)));
  const out: Statement[] = [];
  for (const delta of deltas) {
    for (const d of delta.documents) if (docs.has(d.id)) out.push(["bench-naive-document", { id: d.id, source: d.source }]);
    for (const s of delta.sentences ?? []) if (docs.has(s.doc)) out.push(["bench-naive-sentence", { ...s }]);
    for (const e of delta.entities) {
      for (const m of e.mentions) {
        if (docs.has(m.doc) && m.sentence !== undefined) {
          out.push(["bench-naive-mention", { sentence: sentenceId(m.doc, m.sentence), entity: entities.get(e.id), doc: m.doc, start: m.start, end: m.end, text: m.text }]);
        }
      }
    }
    for (const r of delta.relations) {
      const evidence = r.evidence.filter((ev) => docs.has(ev.doc));
      if (!evidence.length) continue;
      const props = { id: r.id, predicate: r.predicate, confidence: r.confidence, ...evidenceArrays(evidence) };
      out.push(["bench-naive-triple", { subject: entities.get(r.subject), object: entities.get(r.object), relation: { id: r.id, type: relationshipType(r.predicate), props } }]);
    }
  }
  return out;
}

async function naive(conn: Neo4jConnection, statements: readonly Statement[], title: string): Promise<number> {
  const session = conn.session("WRITE");
  const progress = createProgress(statements.length, title, { enabled: true });
  const t0 = performance.now();
  try {
    for (const [name, params] of statements) {
      await session.run(cypher(name), params);
      progress.tick();
    }
  } finally {
    progress.stop();
    await session.close();
  }
  return (performance.now() - t0) / 1000;
}

// ---------------------------------------------------------------- main

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const rate = (n: number): string => Math.round(n).toLocaleString("en-US");

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: "string", default: "1000" },
      batch: { type: "string", default: String(DEFAULT_BATCH) },
      "naive-docs": { type: "string", default: "100" },
      rounds: { type: "string", default: "3" },
      warmup: { type: "string", default: "2" },
      clear: { type: "boolean", default: false },
      neo4j: { type: "string" },
    },
  });
  const rounds = Math.max(1, Number(values.rounds));
  const warmups = Math.max(0, Number(values.warmup));
  const naiveDocs = Number(values["naive-docs"]);
  const settings = resolveNeo4jSettings({ uri: values.neo4j || process.env.NEO4J_URI || "bolt://127.0.0.1:7687" });
  const conn = await connectNeo4j(settings);
  try {
    if (!values.clear && (await count(conn, "MATCH (n) RETURN count(n)")) > 0) {
      throw new Error(`the database at ${settings.uri} is not empty; the benchmark deletes everything in it: run it against a scratch server, or pass --clear`);
    }
    process.stderr.write("building the corpus (CoNLL-2003 documents, gold mentions, synthetic triples, kg entity resolution) ...\n");
    const t0 = performance.now();
    const { deltas, documents } = corpusDeltas(Number(values.docs), Number(values.batch));
    const relations = deltas.reduce((n, d) => n + d.relations.length, 0);
    const mentions = deltas.reduce((n, d) => n + d.entities.reduce((k, e) => k + e.mentions.length, 0), 0);
    process.stderr.write(`  ${documents} documents, ${relations} relation records, ${mentions} mentions, in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

    const statements = naiveStatements(deltas, naiveDocs);
    // Warm-up (untimed): the server's JIT compiles the loaders' query plans, and the relationship-type
    // tokens of the corpus exist afterwards, so the timed rounds measure steady-state loading, for both.
    for (let w = 0; w < warmups; w++) {
      await clear(conn);
      await batched(settings, deltas, "warm-up batched");
      await clear(conn);
      await naive(conn, statements, "warm-up naive  ");
    }
    const batchedSeconds: number[] = [];
    let stored = 0;
    let all = 0;
    for (let r = 0; r < rounds; r++) {
      await clear(conn);
      batchedSeconds.push(await batched(settings, deltas, `batched ${r + 1}/${rounds}`));
      stored = await count(conn, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)");
      all = await count(conn, "MATCH ()-[r]->() RETURN count(r)");
    }
    const naiveSeconds: number[] = [];
    let naiveRelations = 0;
    let naiveAll = 0;
    for (let r = 0; r < rounds; r++) {
      await clear(conn);
      naiveSeconds.push(await naive(conn, statements, `naive   ${r + 1}/${rounds}`));
      naiveRelations = await count(conn, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)");
      naiveAll = await count(conn, "MATCH ()-[r]->() RETURN count(r)");
    }
    await clear(conn);

    const batchedRate = all / median(batchedSeconds);
    const naiveRate = naiveAll / median(naiveSeconds);
    const load = loadavg().map((l) => l.toFixed(1)).join(" ");
    const seconds = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(" / ");
    const lines = [
      `corpus: ${documents} CoNLL-2003 documents (train+dev): ${relations} relation records -> ${all} relationships (${stored} relations, the rest MENTIONS and IN_DOCUMENT)`,
      `rounds: ${warmups} untimed warm-up, then the median of ${rounds} timed rounds per loader (database emptied before each)`,
      `batched loader (kg's Neo4jStore.write, ${values.batch} documents per transaction): ${all} relationships in ${seconds(batchedSeconds)} s -> ${rate(batchedRate)} relationships/s (${rate(stored / median(batchedSeconds))} relations/s)`,
      `naive loader (the same model, one auto-commit statement per triple, mention and sentence; first ${naiveDocs} documents): ${naiveAll} relationships (${naiveRelations} relations) in ${seconds(naiveSeconds)} s -> ${rate(naiveRate)} relationships/s (${rate(naiveRelations / median(naiveSeconds))} relations/s)`,
      `ratio: batched / naive = ${(batchedRate / naiveRate).toFixed(1)}x relationships/s`,
      `machine: ${cpus().length} CPUs, load average ${load}; Neo4j at ${settings.uri}`,
    ];
    process.stdout.write(lines.join("\n") + "\n");
  } finally {
    await conn.close();
  }
}

main().catch((error: Error & { suggestion?: string }) => {
  process.stderr.write(`bench-neo4j: ${error.message}${error.suggestion ? `\n  hint: ${error.suggestion}` : ""}\n`);
  process.exitCode = 1;
});
