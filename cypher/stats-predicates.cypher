// The most common relation predicates.
MATCH (:Entity)-[r]->(:Entity)
RETURN r.predicate AS predicate, count(*) AS count
ORDER BY count DESC, predicate ASC
LIMIT toInteger($top)
