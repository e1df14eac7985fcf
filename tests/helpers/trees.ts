// Hand-built parsed sentences for rule tests: one token per line, "word UPOS XPOS HEAD DEPREL" with 1-based
// heads (0 = root) as in CoNLL-U, so the trees read like treebank entries and need no trained model.
import type { Mention, Sentence, Token } from "../../src/model/types.js";
import type { EntityType } from "../../src/model/types.js";

export function tree(spec: string, index = 0, offset = 0): Sentence {
  const rows = spec.trim().split("\n").map((l) => l.trim().split(/\s+/));
  const tokens: Token[] = [];
  let at = offset;
  for (const [text, upos, xpos, head, deprel] of rows) {
    tokens.push({ text: text!, start: at, end: at + text!.length, upos, xpos, head: Number(head) - 1, deprel });
    at += text!.length + 1;
  }
  const text = tokens.map((t) => t.text).join(" ");
  return { index, start: offset, end: offset + text.length, text, tokens };
}

/** A named mention over tokens [from, to) of a sentence. */
export function named(s: Sentence, from: number, to: number, type: EntityType, name?: string): Mention {
  const start = s.tokens[from]!.start;
  const end = s.tokens[to - 1]!.end;
  const text = s.text.slice(start - s.start, end - s.start);
  return { start, end, sentence: s.index, text, name: name ?? text, type, tokenStart: from, tokenEnd: to };
}
