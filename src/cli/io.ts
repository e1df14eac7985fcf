// Where CLI output goes: results to stdout, everything else (progress, logs, errors) to stderr.
import { KgError } from "../errors.js";
import { isoDate } from "../input/html.js";
import type { LoadFailure } from "../input/sources.js";

export const out = (text: string) => process.stdout.write(text);
export const log = (text: string) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);

export function formatError(error: KgError): string {
  return `kg: error: ${error.message}${error.suggestion ? `\n  hint: ${error.suggestion}` : ""}`;
}

/** Reports per-file failures on stderr; the caller decides the exit code. */
export function reportFailures(failures: readonly LoadFailure[]): void {
  for (const f of failures) log(formatError(f.error));
}

/** Thrown after partial success, so the entry point sets a non-zero exit code without a second message. */
export class PartialFailure extends KgError {
  constructor(readonly failed: number) {
    super("INPUT_UNSUPPORTED", `${failed} input(s) failed`);
  }
}

export function parseIntOption(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new KgError("USAGE", `invalid ${name} "${value}": expecting a non-negative integer`);
    return n;
  };
}

/** A --date value: a calendar date written YYYY-MM-DD. */
export function parseDateOption(value: string): string {
  const date = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || isoDate(date) !== date) {
    throw new KgError("USAGE", `invalid date "${value}": expecting a calendar date written YYYY-MM-DD, e.g. 2025-01-10`);
  }
  return date;
}

export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new KgError("USAGE", `invalid size "${value}": expecting a number with an optional k, m or g suffix`);
  const mult = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  return Math.round(Number(m[1]) * mult);
}

export const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(",").map((v) => v.trim()).filter(Boolean)];
