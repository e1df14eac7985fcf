// The one place where data becomes Neo4j labels and relationship types.
// Labels come from an allow-list; relationship types are reduced to [A-Z0-9_], never quoted user text.
import type { EntityType } from "../model/types.js";

export const ENTITY_LABELS: readonly EntityType[] = ["Person", "Organization", "Location", "Facility", "Date", "Event", "Group", "Quantity", "Concept", "Misc"];

/** The node label for an entity type; anything not on the allow-list becomes "Concept". */
export function labelFor(type: string): EntityType {
  return (ENTITY_LABELS as readonly string[]).includes(type) ? (type as EntityType) : "Concept";
}

/** "took responsibility for" -> "TOOK_RESPONSIBILITY_FOR"; anything else non-alphanumeric is dropped. */
export function relationshipType(predicate: string): string {
  const t = predicate
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60);
  if (!t) return "RELATED_TO";
  return /^[0-9]/.test(t) ? `R_${t}` : t;
}
