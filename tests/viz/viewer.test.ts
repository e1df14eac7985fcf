// The viewer's flows in a real browser, on the hand-made fixture graph: load, search and panel, type
// filter, ego depth, exports that parse back into the shown subgraph, PNG, layout start/stop.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { launchBrowser, openViewer, screenshot, searchAndChoose, serveStore, skipBrowserSuites, visibleCounts, type Browser, type OpenedPage, type TestViewer } from "./browser.js";
import { fixtureGraph, writeStore } from "./fixtures.js";
import { colorPixels, decodePng, distinctColors, inkedPixels } from "./png.js";

const fixture = fixtureGraph();

/** Node and edge keys of the current view, as the JSON export button downloads them. */
async function shownSubgraph(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-export="json"]')]);
  const g = new MultiDirectedGraph();
  g.import(JSON.parse(readFileSync((await download.path())!, "utf8")));
  return { nodes: g.nodes().sort(), edges: g.edges().sort() };
}

describe.skipIf(skipBrowserSuites())("viewer on the fixture graph", () => {
  let browser: Browser;
  let viewer: TestViewer;
  let opened: OpenedPage;

  beforeAll(async () => {
    viewer = await serveStore(await writeStore(join(tempDir("kg-viz-"), "graph.json")));
    browser = await launchBrowser();
    opened = await openViewer(browser.context, viewer.url);
  });

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
  });

  it("loads with no console errors and draws the graph", async () => {
    const { page, errors } = opened;
    expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBe("true");
    expect(await visibleCounts(page)).toEqual({ nodes: fixture.entities.length, edges: fixture.relations.length });
    await page.waitForTimeout(300);
    const shot = decodePng(await screenshot(page, "01-loaded"));
    const box = (await page.locator("#sigma-container").boundingBox())!;
    const region = { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
    expect(inkedPixels(shot, region)).toBeGreaterThan(2000);
    expect(distinctColors(shot, region)).toBeGreaterThan(8);
    expect(errors).toEqual([]);
  });

  it("search selects Herzi Halevi and the panel shows his mentions and evidence sentences", async () => {
    const { page } = opened;
    await page.fill("#search-input", "halevi");
    const first = page.locator("#search-results li[data-entity]").first();
    await expect.poll(() => first.getAttribute("data-entity")).toBe("person:herzi-halevi");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator('[data-testid="panel-name"]').textContent()).toBe("Herzi Halevi");
    const panel = page.locator("#panel");
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain("Israeli military chief General Herzi Halevi took responsibility for the failures of October 7.");
    expect(text).toContain("Herzi Halevi commands the Israeli military.");
    expect(text).toContain("Halevi had already announced his resignation last month.");
    expect(await panel.locator("mark.mention").count()).toBe(3);
    expect(await panel.locator(".relation").count()).toBe(2);
    expect(await panel.locator(".evidence").count()).toBe(3);
    await page.waitForTimeout(500);
    await screenshot(page, "02-search-halevi");
  });

  it("hovering an entity highlights its neighbors and fades the rest", async () => {
    const { page } = opened;
    // Choosing Herzi Halevi centered the camera on him: hover the middle of the stage.
    await page.waitForTimeout(600);
    const box = (await page.locator("#sigma-container").boundingBox())!;
    const region = { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
    const green = [0x59, 0xa1, 0x4f] as const; // Location: Israel is two hops away
    await page.mouse.move(region.x + region.width - 5, region.y + 5);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.locator("#sigma-container").screenshot(); // settle
    await page.mouse.move(region.x + region.width / 2, region.y + region.height / 2);
    await page.waitForTimeout(200);
    const hovered = decodePng(await screenshot(page, "02b-hover-halevi"));
    expect(colorPixels(hovered, region, green)).toBe(0);
    expect(colorPixels(hovered, region, [0xf2, 0x8e, 0x2b])).toBeGreaterThan(20); // Israeli military, a neighbor, keeps its color
    await page.mouse.move(region.x + region.width - 5, region.y + 5);
    await page.waitForTimeout(200);
    await page.click("#reset-view");
    await page.waitForTimeout(600);
    expect(colorPixels(decodePng(await page.screenshot()), region, green)).toBeGreaterThan(20);
    await searchAndChoose(page, "Herzi Halevi");
  });

  it("clicking a neighbor in the panel moves there", async () => {
    const { page } = opened;
    await page.click('#panel button.entity-link[data-entity="organization:israeli-military"]');
    await expect.poll(() => page.locator('[data-testid="panel-name"]').textContent()).toBe("Israeli military");
    await searchAndChoose(page, "Herzi");
    await expect.poll(() => page.locator('[data-testid="panel-name"]').textContent()).toBe("Herzi Halevi");
  });

  it("changing the ego depth changes the visible node count, as the store's subgraph does", async () => {
    const { page } = opened;
    const counts: number[] = [];
    for (const depth of [1, 2, 3]) {
      await page.selectOption("#ego-depth", String(depth));
      const expected = await viewer.store.subgraph({ focus: "person:herzi-halevi", depth });
      await expect.poll(async () => (await visibleCounts(page)).nodes).toBe(expected.entities.length);
      expect((await visibleCounts(page)).edges).toBe(expected.relations.length);
      counts.push((await visibleCounts(page)).nodes);
    }
    expect(counts).toEqual([3, 4, 7]);
    await page.waitForTimeout(500);
    await screenshot(page, "03-ego-depth-3");
  });

  it("exports the current view as JSON, GraphML and GEXF that parse back into the same subgraph", async () => {
    const { page } = opened;
    await page.selectOption("#ego-depth", "2");
    const expected = await viewer.store.subgraph({ focus: "person:herzi-halevi", depth: 2 });
    const ids = { nodes: expected.entities.map((e) => e.id).sort(), edges: expected.relations.map((r) => r.id).sort() };
    expect(await shownSubgraph(page)).toEqual(ids);

    for (const format of ["graphml", "gexf"] as const) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(`button[data-export="${format}"]`)]);
      expect(download.suggestedFilename()).toBe(`graph.${format}`);
      const text = readFileSync((await download.path())!, "utf8");
      const g = format === "graphml" ? graphml.parse(MultiDirectedGraph, text) : gexf.parse(MultiDirectedGraph, text);
      expect(g.nodes().sort()).toEqual(ids.nodes);
      expect(g.edges().sort()).toEqual(ids.edges);
      expect(g.getNodeAttribute("person:herzi-halevi", "label")).toBe("Herzi Halevi");
    }
  });

  it("a type filter in the legend hides nodes, and one control resets to the whole graph", async () => {
    const { page } = opened;
    await page.click("#reset-view");
    await expect.poll(async () => (await visibleCounts(page)).nodes).toBe(fixture.entities.length);
    const locations = fixture.entities.filter((e) => e.type === "Location").length;
    await page.click('.legend button[data-type="Location"]');
    await expect.poll(async () => (await visibleCounts(page)).nodes).toBe(fixture.entities.length - locations);
    expect(await page.getAttribute('.legend button[data-type="Location"]', "aria-pressed")).toBe("false");
    const shown = await shownSubgraph(page);
    expect(shown.nodes).toHaveLength(fixture.entities.length - locations);
    expect(shown.nodes.some((n) => n.startsWith("location:"))).toBe(false);
    await page.waitForTimeout(300);
    await screenshot(page, "04-locations-hidden");
    await page.click("#reset-view");
    await expect.poll(async () => (await visibleCounts(page)).nodes).toBe(fixture.entities.length);
  });

  it("filters by predicate, document and relation date, and exports agree", async () => {
    const { page } = opened;
    await page.click("details.predicates summary");
    await page.click('details.predicates button:text("None")');
    await page.check('input[data-predicate="attacked"]');
    await expect.poll(async () => (await visibleCounts(page)).edges).toBe(1);
    expect((await shownSubgraph(page)).edges).toEqual(["rel:organization:hamas>attacked>location:israel"]);
    await page.click('details.predicates button:text("All")');

    await page.selectOption("#doc-filter", "doc:prisoner-swap");
    const bySwap = await viewer.store.subgraph({ docs: ["doc:prisoner-swap"] });
    await expect.poll(async () => (await visibleCounts(page)).nodes).toBe(bySwap.entities.length);
    expect((await visibleCounts(page)).edges).toBe(bySwap.relations.length);
    await page.selectOption("#doc-filter", "");

    // Dates present: 2023-10-07, 2025-02-26, 2025-02-27. Move "from" past 2023.
    await page.locator("#time-from").fill("1");
    await expect.poll(() => page.locator("#time-label").textContent()).toBe("2025-02-26 – 2025-02-27");
    const dated = fixture.relations.filter((r) => r.date && r.date < "2025-02-26").length;
    await expect.poll(async () => (await visibleCounts(page)).edges).toBe(fixture.relations.length - dated);
    expect((await shownSubgraph(page)).edges).toHaveLength(fixture.relations.length - dated);
    await page.click("#reset-view");
    await expect.poll(async () => (await visibleCounts(page)).edges).toBe(fixture.relations.length);
  });

  it("exports a PNG of the view", async () => {
    const { page } = opened;
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-export="png"]')]);
    expect(download.suggestedFilename()).toBe("kg-graph.png");
    const image = decodePng(readFileSync((await download.path())!));
    expect(image.width).toBeGreaterThan(500);
    expect(inkedPixels(image)).toBeGreaterThan(2000);
    expect(distinctColors(image)).toBeGreaterThan(8);
  });

  it("runs ForceAtlas2 in a worker and stops it", async () => {
    const { page, errors } = opened;
    const before = await page.screenshot();
    await page.click("#layout-toggle");
    expect(await page.getAttribute("#layout-toggle", "aria-pressed")).toBe("true");
    await page.waitForTimeout(1500);
    await page.click("#layout-toggle");
    expect(await page.getAttribute("#layout-toggle", "aria-pressed")).toBe("false");
    await page.waitForTimeout(300);
    const after = await screenshot(page, "05-after-forceatlas2");
    expect(after.equals(before)).toBe(false);
    await page.click("#layout-reset");
    expect(errors).toEqual([]);
  });

  it("opens the same way each time (deterministic initial layout)", async () => {
    const again = await openViewer(browser.context, viewer.url);
    const third = await openViewer(browser.context, viewer.url);
    await again.page.waitForTimeout(300);
    await third.page.waitForTimeout(300);
    const a = await again.page.locator("#sigma-container").screenshot();
    const b = await third.page.locator("#sigma-container").screenshot();
    expect(a.equals(b)).toBe(true);
    await again.page.close();
    await third.page.close();
  });
});
