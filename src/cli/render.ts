// Text rendering for the CLI: tables and entity views. Pure: values in, strings out.
import type { EntityDetails, EntitySummary, StoreStats } from "../store/types.js";

export function table(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => oneLine(c)))];
  const widths = headers.map((_, i) => Math.min(60, Math.max(...cells.map((r) => String(r[i] ?? "").length))));
  const line = (r: readonly unknown[]) => r.map((c, i) => truncate(String(c ?? ""), widths[i]!).padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n") + "\n";
}

function oneLine(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (Array.isArray(v)) return v.join(", ");
  return String(v).replace(/\s+/g, " ");
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function renderStats(s: StoreStats, location: string): string {
  let out = `store: ${location}\n`;
  out += `documents: ${s.documents}   sentences: ${s.sentences}   entities: ${s.entities}   relations: ${s.relations}\n\n`;
  out += "entities by type:\n";
  for (const [t, n] of Object.entries(s.entitiesByType)) out += `  ${t.padEnd(14)} ${n}\n`;
  if (s.topEntities.length) out += `\nmost connected:\n${indent(entityTable(s.topEntities))}`;
  if (s.topPredicates.length) out += `\ncommon predicates:\n${s.topPredicates.map((p) => `  ${p.predicate} (${p.count})`).join("\n")}\n`;
  return out;
}

export function entityTable(list: readonly EntitySummary[]): string {
  return table(["name", "type", "degree", "mentions", "id"], list.map((e) => [e.name, e.type, e.degree, e.mentions, e.id]));
}

function indent(s: string): string {
  return s.split("\n").map((l) => (l ? `  ${l}` : l)).join("\n");
}

export function renderEntity(d: EntityDetails): string {
  const e = d.entity;
  let out = `${e.name}  (${e.type})  ${e.id}\n`;
  if (e.aliases.length) out += `aliases: ${e.aliases.join("; ")}\n`;
  if (e.value) out += `value: ${e.value}\n`;
  out += `documents: ${d.documents.map((x) => x.title ?? x.source).join("; ")}\n`;
  out += `\nmentions (${d.mentions.length}):\n`;
  for (const m of d.mentions) {
    out += `  [${m.doc} ${m.start}-${m.end}] ${m.sentenceText !== undefined && m.sentenceStart !== undefined ? highlight(m.sentenceText, m.sentenceStart, m.sentenceStart + (m.end - m.start)) : m.text}\n`;
  }
  out += `\nrelations (${d.relations.length}):\n`;
  for (const r of d.relations) {
    const arrow = r.direction === "out" ? `${e.name} —${r.predicate}→ ${r.other.name}` : `${r.other.name} —${r.predicate}→ ${e.name}`;
    out += `  ${arrow}  (confidence ${r.confidence}${r.date ? `, ${r.date}` : ""})\n`;
    for (const ev of r.evidence) out += `      “${(ev.sentenceText ?? "").replace(/\s+/g, " ")}”\n`;
  }
  return out;
}

function highlight(text: string, start: number, end: number): string {
  return `${text.slice(0, start)}[${text.slice(start, end)}]${text.slice(end)}`.replace(/\s+/g, " ");
}
