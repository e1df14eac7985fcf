// Whole entity records (properties and mentions in order) by id.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (:Sentence|Document)-[m:MENTIONS]->(e)
  WITH m
  ORDER BY m.ord
  RETURN collect(m {.doc, .start, .end, .text, .sentence}) AS mentions
}
RETURN properties(e) AS props, mentions
