// Reading aid for rule work: the named entities and the triples the pipeline gets from each article,
// one article at a time, as plain text that diffs well between two versions of the code:
//
//   node dist/scripts/probe.js ARTICLE_OR_DIR... [--date YYYY-MM-DD] > now.txt   (tests/fixtures/probes holds a set)
//   (in a worktree of the base commit, the same) > base.txt; diff base.txt now.txt
//
// Per article: "E type name [aliases]" for each named entity, then "T subject | predicate | object"
// with the sentence index for each triple (surface texts, as the evidence has them; a pronoun or
// description resolved to a name is followed by "=" and that name).
import { parseArgs } from "node:util";
import { extractFiles } from "../src/app/extract.js";

const NAMED = new Set(["Person", "Organization", "Location", "Facility", "Misc"]);

const { values, positionals } = parseArgs({ allowPositionals: true, options: { date: { type: "string" } } });
if (positionals.length === 0) {
  console.error("usage: node dist/scripts/probe.js ARTICLE_OR_DIR... [--date YYYY-MM-DD]");
  process.exit(2);
}
const { graph, analyzed, failures } = await extractFiles(positionals, { ...(values.date ? { date: values.date } : {}) });
for (const f of failures) console.error(`${f.source}: ${f.error.message}`);
const docs = [...analyzed].sort((a, b) => (a.document.source < b.document.source ? -1 : 1));
for (const d of docs) {
  console.log(`# ${d.document.source}`);
  const here = graph.entities.filter((e) => NAMED.has(e.type) && e.mentions.some((m) => m.doc === d.document.id));
  for (const e of here.sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name))) {
    console.log(`E ${e.type} ${e.name}${e.aliases.length ? ` [${e.aliases.join("; ")}]` : ""}`);
  }
  for (const t of d.triples) {
    const flags = [t.negated ? "not" : "", t.modality ?? ""].filter(Boolean).join(",");
    // A pronoun or description resolved to a name shows it: "he=Han Seung-won".
    const arg = (text: string, m: { coreference?: boolean; name: string }) => (m.coreference ? `${text}=${m.name}` : text);
    console.log(`T ${t.sentence} ${arg(t.subjectText ?? t.subject.text, t.subject)} | ${t.predicate}${flags ? ` (${flags})` : ""} | ${arg(t.objectText ?? t.object.text, t.object)}`);
  }
  console.log("");
}
