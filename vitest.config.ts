import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Neo4j and browser suites share one server and one chromium: run files one at a time.
    fileParallelism: false,
    reporters: ["default", "./tests/summary-reporter.ts"],
  },
});
