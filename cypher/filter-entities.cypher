// Entities of the given types (lower-cased) mentioned in the given documents; null means no filter.
MATCH (e:Entity)
WHERE ($types IS NULL OR toLower(e.type) IN $types)
  AND ($docs IS NULL OR EXISTS { MATCH (:Sentence|Document)-[m:MENTIONS]->(e) WHERE m.doc IN $docs })
RETURN e.id AS id
