// Removes what a document contributed besides relation evidence: its mentions, the entities left
// with no mention and no relation, its sentences and the document itself. Returns the dropped entities.
MATCH (d:Document {id: $doc})
OPTIONAL MATCH (d)<-[:IN_DOCUMENT]-(s:Sentence)
WITH d, collect(s) AS sentences
CALL (d, sentences) {
  UNWIND sentences + [d] AS source
  MATCH (source)-[m:MENTIONS]->(e:Entity)
  WITH m, e
  DELETE m
  RETURN collect(DISTINCT e) AS touched
}
CALL (touched) {
  UNWIND touched AS e
  WITH e
  WHERE NOT EXISTS { (:Sentence|Document)-[:MENTIONS]->(e) }
    AND NOT EXISTS { (e)-->(:Entity) }
    AND NOT EXISTS { (e)<--(:Entity) }
  WITH e, e.id AS id
  DETACH DELETE e
  RETURN collect(id) AS dropped
}
FOREACH (s IN sentences | DETACH DELETE s)
DETACH DELETE d
RETURN dropped
