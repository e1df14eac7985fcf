// Article text is rendered as text, never as HTML: names, aliases, titles and sentences carrying
// <script> and <img onerror> markup show up literally and run nothing, and the page's CSP holds.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { launchBrowser, openViewer, screenshot, serveStore, skipBrowserSuites, type Browser, type OpenedPage, type TestViewer } from "./browser.js";
import { writeStore, XSS_ALIAS, XSS_NAME } from "./fixtures.js";

describe.skipIf(skipBrowserSuites())("hostile article text in the viewer", () => {
  let browser: Browser;
  let viewer: TestViewer;
  let opened: OpenedPage;

  beforeAll(async () => {
    viewer = await serveStore(await writeStore(join(tempDir("kg-viz-xss-"), "graph.json")));
    browser = await launchBrowser();
    opened = await openViewer(browser.context, viewer.url);
  });

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
  });

  const injected = (o: OpenedPage) => o.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

  it("shows a hostile name in search results as text", async () => {
    const { page } = opened;
    await page.fill("#search-input", "onerror");
    const hit = page.locator("#search-results li[data-entity]").first();
    await expect.poll(() => hit.locator(".hit-label").textContent()).toBe(XSS_NAME);
    expect(await page.locator("#search-results img, #search-results script").count()).toBe(0);
    await page.fill("#search-input", "script");
    await expect.poll(() => page.locator("#search-results .hit-alias").first().textContent()).toBe(`aka ${XSS_ALIAS}`);
    expect(await injected(opened)).toBeUndefined();
  });

  it("renders the hostile entity's panel (name, alias, title, sentences) as text", async () => {
    const { page } = opened;
    await page.fill("#search-input", "onerror");
    await page.locator("#search-results li[data-entity]").first().waitFor();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator('[data-testid="panel-name"]').textContent()).toBe(XSS_NAME);
    const panel = page.locator("#panel");
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain(XSS_ALIAS);
    expect(text).toContain(`Hostile ${XSS_ALIAS} article`);
    expect(text).toContain(`${XSS_NAME} criticized Benjamin Netanyahu <b>loudly</b>.`);
    expect(await panel.locator("img, script, b, iframe").count()).toBe(0);
    expect(await page.locator("body img, body script:not([src])").count()).toBe(0);
    await page.waitForTimeout(300);
    await screenshot(page, "06-hostile-entity");
    expect(await injected(opened)).toBeUndefined();
  });

  it("renders a neighbor's panel that quotes the hostile sentence as text", async () => {
    const { page, errors } = opened;
    await page.click('#panel button.entity-link[data-entity="person:benjamin-netanyahu"]');
    await expect.poll(() => page.locator('[data-testid="panel-name"]').textContent()).toBe("Benjamin Netanyahu");
    expect((await page.locator("#panel").textContent()) ?? "").toContain(XSS_NAME);
    expect(await page.locator("#panel img, #panel script").count()).toBe(0);
    expect(await injected(opened)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it("serves the page with a strict Content-Security-Policy", async () => {
    const response = await fetch(viewer.url);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    // An inline script injected into the DOM is refused by the policy.
    const ran = await opened.page.evaluate(async () => {
      const s = document.createElement("script");
      s.textContent = "window.__inline = 1";
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      s.remove();
      return (window as unknown as { __inline?: number }).__inline;
    });
    expect(ran).toBeUndefined();
  });
});
