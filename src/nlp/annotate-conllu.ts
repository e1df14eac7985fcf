// Fills UPOS, XPOS, HEAD and DEPREL of every syntactic word of a CoNLL-U document with the
// committed tagger and parser, given its tokenization (the FORM column). Everything else is copied
// through: comments, multiword-token lines, empty nodes and the other columns. Backs
// `kg nlp --conllu FILE`.

import { DEPREL, FORM, HEAD, ID, UPOS, XPOS, formatConllu, parseConllu, wordLines } from "./conllu.js";
import { type Parser, defaultParser } from "./parser.js";
import { type Tagger, defaultTagger } from "./tagger.js";

export interface AnnotateOptions {
  /** Defaults to the committed models. */
  tagger?: Tagger;
  parser?: Parser;
  /** Keep the file's own UPOS/XPOS and only parse (default false). */
  keepTags?: boolean;
}

export function annotateConllu(conlluText: string, options: AnnotateOptions = {}): string {
  const tagger = options.keepTags ? undefined : (options.tagger ?? defaultTagger());
  const parser = options.parser ?? defaultParser();
  const sentences = parseConllu(conlluText);
  for (const sentence of sentences) {
    const words = wordLines(sentence);
    if (words.length === 0) continue;
    const forms = words.map((w) => w.cols[FORM]);
    let upos: string[];
    let xpos: string[];
    if (tagger) {
      ({ upos, xpos } = tagger.tag(forms));
      words.forEach((w, i) => {
        w.cols[UPOS] = upos[i];
        w.cols[XPOS] = xpos[i];
      });
    } else {
      upos = words.map((w) => w.cols[UPOS]);
      xpos = words.map((w) => w.cols[XPOS]);
    }
    const { heads, deprels } = parser.parse(forms, upos, xpos);
    words.forEach((w, i) => {
      w.cols[HEAD] = heads[i] < 0 ? "0" : words[heads[i]].cols[ID];
      w.cols[DEPREL] = deprels[i];
    });
  }
  return formatConllu(sentences);
}
