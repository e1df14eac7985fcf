// An entity by id, else by exact normalized name or alias: a name beats an alias, then the most
// mentioned, then the first created.
CALL () {
  MATCH (e:Entity {id: $id})
  RETURN e, 1.0e12 AS score
  UNION
  MATCH (e:Entity)
  WHERE $key IN e.keys
  RETURN e, (CASE WHEN e.nameKey = $key THEN 1000000 ELSE 0 END) + COUNT { (:Sentence|Document)-[:MENTIONS]->(e) } AS score
}
RETURN e.id AS id
ORDER BY score DESC, e.seq ASC
LIMIT 1
