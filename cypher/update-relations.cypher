// Replaces the properties of stored relations (merged evidence arrays, confidence), found by their
// endpoints and id as in existing-relations.cypher.
UNWIND $rows AS row
MATCH (a:Entity {id: row.subject}), (b:Entity {id: row.object})
CALL (row, a, b) {
  MATCH (a)-[r]->(b)
  WHERE r.id = row.id
  SET r = row.props,
      r.seq = toInteger(row.seq),
      r.sentences = [x IN row.sentences | toInteger(x)],
      r.starts = [x IN row.starts | toInteger(x)],
      r.ends = [x IN row.ends | toInteger(x)]
}
