// Deterministic ids: documents by content hash, entities by type and normalized name,
// relations by their endpoints and predicate. The same input always yields the same ids.
import { createHash } from "node:crypto";
import type { EntityType } from "./types.js";

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function documentId(text: string): string {
  return `doc:${sha256(text).slice(0, 16)}`;
}

/** Lowercase ASCII slug: accents folded, everything else collapsed to '-'. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]s\b/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug) return slug.slice(0, 80);
  // Names in other scripts: keep them distinct with a short hash.
  return `x${sha256(text).slice(0, 12)}`;
}

export function entityId(type: EntityType, key: string): string {
  return `${type.toLowerCase()}:${slugify(key)}`;
}

export function relationId(subject: string, predicate: string, object: string): string {
  return `rel:${sha256(`${subject}\u0000${predicate.toLowerCase()}\u0000${object}`).slice(0, 16)}`;
}

export function sentenceId(doc: string, index: number): string {
  return `${doc}#s${index}`;
}
