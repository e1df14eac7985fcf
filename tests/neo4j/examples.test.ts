// The example queries of docs/neo4j.md, read from the document itself, run through `kg query` on the
// seed article ingested by the real pipeline: each returns the rows the article should give.
// These depend on extraction quality (the parser model): a failure here can mean a relation was not extracted.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { kg, ROOT } from "../helpers/cli.js";
import { clearDatabase } from "./helpers.js";
import { neo4jTestConfig, reportSkip } from "./server.js";

const neo = neo4jTestConfig();
reportSkip(neo);

type Row = Record<string, unknown>;

/** `### N. Title` followed by a ```cypher block. */
export function exampleQueries(markdown: string): { n: number; title: string; query: string }[] {
  const out: { n: number; title: string; query: string }[] = [];
  const re = /^### (\d+)\. (.+)\n[\s\S]*?```cypher\n([\s\S]*?)```/gm;
  for (let m; (m = re.exec(markdown)); ) out.push({ n: Number(m[1]), title: m[2]!.trim(), query: m[3]!.trim() });
  return out;
}

const EXAMPLES = exampleQueries(readFileSync(join(ROOT, "docs/neo4j.md"), "utf8"));

/** What the seed article should give for each example. */
const EXPECT: Record<number, (rows: Row[]) => void> = {
  1: (rows) => {
    expect(rows).toContainEqual(expect.objectContaining({ subject: "Hamas", predicate: "launched", object: "attack" }));
    expect(rows).toContainEqual(expect.objectContaining({ subject: "Benjamin Netanyahu", predicate: "sent", object: expect.stringMatching(/^negotiators$/i) }));
    expect(rows.filter((r) => r.subject === "Hamas").length).toBeGreaterThanOrEqual(3);
    const confidences = rows.map((r) => r.confidence as number);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  },
  2: (rows) => {
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const r of rows) {
      expect([r.subject, r.object]).toContain("Herzi Halevi");
      for (const s of r.evidence as string[]) expect(s).toMatch(/Halevi/);
    }
    expect(rows.flatMap((r) => r.evidence as string[]).some((s) => s.includes("took responsibility"))).toBe(true);
  },
  3: (rows) => {
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const r of rows) {
      expect(r.mention).toMatch(/^Hamas/);
      expect(r.text).toContain(r.mention as string);
      expect(r.document).toBe("Talks Resume in Cairo for Second Phase of Israel-Hamas Ceasefire");
    }
    expect(rows.map((r) => r.sentence)).toEqual([...rows.map((r) => r.sentence as number)].sort((a, b) => a - b));
  },
  4: (rows) => {
    expect(rows).toHaveLength(1);
    const path = rows[0]!.path as string[];
    expect(path[0]).toBe("Benjamin Netanyahu");
    expect(path[path.length - 1]).toBe("Hamas");
    expect(rows[0]!.hops).toBeLessThanOrEqual(3);
    expect(rows[0]!.predicates).toHaveLength(rows[0]!.hops as number);
  },
  5: (rows) => {
    expect(rows).toContainEqual({ first: "Hamas", second: "Israel", sentences: expect.any(Number) });
    expect(rows.find((r) => r.first === "Hamas" && r.second === "Israel")!.sentences).toBeGreaterThanOrEqual(2);
  },
  6: (rows) => {
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const r of rows) {
      expect(r.date).toBe("2023-10-07");
      expect(r.sentence).toMatch(/October 7, 2023/);
    }
  },
  7: (rows) => {
    expect(rows[0]).toMatchObject({ entity: "Hamas", type: "Organization" });
    expect(rows.map((r) => r.entity)).toContain("Israel");
    expect(rows).toHaveLength(10);
  },
  8: (rows) => {
    expect(rows[0]).toMatchObject({ name: "Herzi Halevi", type: "Person" });
    expect(rows[0]!.aliases).toContain("Halevi");
  },
};

describe("docs/neo4j.md", () => {
  it("has 6–10 numbered example queries, each with expected rows here", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(6);
    expect(EXAMPLES.length).toBeLessThanOrEqual(10);
    expect(EXAMPLES.map((e) => e.n)).toEqual(Object.keys(EXPECT).map(Number));
  });
});

describe.skipIf(neo.skip)("the README's example queries on the seed article", () => {
  const uri = neo.skip ? "" : neo.uri;

  beforeAll(async () => {
    await clearDatabase();
    const r = await kg(["ingest", join(ROOT, "seeds/ceasefire-talks-cairo.txt"), "--neo4j", uri]);
    expect(r.code, r.stderr).toBe(0);
  }, 120_000);

  it.each(EXAMPLES.map((e) => [`${e.n}. ${e.title}`, e] as const))("%s", async (_name, example) => {
    const r = await kg(["query", example.query, "--format", "json", "--neo4j", uri]);
    expect(r.code, r.stderr).toBe(0);
    EXPECT[example.n]!(JSON.parse(r.stdout) as Row[]);
  });
});
