// Model files as their decompressed bytes. Every loader reads its file through readModelBytes, which
// inflates a gzipped file synchronously, unless inflateModelFiles already started reading and
// inflating it off the main thread (node's thread pool): then it takes those bytes. So a caller that
// loads several models starts all their files at once and builds each model on the main thread
// while the larger files are still inflating (loadAnnotators does).

import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { gunzip, gunzipSync } from "node:zlib";

const gunzipAsync = promisify(gunzip);

/** Bytes inflated ahead of time, by absolute path; taken (and forgotten) by readModelBytes. */
const inflated = new Map<string, Buffer>();

function isGzip(data: Uint8Array): boolean {
  return data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
}

/** data inflated when it is gzipped, else as it is. */
export function inflateSync(data: Uint8Array): Buffer {
  return isGzip(data) ? gunzipSync(data, { chunkSize: inflatedSize(data) }) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * The inflated size a gzip member records in its last four bytes (modulo 2^32; at least zlib's
 * smallest chunk). Inflating into one chunk of that size writes the bytes once, where zlib's 16 KB
 * chunks are joined by a copy at the end, and off the main thread takes one trip to the thread pool
 * (with small chunks each next one waits for the main thread, which is busy building another model).
 */
function inflatedSize(data: Uint8Array): number {
  const n = data.length >= 4 ? new DataView(data.buffer, data.byteOffset + data.length - 4, 4).getUint32(0, true) : 0;
  // deflate inflates at most ~1032-fold: a larger size is a damaged file, left to zlib to report.
  return n > data.length * 1032 ? 16 * 1024 : Math.max(n + 1, 64);
}

/** The contents of a model file, inflated when it is gzipped. */
export function readModelBytes(path: string): Buffer {
  const ready = inflated.get(path);
  if (ready) {
    inflated.delete(path);
    return ready;
  }
  return inflateSync(readFileSync(path));
}

/**
 * Starts reading and inflating the files off the main thread; each promise resolves when its
 * file's bytes are ready for readModelBytes (a file that cannot be read is left to it, to fail there).
 */
export function inflateModelFiles(paths: readonly string[]): Promise<void>[] {
  return paths.map(async (path) => {
    try {
      const data = await readFile(path);
      inflated.set(path, isGzip(data) ? await gunzipAsync(data, { chunkSize: inflatedSize(data) }) : data);
    } catch {
      // readModelBytes reads the file again and reports the error where the model is built.
    }
  });
}

