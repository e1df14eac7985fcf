// The flows on the seed article, ingested by the real pipeline (`kg ingest seeds/` through the
// built CLI): the page loads clean and draws, search selects Herzi Halevi and the panel shows his
// sentences and evidence, a type filter hides nodes, the ego depth changes what is shown, an export
// parses back into the shown subgraph.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, kg, tempDir } from "../helpers/cli.js";
import { launchBrowser, openViewer, screenshot, searchAndChoose, serveStore, skipBrowserSuites, visibleCounts, type Browser, type OpenedPage, type TestViewer } from "./browser.js";
import { decodePng, inkedPixels } from "./png.js";

const noCli = !existsSync(CLI);
if (noCli) console.warn(`[viz] skipping the seed-graph flows: ${CLI} is missing (run npm run build)`);

describe.skipIf(skipBrowserSuites() || noCli)("viewer on the seed graph (real pipeline)", () => {
  let browser: Browser;
  let viewer: TestViewer;
  let opened: OpenedPage;

  beforeAll(async () => {
    const store = join(tempDir("kg-viz-seed-"), "graph.json");
    const ingest = await kg(["ingest", "seeds", "--store", store]);
    if (ingest.code !== 0) throw new Error(`kg ingest seeds failed (${ingest.code}): ${ingest.stderr}`);
    viewer = await serveStore(store);
    browser = await launchBrowser();
    opened = await openViewer(browser.context, viewer.url);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
  });

  it("loads with no console errors and a drawn graph", async () => {
    const { page, errors } = opened;
    const stats = await viewer.store.stats();
    expect(await visibleCounts(page)).toEqual({ nodes: stats.entities, edges: stats.relations });
    await page.waitForTimeout(300);
    const box = (await page.locator("#sigma-container").boundingBox())!;
    const shot = decodePng(await screenshot(page, "seed-01-loaded"));
    expect(inkedPixels(shot, { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) })).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
  });

  it("search selects Herzi Halevi and the panel shows his sentences and evidence", async () => {
    const { page } = opened;
    await searchAndChoose(page, "Herzi");
    await expect.poll(() => page.locator('[data-testid="panel-name"]').textContent()).toBe("Herzi Halevi");
    const details = await viewer.store.getEntity("Herzi Halevi");
    const panel = page.locator("#panel");
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain("Israeli military chief General Herzi Halevi took responsibility");
    for (const m of details.mentions) if (m.sentenceText) expect(text).toContain(m.sentenceText);
    const evidence = details.relations.flatMap((r) => r.evidence);
    expect(await panel.locator(".evidence").count()).toBe(evidence.length);
    for (const e of evidence) if (e.sentenceText) expect(text).toContain(e.sentenceText);
    if (evidence.length === 0) console.warn("[viz] the seed store has no relations for Herzi Halevi yet (parser model pending): evidence sentences not checked");
    await page.waitForTimeout(500);
    await screenshot(page, "seed-02-herzi-halevi");
  });

  it("a type filter hides nodes", async () => {
    const { page } = opened;
    const stats = await viewer.store.stats();
    const locations = stats.entitiesByType.Location ?? 0;
    expect(locations).toBeGreaterThan(0);
    await page.click('.legend button[data-type="Location"]');
    await expect.poll(async () => (await visibleCounts(page)).nodes).toBe(stats.entities - locations);
    await screenshot(page, "seed-03-no-locations");
    await page.click("#reset-view");
    await expect.poll(async () => (await visibleCounts(page)).nodes).toBe(stats.entities);
  });

  it("changing the ego depth changes the visible node count, and the export matches", async () => {
    const { page } = opened;
    await searchAndChoose(page, "Herzi Halevi");
    const counts: number[] = [];
    for (const depth of [1, 2, 3]) {
      await page.selectOption("#ego-depth", String(depth));
      const expected = await viewer.store.subgraph({ focus: "person:herzi-halevi", depth });
      await expect.poll(async () => (await visibleCounts(page)).nodes).toBe(expected.entities.length);
      counts.push(expected.entities.length);
    }
    const whole = (await viewer.store.stats()).entities;
    expect(counts[0]).toBeLessThan(whole);
    await page.waitForTimeout(500);
    await screenshot(page, "seed-04-ego-3");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-export="json"]')]);
    const g = new MultiDirectedGraph();
    g.import(JSON.parse(readFileSync((await download.path())!, "utf8")));
    const expected = await viewer.store.subgraph({ focus: "person:herzi-halevi", depth: 3 });
    expect(g.nodes().sort()).toEqual(expected.entities.map((e) => e.id).sort());
    expect(g.edges().sort()).toEqual(expected.relations.map((r) => r.id).sort());
  });
});
