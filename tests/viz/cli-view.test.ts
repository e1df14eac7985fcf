// `kg view` as a user runs it: prints the URL on stdout, serves the viewer and the API on 127.0.0.1,
// and stops cleanly on SIGTERM.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, ROOT, tempDir } from "../helpers/cli.js";
import { writeStore } from "./fixtures.js";

const registered = existsSync(CLI) && readFileSync(CLI, "utf8").includes("registerView");
if (!registered) console.warn("[viz] skipping kg view CLI test: the built CLI does not register `view` yet (npm run build)");

describe.skipIf(!registered)("kg view", () => {
  it("prints its URL, serves the store, and exits 0 on SIGTERM", async () => {
    const store = await writeStore(join(tempDir("kg-view-cli-"), "graph.json"));
    const child = spawn(process.execPath, [CLI, "view", "--port", "0", "--store", store], { cwd: ROOT, env: { ...process.env, KG_STORE: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const exited = new Promise<number | null>((done) => child.on("close", (code) => done(code)));
    try {
      const deadline = Date.now() + 60_000;
      while (!/http:\/\/\S+\n/.test(stdout) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
      const url = /(http:\/\/\S+)\n/.exec(stdout)?.[1];
      expect(url, stderr).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const stats = (await (await fetch(`${url}api/stats`)).json()) as { entities: number };
      expect(stats.entities).toBeGreaterThan(0);
      const page = await fetch(url!);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div class="sigma-container"');
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
  });
});
