// One step of a breadth-first walk: the neighbours of $frontier over relations that pass the filters,
// when the neighbour passes them too (types lower-cased, predicates lower-cased, documents by id).
UNWIND $frontier AS id
MATCH (:Entity {id: id})-[r]-(o:Entity)
WHERE ($predicates IS NULL OR toLower(r.predicate) IN $predicates)
  AND ($docs IS NULL OR any(d IN r.docs WHERE d IN $docs))
  AND ($types IS NULL OR toLower(o.type) IN $types)
  AND ($docs IS NULL OR EXISTS { MATCH (:Sentence|Document)-[m:MENTIONS]->(o) WHERE m.doc IN $docs })
RETURN DISTINCT o.id AS id
