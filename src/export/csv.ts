// CSV for `neo4j-admin database import`: a node file and a relationship file with typed headers.
import { labelFor, relationshipType } from "../graph/sanitize.js";
import type { GraphDocument } from "../model/types.js";

export function csvField(value: unknown): string {
  if (value === undefined || value === null) return "";
  const s = Array.isArray(value) ? value.map((v) => String(v).replace(/;/g, ",")).join(";") : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (values: unknown[]) => values.map(csvField).join(",") + "\n";

export function writeCsv(doc: GraphDocument): { nodes: string; relationships: string } {
  let nodes = row(["id:ID", "name", "type", "aliases:string[]", "mentions:int", "value", ":LABEL"]);
  for (const e of doc.entities) nodes += row([e.id, e.name, e.type, e.aliases, e.mentions.length, e.value, `Entity;${labelFor(e.type)}`]);
  let relationships = row([":START_ID", ":END_ID", ":TYPE", "id", "predicate", "confidence:float", "date", "negated:boolean", "evidence:string[]"]);
  const sentences = new Map((doc.sentences ?? []).map((s) => [`${s.doc}#${s.index}`, s.text]));
  for (const r of doc.relations) {
    const evidence = r.evidence.map((e) => sentences.get(`${e.doc}#${e.sentence}`) ?? `${e.doc}#${e.sentence}`);
    relationships += row([r.subject, r.object, relationshipType(r.predicate), r.id, r.predicate, r.confidence, r.date, r.negated ? "true" : "", evidence]);
  }
  return { nodes, relationships };
}
