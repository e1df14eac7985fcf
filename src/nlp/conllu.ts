// CoNLL-U reading and writing that preserves everything: comment lines, multiword-token lines
// (`1-2`), empty nodes (`8.1`) and all ten columns of every line, so that a file read and written
// back is byte-identical (apart from line endings, normalized to "\n", and blank-line runs between
// sentences, normalized to one).
//
// Only "word" lines (integer ids) are syntactic words; taggers and parsers read and fill those.

export type ConlluLineKind = "comment" | "word" | "multiword" | "empty";

export interface ConlluCommentLine {
  readonly kind: "comment";
  /** The whole line, including the leading "#". */
  text: string;
}

export interface ConlluTokenLine {
  readonly kind: "word" | "multiword" | "empty";
  /** The ten tab-separated columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC. */
  cols: string[];
}

export type ConlluLine = ConlluCommentLine | ConlluTokenLine;

export interface ConlluSentence {
  /** Every line of the sentence in file order. */
  lines: ConlluLine[];
}

/** Column indexes. */
export const ID = 0;
export const FORM = 1;
export const LEMMA = 2;
export const UPOS = 3;
export const XPOS = 4;
export const FEATS = 5;
export const HEAD = 6;
export const DEPREL = 7;
export const DEPS = 8;
export const MISC = 9;

export class ConlluError extends Error {
  constructor(message: string, readonly line: number) {
    super(`line ${line}: ${message}`);
    this.name = "ConlluError";
  }
}

const MULTIWORD_ID = /^\d+-\d+$/;
const EMPTY_ID = /^\d+\.\d+$/;
const WORD_ID = /^\d+$/;

/** Parses CoNLL-U text into sentences. Lines with other than 10 columns raise a ConlluError. */
export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      current = null;
      continue;
    }
    if (!current) {
      current = { lines: [] };
      sentences.push(current);
    }
    if (line.startsWith("#")) {
      current.lines.push({ kind: "comment", text: line });
      continue;
    }
    const cols = line.split("\t");
    if (cols.length !== 10) throw new ConlluError(`expected 10 tab-separated columns, found ${cols.length}`, i + 1);
    const id = cols[ID];
    let kind: ConlluTokenLine["kind"];
    if (WORD_ID.test(id)) kind = "word";
    else if (MULTIWORD_ID.test(id)) kind = "multiword";
    else if (EMPTY_ID.test(id)) kind = "empty";
    else throw new ConlluError(`bad token id ${JSON.stringify(id)}`, i + 1);
    current.lines.push({ kind, cols });
  }
  return sentences;
}

/** Formats sentences as CoNLL-U: each sentence's lines, then one blank line. */
export function formatConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (const line of s.lines) out.push(line.kind === "comment" ? line.text : line.cols.join("\t"));
    out.push("");
  }
  return out.length ? out.join("\n") + "\n" : "";
}

/** The syntactic-word lines of a sentence (integer ids), in order. */
export function wordLines(sentence: ConlluSentence): ConlluTokenLine[] {
  const words: ConlluTokenLine[] = [];
  for (const line of sentence.lines) if (line.kind === "word") words.push(line);
  return words;
}

/** The value of a `# key = value` comment, or undefined. */
export function commentValue(sentence: ConlluSentence, key: string): string | undefined {
  for (const line of sentence.lines) {
    if (line.kind !== "comment") continue;
    const m = /^#\s*([^=]+?)\s*=\s?(.*)$/.exec(line.text);
    if (m && m[1] === key) return m[2];
  }
  return undefined;
}

/** A sentence's syntactic words as parallel arrays (heads 0-based, -1 for the root). */
export interface TreebankSentence {
  id?: string;
  forms: string[];
  upos: string[];
  xpos: string[];
  /** 0-based head index, -1 for the root, -2 when the HEAD column is "_" or unparsable. */
  heads: number[];
  deprels: string[];
}

/** Word-level view of parsed CoNLL-U, for training and evaluation. */
export function toTreebank(sentences: readonly ConlluSentence[]): TreebankSentence[] {
  const out: TreebankSentence[] = [];
  for (const s of sentences) {
    const words = wordLines(s);
    if (words.length === 0) continue;
    const t: TreebankSentence = { id: commentValue(s, "sent_id"), forms: [], upos: [], xpos: [], heads: [], deprels: [] };
    // Word ids are normally 1..n; map them in case a file numbers them otherwise.
    const index = new Map<string, number>();
    words.forEach((w, k) => index.set(w.cols[ID], k));
    for (const w of words) {
      t.forms.push(w.cols[FORM]);
      t.upos.push(w.cols[UPOS]);
      t.xpos.push(w.cols[XPOS]);
      const h = w.cols[HEAD];
      t.heads.push(h === "0" ? -1 : (index.get(h) ?? -2));
      t.deprels.push(w.cols[DEPREL]);
    }
    out.push(t);
  }
  return out;
}
