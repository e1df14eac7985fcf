// Benchmark (not a test): loads the triples of 1,000+ news documents into Neo4j twice — with kg's
// batched loader (Neo4jStore.write: UNWIND rows, one transaction per batch of documents) and with a
// naive loader (one auto-commit statement per triple) — and prints relationships per second and the ratio.
//
// The documents are CoNLL-2003's Reuters articles (train, then dev, read in place). Their gold entity
// mentions are real; the triples are synthetic: consecutive mentions of a sentence, the predicate being
// the words between them ("rejects", "call to boycott") or "mentioned with". They are resolved into
// entities with kg's own buildGraph, as `kg ingest` would, before anything is timed.
//
//   npm run build && node dist/scripts/bench-neo4j.js [--docs 1000] [--batch 500] [--naive-limit 5000] [--clear]
//
// Needs a Neo4j server (NEO4J_URI, default bolt://127.0.0.1:7687; `npm run neo4j:start`). It deletes
// everything in the database between runs, so it refuses a non-empty database unless --clear is given.
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createProgress } from "../src/app/progress.js";
import { applyDelta, createCorpusGraph, entityIndex } from "../src/graph/corpus.js";
import { buildGraph } from "../src/graph/resolve.js";
import { relationshipType } from "../src/graph/sanitize.js";
import { documentId } from "../src/model/ids.js";
import type { AnalyzedDocument, EntityType, GraphDocument, Mention, Sentence, Triple } from "../src/model/types.js";
import { packageRoot } from "../src/nlp/model-path.js";
import { parseConll2003, type ConllSentence } from "../src/nlp/ner-features.js";
import { cypher } from "../src/store/cypher-files.js";
import { connectNeo4j, resolveNeo4jSettings, type Neo4jConnection } from "../src/store/neo4j-connection.js";
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
    const delta = buildGraph(docs.slice(i, i + batch), entityIndex(graph));
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

async function batched(settings: ReturnType<typeof resolveNeo4jSettings>, deltas: readonly GraphDocument[]): Promise<number> {
  const store = await Neo4jStore.open(settings, { write: true });
  const progress = createProgress(deltas.length, "batched", { enabled: true });
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

async function naive(conn: Neo4jConnection, deltas: readonly GraphDocument[], limit: number): Promise<{ seconds: number; triples: number }> {
  const names = new Map(deltas.flatMap((d) => d.entities.map((e) => [e.id, e] as const)));
  const triples = deltas.flatMap((d) => d.relations).slice(0, limit);
  const statement = cypher("bench-naive-triple");
  const session = conn.session("WRITE");
  const progress = createProgress(triples.length, "naive  ", { enabled: true });
  const t0 = performance.now();
  try {
    for (const r of triples) {
      const s = names.get(r.subject)!;
      const o = names.get(r.object)!;
      await session.run(statement, {
        subject: { id: s.id, name: s.name, type: s.type },
        object: { id: o.id, name: o.name, type: o.type },
        relation: { id: r.id, type: relationshipType(r.predicate), predicate: r.predicate, confidence: r.confidence },
      });
      progress.tick();
    }
  } finally {
    progress.stop();
    await session.close();
  }
  return { seconds: (performance.now() - t0) / 1000, triples: triples.length };
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: "string", default: "1000" },
      batch: { type: "string", default: "500" },
      "naive-limit": { type: "string", default: "5000" },
      clear: { type: "boolean", default: false },
      neo4j: { type: "string" },
    },
  });
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

    await clear(conn);
    const batchedSeconds = await batched(settings, deltas);
    const stored = await count(conn, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)");
    const all = await count(conn, "MATCH ()-[r]->() RETURN count(r)");

    await clear(conn);
    const naiveRun = await naive(conn, deltas, Number(values["naive-limit"]));
    await clear(conn);

    const batchedRate = relations / batchedSeconds;
    const load = loadavg().map((l) => l.toFixed(1)).join(" ");
    const naiveRate = naiveRun.triples / naiveRun.seconds;
    const lines = [
      `corpus: ${documents} CoNLL-2003 documents (train+dev), ${relations} relation records -> ${stored} relation relationships (${all} with MENTIONS and IN_DOCUMENT)`,
      `batched loader (kg, ${values.batch} documents per transaction, full model): ${relations} relationships in ${batchedSeconds.toFixed(2)} s = ${Math.round(batchedRate).toLocaleString("en-US")} rels/s (${Math.round(all / batchedSeconds).toLocaleString("en-US")} rels/s counting mentions and sentence links)`,
      `naive loader (one auto-commit statement per triple): ${naiveRun.triples} relationships in ${naiveRun.seconds.toFixed(2)} s = ${Math.round(naiveRate).toLocaleString("en-US")} rels/s`,
      `ratio: batched / naive = ${(batchedRate / naiveRate).toFixed(1)}x (${((all / batchedSeconds) / naiveRate).toFixed(1)}x counting every relationship the batched loader writes)`,
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
