// The benchmark's naive loader: one triple with its evidence.
MERGE (a:Entity {id: $subject.id})
  ON CREATE SET a.name = $subject.name, a.type = $subject.type
MERGE (b:Entity {id: $object.id})
  ON CREATE SET b.name = $object.name, b.type = $object.type
MERGE (a)-[r:$($relation.type) {id: $relation.id}]->(b)
SET r += $relation.props
