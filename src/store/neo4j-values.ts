// Neo4j values for people and programs: one-line text for tables and CSV, plain JSON for --format json.
// Integers stay exact, temporal values print as ISO 8601, nodes/relationships/paths keep their shape.
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime, type Node, type Path, type Relationship } from "neo4j-driver";

/** Bookkeeping properties kg stores for itself; shown in JSON, left out of one-line text. */
const INTERNAL = new Set(["seq", "keys", "nameKey", "relationSubjects", "ord"]);
/** Evidence arrays on relations: long, and read through the Sentence nodes instead. */
const EVIDENCE = new Set(["docs", "sentences", "sentenceIds", "starts", "ends", "subjectTexts", "predicateTexts", "objectTexts", "confidences"]);

const isTemporal = (v: unknown) => isDate(v) || isDateTime(v) || isLocalDateTime(v) || isLocalTime(v) || isTime(v) || isDuration(v);

/** A JSON-ready copy: exact integers as numbers (strings beyond 2^53), temporal values as ISO strings. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isTemporal(value)) return String(value);
  if (isPoint(value)) return { srid: toPlain(value.srid), x: value.x, y: value.y, ...(value.z !== undefined ? { z: value.z } : {}) };
  if (isNode(value)) return { elementId: value.elementId, labels: value.labels, properties: toPlain(value.properties) };
  if (isRelationship(value)) return { elementId: value.elementId, type: value.type, start: value.startNodeElementId, end: value.endNodeElementId, properties: toPlain(value.properties) };
  if (isPath(value)) return { nodes: pathNodes(value).map(toPlain), relationships: value.segments.map((s) => toPlain(s.relationship)) };
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  return value;
}

/** One line of text for a table cell or CSV field. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  return literal(value, false);
}

/** Cypher-like literal: strings quoted inside structures, nodes as (:Label {…}), paths as (a)-[:T]->(b). */
function literal(value: unknown, nested = true): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return nested ? JSON.stringify(value) : value;
  if (neo4j.isInt(value) || typeof value === "bigint") return String(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (isTemporal(value)) return String(value);
  if (isPoint(value)) return `point({srid: ${String(value.srid)}, x: ${value.x}, y: ${value.y}${value.z !== undefined ? `, z: ${value.z}` : ""}})`;
  if (isNode(value)) return nodeText(value);
  if (isRelationship(value)) return `[:${value.type}${propsText(value.properties, EVIDENCE)}]`;
  if (isPath(value)) return pathText(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v)).join(", ")}]`;
  if (typeof value === "object") return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${literal(v)}`).join(", ")}}`;
  return String(value);
}

function propsText(props: Record<string, unknown>, hide: ReadonlySet<string> = new Set()): string {
  const keys = Object.keys(props).filter((k) => !INTERNAL.has(k) && !hide.has(k));
  const first = ["id", "name", "predicate"].filter((k) => keys.includes(k));
  const ordered = [...first, ...keys.filter((k) => !first.includes(k)).sort()];
  return ordered.length ? ` {${ordered.map((k) => `${k}: ${literal(props[k])}`).join(", ")}}` : "";
}

function nodeText(node: Node): string {
  return `(${node.labels.map((l) => `:${l}`).join("")}${propsText(node.properties)})`;
}

/** A node's short name inside a path. */
function shortName(node: Node): string {
  const p = node.properties as Record<string, unknown>;
  const name = [p.name, p.title, p.source, p.id].find((v) => typeof v === "string") as string | undefined;
  return name ?? node.elementId;
}

function pathNodes(path: Path): Node[] {
  return [path.start, ...path.segments.map((s) => s.end)];
}

function pathText(path: Path): string {
  let text = `(${shortName(path.start)})`;
  for (const s of path.segments) {
    const forward = s.relationship.startNodeElementId === s.start.elementId;
    text += forward ? `-[:${s.relationship.type}]->` : `<-[:${s.relationship.type}]-`;
    text += `(${shortName(s.end)})`;
  }
  return text;
}

/** RFC 4180 CSV: a header line, then one line per row. */
export function toCsv(keys: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [keys.map(field).join(","), ...rows.map((r) => r.map((v) => field(toText(v))).join(","))].join("\r\n") + "\r\n";
}

export type { Node, Path, Relationship };
