// The seed article against its hand-made gold graph, with the shared scorer: the acceptance bar.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kg, ROOT, tempDir } from "../helpers/cli.js";

const SHARED = join(ROOT, "../shared/eval");

describe.skipIf(!existsSync(SHARED) && !process.env.CI)("seed article score (needs ../shared/eval)", () => {
  it("meets the bar: entity F1 >= 80, core relation recall >= 60, precision >= 60, <= 2 split entities", async () => {
    const r = await kg(["extract", "seeds/ceasefire-talks-cairo.txt", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const out = join(tempDir(), "seed.json");
    writeFileSync(out, r.stdout);
    const report = execFileSync(process.execPath, [join(SHARED, "score.mjs"), out, join(SHARED, "seed-gold.json")], { encoding: "utf8" });
    const m = /SCORE entityF1=([\d.]+) coreRelRecall=([\d.]+) relPrecisionEst=([\d.]+) splitEntities=(\d+)/.exec(report);
    expect(m, report).not.toBeNull();
    const [, f1, recall, precision, split] = m!.map(Number);
    expect(f1, report).toBeGreaterThanOrEqual(80);
    expect(recall, report).toBeGreaterThanOrEqual(60);
    expect(precision, report).toBeGreaterThanOrEqual(60);
    expect(split, report).toBeLessThanOrEqual(2);
  });
});
