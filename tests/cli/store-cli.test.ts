// ingest, stats, entities, show and export through the real CLI on the embedded store.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import graphml from "graphology-graphml";
import { beforeAll, describe, expect, it } from "vitest";
import { kg, ROOT, tempDir } from "../helpers/cli.js";

const FIX = join(ROOT, "tests/fixtures");
let dir: string;
let store: string;

const stats = async (s = store) => JSON.parse((await kg(["stats", "--json", "--store", s])).stdout);

beforeAll(async () => {
  dir = tempDir();
  store = join(dir, "graph.json");
  const r = await kg(["ingest", join(FIX, "acme-hires.txt"), "--store", store]);
  expect(r.code, r.stderr).toBe(0);
});

describe("kg ingest", () => {
  it("is idempotent: ingesting the same file again changes nothing", async () => {
    const before = readFileSync(store, "utf8");
    const first = await stats();
    const r = await kg(["ingest", join(FIX, "acme-hires.txt"), "--store", store]);
    expect(r.code, r.stderr).toBe(0);
    expect(await stats()).toEqual(first);
    expect(readFileSync(store, "utf8")).toBe(before);
  });

  it("is idempotent on the seed article too", async () => {
    const seedStore = join(dir, "seed.json");
    const seed = join(ROOT, "seeds");
    expect((await kg(["ingest", seed, "--store", seedStore])).code).toBe(0);
    const once = readFileSync(seedStore, "utf8");
    expect((await kg(["ingest", seed, "--store", seedStore])).code).toBe(0);
    expect(readFileSync(seedStore, "utf8")).toBe(once);
  });

  it("merges a second article's entities with the first", async () => {
    const s2 = join(dir, "two.json");
    await kg(["ingest", join(FIX, "acme-hires.txt"), join(FIX, "acme-expands.txt"), "--store", s2]);
    const s = await stats(s2);
    expect(s.documents).toBe(2);
    const roe = JSON.parse((await kg(["show", "Roe", "--json", "--store", s2])).stdout);
    expect(roe.entity.name).toBe("Jane Roe");
    expect(roe.documents).toHaveLength(2);
    const acme = JSON.parse((await kg(["entities", "--search", "acme", "--json", "--store", s2])).stdout);
    expect(acme.filter((e: { type: string }) => e.type === "Organization")).toHaveLength(1);
  });

  it("writes documents in batches that resolve exactly as one document at a time", async () => {
    // Cross-document cases where resolving a batch jointly would differ: a surname before the full
    // name, a headline in capitals before the normal spelling, an initial before the first name.
    const texts = [
      "Smith said on Monday that the factory in Leeds would close. Smith met workers from the plant.\n",
      "Mayor John Smith visited the factory in Leeds on Tuesday. Smith promised to find new jobs for the workers.\n",
      "GERMANY beat France 2-1 in Berlin. Germany will play Italy next week, the coach said.\n",
      "A. Becker scored twice. Anna Becker, the captain, said Germany played well.\n",
    ];
    const articles = join(dir, "batch-articles");
    mkdirSync(articles);
    texts.forEach((t, i) => writeFileSync(join(articles, `${i + 1}.txt`), t));
    const exported = async (batch: number) => {
      const s = join(dir, `batch-${batch}.json`);
      const r = await kg(["ingest", articles, "--batch", String(batch), "--store", s]);
      expect(r.code, r.stderr).toBe(0);
      return (await kg(["export", "--format", "json", "--store", s])).stdout;
    };
    const one = await exported(1);
    expect(JSON.parse(one).nodes.length).toBeGreaterThan(10);
    expect(await exported(4)).toBe(one);
    expect(await exported(3)).toBe(one);
  });

  it("lets only one process write a store at a time", async () => {
    const many = join(dir, "many");
    mkdirSync(many);
    const base = readFileSync(join(FIX, "acme-hires.txt"), "utf8");
    for (let i = 0; i < 60; i++) writeFileSync(join(many, `a${i}.txt`), `${base}Update ${i}: the board met again on Friday.\n`);
    const s3 = join(dir, "locked.json");
    const first = kg(["ingest", many, "--store", s3]);
    // Wait until the first process holds the lock, then try a second writer.
    for (let i = 0; i < 100 && !existsSync(`${s3}.lock`); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(`${s3}.lock`), "the first ingest holds the lock").toBe(true);
    const second = await kg(["ingest", join(FIX, "acme-hires.txt"), "--store", s3]);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/being written by another kg process/);
    const done = await first;
    expect(done.code, done.stderr).toBe(0);
    expect(done.stderr).toMatch(/ingest \[/); // a progress bar for many files
    expect((await stats(s3)).documents).toBe(60);
  });
});

describe("looking around", () => {
  it("stats prints counts by type and the most connected entities", async () => {
    const r = await kg(["stats", "--store", store]);
    expect(r.stdout).toMatch(/documents: 1/);
    expect(r.stdout).toMatch(/Organization/);
    expect(r.stdout).toMatch(/most connected:/);
  });

  it("entities filters by type", async () => {
    const people = JSON.parse((await kg(["entities", "--type", "Person", "--json", "--store", store])).stdout);
    expect(people.map((e: { name: string }) => e.name)).toContain("Jane Roe");
    expect(people.every((e: { type: string }) => e.type === "Person")).toBe(true);
  });

  it("show prints aliases, mentions in their sentences and relations with evidence", async () => {
    const r = await kg(["show", "Jane Roe", "--store", store]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Jane Roe {2}\(Person\)/);
    expect(r.stdout).toMatch(/aliases: .*Roe/);
    expect(r.stdout).toContain("[Jane Roe]");
    expect(r.stdout).toMatch(/—hired→/);
    const missing = await kg(["show", "Nobody Here", "--store", store]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/not found: entity "Nobody Here"/);
  });
});

describe("kg export", () => {
  it("writes every format; graphml reads back into the same subgraph", async () => {
    const json = JSON.parse((await kg(["export", "--format", "json", "--store", store])).stdout);
    const out = join(dir, "g.graphml");
    const r = await kg(["export", "--format", "graphml", "--out", out, "--store", store]);
    expect(r.code, r.stderr).toBe(0);
    const back = graphml.parse(MultiDirectedGraph, readFileSync(out, "utf8"));
    expect(back.order).toBe(json.nodes.length);
    expect(back.size).toBe(json.edges.length);
    for (const fmt of ["gexf", "cypher"]) expect((await kg(["export", "--format", fmt, "--store", store])).code).toBe(0);
    const csvDir = join(dir, "csv");
    expect((await kg(["export", "--format", "csv", "--out", csvDir, "--store", store])).code).toBe(0);
    expect(readdirSync(csvDir).sort()).toEqual(["nodes.csv", "relationships.csv"]);
    expect((await kg(["export", "--format", "csv", "--store", store])).stderr).toMatch(/give a directory with --out/);
  });

  it("selects a focus subgraph by depth", async () => {
    const all = JSON.parse((await kg(["export", "--store", store])).stdout);
    const d0 = JSON.parse((await kg(["export", "--focus", "Jane Roe", "--depth", "0", "--store", store])).stdout);
    const d1 = JSON.parse((await kg(["export", "--focus", "Jane Roe", "--depth", "1", "--store", store])).stdout);
    expect(d0.nodes.map((n: { key: string }) => n.key)).toEqual(["person:jane-roe"]);
    expect(d1.nodes.length).toBeGreaterThan(1);
    expect(d1.nodes.length).toBeLessThanOrEqual(all.nodes.length);
  });
});
