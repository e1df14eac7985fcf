// Turns the bytes of one input into article text, or says clearly why it cannot.
// Pure: bytes in, text out. Checks: empty, binary, invalid UTF-8, too large, not English.
import { InputError } from "../errors.js";

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface DecodeOptions {
  readonly maxBytes?: number;
  /** Skip the English check (extraction is English-only; other languages give poor graphs). */
  readonly anyLanguage?: boolean;
}

export interface DecodedText {
  readonly text: string;
  readonly isHtml: boolean;
}

// ignoreBOM keeps a byte-order mark in the text, so offsets match the file as any UTF-8 reader returns it.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeBytes(bytes: Uint8Array, source: string, options: DecodeOptions = {}): DecodedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new InputError("INPUT_EMPTY", source, "the file is empty", "give a file that contains article text");
  if (bytes.length > maxBytes) {
    throw new InputError(
      "INPUT_TOO_LARGE",
      source,
      `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for one article`,
      "split it into articles, or raise the limit with --max-size",
    );
  }
  if (looksBinary(bytes)) {
    throw new InputError("INPUT_BINARY", source, "this is a binary file, not text", "give plain text (.txt) or HTML articles");
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError("INPUT_ENCODING", source, `invalid UTF-8 at byte ${at}`, "convert the file to UTF-8 (for example: iconv -f latin1 -t utf-8)");
  }
  const isHtml = looksLikeHtml(text, source);
  if (text.trim().length === 0) throw new InputError("INPUT_EMPTY", source, "the file holds only whitespace", "give a file that contains article text");
  return { text, isHtml };
}

/** After markup is removed: reject texts that are not English prose. */
export function checkLanguage(text: string, source: string, options: DecodeOptions = {}): void {
  if (options.anyLanguage) return;
  const verdict = englishVerdict(text);
  if (!verdict.english) {
    throw new InputError("INPUT_UNSUPPORTED", source, `the text does not look like English (${verdict.reason})`, "kg extracts from English articles; pass --any-language to try anyway");
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / n > 0.1;
}

/** Offset of the first byte that breaks UTF-8 (a bad lead byte, or a lead byte without its continuation). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

function looksLikeHtml(text: string, source: string): boolean {
  if (/\.x?html?$/i.test(source)) return true;
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<") && /<(body|head|article|p)[\s>]/.test(head));
}

const ENGLISH_FUNCTION_WORDS = new Set(
  "the of and to in a is that for on with as was by it at from be are this an have has had were which but not or its their they he she his her said will would".split(" "),
);

/** Frequent function words of other languages written in Latin script (none of them English words). */
const OTHER_FUNCTION_WORDS = new Set(
  (
    "le les des du et est une un que qui dans pour pas sur avec au aux ce cette il elle sont ont été " + // French
    "der das und ist nicht ein eine zu den von mit sich auf für im dem auch wird " + // German
    "el los las y en es por con para del se al lo como más pero sus " + // Spanish
    "il gli di che è per non della sono nel " + // Italian
    "os da em uma com não na " + // Portuguese
    "het een en van dat niet op te zijn voor" // Dutch
  ).split(" ").filter((w) => !ENGLISH_FUNCTION_WORDS.has(w)),
);

/**
 * English or not, from evidence: a non-Latin script, or another language's function words outnumbering
 * English ones. Texts with few function words of any language (tables, results, lists of names) pass.
 */
export function englishVerdict(text: string): { english: boolean; reason: string } {
  const sample = text.slice(0, 20000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return { english: false, reason: "no letters at all" };
  const latin = sample.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  if (latin / letters < 0.7) return { english: false, reason: "mostly non-Latin script" };
  const words = sample.toLowerCase().match(/[a-z\u00C0-\u024F]+/g) ?? [];
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  const other = words.filter((w) => OTHER_FUNCTION_WORDS.has(w)).length;
  if (other >= 3 && other > 2 * english) return { english: false, reason: `${other} function words of another language, ${english} English ones` };
  return { english: true, reason: "ok" };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
