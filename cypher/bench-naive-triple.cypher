// The benchmark's naive loader: one statement (and one transaction) per triple.
MERGE (a:Entity {id: $subject.id})
  ON CREATE SET a.name = $subject.name, a.type = $subject.type
MERGE (b:Entity {id: $object.id})
  ON CREATE SET b.name = $object.name, b.type = $object.type
MERGE (a)-[r:$($relation.type) {id: $relation.id}]->(b)
SET r.predicate = $relation.predicate, r.confidence = $relation.confidence
