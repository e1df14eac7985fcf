// One entity's relations in both directions, with the other end and the text of each evidence sentence.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]->(o:Entity)
  RETURN r, o, 'out' AS direction
  UNION ALL
  MATCH (e)<-[r]-(o:Entity)
  RETURN r, o, 'in' AS direction
}
RETURN direction, properties(r) AS props, o.id AS otherId, o.name AS otherName, o.type AS otherType,
       [sid IN coalesce(r.sentenceIds, []) | head(COLLECT { MATCH (s:Sentence {id: sid}) RETURN s.text })] AS sentenceTexts
