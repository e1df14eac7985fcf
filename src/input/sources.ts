// Loads articles from files, directories (recursively) and stdin into Documents.
// Each input either becomes a Document or a typed failure; one bad file never stops the others.
import { readFile, readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { InputError, KgError } from "../errors.js";
import { documentId } from "../model/ids.js";
import type { Document } from "../model/types.js";
import { checkLanguage, decodeBytes, type DecodeOptions } from "./decode.js";
import { htmlToArticle } from "./html.js";

export interface LoadOptions extends DecodeOptions {
  /** Treat every non-empty line as its own document (sentence-level benchmarks). */
  readonly lines?: boolean;
  /** Publication date (YYYY-MM-DD) of every input, the anchor for relative dates; over an HTML page's own. */
  readonly date?: string;
  readonly stdin?: () => Promise<Uint8Array>;
}

export interface LoadFailure {
  readonly source: string;
  readonly error: KgError;
}

export interface InputItem {
  readonly source: string;
  readonly read: () => Promise<Uint8Array>;
}

/** Expands paths into readable items; missing paths become failures. Directories are walked in sorted order. */
export async function expandInputs(paths: readonly string[], options: LoadOptions = {}): Promise<{ items: InputItem[]; failures: LoadFailure[] }> {
  const items: InputItem[] = [];
  const failures: LoadFailure[] = [];
  for (const p of paths) {
    if (p === "-") {
      items.push({ source: "-", read: options.stdin ?? readStdin });
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch {
      failures.push({ source: p, error: new InputError("INPUT_NOT_FOUND", p, "no such file or directory", "check the path") });
      continue;
    }
    if (info.isDirectory()) {
      const files = await walk(p);
      if (files.length === 0) failures.push({ source: p, error: new InputError("INPUT_NO_TEXT", p, "the directory holds no files", "give a directory of .txt or .html articles") });
      for (const f of files) {
        if (isArticleFile(f)) items.push({ source: f, read: () => readFile(f) });
        else failures.push({ source: f, error: new InputError("INPUT_UNSUPPORTED", f, `not an article file (${extname(f)})`, `in a directory kg reads ${ARTICLE_EXTENSIONS.join(", ")} and extensionless files; name the file itself to read it anyway`) });
      }
    } else {
      items.push({ source: p, read: () => readFile(p) });
    }
  }
  return { items, failures };
}

/** Files a directory walk reads as articles; others are reported, not guessed at. */
export const ARTICLE_EXTENSIONS = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"];

export function isArticleFile(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === "" || ARTICLE_EXTENSIONS.includes(ext);
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile()) out.push(full);
  }
  return out;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Bytes of one input to one or more Documents (several with `lines`). Throws InputError. */
export function toDocuments(bytes: Uint8Array, source: string, options: LoadOptions = {}): Document[] {
  const decoded = decodeBytes(bytes, source, options);
  if (options.lines) {
    const docs: Document[] = [];
    for (const line of decoded.text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
      if (!line.trim()) continue;
      docs.push({ id: documentId(line), source, text: line, ...(options.date ? { date: options.date } : {}) });
    }
    return docs;
  }
  let text = decoded.text;
  let title: string | undefined;
  let date = options.date;
  if (decoded.isHtml) {
    const article = htmlToArticle(text);
    text = article.text;
    title = article.title;
    date ??= article.date;
    if (!text.trim()) throw new InputError("INPUT_NO_TEXT", source, "the HTML page holds no article text", "give the article's page, not an index or script");
  }
  checkLanguage(text, source, options);
  return [{ id: documentId(text), source, text, title: title ?? guessTitle(text), ...(date ? { date } : {}) }];
}

/** The first line is a title when it is short and does not end like a sentence. */
export function guessTitle(text: string): string | undefined {
  const first = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0]?.trim() ?? "";
  if (!first || first.length > 160 || /[.!?:;,]["\u201d']?$/.test(first)) return undefined;
  if (text.trim() === first) return undefined;
  return first;
}

export async function loadDocuments(paths: readonly string[], options: LoadOptions = {}): Promise<{ documents: Document[]; failures: LoadFailure[] }> {
  const { items, failures } = await expandInputs(paths, options);
  const documents: Document[] = [];
  for (const item of items) {
    try {
      documents.push(...toDocuments(await item.read(), item.source, options));
    } catch (error) {
      failures.push({ source: item.source, error: asKgError(error, item.source) });
    }
  }
  return { documents, failures };
}

export function asKgError(error: unknown, source: string): KgError {
  if (error instanceof KgError) return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "EISDIR") return new InputError("INPUT_UNSUPPORTED", source, "is a directory", undefined);
  if (code === "EACCES") return new InputError("INPUT_NOT_FOUND", source, "permission denied", "check the file's permissions");
  return new KgError("INTERNAL", `${source}: ${(error as Error)?.message ?? String(error)}`, { subject: source, cause: error });
}
