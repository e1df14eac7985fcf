// The graph document contract (shared/CONTRACT.md §1) on the seed article, through the real CLI.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphDocument } from "../../src/model/types.js";
import { kg, ROOT, tempDir } from "../helpers/cli.js";

const SEED = "seeds/ceasefire-talks-cairo.txt";
const text = readFileSync(join(ROOT, SEED), "utf8");
let graph: GraphDocument;
let raw: string;

beforeAll(async () => {
  const r = await kg(["extract", SEED, "--format", "json"]);
  expect(r.code, r.stderr).toBe(0);
  raw = r.stdout;
  graph = JSON.parse(raw);
});

describe("kg extract --format json", () => {
  it("describes the document with a content-hash id, its source and title", () => {
    expect(graph.documents).toEqual([{ id: expect.stringMatching(/^doc:[0-9a-f]{16}$/), source: SEED, title: text.split("\n")[0] }]);
  });

  it("gives mention offsets that slice the document to the mention text", () => {
    expect(graph.entities.length).toBeGreaterThan(20);
    for (const e of graph.entities) {
      expect(e.mentions.length).toBeGreaterThan(0);
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it("connects relations between entities, with graded confidence and sentence evidence", () => {
    const ids = new Set(graph.entities.map((e) => e.id));
    expect(graph.relations.length).toBeGreaterThan(15);
    for (const r of graph.relations) {
      expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const ev of r.evidence) {
        const sentence = text.slice(ev.start, ev.end);
        expect(sentence).toContain(ev.subjectText.split(" ")[0]);
      }
    }
    expect(new Set(graph.relations.map((r) => r.confidence)).size).toBeGreaterThan(3);
  });

  it("merges a person's name forms into one entity with aliases", () => {
    const halevi = graph.entities.filter((e) => [e.name, ...e.aliases].some((n) => n.includes("Halevi")));
    expect(halevi).toHaveLength(1);
    expect(halevi[0]).toMatchObject({ id: "person:herzi-halevi", name: "Herzi Halevi", type: "Person" });
    expect(halevi[0]!.aliases).toContain("Halevi");
  });

  it("with --fast, uses the fast pipeline's models and still finds the article's people and their relations", async () => {
    const r = await kg(["extract", SEED, "--format", "json", "--fast"]);
    expect(r.code, r.stderr).toBe(0);
    const fast: GraphDocument = JSON.parse(r.stdout);
    expect(r.stdout).not.toBe(raw); // other parses, so (on an article this long) not the same graph
    const halevi = fast.entities.find((e) => e.id === "person:herzi-halevi");
    expect(halevi?.aliases).toContain("Halevi");
    expect(fast.relations.length).toBeGreaterThan(15);
    for (const e of fast.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("is deterministic: the same input gives the same bytes", async () => {
    const again = await kg(["extract", SEED, "--format", "json"]);
    expect(again.stdout).toBe(raw);
  });
});

describe("kg extract --lines --format carb", () => {
  it("prints one tab-separated tuple per line with the input sentence verbatim", async () => {
    const input = "Acme Corp hired Jane Roe in 2020.\nThe storm damaged several houses in the town.\n";
    const r = await kg(["extract", "-", "--lines", "--format", "carb"], { input });
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.trim().split("\n").map((l) => l.split("\t"));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(input.split("\n")).toContain(row[0]);
      expect(Number(row[1])).toBeGreaterThan(0);
      expect(row.length).toBeGreaterThanOrEqual(5);
    }
    expect(rows.some((r) => r[0] === "Acme Corp hired Jane Roe in 2020." && r[2] === "hired" && r[3] === "Acme Corp" && r[4] === "Jane Roe")).toBe(true);
  });
});

describe("kg extract --date and HTML publication dates", () => {
  const dates = (stdout: string) => (JSON.parse(stdout) as GraphDocument).entities.filter((e) => e.type === "Date").map((e) => `${e.name}=${e.value}`).sort();

  it("anchors relative dates on the given date (2025-01-10 is a Friday), by tense", async () => {
    const input = "Gunmen killed five people in Kabul on Monday. The minister will visit Kabul on Monday.\n";
    const r = await kg(["extract", "-", "--date", "2025-01-10"], { input });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).documents[0].date).toBe("2025-01-10");
    expect(dates(r.stdout)).toEqual(["Monday=2025-01-06", "Monday=2025-01-13"]);
  });

  it("rejects a date that is not a calendar day, with a usage error", async () => {
    const r = await kg(["extract", "-", "--date", "2025-02-30"], { input: "Talks resumed on Monday in Cairo.\n" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid date "2025-02-30"');
  });

  it("reads an HTML page's own publication date, which --date overrides", async () => {
    const dir = tempDir();
    const page = join(dir, "a.html");
    writeFileSync(
      page,
      '<html><head><meta property="article:published_time" content="2025-01-10T23:30:00-05:00"><title>Kabul</title></head>' +
        "<body><article><p>Gunmen killed five people in Kabul on Monday, officials said in a statement released to reporters.</p></article></body></html>",
    );
    const own = await kg(["extract", page]);
    expect(own.code, own.stderr).toBe(0);
    expect(dates(own.stdout)).toEqual(["Monday=2025-01-06"]);
    const given = await kg(["extract", page, "--date", "2025-01-20"]);
    expect(dates(given.stdout)).toEqual(["Monday=2025-01-20"]);
  });
});
