// Entities with their merged properties; a new entity gets the label of its (sanitized) type
// and the next creation number (the order the embedded store keeps its nodes in).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.label), e.seq = toInteger(row.seq)
SET e += row.props
