// Deletes relations left without evidence, found by their endpoints and id as in existing-relations.cypher.
UNWIND $rows AS row
MATCH (a:Entity {id: row.subject}), (b:Entity {id: row.object})
CALL (row, a, b) {
  MATCH (a)-[r]->(b)
  WHERE r.id = row.id
  DELETE r
}
