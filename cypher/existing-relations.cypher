// The stored state of the relations a write touches, found by their endpoints and id: index seeks on
// both entities, then only the relationships between the two (Expand(Into): a hub entity's thousands of
// other relationships are never read; the subquery keeps the planner from expanding from one side).
UNWIND $rows AS row
MATCH (a:Entity {id: row.subject}), (b:Entity {id: row.object})
CALL (row, a, b) {
  MATCH (a)-[r]->(b)
  WHERE r.id = row.id
  RETURN r
}
RETURN r.id AS id, row.subject AS subject, row.object AS object, properties(r) AS props
