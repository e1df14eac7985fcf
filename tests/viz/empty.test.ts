// An empty store opens to a message that says what to do, with no errors.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { launchBrowser, openViewer, serveStore, skipBrowserSuites, type Browser, type TestViewer } from "./browser.js";

describe.skipIf(skipBrowserSuites())("viewer on an empty store", () => {
  let browser: Browser;
  let viewer: TestViewer;

  beforeAll(async () => {
    viewer = await serveStore(join(tempDir("kg-viz-empty-"), "graph.json"));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
  });

  it("says the store is empty and how to fill it", async () => {
    const { page, errors } = await openViewer(browser.context, viewer.url);
    expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBe("true");
    expect(await page.locator("#stage-message").textContent()).toContain("kg ingest");
    expect(errors).toEqual([]);
  });
});
