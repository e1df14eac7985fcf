// Stored mentions in the documents a write mentions (reached from the documents, not from the entities,
// whose mentions can be many): the only ones a new mention could repeat.
UNWIND $docs AS doc
MATCH (d:Document {id: doc})
CALL (d) {
  MATCH (d)<-[:IN_DOCUMENT]-(:Sentence)-[m:MENTIONS]->(e:Entity)
  RETURN m, e
  UNION ALL
  MATCH (d)-[m:MENTIONS]->(e:Entity)
  RETURN m, e
}
RETURN e.id AS entity, m.doc AS doc, m.start AS start, m.end AS end
