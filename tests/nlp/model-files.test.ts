import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { inflateModelFiles, inflateSync, readModelBytes } from "../../src/nlp/model-files.js";

const dir = mkdtempSync(join(tmpdir(), "kg-model-files-"));
// Larger than zlib's 16 KB chunks, so a wrong chunk size would show as a short or padded result.
const body = Buffer.from(Array.from({ length: 50_000 }, (_, i) => `${i % 977} `).join(""));
const gz = join(dir, "m.bin.gz");
const plain = join(dir, "m.txt");
writeFileSync(gz, gzipSync(body));
writeFileSync(plain, body);

describe("model files", () => {
  it.each([
    ["gzipped", gzipSync(body)],
    ["plain", body],
    ["empty", Buffer.alloc(0)],
  ])("inflateSync of %s bytes gives the original bytes", (_, data) => {
    expect(inflateSync(data).equals(data.length ? body : Buffer.alloc(0))).toBe(true);
  });

  it.each([gz, plain])("readModelBytes reads %s whole, with or without inflating it ahead of time", async (path) => {
    expect(readModelBytes(path).equals(body)).toBe(true);
    await Promise.all(inflateModelFiles([path]));
    expect(readModelBytes(path).equals(body)).toBe(true);
    // The bytes inflated ahead of time are taken once; a second read goes to the file again.
    expect(readModelBytes(path).equals(body)).toBe(true);
  });

  it("leaves a missing file's error to readModelBytes", async () => {
    const missing = join(dir, "none.bin.gz");
    await Promise.all(inflateModelFiles([missing]));
    expect(() => readModelBytes(missing)).toThrow(/ENOENT/);
  });

  it("reports a damaged gzip file", async () => {
    const bad = join(dir, "bad.bin.gz");
    writeFileSync(bad, gzipSync(body).subarray(0, 200));
    await Promise.all(inflateModelFiles([bad]));
    expect(() => readModelBytes(bad)).toThrow();
  });
});
