// Bad input through the real CLI: each bad file gets a clear message naming it, the good ones still go in,
// the exit code is non-zero, and the store never holds part of a failed document.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { kg, tempDir } from "../helpers/cli.js";

const GOOD = "Acme Corporation hired Jane Roe as chief executive on Monday. Roe said the company would expand into Canada next year, and investors welcomed the news.\n";

let dir: string;
beforeAll(() => {
  dir = tempDir();
  const articles = join(dir, "articles");
  mkdirSync(articles);
  writeFileSync(join(articles, "good.txt"), GOOD);
  writeFileSync(join(articles, "empty.txt"), "");
  writeFileSync(join(articles, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(articles, "scan.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0x01, 0x02, 0x03]));
  writeFileSync(join(articles, "latin1.txt"), Buffer.concat([Buffer.from("The caf"), Buffer.from([0xe9]), Buffer.from(" opened in Paris on Monday.")]));
  writeFileSync(join(articles, "french.txt"), "Le gouvernement français a annoncé lundi une nouvelle réforme des retraites, et les syndicats ont appelé à la grève dans tout le pays.\n");
  writeFileSync(join(dir, "huge.txt"), Buffer.alloc(20 * 1024 * 1024, "a "));
});

describe("kg ingest with bad input", () => {
  it("reports every bad file by name, ingests the good one, and exits non-zero", async () => {
    const store = join(dir, "store.json");
    const r = await kg(["ingest", join(dir, "articles"), join(dir, "huge.txt"), join(dir, "missing.txt"), "--store", store]);
    expect(r.code).toBe(1);
    const lines = r.stderr.split("\n").filter((l) => l.startsWith("kg: error:"));
    const expectations: [string, RegExp][] = [
      ["empty.txt", /the file is empty/],
      ["image.png", /not an article file \(\.png\)/],
      ["scan.txt", /binary file/],
      ["latin1.txt", /invalid UTF-8 at byte 7/],
      ["french.txt", /does not look like English/],
      ["huge.txt", /20\.0 MB, over the 5\.0 MB limit/],
      ["missing.txt", /no such file or directory/],
    ];
    for (const [file, message] of expectations) {
      const line = lines.find((l) => l.includes(file));
      expect(line, `a message about ${file} in:\n${r.stderr}`).toBeDefined();
      expect(line).toMatch(message);
    }
    expect(lines).toHaveLength(expectations.length);
    expect(r.stderr).toMatch(/ingested 1 document/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack traces
    const stats = JSON.parse((await kg(["stats", "--json", "--store", store])).stdout);
    expect(stats.documents).toBe(1);
  });

  it("accepts a large file when the limit is raised, and stdin with -", async () => {
    const r = await kg(["extract", "-", "--format", "json"], { input: GOOD });
    expect(r.code).toBe(0);
    const graph = JSON.parse(r.stdout);
    expect(graph.documents[0].source).toBe("-");
  });

  it("gives a usage error for an unknown format, with a hint", async () => {
    const r = await kg(["extract", join(dir, "articles", "good.txt"), "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown format "xml"/);
    expect(r.stderr).toMatch(/hint:/);
  });

  it("explains a damaged store instead of crashing", async () => {
    const store = join(dir, "damaged.json");
    writeFileSync(store, "{ not json");
    const r = await kg(["stats", "--store", store]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/damaged\.json is damaged/);
    expect(r.stderr).toMatch(/hint: restore it from a backup/);
  });
});
