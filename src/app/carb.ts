// OpenIE tuples in CaRB's tab-separated format (CONTRACT §2): sentence, confidence, relation, arg1, arg2.
import type { AnalyzedDocument } from "../model/types.js";

const clean = (s: string) => s.replace(/[\t\r\n]+/g, " ");

export function toCarb(docs: readonly AnalyzedDocument[]): string {
  let out = "";
  for (const d of docs) {
    for (const t of d.triples) {
      out += [clean(d.document.text), t.confidence.toFixed(2), clean(t.predicateText), clean(t.subjectText ?? t.subject.text), clean(t.objectText ?? t.object.text)].join("\t") + "\n";
    }
  }
  return out;
}
