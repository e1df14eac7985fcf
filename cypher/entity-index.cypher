// Every entity, in creation order: what resolution of new mentions compares against.
MATCH (e:Entity)
RETURN properties(e) AS props
ORDER BY e.seq
