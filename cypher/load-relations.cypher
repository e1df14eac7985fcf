// The relations among a set of entities that pass the predicate and document filters (null: no filter).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
  AND ($predicates IS NULL OR toLower(r.predicate) IN $predicates)
  AND ($docs IS NULL OR any(d IN r.docs WHERE d IN $docs))
RETURN a.id AS subject, b.id AS object, properties(r) AS props
