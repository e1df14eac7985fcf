// The benchmark's naive loader: one mention, from its sentence to its entity (created on first sight).
MATCH (s:Sentence {id: $sentence})
MERGE (e:Entity {id: $entity.id})
  ON CREATE SET e.name = $entity.name, e.type = $entity.type
CREATE (s)-[m:MENTIONS]->(e)
SET m.doc = $doc, m.start = $start, m.end = $end, m.text = $text
