// Documents by id (those that exist), in the order asked.
UNWIND range(0, size($ids) - 1) AS i
MATCH (d:Document {id: $ids[i]})
RETURN properties(d) AS props
ORDER BY i
