// Entities by salience (relation degree, then mentions, then name, then creation order), optionally
// of one type (lower-cased) or with a name or alias containing $search (normalized like names are).
MATCH (e:Entity)
WHERE ($type IS NULL OR toLower(e.type) = $type)
  AND ($search IS NULL OR any(k IN e.keys WHERE k CONTAINS $search))
WITH e,
     COUNT { (e)-->(:Entity) } + COUNT { (e)<--(:Entity) } AS degree,
     COUNT { (:Sentence|Document)-[:MENTIONS]->(e) } AS mentions
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, mentions, degree
ORDER BY degree DESC, mentions DESC, name ASC, e.seq ASC
LIMIT toInteger($limit)
