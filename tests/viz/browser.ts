// Browser test helpers: Debian's chromium driven by playwright-core (the recipe in TECH-NOTES), a
// viewer server over a store file, console-error capture and screenshots in test-artifacts/viz/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ensureViewerBuilt } from "../../src/server/build-viewer.js";
import { startServer, type ViewerServer } from "../../src/server/index.js";
import { EmbeddedStore } from "../../src/store/embedded.js";
import type { GraphStore } from "../../src/store/types.js";

export const CHROMIUM = process.env.KG_CHROMIUM ?? "/usr/bin/chromium";
export const ARTIFACTS = resolve(import.meta.dirname, "../../test-artifacts/viz");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-unsafe-swiftshader",
];

/**
 * Browser suites skip, with a message, when chromium is missing on a developer's machine.
 * In CI (CI=true) they run anyway, so a missing chromium fails them instead of hiding them.
 */
export function skipBrowserSuites(): boolean {
  if (existsSync(CHROMIUM) || process.env.CI) return false;
  console.warn(`[viz] skipping browser tests: ${CHROMIUM} not found (apt-get install -y chromium, or set KG_CHROMIUM)`);
  return true;
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM}: install it with apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), "kg-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface TestViewer {
  readonly url: string;
  readonly store: GraphStore;
  close(): Promise<void>;
}

/** Serves the built viewer over a store file (read-only), on 127.0.0.1 and a free port. */
export async function serveStore(path: string): Promise<TestViewer> {
  const assetsDir = await ensureViewerBuilt();
  const store = await EmbeddedStore.open(path);
  const server: ViewerServer = await startServer({ store, port: 0, assetsDir });
  return {
    url: server.url,
    store,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}

export interface OpenedPage {
  readonly page: Page;
  /** Console errors, failed requests and uncaught exceptions seen so far. */
  readonly errors: string[];
}

export async function openViewer(context: BrowserContext, url: string): Promise<OpenedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => {
    if (!r.url().startsWith("blob:")) errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ""}`);
  });
  await page.goto(url);
  try {
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 30_000 });
  } catch (error) {
    throw new Error(`the viewer did not start: ${(error as Error).message}\n${errors.join("\n")}`);
  }
  return { page, errors };
}

export async function visibleCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  const status = page.locator("#status");
  return { nodes: Number(await status.getAttribute("data-nodes")), edges: Number(await status.getAttribute("data-edges")) };
}

export async function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Types in the search box and chooses the first result. */
export async function searchAndChoose(page: Page, query: string): Promise<void> {
  await page.fill("#search-input", query);
  await page.locator("#search-results li[data-entity]").first().waitFor();
  await page.keyboard.press("Enter");
}
