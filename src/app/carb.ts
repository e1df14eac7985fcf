// OpenIE tuples in CaRB's tab-separated format (CONTRACT §2): sentence, confidence, relation, arg1, arg2, more args.
import type { AnalyzedDocument } from "../model/types.js";

const clean = (s: string) => s.replace(/[\t\r\n]+/g, " ");

export function toCarb(docs: readonly AnalyzedDocument[]): string {
  let out = "";
  for (const d of docs) {
    for (const p of d.propositions ?? []) {
      out += [clean(d.document.text), p.confidence.toFixed(2), clean(p.relation), ...p.args.map(clean)].join("\t") + "\n";
    }
  }
  return out;
}
